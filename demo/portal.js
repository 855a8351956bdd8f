/* global document, location */
// Demo portal behaviour: a language switch (?lang=en) and a log of what the widget selected. No inline scripts,
// so the same file works on /csp.html under a strict Content-Security-Policy.
const params = new URLSearchParams(location.search);
const lang = params.get("lang") === "en" ? "en" : "zh-CN";
document.documentElement.lang = lang;

for (const el of document.querySelectorAll("[data-keylens]")) {
  el.setAttribute("lang", lang);
  if (lang === "en" && el.localName !== "keylens-bill") el.setAttribute("name-field", "nameEn");
  if (lang === "en" && el.dataset.headingEn) el.setAttribute("heading", el.dataset.headingEn);
}
for (const el of document.querySelectorAll("[data-text-en]")) {
  if (lang === "en") el.textContent = el.dataset.textEn;
}
const toggle = document.getElementById("lang-toggle");
if (toggle) {
  toggle.textContent = lang === "en" ? "中文" : "English";
  toggle.href = `?lang=${lang === "en" ? "zh-CN" : "en"}`;
}
for (const a of document.querySelectorAll("[data-keep-lang]")) {
  if (lang === "en") a.href = `${a.getAttribute("href")}?lang=en`;
}

const out = document.getElementById("selection-output");
document.addEventListener("keylens-select", (event) => {
  if (!out) return;
  const { customers, kind, tier, quadrant, stage } = event.detail;
  const names = customers.slice(0, 5).map((c) => (c.nameEn && lang === "en" ? c.nameEn : c.name));
  const what = tier ?? quadrant ?? stage ?? "";
  const more =
    customers.length > 5 ? (lang === "en" ? ` and ${customers.length - 5} more` : ` 等 ${customers.length} 位`) : "";
  out.textContent = `${kind}${what ? ` ${what}` : ""}: ${names.join(lang === "en" ? ", " : "、")}${more}`;
});
