"""Size budgets of what browser users download (the brief): the Pyodide wheel of
vtkbuf is at most 110 KB (issue 17's limit; 80 KB before its API). (The JS module's budget is in tests/js/package.test.mjs.)"""
import glob
import os

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def test_pyodide_wheel_at_most_110_kb():
    wheels = glob.glob(os.path.join(ROOT, "dist", "vtkbuf-*-pyemscripten_2026_0_wasm32.whl"))
    assert len(wheels) == 1, f"expected one built Pyodide wheel in dist/ (make wheels), found {wheels}"
    size = os.path.getsize(wheels[0])
    assert size <= 110_000, f"{os.path.basename(wheels[0])} is {size} bytes, over 110 KB"


def test_compat_wheel_is_small():
    wheels = glob.glob(os.path.join(ROOT, "dist", "vtkbuf_vtkmodules-*-py3-none-any.whl"))
    assert len(wheels) == 1 and os.path.getsize(wheels[0]) <= 16 * 1024
