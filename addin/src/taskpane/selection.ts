/** The selected range read as a table: the first row names the fields, each further row is a customer. */
export interface SelectionTable {
  /** Sheet-qualified address of the cells read, e.g. Sheet1!A1:C20: the selection within the sheet's used range. */
  address: string;
  /** What the user selected, e.g. Sheet1!A:C; differs from `address` when blank rows or columns were left out. */
  selectedAddress: string;
  sheetName: string;
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
  fields: string[];
  rows: Record<string, unknown>[];
}

/** Returns the header row as field names (blank headers become "列1", "列2" … by position) and the rows as records. */
export function toRecords(values: readonly (readonly unknown[])[]): {
  fields: string[];
  rows: Record<string, unknown>[];
} {
  const header = values[0] ?? [];
  const fields = header.map((h, j) =>
    h === null || h === undefined || String(h).trim() === "" ? `列${j + 1}` : String(h).trim(),
  );
  const rows = values.slice(1).map((row) => {
    const record: Record<string, unknown> = {};
    fields.forEach((f, j) => (record[f] = row[j] === "" ? null : row[j]));
    return record;
  });
  return { fields, rows };
}

/** Returns the fields whose non-blank cells are all numbers (the candidates for the value, x and y fields). */
export function numericFields(table: Pick<SelectionTable, "fields" | "rows">): string[] {
  return table.fields.filter((f) => {
    let seen = false;
    for (const row of table.rows) {
      const v = row[f];
      if (v === null || v === undefined || v === "") continue;
      if (typeof v !== "number") return false;
      seen = true;
    }
    return seen;
  });
}

/**
 * Returns the selected range as a table, in one load and one sync. Only the part inside the sheet's used range is
 * read: a whole-column selection (A:C) is 1,048,576 rows, almost all blank, which would take seconds to load and
 * would have the write-back fill a million-row column. A selection with no values in it reads as no fields, no rows.
 */
export async function readSelection(context: Excel.RequestContext): Promise<SelectionTable> {
  const selected = context.workbook.getSelectedRange();
  // valuesOnly: cells that are only formatted do not count as used.
  const range = selected.getIntersectionOrNullObject(selected.worksheet.getUsedRange(true));
  selected.load(["address", "rowIndex", "columnIndex"]);
  range.load(["isNullObject", "address", "values", "rowIndex", "columnIndex", "rowCount", "columnCount"]);
  selected.worksheet.load("name");
  await context.sync();
  const sheetName = selected.worksheet.name;
  if (range.isNullObject) {
    const at = { rowIndex: selected.rowIndex, columnIndex: selected.columnIndex, rowCount: 0, columnCount: 0 };
    return { address: selected.address, selectedAddress: selected.address, sheetName, ...at, fields: [], rows: [] };
  }
  const { fields, rows } = toRecords(range.values);
  return {
    address: range.address,
    selectedAddress: selected.address,
    sheetName,
    rowIndex: range.rowIndex,
    columnIndex: range.columnIndex,
    rowCount: range.rowCount,
    columnCount: range.columnCount,
    fields,
    rows,
  };
}
