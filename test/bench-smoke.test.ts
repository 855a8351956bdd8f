// Every benchmark's answer check at 1,000 items: keylens and its peer must agree (no timing here; see BENCHMARKS.md).
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Benchmark } from "../bench/harness.ts";

const dir = fileURLToPath(new URL("../bench/", import.meta.url));
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".bench.ts"))
  .sort();
const benchmarks: Benchmark[] = [];
for (const f of files) {
  const mod = (await import(`${dir}${f}`)) as { benchmarks: Benchmark[] };
  benchmarks.push(...mod.benchmarks);
}

describe("benchmarks", () => {
  it("bench/*.bench.ts declare uniquely named benchmarks with targets", () => {
    expect(benchmarks.length).toBeGreaterThanOrEqual(7);
    expect(new Set(benchmarks.map((b) => b.name)).size).toBe(benchmarks.length);
    for (const b of benchmarks) expect(Object.keys(b.targets).length).toBeGreaterThan(0);
  });

  for (const b of benchmarks) {
    it.skipIf(Boolean(b.pending))(`check() of "${b.name}" at 1,000 items: keylens and the peer agree`, async () => {
      const peer = b.peer ? ((await b.peer.setup?.({ install: false })) ?? null) === null : false;
      const data = await b.prepare(1000);
      const summary = await b.check(data, { peer });
      expect(summary).toMatch(/\S/);
    });
  }
});
