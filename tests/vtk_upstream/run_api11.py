#!/usr/bin/env python3
"""Minimal runner for VTK's own Python tests of issue 11 (a stand-in for issue 10's
runner, to be reconciled by the lead; it lives in its own file on purpose).

  run_api11.py [--dir DIR] [--list FILE] [NAMES...]

Runs each file listed in api11_tests.txt (default DIR: build/vtk_upstream, where the
files must have been placed -- they are VTK's and not committed here) unmodified, in
this interpreter (native CPython, or Pyodide through tools/pyodide-run), against
whatever `vtkmodules` is importable: the vtkbuf compat package, or real VTK 9.7.1
(to check the reference). `vtkmodules.test.Testing` is provided by a small shim when
the installed vtkmodules has none (the compat package): vtkTest is a
unittest.TestCase, main() runs the given cases, skip() exits 125.

Counts: every unittest test method is one test; a script-style file (no Testing.main)
is one test, passed when it exits 0. Prints "N passed, M failed" last; exit 1 on any
failure or a missing file.
"""
import argparse
import io
import os
import runpy
import sys
import types
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
RESULTS = []  # (file, passed, failed)


class _Main(Exception):
    def __init__(self, passed, failed):
        super().__init__(passed, failed)
        self.passed, self.failed = passed, failed


def _shim_module():
    mod = types.ModuleType("vtkmodules.test.Testing")

    class vtkTest(unittest.TestCase):
        pass

    def main(cases):
        suite = unittest.TestSuite()
        for cls, prefix in cases:
            loader = unittest.TestLoader()
            loader.testMethodPrefix = prefix
            suite.addTests(loader.loadTestsFromTestCase(cls))
        out = io.StringIO()
        res = unittest.TextTestRunner(stream=out, verbosity=2).run(suite)
        sys.stdout.write(out.getvalue())
        failed = len(res.failures) + len(res.errors)
        raise _Main(res.testsRun - failed, failed)

    def skip():
        sys.exit(125)

    mod.vtkTest, mod.main, mod.skip = vtkTest, main, skip
    return mod


def _patch_testing():
    """Use the shim as vtkmodules.test.Testing, and capture counts from real VTK's too."""
    try:
        import vtkmodules.test.Testing as real
    except ImportError:
        real = None
    shim = _shim_module()
    if real is not None:
        real.main = shim.main  # same unittest run, counted here
        return
    pkg = types.ModuleType("vtkmodules.test")
    pkg.__path__ = []
    pkg.Testing = shim
    sys.modules["vtkmodules.test"] = pkg
    sys.modules["vtkmodules.test.Testing"] = shim
    import vtkmodules
    vtkmodules.test = pkg


def run_file(path):
    name = os.path.basename(path)
    print(f"=== {name}", flush=True)
    try:
        runpy.run_path(path, run_name="__main__")
        passed, failed = 1, 0  # a script that ran to its end
    except _Main as m:
        passed, failed = m.passed, m.failed
    except SystemExit as e:
        code = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
        passed, failed = (1, 0) if code == 0 else (0, 1)
    except BaseException as e:  # noqa: BLE001 - report, count, go on
        print(f"{name}: {type(e).__name__}: {e}")
        passed, failed = 0, 1
    print(f"--- {name}: {passed} passed, {failed} failed", flush=True)
    RESULTS.append((name, passed, failed))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", default=os.path.join(ROOT, "build", "vtk_upstream"))
    ap.add_argument("--list", default=os.path.join(HERE, "api11_tests.txt"))
    ap.add_argument("names", nargs="*")
    a = ap.parse_args()
    files = [l.split()[0] for l in open(a.list) if l.strip() and not l.startswith("#")]
    if a.names:
        files = [f for f in files if os.path.basename(f) in a.names or f in a.names]
    _patch_testing()
    missing = 0
    for f in files:
        p = os.path.join(a.dir, os.path.basename(f))
        if not os.path.exists(p):
            print(f"--- {os.path.basename(f)}: missing ({p})")
            missing += 1
            continue
        run_file(p)
    passed = sum(r[1] for r in RESULTS)
    failed = sum(r[2] for r in RESULTS) + missing
    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
