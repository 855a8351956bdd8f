import { atPath, type Result } from "../result.ts";

/** Returns `r` with the generic argument names x, y, xSplit, ySplit at the head of issue paths replaced by `names`. */
export function renameArgumentPaths<T>(r: Result<T>, names: readonly [string, string, string, string]): Result<T> {
  if (r.success) return r;
  const map: Readonly<Record<string, string>> = { x: names[0], y: names[1], xSplit: names[2], ySplit: names[3] };
  return {
    success: false,
    issues: r.issues.map((i) => {
      const head = i.path[0];
      const renamed = typeof head === "string" ? map[head] : undefined;
      return renamed === undefined ? i : atPath(i, [renamed, ...i.path.slice(1)]);
    }),
  };
}
