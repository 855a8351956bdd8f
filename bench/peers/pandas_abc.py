"""The pandas peer of keylens' value-share ABC and Gini, written as the pandas documentation would write them.

Run with the Debian system Python (/usr/bin/python3, which python3-pandas installs into):

    /usr/bin/python3 bench/peers/pandas_abc.py abc|gini VALUES.f64 [--runs 5] [--warmup 1] [--classes OUT.u8]

VALUES.f64 holds the values as Float64 little-endian, the same bytes keylens reads. Each run starts from the values
as a pandas Series (reading the file is not timed) and is timed with time.perf_counter after the warm-up runs.
Prints one JSON object: {"task", "n", "warmupMs", "runsMs", "answer"}; with --classes the ABC classes (0 = A, 1 = B, 2 = C) of
every value, in input order, are written to OUT.u8 as one byte each.
"""

import argparse
import json
import time

import numpy as np
import pandas as pd


def abc(values: pd.Series) -> pd.Series:
    """Value-share ABC: sort descending, cumulative share, cut at 0.8 / 0.95 (a share equal to a cutoff stays in
    the higher class, keylens' cumLE; tied values are split in input order, keylens' row ties)."""
    ranked = values.sort_values(ascending=False, kind="stable")
    cum_share = ranked.cumsum() / ranked.sum()
    classes = pd.cut(cum_share, bins=[-np.inf, 0.8, 0.95, np.inf], labels=["A", "B", "C"], right=True)
    return classes.reindex(values.index)


def gini(values: pd.Series) -> float:
    """Population Gini: 2·Σ i·x_(i) / (n·Σx) − (n + 1) / n over the ascending sort."""
    x = values.sort_values().to_numpy()
    n = len(x)
    i = np.arange(1, n + 1)
    return float(2 * (i * x).sum() / (n * x.sum()) - (n + 1) / n)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("task", choices=["abc", "gini"])
    parser.add_argument("values")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--warmup", type=int, default=1)
    parser.add_argument("--classes")
    args = parser.parse_args()

    values = pd.Series(np.fromfile(args.values, dtype="<f8"))
    work = abc if args.task == "abc" else gini
    warmup_ms = []
    for _ in range(args.warmup):
        t0 = time.perf_counter()
        work(values)
        warmup_ms.append((time.perf_counter() - t0) * 1000)
    runs_ms = []
    out = None
    for _ in range(args.runs):
        t0 = time.perf_counter()
        out = work(values)
        runs_ms.append((time.perf_counter() - t0) * 1000)

    if args.task == "abc":
        counts = out.value_counts().reindex(["A", "B", "C"], fill_value=0)
        answer = {label: int(count) for label, count in counts.items()}
        if args.classes:
            out.cat.codes.to_numpy(dtype=np.uint8).tofile(args.classes)
    else:
        answer = {"gini": out}
    print(json.dumps({"task": args.task, "n": len(values), "warmupMs": warmup_ms, "runsMs": runs_ms, "answer": answer}))


if __name__ == "__main__":
    main()
