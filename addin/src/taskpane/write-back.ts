import type { SelectionTable } from "./selection.ts";

/** What happened to a write-back request. */
export interface WriteBackOutcome {
  /** The address written, or that would have been written. */
  address: string;
  written: boolean;
  /** True when the target column already held something and `overwrite` was not set: nothing was written. */
  occupied: boolean;
}

/** Returns the cells a column written beside the selection would cover: header row included, one column wide. */
export function besideRange(selection: Pick<SelectionTable, "rowIndex" | "columnIndex" | "rowCount" | "columnCount">) {
  return {
    rowIndex: selection.rowIndex,
    columnIndex: selection.columnIndex + selection.columnCount,
    rowCount: selection.rowCount,
    columnCount: 1,
  };
}

/**
 * Writes `header` and one value per data row into the column right of the selection, in one Excel.run batch, and
 * touches no other cell. Unless `overwrite` is set, a target column that already holds anything is left alone.
 */
export async function writeColumnBeside(
  context: Excel.RequestContext,
  selection: Pick<SelectionTable, "sheetName" | "rowIndex" | "columnIndex" | "rowCount" | "columnCount">,
  header: string,
  values: readonly (string | number | null)[],
  { overwrite = false }: { overwrite?: boolean } = {},
): Promise<WriteBackOutcome> {
  if (values.length !== selection.rowCount - 1) {
    throw new Error(`Expected ${selection.rowCount - 1} values, one per data row, got ${values.length}`);
  }
  const at = besideRange(selection);
  const sheet = context.workbook.worksheets.getItem(selection.sheetName);
  const target = sheet.getRangeByIndexes(at.rowIndex, at.columnIndex, at.rowCount, at.columnCount);
  target.load(["address", "values"]);
  await context.sync();
  const occupied = target.values.some((row) => row.some((v) => v !== "" && v !== null));
  if (occupied && !overwrite) return { address: target.address, written: false, occupied };
  target.values = [[header], ...values.map((v) => [v ?? ""])];
  await context.sync();
  return { address: target.address, written: true, occupied };
}
