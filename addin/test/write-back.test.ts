// The task pane's write-back against office-addin-mock: no data loss in Excel. An occupied target is refused
// unless the user confirmed exactly what it holds, the write is one batch with one sync, and the selection's own
// cells are never touched.
import { describe, expect, it } from "vitest";
import { readSelection } from "../src/taskpane/selection.ts";
import { besideRange, writeColumnBeside } from "../src/taskpane/write-back.ts";
import { mockExcel, selectionValues } from "./office-mock.ts";

const column = ["A", "A", null];
const written = [["客户分级"], ["A"], ["A"], [""]];

describe("writeColumnBeside(context, selection, header, values) with office-addin-mock", () => {
  it("writes the header and one value per row into the column right of the selection, with one sync for the write", async () => {
    const excel = mockExcel();
    const table = await readSelection(excel.context);
    excel.syncs.length = 0;
    const outcome = await writeColumnBeside(excel.context, table, "客户分级", column);
    expect(outcome).toEqual({ written: true, address: "Sheet1!E2:E5" });
    expect(excel.requested).toEqual([[1, 4, 4, 1]]);
    expect(excel.written()).toEqual(written);
    // Two syncs in the batch: the first reads the target (nothing written yet), the second carries the write.
    expect(excel.syncs).toEqual([undefined, written]);
  });

  it("never touches the selection's own cells: the target starts one column right of its last column", async () => {
    for (const [columnIndex, columnCount] of [
      [0, 1],
      [1, 3],
      [7, 12],
    ] as const) {
      const excel = mockExcel({ columnIndex, columnCount });
      const table = await readSelection(excel.context);
      await writeColumnBeside(excel.context, table, "象限", ["HH", "LL", "HL"]);
      const [[row, first, rows, columns]] = excel.requested as [number[]];
      expect([row, rows, columns]).toEqual([table.rowIndex, table.rowCount, 1]);
      expect(first).toBe(columnIndex + columnCount);
      expect(excel.selected.values).toEqual(selectionValues);
    }
  });

  it.each([
    ["a value", [[""], ["keep"], [""], [""]], 1],
    ["a formula that shows blank", [[""], [""], ['=IF(B3>0,"","x")'], [""]], 1],
    ["a header and a number", [["备注"], [""], [""], [0]], 2],
  ])(
    "refuses a target holding %s, writing nothing, and says what the user must agree to",
    async (_, beside, filled) => {
      const excel = mockExcel({ beside });
      const table = await readSelection(excel.context);
      excel.syncs.length = 0;
      const outcome = await writeColumnBeside(excel.context, table, "客户分级", column);
      expect(outcome).toEqual({
        written: false,
        reason: "occupied",
        address: "Sheet1!E2:E5",
        filled,
        consent: { address: "Sheet1!E2:E5", formulas: beside },
      });
      expect(excel.written()).toBeUndefined();
      expect(excel.syncs).toEqual([undefined]);
    },
  );

  it("writes over an occupied target once the user consents to exactly what it holds", async () => {
    const excel = mockExcel({ beside: [[""], ["keep"], [""], [""]] });
    const table = await readSelection(excel.context);
    const refused = await writeColumnBeside(excel.context, table, "客户分级", column);
    if (refused.written || refused.reason !== "occupied") throw new Error("expected a refusal");
    excel.syncs.length = 0;
    const outcome = await writeColumnBeside(excel.context, table, "客户分级", column, { consent: refused.consent });
    expect(outcome).toEqual({ written: true, address: "Sheet1!E2:E5" });
    expect(excel.written()).toEqual(written);
    expect(excel.syncs).toEqual([undefined, written]);
    expect(excel.selected.values).toEqual(selectionValues);
  });

  it("refuses again when the target changed after the user consented (consent covers what they saw)", async () => {
    const excel = mockExcel({ beside: [[""], ["keep"], [""], [""]] });
    const table = await readSelection(excel.context);
    const refused = await writeColumnBeside(excel.context, table, "客户分级", column);
    if (refused.written || refused.reason !== "occupied") throw new Error("expected a refusal");
    excel.type([[""], ["keep"], ["typed since"], [""]]);
    const outcome = await writeColumnBeside(excel.context, table, "客户分级", column, { consent: refused.consent });
    expect(outcome).toMatchObject({ written: false, reason: "occupied", filled: 2 });
    expect(excel.written()).toBeUndefined();
  });

  it("refuses a selection that ends in the sheet's last column (XFD) without asking Excel for any range", async () => {
    const excel = mockExcel({ columnIndex: 16_381, columnCount: 3 });
    const table = await readSelection(excel.context);
    excel.syncs.length = 0;
    expect(await writeColumnBeside(excel.context, table, "客户分级", column)).toEqual({
      written: false,
      reason: "no_room",
    });
    expect(excel.requested).toEqual([]);
    expect(excel.syncs).toHaveLength(0);
  });

  it("besideRange(selection) is one column wide, starts right of the range and spans its rows", () => {
    expect(besideRange({ rowIndex: 4, columnIndex: 2, rowCount: 10, columnCount: 3 })).toEqual({
      rowIndex: 4,
      columnIndex: 5,
      rowCount: 10,
      columnCount: 1,
    });
  });
});
