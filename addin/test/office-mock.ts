// An Excel.RequestContext from office-addin-mock: a selection (B2:D5 on Sheet1 by default) and, beside it, the
// target column the write-back covers. Records every range the code asks for and what each sync saw.
import { OfficeMockObject } from "office-addin-mock";

export const selectionValues = [
  ["客户", "收入", "频率"],
  ["甲", 27000, 12],
  ["乙", 24000, 3],
  ["丙", 4000, ""],
];

export interface MockOptions {
  /** The target column's formulas (what Excel reports for constants and formulas alike). */
  beside?: unknown[][];
  /** Where the selection starts and how wide it is. */
  columnIndex?: number;
  columnCount?: number;
  /**
   * Select whole columns (address Sheet1!B:D, 1,048,576 rows) of which only the data rows are in the used range;
   * reading the selection itself would then be an error (its values are not in the mock).
   */
  wholeColumns?: boolean;
  /** The selection holds no values at all: its intersection with the used range is a null object. */
  blank?: boolean;
}

/** The mock and what the code under test did to it. */
export interface MockExcel {
  context: Excel.RequestContext;
  /** The selected cells that hold data, as readSelection reads them (their values must never change). */
  selected: { values: unknown[][] };
  /** The target column's mock: `formulas` is what it held. */
  target: { values: unknown; formulas: unknown[][] };
  /** The values the code assigned to the target, or undefined when it wrote nothing (never loads them). */
  written(): unknown[][] | undefined;
  /** The [row, column, rows, columns] of every getRangeByIndexes call. */
  requested: number[][];
  /** Per context.sync, in order: the values written to the target by then (undefined before any write). */
  syncs: (unknown[][] | undefined)[];
  /** Changes the target's contents, as a user typing between two clicks would. */
  type(formulas: unknown[][]): void;
}

export function mockExcel({
  beside,
  columnIndex = 1,
  columnCount = 3,
  wholeColumns = false,
  blank = false,
}: MockOptions = {}): MockExcel {
  const rows = selectionValues.length;
  const empty = () => Array.from({ length: rows }, () => [""]);
  const formulas = beside ?? empty();
  const requested: number[][] = [];
  const data = {
    isNullObject: false,
    address: "Sheet1!B2:D5",
    values: structuredClone(selectionValues),
    rowIndex: 1,
    columnIndex,
    rowCount: rows,
    columnCount,
  };
  const mock = new OfficeMockObject({
    workbook: {
      selected: {
        ...(wholeColumns ? { address: "Sheet1!B:D", rowIndex: 0, columnIndex } : structuredClone(data)),
        // The selection within the used range, which is what readSelection reads: the data rows, or a null
        // object for a selection that holds no values.
        part: blank
          ? // Office.js lets a null object's properties be loaded; readSelection reads only isNullObject then.
            { isNullObject: true, address: "", values: [], rowIndex: 0, columnIndex: 0, rowCount: 0, columnCount: 0 }
          : data,
        getIntersectionOrNullObject() {
          return this.part;
        },
        worksheet: {
          name: "Sheet1",
          getUsedRange() {
            return {};
          },
        },
      },
      getSelectedRange() {
        return this.selected;
      },
      worksheets: {
        sheet: {
          target: { address: "Sheet1!E2:E5", values: formulas.map((r) => [...r]), formulas },
          getRangeByIndexes(row: number, column: number, rowCount: number, columns: number) {
            requested.push([row, column, rowCount, columns]);
            return this.target;
          },
        },
        getItem() {
          return this.sheet;
        },
      },
    },
  });
  type Shape = {
    workbook: {
      selected: { part: MockExcel["selected"] };
      worksheets: { sheet: { target: MockExcel["target"] & OfficeMockObject } };
    };
  };
  const shaped = mock as unknown as Shape & OfficeMockObject;
  const target = shaped.workbook.worksheets.sheet.target;
  const written = () => (Array.isArray(target.values) ? (target.values as unknown[][]) : undefined);
  const syncs: (unknown[][] | undefined)[] = [];
  const sync = mock.sync.bind(mock);
  mock.sync = async () => {
    await sync();
    syncs.push(structuredClone(written()));
  };
  return {
    context: mock as unknown as Excel.RequestContext,
    selected: shaped.workbook.selected.part,
    target,
    written,
    requested,
    syncs,
    type(next) {
      // setValue is how office-addin-mock changes a property (resetting it to "not loaded" until the next load).
      (target as unknown as { setValue(name: string, value: unknown): void }).setValue("formulas", next);
    },
  };
}
