import * as z from "zod/mini";
import { fail, ok, parseWith, type Result } from "../result.ts";
import { issue } from "./issue.ts";
import { isChargedStatus, TransformerStatusSchema, type TransformerStatus } from "./transformer-status.ts";

const Key = z.union([z.string().check(z.minLength(1)), z.number()]);

/** A transformer (受电变压器) at the supply point. */
export const CapacityUnit = z.strictObject({
  id: z.optional(Key),
  /** Nameplate capacity in kVA. */
  capacityKva: z.number().check(z.minimum(0)),
  status: TransformerStatusSchema,
  /** Units interlocked on the primary side (一次侧连锁) share a group: only one can run, the largest counts. */
  interlockGroup: z.optional(Key),
  /** Supply route (进线) the unit hangs on; defaults to a single route. */
  route: z.optional(Key),
  /** Equipment used only for power-factor correction (capacitors, 调相机) is free. */
  pfCorrection: z.optional(z.boolean()),
  /** First day in service in this period (new connection, addition, swap-in), ISO date. */
  inServiceFrom: z.optional(z.string()),
  /** Last day in service in this period (termination, swap-out), ISO date. */
  inServiceUntil: z.optional(z.string()),
});
/** A transformer as written by the caller. */
export type CapacityUnit = z.input<typeof CapacityUnit>;

/** A high-voltage motor not fed through a transformer (高压电动机), counted at 1 kW = 1 kVA. */
export const HvMotor = z.union([
  z.number().check(z.minimum(0)),
  z.strictObject({
    id: z.optional(Key),
    capacityKw: z.number().check(z.minimum(0)),
    status: z.optional(TransformerStatusSchema),
    interlockGroup: z.optional(Key),
    route: z.optional(Key),
  }),
]);
/** An HV motor: its kW, or a record with status and route. */
export type HvMotor = z.input<typeof HvMotor>;

/** A supply route (进线); routes sharing a `backupGroup` back each other up and the largest counts. */
export const SupplyRoute = z.strictObject({ id: Key, backupGroup: z.optional(Key) });
/** A supply route as written by the caller. */
export type SupplyRoute = z.input<typeof SupplyRoute>;

/** Why a unit is or is not in the chargeable capacity. */
export type CapacityReason =
  "charged" | "cold_standby_sealed" | "suspended" | "reduced" | "pf_correction" | "interlock_smaller" | "backup_route";

/** One unit's part in the chargeable capacity. */
export interface CapacityUnitReport {
  readonly index: number;
  readonly id: string | number | undefined;
  readonly kind: "transformer" | "hvMotor";
  readonly capacityKva: number;
  readonly status: TransformerStatus;
  readonly counted: boolean;
  readonly reason: CapacityReason;
  readonly interlockGroup: string | number | undefined;
  readonly route: string | number | undefined;
}

/** One supply route's chargeable capacity. */
export interface RouteCapacity {
  readonly route: string | number | undefined;
  readonly capacityKva: number;
  readonly backupGroup: string | number | undefined;
  /** False for a backup route whose group partner is larger. */
  readonly counted: boolean;
}

/** The chargeable capacity and how it was made up. */
export interface ChargeableCapacityResult {
  /** Chargeable capacity (计费容量) in kVA. */
  readonly capacityKva: number;
  /** Transformer kVA + HV-motor kW without suspended, reduced and PF-correction units: the base of the 40 % floor. */
  readonly floorBaseKva: number;
  readonly units: readonly CapacityUnitReport[];
  readonly routes: readonly RouteCapacity[];
}

/** A unit after parsing, transformers and motors alike. */
export interface NormalizedUnit {
  readonly id: string | number | undefined;
  readonly kind: "transformer" | "hvMotor";
  readonly capacityKva: number;
  readonly status: TransformerStatus;
  readonly interlockGroup: string | number | undefined;
  readonly route: string | number | undefined;
  readonly pfCorrection: boolean;
  readonly inServiceFrom: string | undefined;
  readonly inServiceUntil: string | undefined;
}

type ParsedUnit = z.output<typeof CapacityUnit>;
type ParsedMotor = z.output<typeof HvMotor>;

/** Returns transformers and motors as one list of normalized units. */
export function normalizeUnits(units: readonly ParsedUnit[], motors: readonly ParsedMotor[]): NormalizedUnit[] {
  const out: NormalizedUnit[] = [];
  for (const u of units) {
    out.push({
      id: u.id,
      kind: "transformer",
      capacityKva: u.capacityKva,
      status: u.status,
      interlockGroup: u.interlockGroup,
      route: u.route,
      pfCorrection: u.pfCorrection ?? false,
      inServiceFrom: u.inServiceFrom,
      inServiceUntil: u.inServiceUntil,
    });
  }
  for (const m of motors) {
    out.push(
      typeof m === "number"
        ? {
            id: undefined,
            kind: "hvMotor",
            capacityKva: m,
            status: "running",
            interlockGroup: undefined,
            route: undefined,
            pfCorrection: false,
            inServiceFrom: undefined,
            inServiceUntil: undefined,
          }
        : {
            id: m.id,
            kind: "hvMotor",
            capacityKva: m.capacityKw,
            status: m.status ?? "running",
            interlockGroup: m.interlockGroup,
            route: m.route,
            pfCorrection: false,
            inServiceFrom: undefined,
            inServiceUntil: undefined,
          },
    );
  }
  return out;
}

/**
 * Returns the chargeable capacity (计费容量) in kVA of a supply point: running, hot-standby and unsealed standby
 * transformers plus HV motors not fed through a transformer at 1 kW = 1 kVA; sealed cold standby, suspended,
 * reduced and PF-correction units are free; units sharing an `interlockGroup` count as their largest chargeable
 * member (the largest combination that can run at once, whatever actually ran); routes are summed, and routes
 * sharing a `backupGroup` count as the largest of them (domain/billing.md §3.1). Each unit's report says why it
 * counts or not.
 */
export function chargeableCapacity(
  units: readonly CapacityUnit[],
  hvMotors: readonly HvMotor[] = [],
  routes: readonly SupplyRoute[] = [],
): Result<ChargeableCapacityResult> {
  const u = parseWith(z.array(CapacityUnit), units, ["units"]);
  if (!u.success) return u.result;
  const m = parseWith(z.array(HvMotor), hvMotors ?? [], ["hvMotors"]);
  if (!m.success) return m.result;
  const r = parseWith(z.array(SupplyRoute), routes ?? [], ["routes"]);
  if (!r.success) return r.result;
  const all = normalizeUnits(u.data, m.data);
  if (all.length === 0) return fail([issue("empty_input", ["units"])]);
  const report = explainCapacity(all, r.data);
  // Finite sizes can still sum past the largest double (1.8e308 kW + 1e292 kW): an error, never ∞ kVA.
  if (!Number.isFinite(report.capacityKva) || !Number.isFinite(report.floorBaseKva)) {
    return fail([issue("not_finite", ["units"], { received: "Σ = ∞" })]);
  }
  return ok(report);
}

/** Returns the chargeable capacity of `units` (only those `active` says are in service), without the report. */
export function capacityKvaOf(
  units: readonly NormalizedUnit[],
  routes: readonly z.output<typeof SupplyRoute>[],
  active?: (index: number) => boolean,
): number {
  if (routes.length === 0 && !units.some((x) => x.interlockGroup !== undefined)) {
    let sum = 0;
    for (let i = 0; i < units.length; i++) {
      const x = units[i]!;
      if (!x.pfCorrection && isChargedStatus(x.status) && (active === undefined || active(i))) sum += x.capacityKva;
    }
    return sum;
  }
  return explainCapacity(units, routes, active).capacityKva;
}

/** Returns the chargeable capacity of `units` with the per-unit and per-route report. */
export function explainCapacity(
  units: readonly NormalizedUnit[],
  routes: readonly z.output<typeof SupplyRoute>[],
  active?: (index: number) => boolean,
): ChargeableCapacityResult {
  let interlocked = false;
  for (let i = 0; i < units.length && !interlocked; i++) interlocked = units[i]!.interlockGroup !== undefined;
  if (routes.length === 0 && active === undefined && !interlocked) return simpleCapacity(units);
  const reasons: CapacityReason[] = [];
  for (let i = 0; i < units.length; i++) {
    const x = units[i]!;
    reasons.push(
      x.pfCorrection
        ? "pf_correction"
        : !isChargedStatus(x.status)
          ? (x.status as "cold_standby_sealed" | "suspended" | "reduced")
          : active && !active(i)
            ? "suspended"
            : "charged",
    );
  }
  if (interlocked) markInterlocked(units, reasons);
  if (routes.length === 0 && oneRoute(units)) return oneRouteCapacity(units, reasons);
  const routeTotals = new Map<string | number | undefined, number>();
  units.forEach((x, i) => {
    routeTotals.set(x.route, (routeTotals.get(x.route) ?? 0) + (reasons[i] === "charged" ? x.capacityKva : 0));
  });
  const backupOf = new Map<string | number, string | number | undefined>(routes.map((r) => [r.id, r.backupGroup]));
  const groupBest = new Map<string | number, string | number | undefined>();
  for (const [route, kva] of routeTotals) {
    const g = route === undefined ? undefined : backupOf.get(route);
    if (g === undefined) continue;
    const cur = groupBest.get(g);
    if (!groupBest.has(g) || (routeTotals.get(cur) ?? 0) < kva) groupBest.set(g, route);
  }
  let capacityKva = 0;
  const routeReports: RouteCapacity[] = [];
  for (const [route, kva] of routeTotals) {
    const g = route === undefined ? undefined : backupOf.get(route);
    const counted = g === undefined || groupBest.get(g) === route;
    if (counted) capacityKva += kva;
    routeReports.push({ route, capacityKva: kva, backupGroup: g, counted });
  }
  let floorBaseKva = 0;
  const reports = units.map((x, i): CapacityUnitReport => {
    const g = x.route === undefined ? undefined : backupOf.get(x.route);
    let reason = reasons[i]!;
    if (reason === "charged" && g !== undefined && groupBest.get(g) !== x.route) reason = "backup_route";
    if (countsToFloor(x, reasons[i]!)) floorBaseKva += x.capacityKva;
    return unitReport(x, i, reason);
  });
  return { capacityKva, floorBaseKva, units: reports, routes: routeReports };
}

/**
 * Marks the chargeable members of each interlock group but the largest (the first of equal ones) as
 * `interlock_smaller`. Compares pairs rather than keeping a map of groups: groups hold a handful of units.
 */
function markInterlocked(units: readonly NormalizedUnit[], reasons: CapacityReason[]): void {
  for (let i = 0; i < units.length; i++) {
    const x = units[i]!;
    if (x.interlockGroup === undefined || reasons[i] !== "charged") continue;
    for (let j = 0; j < units.length; j++) {
      const y = units[j]!;
      // A unit marked smaller was chargeable before this pass, so it still counts in the comparisons.
      const chargeable = reasons[j] === "charged" || reasons[j] === "interlock_smaller";
      if (j === i || y.interlockGroup !== x.interlockGroup || !chargeable) continue;
      if (y.capacityKva > x.capacityKva || (y.capacityKva === x.capacityKva && j < i)) {
        reasons[i] = "interlock_smaller";
        break;
      }
    }
  }
}

function oneRoute(units: readonly NormalizedUnit[]): boolean {
  for (let i = 1; i < units.length; i++) if (units[i]!.route !== units[0]!.route) return false;
  return units.length > 0;
}

/** The capacity when every unit hangs on one route and no route backs another up, in one pass. */
function oneRouteCapacity(
  units: readonly NormalizedUnit[],
  reasons: readonly CapacityReason[],
): ChargeableCapacityResult {
  let capacityKva = 0;
  let floorBaseKva = 0;
  const reports: CapacityUnitReport[] = [];
  for (let i = 0; i < units.length; i++) {
    const x = units[i]!;
    const reason = reasons[i]!;
    if (reason === "charged") capacityKva += x.capacityKva;
    if (countsToFloor(x, reason)) floorBaseKva += x.capacityKva;
    reports.push(unitReport(x, i, reason));
  }
  const route = { route: units[0]!.route, capacityKva, backupGroup: undefined, counted: true };
  return { capacityKva, floorBaseKva, units: reports, routes: [route] };
}

/** Whether a unit is in the base of the 40 % floor: not suspended (in the period or by its status), not reduced. */
function countsToFloor(x: NormalizedUnit, reason: CapacityReason): boolean {
  return !x.pfCorrection && x.status !== "suspended" && x.status !== "reduced" && reason !== "suspended";
}

function unitReport(x: NormalizedUnit, index: number, reason: CapacityReason): CapacityUnitReport {
  return {
    index,
    id: x.id,
    kind: x.kind,
    capacityKva: x.capacityKva,
    status: x.status,
    counted: reason === "charged",
    reason,
    interlockGroup: x.interlockGroup,
    route: x.route,
  };
}

/** The common case without interlocks, routes or a day filter, in one pass. */
function simpleCapacity(units: readonly NormalizedUnit[]): ChargeableCapacityResult {
  let capacityKva = 0;
  let floorBaseKva = 0;
  const reports: CapacityUnitReport[] = [];
  for (let i = 0; i < units.length; i++) {
    const x = units[i]!;
    const reason: CapacityReason = x.pfCorrection
      ? "pf_correction"
      : isChargedStatus(x.status)
        ? "charged"
        : (x.status as "cold_standby_sealed" | "suspended" | "reduced");
    if (reason === "charged") capacityKva += x.capacityKva;
    if (countsToFloor(x, reason)) floorBaseKva += x.capacityKva;
    reports.push(unitReport(x, i, reason));
  }
  const route = units.length > 0 ? units[0]!.route : undefined;
  return {
    capacityKva,
    floorBaseKva,
    units: reports,
    routes:
      units.length === 0 || oneRoute(units)
        ? [{ route, capacityKva, backupGroup: undefined, counted: true }]
        : routeTotals(reports),
  };
}

function routeTotals(reports: readonly CapacityUnitReport[]): RouteCapacity[] {
  const totals = new Map<string | number | undefined, number>();
  for (const r of reports) totals.set(r.route, (totals.get(r.route) ?? 0) + (r.counted ? r.capacityKva : 0));
  return [...totals].map(([route, capacityKva]) => ({ route, capacityKva, backupGroup: undefined, counted: true }));
}
