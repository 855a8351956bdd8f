import { css, html, nothing, type PropertyDeclarations, type TemplateResult } from "lit";
import {
  checkBill,
  computeBill,
  type Bill,
  type BillCheck,
  type BillDifference,
  type BillInput,
  type BillLine,
  type Issue,
  type PrintedBill,
  type Result,
} from "@keylens/engine";
import { formatNumber, formatYuan } from "./format-number.ts";
import { KeylensElement, type CsvTable } from "./keylens-element.ts";
import type { LoadResult } from "./load-rows.ts";
import type { DataRow } from "./parse-csv.ts";
import { baseStyles } from "./theme.ts";
import { isolateBidi, type TextKey } from "./ui-text.ts";

/** One bill to show: its input in the engine's bill format, and optionally the printed bill to check. */
export interface BillEntry {
  readonly id?: string;
  readonly customerName?: string;
  readonly month?: string;
  readonly input: BillInput;
  readonly printed?: PrintedBill | null;
}

const GROUP_TEXT: Readonly<Record<string, TextKey>> = {
  basic: "groupBasic",
  energy: "groupEnergy",
  pf: "groupPf",
  surcharge: "groupSurcharge",
  total: "groupTotal",
};

/** Returns the bill entries in loaded JSON: `{bills: [...]}`, an array of entries, one entry, or one bare bill. */
export function billEntries(raw: unknown): BillEntry[] | null {
  const list = Array.isArray(raw) ? raw : (raw as { bills?: unknown })?.bills;
  const items = Array.isArray(list) ? list : raw !== null && typeof raw === "object" ? [raw] : null;
  if (!items) return null;
  return items.map((item) => {
    const o = (item ?? {}) as Record<string, unknown>;
    if (o.input && typeof o.input === "object") return o as unknown as BillEntry;
    return { input: o as BillInput, ...(typeof o.id === "string" ? { id: o.id } : {}) };
  });
}

/**
 * A two-part electricity bill (两部制电费账单) as the engine computes it, one line per charge with quantity, unit,
 * price, days, amount and the rule behind it; given a printed bill, the engine's check of it with the differing
 * lines highlighted and the likely cause of each difference. `src` may name a file of many bills
 * (`{bills: [...]}`), which the element lets the user pick from.
 *
 * @fires keylens-select - `{customers: [billEntry], kind: "line", line}` when a line is chosen
 * @fires keylens-export - cancellable, `{format: "csv", filename, blob}` before a download
 * @csspart toolbar - title, bill picker and export
 * @csspart status - the match / difference summary
 * @csspart table - the lines table
 * @csspart differences - the list of differences and causes
 * @csspart error - the error box
 * @cssprop --keylens-error - colour of differences (also --keylens-ok for matches)
 */
export class KeylensBill extends KeylensElement {
  static override styles = [
    baseStyles,
    css`
      .meta {
        color: var(--_muted);
        font-size: 0.92em;
      }
      .status {
        display: flex;
        gap: 8px;
        align-items: center;
        padding: 8px 12px;
        border-radius: 6px;
        border: 1px solid var(--_border);
        font-weight: 600;
      }
      .status.ok {
        border-color: var(--_ok);
        color: var(--_ok);
      }
      .status.diff {
        border-color: var(--_error);
        color: var(--_error);
        background: var(--_error-bg);
      }
      .table-wrap {
        overflow: auto;
        border: 1px solid var(--_border);
        border-radius: 6px;
      }
      table {
        min-width: 720px;
      }
      tbody th {
        background: transparent;
        color: var(--_fg);
        font-weight: 500;
      }
      tr.line {
        cursor: pointer;
      }
      tr.line:hover td,
      tr.line:hover th {
        background: var(--_surface);
      }
      tr.differs td,
      tr.differs th {
        background: var(--_error-bg);
      }
      tr.differs th::before {
        content: "≠ ";
        color: var(--_error);
        font-weight: 700;
      }
      td.rule {
        color: var(--_muted);
        font-size: 0.9em;
        min-width: 260px;
      }
      tfoot td.num {
        white-space: nowrap;
      }
      tfoot td,
      tfoot th {
        font-weight: 700;
        border-top: 2px solid var(--_border);
        background: var(--_surface);
      }
      .differences {
        margin: 0;
        padding: 0;
        list-style: none;
        display: grid;
        gap: 8px;
      }
      .differences li {
        border: 1px solid var(--_border);
        border-inline-start: 4px solid var(--_error);
        border-radius: 6px;
        padding: 8px 12px;
      }
      .differences li.agrees {
        border-inline-start-color: var(--_ok);
      }
      .differences .figures {
        font-variant-numeric: tabular-nums;
        color: var(--_muted);
      }
      .differences .cause {
        margin-top: 2px;
      }
      .note {
        margin: 0;
        color: var(--_muted);
        font-size: 0.86em;
      }
      label {
        display: inline-flex;
        gap: 6px;
        align-items: center;
        font-size: 0.9em;
        color: var(--_muted);
      }
      select {
        max-width: 320px;
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    bill: { attribute: false },
    printed: { attribute: false },
    billId: { type: String, attribute: "bill-id", reflect: true },
    onlyDifferences: { type: Boolean, attribute: "only-differences" },
    heading: { type: String },
  };

  /** A bill in the engine's bill format; takes precedence over `src`. */
  declare bill: BillInput | null;
  /** The printed bill to check `bill` against (group or line amounts and/or the total). */
  declare printed: PrintedBill | null;
  /** Which bill of a `src` list to show (its `id`); the first when unset. */
  declare billId: string | null;
  /** In the bill picker, list only bills whose printed figures differ. */
  declare onlyDifferences: boolean;
  /** Title; a localized default when unset. */
  declare heading: string | null;

  private checks = new WeakMap<object, Result<BillCheck> | Result<Bill>>();
  private entriesMemo: { source: unknown; printed: PrintedBill | null; list: readonly BillEntry[] } | null = null;

  constructor() {
    super();
    this.bill = null;
    this.printed = null;
    this.billId = null;
    this.onlyDifferences = false;
    this.heading = null;
  }

  protected override parseText(text: string, url: string): LoadResult {
    let raw: unknown;
    try {
      raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    } catch (e) {
      return { ok: false, failure: { kind: "parse", url, detail: (e as Error).message } };
    }
    const entries = billEntries(raw);
    if (!entries) return { ok: false, failure: { kind: "shape", url } };
    return { ok: true, rows: entries as unknown as DataRow[], raw };
  }

  /** The bills available: the `bill` property alone, else those loaded from `src`. */
  get entries(): readonly BillEntry[] {
    const source: unknown = this.bill ? this.bill : (this.rows ?? []);
    const memo = this.entriesMemo;
    if (memo && memo.source === source && memo.printed === this.printed) return memo.list;
    // Memoised so each entry keeps its identity (and its cached check) across renders. An item that is not an
    // object becomes an entry whose input the engine rejects with its own message, rather than a thrown TypeError.
    const list: BillEntry[] = this.bill
      ? [{ input: this.bill, printed: this.printed }]
      : (source as readonly unknown[]).map((e) =>
          e !== null && typeof e === "object" ? (e as BillEntry) : { input: e as BillInput },
        );
    this.entriesMemo = { source, printed: this.printed, list };
    return list;
  }

  /** The bill shown. */
  get entry(): BillEntry | null {
    const list = this.entries;
    if (this.billId) return list.find((e) => e.id === this.billId || e.input?.id === this.billId) ?? list[0] ?? null;
    return list[0] ?? null;
  }

  /** The engine's check of the shown bill against its printed bill, or the computed bill when none is printed. */
  resultOf(entry: BillEntry): Result<BillCheck> | Result<Bill> {
    let r = this.checks.get(entry);
    if (!r) {
      r = entry.printed ? checkBill(entry.input, entry.printed) : computeBill(entry.input);
      this.checks.set(entry, r);
    }
    return r;
  }

  private differs(entry: BillEntry): boolean {
    if (!entry.printed) return false;
    const r = this.resultOf(entry);
    return !r.success || !(r.data as BillCheck).matches;
  }

  override render(): TemplateResult {
    const title = this.heading ?? this.t("billTitle");
    if (!this.bill) {
      const state = this.renderDataState();
      if (state)
        return html`<div class="frame">
          <h3 class="title">${title}</h3>
          ${state}
        </div>`;
    }
    const entry = this.entry;
    if (!entry) {
      return html`<div class="frame">
        <h3 class="title">${title}</h3>
        ${this.renderError([this.t("errorNoData")])}
      </div>`;
    }
    const result = this.resultOf(entry);
    const toolbar = html`<div class="toolbar" part="toolbar">
      <div>
        <h3 class="title">${title}</h3>
        <div class="meta">
          ${[
            entry.customerName ?? entry.input?.customer,
            entry.month ?? periodText(entry.input),
            entry.id ?? entry.input?.id,
          ]
            .filter(Boolean)
            .map((part) => isolateBidi(String(part)))
            .join(" · ")}
        </div>
      </div>
      <div class="controls">${this.renderPicker(entry)} ${result.success ? this.renderExport(["csv"]) : nothing}</div>
    </div>`;
    if (!result.success) return html`<div class="frame">${toolbar}${this.renderIssues(result.issues)}</div>`;
    const check = entry.printed ? (result.data as BillCheck) : null;
    const bill = check ? check.computed : (result.data as Bill);
    return html`<div class="frame">
      ${toolbar} ${check ? this.renderStatus(check) : nothing} ${this.renderLines(bill, check, entry)}
      ${check ? this.renderDifferences(check, bill) : nothing} ${this.renderWarnings(result.warnings)}
    </div>`;
  }

  private renderPicker(current: BillEntry): TemplateResult | typeof nothing {
    const list = this.entries;
    if (list.length < 2) return nothing;
    const shown = this.onlyDifferences ? list.filter((e) => e === current || this.differs(e)) : list;
    return html`<label
        >${this.t("billPick")}
        <select @change=${(e: Event) => (this.billId = (e.target as HTMLSelectElement).value)}>
          ${shown.map((e, i) => {
            const id = e.id ?? e.input?.id ?? String(i);
            return html`<option value=${id} ?selected=${e === current}>
              ${[e.customerName ?? e.input?.customer ?? id, e.month]
                .filter(Boolean)
                .map((part) => isolateBidi(String(part)))
                .join(" · ")}
            </option>`;
          })}
        </select>
      </label>
      <label
        ><input
          type="checkbox"
          .checked=${this.onlyDifferences}
          @change=${(e: Event) => (this.onlyDifferences = (e.target as HTMLInputElement).checked)}
        />${this.t("billOnlyDifferences")}</label
      >`;
  }

  private renderStatus(check: BillCheck): TemplateResult {
    const n = check.differences.filter((d) => d.line !== "total").length;
    return html`<div class="status ${check.matches ? "ok" : "diff"}" part="status" role="status">
      <span aria-hidden="true">${check.matches ? "✓" : "⚠"}</span>
      ${check.matches ? this.t("billMatches") : this.t("billDiffers", { n: Math.max(1, n) })}
    </div>`;
  }

  private renderLines(bill: Bill, check: BillCheck | null, entry: BillEntry): TemplateResult {
    const differing = new Set<string>();
    for (const d of check?.differences ?? []) if (d.line !== "total") for (const id of d.lineIds) differing.add(id);
    const totalDiff = check?.differences.find((d) => d.line === "total");
    const printedTotal = entry.printed?.totalYuan;
    return html`<div class="table-wrap" part="table" tabindex="0" role="region" aria-label=${this.t("billTitle")}>
      <table>
        <caption class="visually-hidden">
          ${this.t("billTitle")}
        </caption>
        <thead>
          <tr>
            <th scope="col">${this.t("billItem")}</th>
            <th scope="col" class="num">${this.t("billQuantity")}</th>
            <th scope="col" class="num">${this.t("billPrice")}</th>
            <th scope="col" class="num">${this.t("billDays")}</th>
            <th scope="col" class="num">${this.t("billAmount")}</th>
            <th scope="col">${this.t("billRule")}</th>
          </tr>
        </thead>
        <tbody>
          ${bill.lines.map(
            (line) =>
              html`<tr
                class="line ${differing.has(line.id) ? "differs" : ""}"
                data-line=${line.id}
                @click=${() => this.selectLine(entry, line)}
              >
                <th scope="row">${line.label[this.locale]}</th>
                <td class="num">${formatNumber(line.quantity, this.locale, 2)} ${unitText(line, this.locale)}</td>
                <td class="num">${priceText(line, this.locale)}</td>
                <td class="num">${line.days === null ? "" : `${line.days}/${line.daysBasis}`}</td>
                <td class="num">${formatYuan(line.amountYuan, this.locale)}</td>
                <td class="rule">${line.rule[this.locale]}</td>
              </tr>`,
          )}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">${this.t("groupTotal")}</th>
            <td class="num">${formatNumber(bill.totalKwh, this.locale, 0)} kWh</td>
            <td class="num">
              ${
                bill.averagePriceYuanPerKwh === null
                  ? ""
                  : this.t("billAverage", { price: formatNumber(bill.averagePriceYuanPerKwh, this.locale, 4) })
              }
            </td>
            <td></td>
            <td class="num">${formatYuan(bill.totalYuan, this.locale)}</td>
            <td>
              ${
                printedTotal === undefined
                  ? ""
                  : this.t(totalDiff ? "billPrintedDiffers" : "billPrintedAgrees", {
                      amount: formatYuan(printedTotal, this.locale),
                    })
              }
            </td>
          </tr>
        </tfoot>
      </table>
    </div>`;
  }

  private groupLabel(key: string, bill: Bill): string {
    const text = GROUP_TEXT[key];
    if (text) return this.t(text);
    const line = bill.lines.find((l) => l.id === key);
    return line ? line.label[this.locale] : key;
  }

  private renderDifferences(check: BillCheck, bill: Bill): TemplateResult {
    return html`<ul class="differences" part="differences">
      ${check.differences.map((d) => this.renderDifference(d, bill))}
      ${check.agreeing.map(
        (key) => html`<li class="agrees"><strong>${this.groupLabel(key, bill)}</strong> · ${this.t("billAgrees")}</li>`,
      )}
    </ul>`;
  }

  private renderDifference(d: BillDifference, bill: Bill): TemplateResult {
    const causes = d.likelyCause ? [d.likelyCause] : d.causes;
    return html`<li data-line=${d.line}>
      <strong>${this.groupLabel(d.line, bill)}</strong>
      <div class="figures">
        ${this.t("billFigures", {
          printed: formatYuan(d.printedYuan, this.locale),
          computed: formatYuan(d.computedYuan, this.locale),
          difference: formatYuan(d.differenceYuan, this.locale),
        })}
      </div>
      <div class="cause">
        ${
          causes.length === 0
            ? this.t("billNoCause")
            : d.likelyCause
              ? this.t("billLikelyCause", { cause: d.likelyCause[this.locale] })
              : this.t("billPossibleCauses", { causes: causes.map((c) => c[this.locale]).join(" / ") })
        }
      </div>
    </li>`;
  }

  private renderWarnings(warnings: readonly Issue[]): TemplateResult | typeof nothing {
    if (!warnings.length) return nothing;
    return html`<p class="note" part="warnings">${warnings.map((w) => this.issueText(w)).join(" ")}</p>`;
  }

  private selectLine(entry: BillEntry, line: BillLine): void {
    this.emitSelect({ customers: [entry as unknown as DataRow], kind: "line", line: line.id });
  }

  protected override csvTable(): CsvTable | null {
    const entry = this.entry;
    if (!entry) return null;
    const r = this.resultOf(entry);
    if (!r.success) return null;
    const check = entry.printed ? (r.data as BillCheck) : null;
    const bill = check ? check.computed : (r.data as Bill);
    const header = [
      this.t("billLineId"),
      this.t("billItem"),
      this.t("billQuantity"),
      this.t("billUnit"),
      this.t("billPrice"),
      this.t("billDays"),
      this.t("billAmount"),
      this.t("billRule"),
    ];
    const rows: unknown[][] = bill.lines.map((l) => [
      l.id,
      l.label[this.locale],
      l.quantity,
      l.unit,
      l.price,
      l.days,
      l.amountYuan,
      l.rule[this.locale],
    ]);
    rows.push(["total", this.t("groupTotal"), bill.totalKwh, "kWh", null, null, bill.totalYuan, ""]);
    for (const d of check?.differences ?? []) {
      rows.push([
        `printed:${d.line}`,
        this.groupLabel(d.line, bill),
        null,
        null,
        null,
        null,
        d.printedYuan,
        d.likelyCause?.[this.locale] ?? "",
      ]);
    }
    return { header, rows };
  }

  protected override chartSvg(): SVGSVGElement | null {
    return null;
  }

  protected override exportName(): string {
    // The id is the host's text: keep it to characters that are safe in a file name on every system.
    const id = typeof this.entry?.id === "string" ? this.entry.id.replace(/[^\p{L}\p{N}._-]+/gu, "_").slice(0, 80) : "";
    return `keylens-bill${id ? `-${id}` : ""}`;
  }
}

function unitText(line: BillLine, locale: "zh-CN" | "en"): string {
  if (line.unit === "yuan") return locale === "zh-CN" ? "元" : "yuan";
  return line.unit;
}

function priceText(line: BillLine, locale: "zh-CN" | "en"): string {
  if (line.unit === "yuan") {
    const sign = line.price > 0 ? "+" : "";
    return `${sign}${formatNumber(line.price * 100, locale, 2)}%`;
  }
  return formatNumber(line.price, locale, 4);
}

function periodText(input: BillInput | undefined): string {
  const p = (input as { period?: { start?: string; end?: string } } | undefined)?.period;
  return p?.start && p.end ? `${p.start} – ${p.end}` : "";
}
