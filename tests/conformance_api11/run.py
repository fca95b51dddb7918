#!/usr/bin/env python3
"""Minimal differential runner for snippets_typed.py (a stand-in for issue 10's suite).

  run.py --emit OUT.json        run every snippet in this interpreter, write outcomes
  run.py --compare VTK.json OURS.json   compare; exit 1 on an unlisted difference

Outcome of a snippet: ("ok", repr(value)) or ("raise", exception class name), plus
repr(state()) when the snippet defines `state` and raised (VTK leaves new memory
uninitialised, so states of successful rows are not comparable). VTK 9.7.1's prints (error messages)
are not compared."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from snippets_typed import DIFF, SNIPPETS  # noqa: E402


def run_one(code):
    import warnings
    import numpy as np
    import vtkmodules.vtkCommonCore as cc
    import vtkmodules.vtkCommonDataModel as dm
    g = {"np": np}
    for m in (cc, dm):
        g.update({k: getattr(m, k) for k in dir(m) if not k.startswith("_")})
    *body, last = code.split("\n") if "\n" in code else [code]
    *pre, expr = last.split("; ")
    warnings.simplefilter("ignore")
    exec("\n".join(body + pre), g)
    try:
        out = ["ok", repr(eval(expr, g))]
    except Exception as e:  # noqa: BLE001
        out = ["raise", type(e).__name__]
    if "state" in g and out[0] == "raise":  # bad input: the object must be unchanged
        out.append(repr(g["state"]()))
    return out


def canon(outcome):
    """Representation-independent form: class addresses and class names dropped."""
    import re
    return [re.sub(r" at 0x[0-9a-f]+|\(0x[0-9a-f]+\)", "", s) for s in outcome]


def main():
    if sys.argv[1] == "--emit":
        res = {sid: run_one(code) for sid, code in SNIPPETS}
        json.dump(res, open(sys.argv[2], "w"), indent=1)
        return
    vtk, ours = (json.load(open(p)) for p in sys.argv[2:4])
    bad = 0
    for sid, _ in SNIPPETS:
        same = canon(vtk[sid]) == canon(ours[sid])
        if not same and sid not in DIFF:
            bad += 1
            print(f"DIFF {sid}: VTK {vtk[sid]} vtkbuf {ours[sid]}")
        elif same and sid in DIFF:
            print(f"note {sid}: listed as a difference but equal")
    print(f"{len(SNIPPETS) - bad} passed, {bad} failed ({len(DIFF)} listed differences)")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
