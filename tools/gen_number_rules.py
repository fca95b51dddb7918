#!/usr/bin/env python3
"""Generate tests/data/number_rules.tsv: VTK's number rules, one table for the
C, Python and JS suites (format: tests/data/README.md).

Run with VTK 9.7.1 (the project's reference, provisioned from PyPI):
    "$(tools/provision-vtk-bench)"/bin/python tools/gen_number_rules.py > tests/data/number_rules.tsv

Every row is run in VTK 9.7.1 itself (column `vtk`). The vtkbuf columns come
from a model of the rules in src/vb_scalar.h and src/vb_span.h; on the value API
the model must agree with VTK on every row (checked here: the script fails
otherwise), on the double API it differs only where VTK's C cast is undefined
(vtkbuf saturates); on the bulk paths (Assign: `a[1] = v`, AssignArray:
`a[1:2] = np.array([v])`, VTK 9.7's NumPy assignment) it agrees except where
vtkbuf refuses a value VTK wraps or converts with an undefined cast (checked: VTK's
readback then differs from the exact truncated value).
"""
import math
import struct
import sys
import warnings

import numpy as np
from vtkmodules import vtkCommonCore as cc

VALUE_PATHS = ["SetValue", "InsertValue", "InsertNextValue"]
DOUBLE_PATHS = ["SetTuple1", "InsertTuple1", "InsertNextTuple1", "SetComponent"]
# bulk assignment (src/vb_span.h, VB_RULES_CAST): `a[1] = v` (Assign) and
# `a[1:2] = np.array([v], dtype)` (AssignArray: int64 / uint64 / float64 by the input)
BULK_PATHS = ["Assign", "AssignArray"]

# class -> (size, signed, integer); long depends on the ABI
CLASSES = {
    "vtkCharArray": (1, True, True), "vtkSignedCharArray": (1, True, True),
    "vtkUnsignedCharArray": (1, False, True), "vtkShortArray": (2, True, True),
    "vtkUnsignedShortArray": (2, False, True), "vtkIntArray": (4, True, True),
    "vtkUnsignedIntArray": (4, False, True), "vtkLongArray": (8, True, True),
    "vtkUnsignedLongArray": (8, False, True), "vtkLongLongArray": (8, True, True),
    "vtkUnsignedLongLongArray": (8, False, True), "vtkIdTypeArray": (8, True, True),
    "vtkFloatArray": (4, True, False), "vtkDoubleArray": (8, True, False),
}
# on ilp32 (wasm32) long is int: VTK's behaviour there is that of the int classes
ILP32_STANDIN = {"vtkLongArray": "vtkIntArray", "vtkUnsignedLongArray": "vtkUnsignedIntArray"}

INPUTS = (
    [f"int:{v}" for v in (7, -1, 127, 128, -129, 255, 256, 32768, 65536, 2**31, -2**31 - 1,
                          2**32, 2**53 + 1, 2**63 - 1, 2**63, -2**63 - 1, 2**64, 10**400)]
    + [f"float:{v}" for v in ("3.7", "3.0", "-0.5", "1e+300", "nan", "inf", "-inf", "1e+20")]
    + ["chr:97", "chr:233", "chr:256", "str:ab"]
)


def py_value(inp):
    kind, lit = inp.split(":", 1)
    return {"int": int, "float": float, "chr": lambda c: chr(int(c)), "str": str}[kind](lit)


def fmt_float(d):
    return "float:" + repr(float(d))


def enc(result):
    """A result as the table writes it: ok:<readback> or an error class."""
    return result if not isinstance(result, tuple) else "ok:" + result[1]


# ---- VTK 9.7.1 itself -------------------------------------------------------

def run_vtk(cls_name, path, value):
    a = getattr(cc, cls_name)()
    a.SetNumberOfTuples(2)
    a.SetTuple1(0, 7)
    a.SetTuple1(1, 7)
    try:
        if path == "SetValue": a.SetValue(1, value); idx = 1
        elif path == "InsertValue": a.InsertValue(1, value); idx = 1
        elif path == "InsertNextValue": a.InsertNextValue(value); idx = 2
        elif path == "SetTuple1": a.SetTuple1(1, value); idx = 1
        elif path == "InsertTuple1": a.InsertTuple1(1, value); idx = 1
        elif path == "InsertNextTuple1": a.InsertNextTuple1(value); idx = 2
        elif path == "SetComponent": a.SetComponent(1, 0, value); idx = 1
        elif path == "Assign": a[1] = value; idx = 1
        elif path == "AssignArray": a[1:2] = np.array([value], dtype=array_dtype(value)); idx = 1
    except (TypeError, ValueError, OverflowError) as e:
        return type(e).__name__
    got = a.GetValue(idx)
    if isinstance(got, str):
        return ("ok", f"chr:{ord(got)}")
    if isinstance(got, int):
        return ("ok", f"int:{got}")
    return ("ok", fmt_float(got))


def array_dtype(value):
    """The NumPy source of an AssignArray row: int64, uint64 (past int64) or float64."""
    if isinstance(value, float):
        return np.float64
    return np.int64 if value < 2**63 else np.uint64


def bulk_applies(path, cls_name, inp):
    if path not in BULK_PATHS:
        return True
    if cls_name == "vtkCharArray":  # no NumPy interface in VTK 9.7.1
        return False
    if path == "AssignArray":  # a typed source: numbers within 64 bits
        kind, lit = inp.split(":", 1)
        return kind == "float" or (kind == "int" and -2**63 <= int(lit) < 2**64)
    return True


# ---- the model of src/vb_scalar.h and src/vb_span.h -----------------------------

def model_bulk(cls_name, long_size, tag):
    """VB_RULES_CAST: NumPy's casting without wraps or undefined conversions."""
    size, signed, integer = CLASSES[cls_name]
    if cls_name in ILP32_STANDIN:
        size = long_size
    kind, x = tag
    if kind == "CHAR":
        return "ETYPE"
    if not integer:
        if kind == "BIG" and math.isinf(x):
            return "ENOFIT"
        d = to_double(tag)
        if size == 4:
            with np.errstate(over="ignore"):
                d = float(np.float32(d))
        return ("ok", fmt_float(d))
    lo, hi = limits(size, signed)
    if kind == "REAL":
        if math.isnan(x):
            return "EDOMAIN"
        if math.isinf(x):
            return "ENOFIT"
        v = int(x)  # truncation toward zero
    elif kind == "BIG":
        return "ENOFIT"
    else:
        v = x
    if not lo <= v <= hi:
        return "ENOFIT"
    return ("ok", f"int:{v}")

def tag_of(inp, js=False):
    """The vb_scalar a binding makes of an input (kind, payload)."""
    kind, lit = inp.split(":", 1)
    if kind == "chr":
        return ("CHAR", int(lit))
    if kind == "str":
        return ("CHAR", -1)  # not one character
    if kind == "float":
        d = float(lit)
        if js and d.is_integer() and abs(d) <= 2**53 - 1:  # a safe integer Number
            return ("INT", int(d))
        return ("REAL", d)
    v = int(lit)
    if -2**63 <= v < 2**63:
        return ("INT", v)
    if 0 <= v < 2**64:
        return ("UINT", v)
    try:
        return ("BIG", float(v))
    except OverflowError:
        return ("BIG", math.inf if v > 0 else -math.inf)


def limits(size, signed):
    return (-(2**(8 * size - 1)), 2**(8 * size - 1) - 1) if signed else (0, 2**(8 * size) - 1)


def saturate(d, size, signed):
    lo, hi = limits(size, signed)
    if math.isnan(d):
        return 0
    if d <= lo:
        return lo
    if d >= hi:
        return hi
    return int(d)  # truncation toward zero


def to_double(tag):
    return float(tag[1]) if tag[0] in ("INT", "UINT", "CHAR") else tag[1]


def model(cls_name, long_size, path, tag):
    size, signed, integer = CLASSES[cls_name]
    if cls_name in ILP32_STANDIN:
        size = long_size
    value_rules = path in VALUE_PATHS
    is_char = cls_name == "vtkCharArray"
    kind, x = tag
    if kind == "CHAR":
        if not (value_rules and is_char):
            return "ETYPE"
        if not 0 <= x <= 255:
            return "EDOMAIN"
        return ("ok", f"chr:{x}")
    if value_rules and is_char:
        return "ETYPE"
    if not integer:
        if kind == "BIG" and math.isinf(x):
            return "ENOFIT"
        d = to_double(tag)
        if size == 4:
            with np.errstate(over="ignore"):
                d = float(np.float32(d))
        return ("ok", fmt_float(d))
    exact = value_rules or size == 8
    if not exact or (kind == "REAL" and not value_rules):
        v = saturate(to_double(tag), size, signed)
    elif kind == "REAL":
        return "ETYPE"
    elif kind == "BIG":
        return "ENOFIT"
    else:
        lo, hi = limits(size, signed)
        if not lo <= x <= hi:
            return "ENOFIT"
        v = x
    if is_char:
        return ("ok", f"chr:{v & 0xFF}")
    return ("ok", f"int:{v}")


def exact_bulk(cls_name, long_size, inp):
    """The mathematically exact conversion (truncation) of an input, or None: where
    vtkbuf refuses a value that VTK stores, VTK's readback must differ from it (a
    wrap or an undefined cast), else the refusal would not be allowed by the rule."""
    size, signed, integer = CLASSES[cls_name]
    kind, lit = inp.split(":", 1)
    if kind not in ("int", "float") or not integer:
        return None
    x = float(lit) if kind == "float" else int(lit)
    if isinstance(x, float) and not math.isfinite(x):
        return None
    return f"ok:int:{int(x)}"


PY_ERR = {"ETYPE": "TypeError", "ENOFIT": "OverflowError", "EDOMAIN": "ValueError"}
JS_ERR = {"ETYPE": "TypeError", "ENOFIT": "RangeError", "EDOMAIN": "RangeError"}


def main():
    out = sys.stdout
    out.write("# generated by tools/gen_number_rules.py with VTK "
              f"{cc.vtkVersion.GetVTKVersion()}; format: tests/data/README.md\n")
    out.write("path\tclass\tabi\tinput\texpected\tjs_expected\tc_status\tvtk\n")
    mismatches = []
    for cls_name in CLASSES:
        abis = [("lp64", 8), ("ilp32", 4)] if cls_name in ILP32_STANDIN else [("any", 8)]
        for abi, long_size in abis:
            vtk_cls = ILP32_STANDIN[cls_name] if abi == "ilp32" else cls_name
            for path in VALUE_PATHS + DOUBLE_PATHS + BULK_PATHS:
                for inp in INPUTS:
                    if not bulk_applies(path, cls_name, inp):
                        continue
                    with np.errstate(all="ignore"), warnings.catch_warnings():
                        warnings.simplefilter("ignore")  # VTK's (NumPy's) wraps and casts
                        vtk = run_vtk(vtk_cls, path, py_value(inp))
                    if path in BULK_PATHS:
                        c = model_bulk(cls_name, long_size, tag_of(inp))
                        js = c if path == "AssignArray" else model_bulk(cls_name, long_size, tag_of(inp, js=True))
                        # Python parses a string as NumPy does (int('a'): ValueError)
                        py = "EDOMAIN" if tag_of(inp)[0] == "CHAR" else c
                        expected = py if isinstance(py, tuple) else PY_ERR[py]
                        same = enc(expected) == enc(vtk)
                        allowed = (not isinstance(py, tuple) and isinstance(vtk, tuple)
                                   and enc(vtk) != exact_bulk(cls_name, long_size, inp))
                        if not same and not allowed:
                            mismatches.append((cls_name, abi, path, inp, enc(expected), enc(vtk)))
                        c_status = "VB_OK" if isinstance(c, tuple) else "VB_" + c
                        js_expected = js if isinstance(js, tuple) else JS_ERR[js]
                        out.write("\t".join([path, cls_name, abi, inp, enc(expected), enc(js_expected),
                                             c_status, enc(vtk)]) + "\n")
                        continue
                    py = model(cls_name, long_size, path, tag_of(inp))
                    js = model(cls_name, long_size, path, tag_of(inp, js=True))
                    expected = py if isinstance(py, tuple) else PY_ERR[py]
                    if path in VALUE_PATHS and enc(expected) != enc(vtk):
                        mismatches.append((cls_name, abi, path, inp, enc(expected), enc(vtk)))
                    c_status = "VB_OK" if isinstance(py, tuple) else "VB_" + py
                    js_expected = js if isinstance(js, tuple) else JS_ERR[js]
                    out.write("\t".join([path, cls_name, abi, inp, enc(expected), enc(js_expected),
                                         c_status, enc(vtk)]) + "\n")
    if mismatches:
        for m in mismatches:
            sys.stderr.write("value API differs from VTK: %s\n" % (m,))
        sys.exit(f"{len(mismatches)} value-API or bulk rows differ from VTK 9.7.1 beyond the rule")


if __name__ == "__main__":
    main()
