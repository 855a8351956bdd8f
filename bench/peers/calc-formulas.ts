// The ranking a spreadsheet user writes without keylens: a cumulative value share per row with SUMIF over the whole
// column, then nested IFs against the cutoffs. Tied values share one cumulative share (everything ≥ the row's
// value), which is keylens' ties=group convention with cumLE (a share equal to a cutoff stays in the higher class).
// Pure: it only writes formula text and a flat ODF spreadsheet (.fods) for LibreOffice to recalculate.

/** The formulas of one data row and of the total cell, in one spreadsheet dialect. */
export interface TierFormulas {
  /** Column C: the cumulative value share of row `row`. */
  readonly share: string;
  /** Column B: the tier label from the share. */
  readonly tier: string;
  /** Cell D1: the total of column A. */
  readonly total: string;
}

/** Cutoffs and labels of the native ranking; default to keylens' value method: 0.8 / 0.95 → A / B / C. */
export interface NativeTierOptions {
  readonly cutoffs?: readonly number[];
  readonly labels?: readonly string[];
}

type Dialect = "excel" | "odf";

function ref(cell: string, dialect: Dialect): string {
  return dialect === "excel" ? cell : `[.${cell.replace(":", ":.")}]`;
}

/**
 * Returns the formulas for data row `row` (1-based) of `n` values in column A: `share` (column C) =
 * SUMIF(A, ">="&A_row) / total, `tier` (column B) = nested IF over the cutoffs, and `total` (D1) = SUM(A). The
 * "excel" dialect is what a user types in Excel; "odf" is OpenFormula as stored in an .ods/.fods file.
 */
export function nativeTierFormulas(
  row: number,
  n: number,
  dialect: Dialect = "excel",
  { cutoffs = [0.8, 0.95], labels = ["A", "B", "C"] }: NativeTierOptions = {},
): TierFormulas {
  if (labels.length !== cutoffs.length + 1)
    throw new Error(`Expected ${cutoffs.length + 1} labels, got ${labels.length}`);
  const sep = dialect === "excel" ? "," : ";";
  const prefix = dialect === "excel" ? "=" : "of:=";
  const column = ref(`$A$1:$A$${n}`, dialect);
  const share = ref(`C${row}`, dialect);
  let tier = `"${labels[labels.length - 1]}"`;
  for (let j = cutoffs.length - 1; j >= 0; j--) {
    tier = `IF(${share}<=${cutoffs[j]}${sep}"${labels[j]}"${sep}${tier})`;
  }
  return {
    share: `${prefix}SUMIF(${column}${sep}">="&${ref(`A${row}`, dialect)})/${ref("$D$1", dialect)}`,
    tier: `${prefix}${tier}`,
    total: `${prefix}SUM(${column})`,
  };
}

function xml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/**
 * Returns a flat ODF spreadsheet (.fods) with `values` in column A and the native tier formulas in B, C and D1.
 * Every formula cell carries a deliberately wrong cached result ("X", −1), so a tier read back can only come from
 * a real recalculation.
 */
export function nativeTierSheet(values: ArrayLike<number>, options: NativeTierOptions = {}): string {
  const n = values.length;
  const rows: string[] = [];
  for (let i = 0; i < n; i++) {
    const f = nativeTierFormulas(i + 1, n, "odf", options);
    const a = String(values[i]);
    const d =
      i === 0
        ? `<table:table-cell table:formula="${xml(f.total)}" office:value-type="float" office:value="-1"><text:p>-1</text:p></table:table-cell>`
        : "<table:table-cell/>";
    rows.push(
      `<table:table-row><table:table-cell office:value-type="float" office:value="${a}"><text:p>${a}</text:p></table:table-cell>` +
        `<table:table-cell table:formula="${xml(f.tier)}" office:value-type="string" office:string-value="X"><text:p>X</text:p></table:table-cell>` +
        `<table:table-cell table:formula="${xml(f.share)}" office:value-type="float" office:value="-1"><text:p>-1</text:p></table:table-cell>` +
        `${d}</table:table-row>`,
    );
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
    ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
    ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
    ' xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"',
    ' office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">',
    '<office:body><office:spreadsheet><table:table table:name="Tiers">',
    ...rows,
    "</table:table></office:spreadsheet></office:body></office:document>",
    "",
  ].join("\n");
}
