import { OfficeMockObject } from "office-addin-mock";
import { describe, expect, it } from "vitest";
import { columnFor } from "../src/taskpane/columns.ts";
import { numericFields, readSelection, toRecords } from "../src/taskpane/selection.ts";
import { besideRange, writeColumnBeside } from "../src/taskpane/write-back.ts";

const values = [
  ["客户", "收入", "频率"],
  ["甲", 27000, 12],
  ["乙", 24000, 3],
  ["丙", 4000, ""],
];

/** An Excel.RequestContext mock whose selection is B2:D5 on Sheet1 and whose column E is `beside`. */
function mockContext(beside: unknown[][] = [[""], [""], [""], [""]]) {
  const written: { indexes?: number[]; values?: unknown[][] } = {};
  const target = {
    address: "Sheet1!E2:E5",
    values: beside,
  };
  const context = new OfficeMockObject({
    workbook: {
      selected: {
        address: "Sheet1!B2:D5",
        values,
        rowIndex: 1,
        columnIndex: 1,
        rowCount: 4,
        columnCount: 3,
        worksheet: { name: "Sheet1" },
      },
      getSelectedRange() {
        return this.selected;
      },
      worksheets: {
        sheet: {
          target,
          getRangeByIndexes(row: number, column: number, rows: number, columns: number) {
            written.indexes = [row, column, rows, columns];
            return this.target;
          },
        },
        getItem() {
          return this.sheet;
        },
      },
    },
  });
  return { context: context as unknown as Excel.RequestContext, mock: context, written };
}

describe("task pane with office-addin-mock", () => {
  it("readSelection(context) loads the selected range and reads its header row as fields", async () => {
    const { context } = mockContext();
    const table = await readSelection(context);
    expect(table).toMatchObject({ address: "Sheet1!B2:D5", sheetName: "Sheet1", rowIndex: 1, columnIndex: 1 });
    expect(table.fields).toEqual(["客户", "收入", "频率"]);
    expect(table.rows[2]).toEqual({ 客户: "丙", 收入: 4000, 频率: null });
    expect(numericFields(table)).toEqual(["收入", "频率"]);
  });

  it("writeColumnBeside(context, …) writes the header and one value per row into the column right of the range", async () => {
    const { context, mock, written } = mockContext();
    const table = await readSelection(context);
    const outcome = await writeColumnBeside(context, table, "客户分级", ["A", "A", null]);
    expect(outcome).toEqual({ address: "Sheet1!E2:E5", written: true, occupied: false });
    expect(written.indexes).toEqual([1, 4, 4, 1]);
    const target = (mock as unknown as { workbook: { worksheets: { sheet: { target: { values: unknown[][] } } } } })
      .workbook.worksheets.sheet.target;
    expect(target.values).toEqual([["客户分级"], ["A"], ["A"], [""]]);
  });

  it("writeColumnBeside(context, …) leaves an occupied column alone unless told to overwrite", async () => {
    const { context, mock } = mockContext([[""], ["keep"], [""], [""]]);
    const table = await readSelection(context);
    expect(await writeColumnBeside(context, table, "象限", ["x", "y", "z"])).toMatchObject({
      written: false,
      occupied: true,
    });
    const target = (mock as unknown as { workbook: { worksheets: { sheet: { target: { values: unknown[][] } } } } })
      .workbook.worksheets.sheet.target;
    expect(target.values[1]).toEqual(["keep"]);
    expect(await writeColumnBeside(context, table, "象限", ["x", "y", "z"], { overwrite: true })).toMatchObject({
      written: true,
    });
    expect(target.values).toEqual([["象限"], ["x"], ["y"], ["z"]]);
  });

  it("besideRange(selection) is one column wide, starts right of the range and spans its rows", () => {
    expect(besideRange({ rowIndex: 4, columnIndex: 2, rowCount: 10, columnCount: 3 })).toEqual({
      rowIndex: 4,
      columnIndex: 5,
      rowCount: 10,
      columnCount: 1,
    });
  });

  it("toRecords(values) names blank headers by position and turns blank cells into null", () => {
    expect(
      toRecords([
        ["a", ""],
        [1, ""],
      ]),
    ).toEqual({ fields: ["a", "列2"], rows: [{ a: 1, 列2: null }] });
  });

  it("columnFor(table, fee) computes each row's basic fee through the BASIC_FEE wrapper", () => {
    const table = { rows: [{ kva: 315 }, { kva: null }, { kva: 565 }] };
    const out = columnFor(table, { kind: "fee", valueField: "kva", priceYuanPerKva: "20" }, "zh-CN");
    expect(out).toEqual({ success: true, header: "基本电费", values: [6300, null, 11300] });
  });

  it("columnFor(table, quadrant) explains a missing split in the pane's language", () => {
    const table = { rows: [{ x: 1, y: 2 }] };
    const out = columnFor(table, { kind: "quadrant", xField: "x", yField: "y", xSplit: "", ySplit: "1" }, "en");
    expect(out).toEqual({ success: false, message: "QUADRANT argument x_split: is required" });
  });
});
