import type { SelectionTable } from "./selection.ts";

/** Columns in an Excel sheet: a selection ending in column XFD has no column beside it. */
const SHEET_COLUMNS = 16_384;

/** What the user saw in an occupied target column and agreed to overwrite. */
export interface OverwriteConsent {
  address: string;
  /** The target's formulas (constants and formulas alike) when the user was asked. */
  formulas: readonly (readonly unknown[])[];
}

/** What happened to a write-back request. */
export type WriteBackOutcome =
  | { written: true; address: string }
  /** The target column holds something: nothing was written; `consent` is what the user must agree to overwrite. */
  | { written: false; reason: "occupied"; address: string; filled: number; consent: OverwriteConsent }
  /** The selection ends in the sheet's last column: there is no column beside it. */
  | { written: false; reason: "no_room" };

/** Returns the cells a column written beside the selection would cover: header row included, one column wide. */
export function besideRange(selection: Pick<SelectionTable, "rowIndex" | "columnIndex" | "rowCount" | "columnCount">) {
  return {
    rowIndex: selection.rowIndex,
    columnIndex: selection.columnIndex + selection.columnCount,
    rowCount: selection.rowCount,
    columnCount: 1,
  };
}

const isFilled = (formula: unknown) => formula !== "" && formula !== null && formula !== undefined;

function sameFormulas(a: readonly (readonly unknown[])[], b: readonly (readonly unknown[])[]): boolean {
  return (
    a.length === b.length && a.every((row, r) => row.length === b[r]!.length && row.every((v, c) => v === b[r]![c]))
  );
}

/**
 * Writes `header` and one value per data row into the column right of the selection, in one Excel.run batch:
 * one sync reads the target, one sync writes it. The selection's own cells are never part of the target.
 *
 * A target holding anything (a value, or a formula even when it shows blank) is left alone unless `consent` names
 * exactly what it holds now: the user agreed to overwrite those contents, not whatever was typed there since.
 */
export async function writeColumnBeside(
  context: Excel.RequestContext,
  selection: Pick<SelectionTable, "sheetName" | "rowIndex" | "columnIndex" | "rowCount" | "columnCount">,
  header: string,
  values: readonly (string | number | null)[],
  { consent }: { consent?: OverwriteConsent } = {},
): Promise<WriteBackOutcome> {
  if (values.length !== selection.rowCount - 1) {
    throw new Error(`Expected ${selection.rowCount - 1} values, one per data row, got ${values.length}`);
  }
  const at = besideRange(selection);
  if (at.columnIndex >= SHEET_COLUMNS) return { written: false, reason: "no_room" };
  const sheet = context.workbook.worksheets.getItem(selection.sheetName);
  const target = sheet.getRangeByIndexes(at.rowIndex, at.columnIndex, at.rowCount, at.columnCount);
  target.load(["address", "formulas"]);
  await context.sync();
  const formulas = target.formulas as unknown[][];
  const filled = formulas.reduce((n, row) => n + row.filter(isFilled).length, 0);
  const agreed =
    consent !== undefined && consent.address === target.address && sameFormulas(consent.formulas, formulas);
  if (filled > 0 && !agreed) {
    return {
      written: false,
      reason: "occupied",
      address: target.address,
      filled,
      consent: { address: target.address, formulas },
    };
  }
  target.values = [[header], ...values.map((v) => [v ?? ""])];
  await context.sync();
  return { written: true, address: target.address };
}
