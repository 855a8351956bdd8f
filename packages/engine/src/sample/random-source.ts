/** A deterministic stream of pseudo-random numbers; the same seed always gives the same stream. */
export interface RandomSource {
  /** A uniform number in [0, 1). */
  readonly uniform: () => number;
  /** A uniform number in [lo, hi). */
  readonly between: (lo: number, hi: number) => number;
  /** A uniform integer in [lo, hi], both ends included. */
  readonly integer: (lo: number, hi: number) => number;
  /** A standard normal number (mean 0, standard deviation 1). */
  readonly normal: () => number;
  /** True with probability `p`. */
  readonly chance: (p: number) => boolean;
  /** One item of `items`, uniformly. */
  readonly pick: <T>(items: readonly T[]) => T;
  /** One item of `items`, with probability proportional to its `weight`. */
  readonly weighted: <T extends { readonly weight: number }>(items: readonly T[]) => T;
}

/**
 * Returns a seeded random source built on sfc32 (Chris Doty-Humphrey's Small Fast Counting generator, period
 * ≥ 2^32, passes PractRand to 2^40 bytes), its state filled from `seed` by splitmix32. Never Math.random: the
 * sample book must be reproducible from its seed.
 */
export function randomSource(seed: number): RandomSource {
  let s = (Math.trunc(seed) >>> 0) ^ (Math.floor(Math.trunc(seed) / 2 ** 32) >>> 0);
  const splitmix32 = (): number => {
    s = (s + 0x9e3779b9) | 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
    z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
    return (z ^ (z >>> 15)) >>> 0;
  };
  let a = splitmix32();
  let b = splitmix32();
  let c = splitmix32();
  let d = 1;
  const uniform = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  // sfc32 authors discard the first outputs so nearby seeds decorrelate.
  for (let i = 0; i < 12; i++) uniform();

  let spare = NaN;
  const normal = (): number => {
    if (!Number.isNaN(spare)) {
      const z = spare;
      spare = NaN;
      return z;
    }
    // Box–Muller; 1 − u keeps the logarithm's argument in (0, 1].
    const r = Math.sqrt(-2 * Math.log(1 - uniform()));
    const theta = 2 * Math.PI * uniform();
    spare = r * Math.sin(theta);
    return r * Math.cos(theta);
  };
  const between = (lo: number, hi: number): number => lo + (hi - lo) * uniform();
  const integer = (lo: number, hi: number): number => lo + Math.floor((hi - lo + 1) * uniform());
  const chance = (p: number): boolean => uniform() < p;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(items.length * uniform())]!;
  const weighted = <T extends { readonly weight: number }>(items: readonly T[]): T => {
    let total = 0;
    for (const item of items) total += item.weight;
    let r = uniform() * total;
    for (const item of items) {
      r -= item.weight;
      if (r < 0) return item;
    }
    return items[items.length - 1]!;
  };
  return { uniform, between, integer, normal, chance, pick, weighted };
}
