import type { Locale } from "@keylens/engine";
import * as calls from "../functions/calls.ts";
import { problemOf } from "../functions/cells.ts";
import type { SelectionTable } from "./selection.ts";

/** What the task pane can write back beside the selection. */
export type ColumnKind = "tier" | "quadrant" | "fee";

/** The choices a column needs, from the pane's inputs. */
export interface ColumnRequest {
  kind: ColumnKind;
  valueField?: string;
  xField?: string;
  yField?: string;
  method?: string;
  xSplit?: string;
  ySplit?: string;
  priceYuanPerKva?: string;
}

const headers: Record<ColumnKind, Record<Locale, string>> = {
  tier: { "zh-CN": "客户分级", en: "Tier" },
  quadrant: { "zh-CN": "象限", en: "Quadrant" },
  fee: { "zh-CN": "基本电费", en: "Basic fee" },
};

/**
 * Returns the header and one value per data row for a write-back column, computed by the same wrappers as the
 * custom functions (so the same engine calls), or the message explaining why it cannot be computed.
 */
export function columnFor(
  table: Pick<SelectionTable, "rows">,
  request: ColumnRequest,
  locale: Locale,
): { success: true; header: string; values: (string | number | null)[] } | { success: false; message: string } {
  const field = (name: string | undefined) => table.rows.map((r) => [name === undefined ? null : (r[name] ?? null)]);
  const header = headers[request.kind][locale];
  try {
    switch (request.kind) {
      case "tier": {
        const tiers = calls.customerTiers(field(request.valueField), request.method ?? null, null, null, null);
        return { success: true, header, values: tiers.map((row) => row[0] ?? null) };
      }
      case "quadrant": {
        const xs = field(request.xField);
        const ys = field(request.yField);
        const values = xs.map(([x], i) =>
          x === null || ys[i]![0] === null
            ? null
            : calls.quadrant(x, ys[i]![0], request.xSplit ?? null, request.ySplit ?? null, null),
        );
        return { success: true, header, values };
      }
      case "fee": {
        const values = field(request.valueField).map(([kva]) =>
          kva === null
            ? null
            : calls.basicFee("capacity", kva, request.priceYuanPerKva ?? null, null, null, null, null),
        );
        return { success: true, header, values };
      }
    }
  } catch (error) {
    const id = request.kind === "tier" ? "CUSTOMER_TIERS" : request.kind === "quadrant" ? "QUADRANT" : "BASIC_FEE";
    return { success: false, message: problemOf(id, error, locale).message };
  }
}
