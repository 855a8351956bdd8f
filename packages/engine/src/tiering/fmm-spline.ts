/**
 * A cubic spline in R's piecewise form: on [x_i, x_{i+1}] it is y_i + dx·(b_i + dx·(c_i + dx·d_i)), dx = u − x_i.
 */
export interface CubicSpline {
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly b: Float64Array;
  readonly c: Float64Array;
  readonly d: Float64Array;
}

/**
 * Returns the Forsythe–Malcolm–Moler interpolating spline through (x, y), x strictly increasing: R's default
 * `spline()` / `splinefun()` method ("fmm": each end's third derivative matches the cubic through the first or last
 * four points). The arithmetic follows R's `fmm_spline` (src/library/stats/src/splines.c) operation for operation so
 * that computed ABC (domain/tiering.md §2.3) picks the same grid points as the reference.
 */
export function fmmSpline(xs: ArrayLike<number>, ys: ArrayLike<number>): CubicSpline {
  const n = xs.length;
  // 1-based working arrays, as in the C source, to keep the translation checkable line by line.
  const x = new Float64Array(n + 1);
  const y = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) {
    x[i + 1] = xs[i]!;
    y[i + 1] = ys[i]!;
  }
  const b = new Float64Array(n + 1);
  const c = new Float64Array(n + 1);
  const d = new Float64Array(n + 1);
  const out = (): CubicSpline => ({
    x: x.slice(1),
    y: y.slice(1),
    b: b.slice(1),
    c: c.slice(1),
    d: d.slice(1),
  });
  if (n < 2) return out();
  if (n < 3) {
    const t = y[2]! - y[1]!;
    b[1] = t / (x[2]! - x[1]!);
    b[2] = b[1]!;
    return out();
  }
  const nm1 = n - 1;
  d[1] = x[2]! - x[1]!;
  c[2] = (y[2]! - y[1]!) / d[1]!;
  for (let i = 2; i < n; i++) {
    d[i] = x[i + 1]! - x[i]!;
    b[i] = 2.0 * (d[i - 1]! + d[i]!);
    c[i + 1] = (y[i + 1]! - y[i]!) / d[i]!;
    c[i] = c[i + 1]! - c[i]!;
  }
  b[1] = -d[1]!;
  b[n] = -d[nm1]!;
  c[1] = 0;
  c[n] = 0;
  if (n > 3) {
    c[1] = c[3]! / (x[4]! - x[2]!) - c[2]! / (x[3]! - x[1]!);
    c[n] = c[nm1]! / (x[n]! - x[n - 2]!) - c[n - 2]! / (x[nm1]! - x[n - 3]!);
    c[1] = (c[1]! * d[1]! * d[1]!) / (x[4]! - x[1]!);
    c[n] = (-c[n]! * d[nm1]! * d[nm1]!) / (x[n]! - x[n - 3]!);
  }
  for (let i = 2; i <= n; i++) {
    const t = d[i - 1]! / b[i - 1]!;
    b[i] = b[i]! - t * d[i - 1]!;
    c[i] = c[i]! - t * c[i - 1]!;
  }
  c[n] = c[n]! / b[n]!;
  for (let i = nm1; i >= 1; i--) c[i] = (c[i]! - d[i]! * c[i + 1]!) / b[i]!;
  b[n] = (y[n]! - y[n - 1]!) / d[n - 1]! + d[n - 1]! * (c[n - 1]! + 2.0 * c[n]!);
  for (let i = 1; i <= nm1; i++) {
    b[i] = (y[i + 1]! - y[i]!) / d[i]! - d[i]! * (c[i + 1]! + 2.0 * c[i]!);
    d[i] = (c[i + 1]! - c[i]!) / d[i]!;
    c[i] = 3.0 * c[i]!;
  }
  c[n] = 3.0 * c[n]!;
  d[n] = d[nm1]!;
  return out();
}

/**
 * Returns `spline` with its knot slopes limited by the Hyman (1983) monotonicity filter and the cubic coefficients
 * recomputed from the Hermite form, as R's `spline(method = "hyman")` does (`hyman_filter` + `spl_coef_conv` in
 * stats/R/splinefun.R). cABCanalysis 1.0.1 interpolates the ABC curve this way (domain/tiering.md §2.3 step 3).
 */
export function hymanFilter(spline: CubicSpline): CubicSpline {
  const { x, y } = spline;
  const n = x.length;
  if (n < 2) return spline;
  const b = spline.b.slice();
  const ss = new Float64Array(n - 1);
  for (let i = 0; i < n - 1; i++) ss[i] = (y[i + 1]! - y[i]!) / (x[i + 1]! - x[i]!);
  for (let i = 0; i < n; i++) {
    const s0 = i === 0 ? ss[0]! : ss[i - 1]!;
    const s1 = i === n - 1 ? ss[n - 2]! : ss[i]!;
    const t1 = Math.min(Math.abs(s0), Math.abs(s1));
    const sig = s0 * s1 > 0 ? s1 : b[i]!;
    b[i] = sig >= 0 ? Math.min(Math.max(0, b[i]!), 3 * t1) : Math.max(Math.min(0, b[i]!), -3 * t1);
  }
  const c = new Float64Array(n);
  const d = new Float64Array(n);
  for (let i = 0; i < n - 1; i++) {
    const h = x[i + 1]! - x[i]!;
    const dy = -(y[i + 1]! - y[i]!);
    const b0 = b[i]!;
    const b1 = b[i + 1]!;
    c[i] = -(3 * dy + (2 * b0 + b1) * h) / (h * h);
    d[i] = ((2 * dy) / h + b0 + b1) / (h * h);
  }
  const h = x[n - 1]! - x[n - 2]!;
  const dy = -(y[n - 1]! - y[n - 2]!);
  c[n - 1] = (3 * dy + (b[n - 2]! + 2 * b[n - 1]!) * h) / (h * h);
  d[n - 1] = d[n - 2]!;
  return { x, y, b, c, d };
}

/** Returns the spline's first derivative as a spline of the same form (R's `splinefun(…)(u, deriv = 1)`). */
export function splineDerivative(spline: CubicSpline): CubicSpline {
  const n = spline.x.length;
  const b = new Float64Array(n);
  const c = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    b[i] = 2 * spline.c[i]!;
    c[i] = 3 * spline.d[i]!;
  }
  return { x: spline.x, y: spline.b, b, c, d: new Float64Array(n) };
}

/**
 * Returns the spline's values at `u` (best ascending), locating each interval as R's `spline_eval` does: a point on a
 * knot stays on the interval already in use.
 */
export function evaluateSpline(spline: CubicSpline, u: ArrayLike<number>): Float64Array {
  const { x, y, b, c, d } = spline;
  const n = x.length;
  const v = new Float64Array(u.length);
  let i = 0;
  for (let l = 0; l < u.length; l++) {
    const ul = u[l]!;
    if (ul < x[i]! || (i < n - 1 && x[i + 1]! < ul)) {
      i = 0;
      let j = n;
      do {
        const k = (i + j) >> 1;
        if (ul < x[k]!) j = k;
        else i = k;
      } while (j > i + 1);
    }
    const dx = ul - x[i]!;
    v[l] = y[i]! + dx * (b[i]! + dx * (c[i]! + dx * d[i]!));
  }
  return v;
}
