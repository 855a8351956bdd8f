import { parseCsv, type DataRow } from "./parse-csv.ts";

/** Why a `src` could not be turned into rows. */
export type LoadFailure =
  | { readonly kind: "http"; readonly status: number; readonly url: string }
  | { readonly kind: "network"; readonly url: string }
  | { readonly kind: "parse"; readonly url: string; readonly detail: string }
  | { readonly kind: "shape"; readonly url: string };

/** The outcome of loading a `src` URL. */
export type LoadResult =
  | { readonly ok: true; readonly rows: DataRow[]; readonly raw: unknown }
  | { readonly ok: false; readonly failure: LoadFailure };

/**
 * Returns the rows behind `url`: a JSON array of objects (or an object with a `customers` array), or CSV with a
 * header row (chosen by content type or the `.csv` extension, else sniffed from the first character).
 */
export async function loadRows(
  url: string,
  signal?: AbortSignal,
  parse: (text: string, url: string, contentType: string) => LoadResult = rowsFromText,
): Promise<LoadResult> {
  let response: Response;
  try {
    response = await fetch(url, { signal, credentials: "same-origin" });
  } catch (e) {
    if ((e as Error).name === "AbortError") throw e;
    return { ok: false, failure: { kind: "network", url } };
  }
  if (!response.ok) return { ok: false, failure: { kind: "http", status: response.status, url } };
  const text = await response.text();
  return parse(text, url, response.headers.get("content-type") ?? "");
}

/** Returns rows parsed from `text` (JSON or CSV), see {@link loadRows}. */
export function rowsFromText(text: string, url = "", contentType = ""): LoadResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const first = body.trimStart()[0];
  const isCsv = /csv/i.test(contentType) || /\.csv(?:$|[?#])/i.test(url) || (first !== "[" && first !== "{");
  if (isCsv) return { ok: true, rows: parseCsv(body), raw: body };
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (e) {
    return { ok: false, failure: { kind: "parse", url, detail: (e as Error).message } };
  }
  const rows = Array.isArray(raw) ? raw : (raw as { customers?: unknown })?.customers;
  if (!Array.isArray(rows)) return { ok: false, failure: { kind: "shape", url } };
  return { ok: true, rows: rows as DataRow[], raw };
}
