#!/usr/bin/env python3
"""Observer reference cycles and the GC: what VTK 9.7.1 and vtkbuf do.

Run it with VTK's venv (tools/provision-vtk-bench) and with .venv/bin/python (vtkbuf's
compat `vtkmodules`); docs/python.md and tests/python/test_observers.py cite the
results.  Each case runs in a child process, since VTK crashes on one of them.
  $VTK_PY tools/vtk_gc_cycles.py ; .venv/bin/python tools/vtk_gc_cycles.py
"""
import subprocess
import sys

CASE = r'''
import gc, sys, weakref
from vtkmodules.vtkCommonCore import vtkFloatArray
from vtkmodules.vtkCommonDataModel import vtkPolyData
kind, log = sys.argv[1], []
def make():
    class H:
        def cb(self, o, e):
            log.append((e, o is None))
    h = H()
    a = h.a = vtkFloatArray()
    a.SetName("x")
    a.SetNumberOfTuples(10)
    if kind == "closure":
        a.AddObserver("ModifiedEvent", lambda o, e: a)
    elif kind == "bound method":
        a.AddObserver("ModifiedEvent", h.cb)
    elif kind == "DeleteEvent closure":
        a.AddObserver("DeleteEvent", lambda o, e, a=a: log.append((e, a.GetNumberOfTuples())))
    elif kind == "DeleteEvent bound method":
        a.AddObserver("DeleteEvent", h.cb)
    elif kind == "polydata's array -> polydata":
        pd = vtkPolyData()
        pd.GetPointData().AddArray(a)
        pd.GetPointData().GetArray("x").AddObserver("ModifiedEvent", lambda o, e: pd.Modified())
        return weakref.ref(pd)
    return weakref.ref(a)
errors = []
sys.unraisablehook = lambda u: errors.append(type(u.exc_value).__name__)
r = make()
gc.collect()
print(f"collected={r() is None} delete_calls={log} errors={errors}")
'''

KINDS = ["closure", "bound method", "DeleteEvent closure", "DeleteEvent bound method",
         "polydata's array -> polydata"]

if __name__ == "__main__":
    try:
        import vtkbuf  # noqa: F401
        lib = "vtkbuf"
    except ImportError:
        lib = "VTK"
    for k in KINDS:
        p = subprocess.run([sys.executable, "-c", CASE, k], capture_output=True, text=True)
        err = p.stderr.strip().splitlines()
        out = p.stdout.strip() or f"exit {p.returncode}{' (segfault)' if p.returncode == -11 else ''}"
        if err:
            out += f"; stderr: {err[-1][:120]}"
        print(f"{lib}: {k}: {out}")
