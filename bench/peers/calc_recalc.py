"""Recalculates a spreadsheet in headless LibreOffice Calc and times it, the peer of keylens' per-cell CUSTOMER_TIER.

Run with the Debian system Python (/usr/bin/python3, which python3-uno installs into):

    /usr/bin/python3 bench/peers/calc_recalc.py SHEET.fods ROWS [--runs 5] [--warmup 1]

Starts soffice headless with a throw-away profile, loads SHEET.fods hidden, reads column B (what loading left in
the formula cells: the file's cached values are deliberately wrong), then times doc.calculateAll() (every formula
recalculated, dirty or not) with time.perf_counter: `warmup` untimed runs, then `runs` timed ones. Prints one JSON
object: {"loadMs", "warmupMs", "runsMs", "afterLoad", "tiers"} where afterLoad and tiers are column B's ROWS cells
joined with "," (after loading and after the last recalculation).
"""

import argparse
import json
import os
import shutil
import subprocess
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def column_b(doc, rows):
    cells = doc.Sheets.getByIndex(0).getCellRangeByName(f"B1:B{rows}").getDataArray()
    return ",".join(str(row[0]) for row in cells)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("sheet")
    parser.add_argument("rows", type=int)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--warmup", type=int, default=1)
    args = parser.parse_args()

    profile = tempfile.mkdtemp(prefix="keylens-lo-profile-")
    pipe = f"keylens_bench_{os.getpid()}"
    office = subprocess.Popen(
        [
            "soffice",
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--invisible",
            "--nologo",
            "--norestore",
            "--nodefault",
            "--nolockcheck",
            f"--accept=pipe,name={pipe};urp;StarOffice.ComponentContext",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        deadline = time.monotonic() + 120
        while True:
            try:
                ctx = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
                break
            except NoConnectException:
                if time.monotonic() > deadline or office.poll() is not None:
                    raise
                time.sleep(0.25)
        desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        t0 = time.perf_counter()
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(args.sheet)), "_blank", 0, (prop("Hidden", True),))
        load_ms = (time.perf_counter() - t0) * 1000
        after_load = column_b(doc, args.rows)

        def timed():
            t = time.perf_counter()
            doc.calculateAll()
            return (time.perf_counter() - t) * 1000

        warmup_ms = [timed() for _ in range(args.warmup)]
        runs_ms = [timed() for _ in range(args.runs)]
        tiers = column_b(doc, args.rows)
        doc.close(True)
        try:
            desktop.terminate()
        except Exception:  # the bridge drops as soffice exits
            pass
        print(json.dumps({"loadMs": load_ms, "warmupMs": warmup_ms, "runsMs": runs_ms, "afterLoad": after_load, "tiers": tiers}))
    finally:
        try:
            office.wait(timeout=30)
        except subprocess.TimeoutExpired:
            office.kill()
        shutil.rmtree(profile, ignore_errors=True)


if __name__ == "__main__":
    main()
