"""Differential conformance of vtkbuf against VTK 9.7.1 (see README.md).

  python run.py record OUT.json        run every snippet, write {name: output}
                                       (with VTK 9.7.1's python: the expected values)
  python run.py check VTK.json         run every snippet here (vtkbuf: natively or in
                                       Pyodide) and compare with VTK's outputs; then the
                                       random programs of programs.py (programs.json
                                       next to VTK.json)
  python run.py show NAME              print one snippet's code and output here

Snippets live in snippets/*.py (one file per topic; each defines SNIPPETS, a list of
(name, code), and may define DIFFERENT = {name: vtkbuf's output} for deliberate
differences and NOT_IN_VTK = {names} for snippets VTK cannot run safely).  A
snippet's output is the canonical form (fmt) of the value of its last expression,
or "!ExceptionType".  A deliberate difference must be listed in docs/contract.md
(section "Deliberate differences"), else it fails.
"""
import ast
import json
import os
import re
import sys
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
MIN_SNIPPETS = 300


def load_snippets():
    """(ordered [(name, code)], DIFFERENT, NOT_IN_VTK) from snippets/*.py."""
    snippets, different, not_in_vtk, seen = [], {}, set(), {}
    d = os.path.join(HERE, "snippets")
    for fn in sorted(os.listdir(d)):
        if not fn.endswith(".py") or fn.startswith("_"):
            continue
        ns = {"__name__": "snippets." + fn[:-3]}
        with open(os.path.join(d, fn)) as f:
            exec(compile(f.read(), os.path.join(d, fn), "exec"), ns)
        for name, code in ns.get("SNIPPETS", []):
            if name in seen:
                raise SystemExit(f"conformance: snippet {name!r} in {fn} also in {seen[name]}")
            seen[name] = fn
            snippets.append((name, code))
        different.update(ns.get("DIFFERENT", {}))
        not_in_vtk.update(ns.get("NOT_IN_VTK", ()))
    return snippets, different, not_in_vtk


def is_vtkbuf():
    import vtkmodules
    return "vtkbuf" in (getattr(vtkmodules, "__doc__", "") or "")


def base_namespace():
    warnings.simplefilter("ignore")
    import numpy as np
    from vtkmodules import vtkCommonCore
    from vtkmodules.util import numpy_support
    from vtkmodules.numpy_interface import dataset_adapter
    from vtkmodules.vtkCommonDataModel import vtkPolyData
    g = {"np": np, "ns": numpy_support, "dsa": dataset_adapter, "vtkPolyData": vtkPolyData,
         "VTKBUF": is_vtkbuf()}
    g.update({k: v for k, v in vars(vtkCommonCore).items() if k.startswith(("vtk", "VTK_"))})
    exec(compile(HELPERS, "<helpers>", "exec"), g)
    return g


# Helpers every snippet can use. make_scaled builds, in vtkbuf, a scaled SOA array
# holding `values` (raw = values / scale); in VTK 9.7.1, whose scaled SOA arrays have
# no NumPy interface, the plain SOA array with the same values: the reference is
# VTK's VTKSOAArray behaviour over those values.
HELPERS = r'''
def make(cls, values, nc=1):
    a = cls()
    a.SetNumberOfComponents(nc)
    a.SetNumberOfValues(len(values))
    for i, v in enumerate(values):
        a.SetValue(i, v)
    return a

def make_soa(key, comps):
    a = vtkSOADataArrayTemplate[key]()
    a.SetNumberOfComponents(len(comps))
    a.SetNumberOfTuples(len(comps[0]))
    for c, col in enumerate(comps):
        for t, v in enumerate(col):
            a.SetComponent(t, c, v)
    return a

def make_scaled(key, comps, scale):
    if not VTKBUF:
        return make_soa(key, comps)
    a = vtkScaledSOADataArrayTemplate[key]()
    a.SetNumberOfComponents(len(comps))
    a.SetNumberOfTuples(len(comps[0]))
    a.SetScale(scale)
    for c, col in enumerate(comps):
        for t, v in enumerate(col):
            a.SetComponent(t, c, v)
    return a
'''


def fmt(x, depth=0):
    """Canonical text of a result: VTK arrays by repr and values, containers
    recursively, everything else by repr (with object addresses removed)."""
    import numpy as np
    if depth > 3:
        return "..."
    if isinstance(x, (list, tuple)) and not hasattr(x, "GetNumberOfTuples"):
        inner = ", ".join(fmt(y, depth + 1) for y in x)
        if isinstance(x, list):
            return f"[{inner}]"
        return f"({inner},)" if len(x) == 1 else f"({inner})"
    if hasattr(x, "GetNumberOfTuples") and hasattr(x, "__array__") and not isinstance(x, np.ndarray):
        try:
            vals = np.array(x).tolist()
        except Exception as e:  # noqa: BLE001
            vals = f"!{exc_name(e)}"
        return f"{x!r}={vals}"
    if hasattr(x, "GetClassName") and not isinstance(x, np.ndarray):
        return f"<{x.GetClassName()}>"
    r = repr(x)
    return re.sub(r" at 0x[0-9a-fA-F]+|\(0x[0-9a-fA-F]+\)", "", r)


def exc_name(e):
    """An exception as its first builtin class: vtkbuf's IndexValueError (ValueError and
    IndexError) shows as ValueError, what VTK 9.7.1 raises for the same index check."""
    return next(c.__name__ for c in type(e).__mro__ if c.__module__ == "builtins")


def run_one(base, code):
    g = dict(base)
    try:
        tree = ast.parse(code)
        last = tree.body.pop() if tree.body and isinstance(tree.body[-1], ast.Expr) else None
        exec(compile(tree, "<snippet>", "exec"), g)
        value = eval(compile(ast.Expression(last.value), "<snippet>", "eval"), g) if last else None
        return fmt(value)
    except Exception as e:  # noqa: BLE001
        return f"!{exc_name(e)}"


_WASM32_NAMES = {"numpy.intc": "numpy.int32", "numpy.uintc": "numpy.uint32",
                 "numpy.longlong": "numpy.int64", "numpy.ulonglong": "numpy.uint64"}


def wasm32_same(got, want):
    """Equal up to NumPy's platform integers: on wasm32 np.intp and np.int_ are int32
    (indices, sums of small ints) and the C types have other scalar names (numpy.intc
    is int32 there, numpy.longlong int64), while VTK's outputs come from x86_64."""
    def norm(t):
        for a, b in _WASM32_NAMES.items():
            t = t.replace(a, b)
        t = re.sub(r", dtype=u?int(32|64)\)", ")", t)
        return t.replace("int32", "int64")
    return norm(got) == norm(want)


def documented_differences():
    """Snippet names listed in the contract's table of deliberate differences."""
    with open(os.path.join(ROOT, "docs", "contract.md")) as f:
        text = f.read()
    m = re.search(r"^## Deliberate differences\n(.*?)(?=^## |\Z)", text, re.M | re.S)
    return set(re.findall(r"^\| `([^`]+)` \|", m.group(1), re.M)) if m else set()


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    cmd = sys.argv[1]
    snippets, different, not_in_vtk = load_snippets()
    base = base_namespace()
    if cmd == "show":
        for name, code in snippets:
            if name == sys.argv[2]:
                print(code, "\n->", run_one(base, code))
        return
    if cmd == "record":
        out = {name: run_one(base, code) for name, code in snippets if name not in not_in_vtk}
        with open(sys.argv[2], "w") as f:
            json.dump(out, f, indent=0, sort_keys=True)
        print(f"recorded {len(out)} snippets ({len(snippets) - len(out)} not run in VTK)")
        return
    if cmd != "check":
        sys.exit(f"run.py: unknown command {cmd!r}")
    with open(sys.argv[2]) as f:
        expected = json.load(f)
    docs = documented_differences()
    emscripten = sys.platform == "emscripten"
    passed = failed = 0
    for name, code in snippets:
        got = run_one(base, code)
        problem = None
        if name in different:
            want = different[name]
            if name not in docs:
                problem = "a deliberate difference not listed in docs/contract.md"
            elif name not in not_in_vtk and expected.get(name) == want:
                problem = "listed as a difference, but VTK gives the same: drop it from DIFFERENT"
        elif name in not_in_vtk:
            problem = "not run in VTK, so it needs a DIFFERENT entry (vtkbuf's expected output)"
            want = None
        else:
            want = expected.get(name)
            if want is None:
                problem = f"no VTK output recorded (re-record {sys.argv[2]})"
        if problem is None and got != want and not (emscripten and wasm32_same(got, want)):
            problem = f"expected {want}\n      got      {got}"
        if problem:
            failed += 1
            print(f"FAIL {name}: {problem}\n      code: {code.strip()!r}")
        else:
            passed += 1
    # the differential random programs (programs.py), recorded next to VTK.json: one
    # count per program
    sys.path.insert(0, HERE)
    import programs
    p_passed, p_failed = programs.check(os.path.join(os.path.dirname(sys.argv[2]), "programs.json"))
    passed, failed = passed + p_passed, failed + p_failed
    n = len(snippets)
    if n < MIN_SNIPPETS:
        failed += 1
        print(f"FAIL corpus: {n} snippets, at least {MIN_SNIPPETS} required")
    print(f"conformance ({sys.platform}): {n} snippets, {len(different)} deliberate differences")
    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
