// Billing throughput: a million basic fees, and (once the engine exports it) a million full monthly bills.
import * as engine from "../packages/engine/src/index.ts";
import { basicFee, randomSource, type BasicFeeInput } from "../packages/engine/src/index.ts";
import { agree, benchmark, grouped, type Peer } from "./harness.ts";

type FeeInput = BasicFeeInput & { readonly basis: "capacity" | "demand" };
// Looked up by name so this file runs before and after the full bill lands in the catalogue.
const fullBill = (engine as unknown as Record<string, unknown>).bill;
const KVA = [315, 400, 500, 630, 800, 1000, 1250, 1600, 2000, 2500, 3150, 4000, 5000, 6300, 8000, 10000];

/** Returns `n` basic-fee inputs: 40 % by capacity, 60 % by contract demand, a fifth of those above 105 %. */
function feeInputs(n: number): FeeInput[] {
  const random = randomSource(11);
  const inputs: FeeInput[] = [];
  for (let i = 0; i < n; i++) {
    const capacityKva = random.pick(KVA) * random.integer(1, 3);
    if (random.chance(0.4)) {
      inputs.push({ basis: "capacity", quantity: capacityKva, price: 26 });
    } else {
      const contractKw = Math.ceil((capacityKva * random.between(0.45, 0.8)) / 10) * 10;
      const actual = Math.round(contractKw * random.between(0.6, random.chance(0.2) ? 1.3 : 1.05) * 100) / 100;
      inputs.push({ basis: "demand", quantity: actual, price: 38.4, contractKw, capacityKva });
    }
  }
  return inputs;
}

/** The floor: the defaults written inline (40 % floor, V1 over 105 %, a full month, money half-up to the fen). */
const inlineFee: Peer<FeeInput[]> = {
  name: "floor: inline formula",
  run: (inputs) => {
    const out = new Float64Array(inputs.length);
    for (let i = 0; i < inputs.length; i++) {
      const x = inputs[i]!;
      let q = x.quantity;
      if (x.basis === "demand") {
        const c = Math.max(x.contractKw!, x.capacityKva! * 0.4);
        q = x.quantity <= c * 1.05 ? c : x.quantity + (x.quantity - c * 1.05);
      }
      out[i] = Math.round(q * x.price * 100 + 1e-7) / 100;
    }
    return out;
  },
};

export const benchmarks = [
  benchmark<FeeInput[]>({
    name: "basic-fee throughput",
    size: 1_000_000,
    what: "basicFee(input) over 1M varied inputs (capacity and contract-demand bases), validated, with its rule text",
    prepare: feeInputs,
    check: (inputs) => {
      const floor = inlineFee.run(inputs) as Float64Array;
      let worst = 0;
      inputs.forEach((x, i) => {
        const r = basicFee(x);
        agree(r.success, `basicFee failed on input ${i}: ${r.success ? "" : r.issues[0]?.message}`);
        worst = Math.max(worst, Math.abs(r.data.amountYuan - floor[i]!));
      });
      agree(worst < 0.005, `largest fee difference ${worst} yuan`);
      return `${grouped(inputs.length)} fees equal to the fen`;
    },
    run: (inputs) => {
      let total = 0;
      for (const x of inputs) {
        const r = basicFee(x);
        if (r.success) total += r.data.amountYuan;
      }
      return total;
    },
    peer: inlineFee,
    operations: (size) => size,
    targets: { minPerSecond: 2_000_000 },
  }),
  benchmark<null>({
    name: "full-bill throughput",
    size: 1_000_000,
    what: "full monthly bills (basic fee, TOU energy, power-factor adjustment, surcharges) per second over 1M bills",
    pending:
      typeof fullBill === "function"
        ? "bill() is exported; this benchmark is still to be written"
        : "the full-bill function is not exported from @keylens/engine yet",
    prepare: () => null,
    check: () => "",
    run: () => null,
    operations: (size) => size,
    targets: { minPerSecond: 200_000 },
  }),
];
