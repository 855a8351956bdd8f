import { describe, expect, it } from "vitest";
import { columnFor } from "../src/taskpane/columns.ts";
import { numericFields, readSelection, toRecords } from "../src/taskpane/selection.ts";
import { mockExcel } from "./office-mock.ts";

describe("task pane with office-addin-mock", () => {
  it("readSelection(context) loads the selected range and reads its header row as fields", async () => {
    const { context } = mockExcel();
    const table = await readSelection(context);
    expect(table).toMatchObject({
      address: "Sheet1!B2:D5",
      selectedAddress: "Sheet1!B2:D5",
      sheetName: "Sheet1",
      rowIndex: 1,
      columnIndex: 1,
    });
    expect(table.fields).toEqual(["客户", "收入", "频率"]);
    expect(table.rows[2]).toEqual({ 客户: "丙", 收入: 4000, 频率: null });
    expect(numericFields(table)).toEqual(["收入", "频率"]);
  });

  it("readSelection(context) reads a whole-column selection (B:D) only where the used range has data", async () => {
    // The mock's B:D selection has no values of its own: loading them would fail, as reading a million blank rows
    // would be slow in Excel.
    const { context } = mockExcel({ wholeColumns: true });
    const table = await readSelection(context);
    expect(table).toMatchObject({
      address: "Sheet1!B2:D5",
      selectedAddress: "Sheet1!B:D",
      rowIndex: 1,
      columnIndex: 1,
      rowCount: 4,
      columnCount: 3,
    });
    expect(table.fields).toEqual(["客户", "收入", "频率"]);
    expect(table.rows).toHaveLength(3);
  });

  it("readSelection(context) gives no fields and no rows for a selection with no values in it", async () => {
    const { context } = mockExcel({ blank: true });
    const table = await readSelection(context);
    expect(table).toMatchObject({ address: "Sheet1!B2:D5", selectedAddress: "Sheet1!B2:D5", rowCount: 0 });
    expect(table.fields).toEqual([]);
    expect(table.rows).toEqual([]);
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
