#!/usr/bin/env python3
"""Generate tests/data/lookup_table_ref.json from VTK 9.7.1 (vtkLookupTable).

    "$(tools/provision-vtk-bench | tail -1)"/bin/python tools/gen_lookup_table_reference.py

Each case applies its setter calls (name, args) to a fresh vtkLookupTable,
then calls Build() (or ForceBuild()) and records the table values
(GetTableValue), GetIndex/GetColor/GetOpacity of probe values (MapValue is
GetColor and GetOpacity times 255 exactly; VTK's Python gives it as a pointer) and
MapScalars of a few arrays (colour mode, component) as RGBA bytes.  The
tests replay the same calls by name in C, Python and JS.
"""
import json
import math
import os

from vtkmodules.vtkCommonCore import (vtkVersion, vtkLookupTable, vtkDoubleArray, vtkFloatArray,
                                      vtkIntArray, vtkUnsignedCharArray)

NAN = float("nan")
INF = float("inf")
PROBES = [-INF, -1e300, -2.0, -0.5, 0.0, 1e-9, 0.1, 0.25, 0.3333, 0.5, 0.75, 0.999, 1.0,
          1.5, 2.0, 3.0, 10.0, 99.0, 100.0, 1000.0, INF, NAN]

CASES = [
    ("defaults", []),
    ("n16_range", [("SetNumberOfTableValues", [16]), ("SetRange", [-1.0, 2.0])]),
    ("linear_ramp", [("SetRampToLinear", []), ("SetNumberOfTableValues", [10])]),
    ("sqrt_ramp", [("SetRampToSQRT", []), ("SetNumberOfTableValues", [7]),
                   ("SetAlphaRange", [0.2, 0.9])]),
    ("hsv_custom", [("SetHueRange", [0.667, 0.0]), ("SetSaturationRange", [0.2, 1.0]),
                    ("SetValueRange", [0.5, 1.0]), ("SetAlphaRange", [1.0, 0.3]),
                    ("SetTableRange", [0.0, 100.0])]),
    ("hue_down", [("SetHueRange", [0.9, 0.1]), ("SetNumberOfTableValues", [12]),
                  ("SetRampToLinear", [])]),
    ("log10", [("SetScaleToLog10", []), ("SetRange", [1.0, 1000.0]),
               ("SetNumberOfTableValues", [32])]),
    ("log10_neg", [("SetScaleToLog10", []), ("SetRange", [-1000.0, -1.0])]),
    ("log10_zero", [("SetScaleToLog10", []), ("SetRange", [0.0, 100.0])]),
    ("below_above", [("SetRange", [0.0, 2.0]), ("SetNumberOfTableValues", [5]),
                     ("UseBelowRangeColorOn", []), ("UseAboveRangeColorOn", []),
                     ("SetBelowRangeColor", [0.1, 0.2, 0.3, 0.4]),
                     ("SetAboveRangeColor", [0.9, 0.8, 0.7, 0.6]),
                     ("SetNanColor", [0.0, 1.0, 0.0, 0.5])]),
    ("one_color", [("SetNumberOfTableValues", [1])]),
    ("flat_range", [("SetRange", [3.0, 3.0]), ("SetNumberOfTableValues", [8])]),
    ("set_values", [("SetNumberOfTableValues", [4]), ("Build", []),
                    ("SetTableValue", [0, 1.0, 0.0, 0.0, 1.0]),
                    ("SetTableValue", [1, 0.0, 1.0, 0.0, 0.5]),
                    ("SetTableValue", [2, 0.0, 0.0, 1.0, 0.25]),
                    ("SetTableValue", [3, 0.5, 0.5, 0.5, 1.0]), ("Build", [])]),
    ("set_values_rebuild", [("SetNumberOfTableValues", [4]), ("Build", []),
                            ("SetTableValue", [3, 0.5, 0.5, 0.5, 1.0]), ("ForceBuild", [])]),
    ("vector_magnitude", [("SetVectorModeToMagnitude", []), ("SetRange", [0.0, 5.0])]),
    ("vector_component", [("SetVectorModeToComponent", []), ("SetVectorComponent", [2]),
                          ("SetRange", [-3.0, 3.0])]),
    ("vector_size", [("SetVectorModeToMagnitude", []), ("SetVectorComponent", [1]),
                     ("SetVectorSize", [2]), ("SetRange", [0.0, 5.0])]),
    ("alpha_half", [("SetAlpha", [0.5]), ("SetAlphaRange", [0.5, 1.0])]),
    ("range_then_n", [("SetTableRange", [-5.0, 5.0]), ("SetNumberOfTableValues", [3]),
                      ("SetRampToSCurve", [])]),
]

# arrays: name, class, components, values
ARRAYS = [
    ("f64", vtkDoubleArray, 1, [-1.0, 0.0, 0.2, 0.5, 0.99, 1.0, 2.5, 50.0, NAN, INF, -INF]),
    ("f32", vtkFloatArray, 1, [-1.0, 0.0, 0.2, 0.5, 0.99, 1.0, 2.5, 50.0, NAN]),
    ("i32", vtkIntArray, 1, [-3, -1, 0, 1, 2, 3, 5, 100, 1000]),
    ("vec3", vtkDoubleArray, 3, [0.0, 0.0, 0.0, 1.0, 2.0, 2.0, -3.0, 0.5, 4.0,
                                 0.1, 0.2, 0.3, 10.0, -10.0, 1.0]),
    ("u8x1", vtkUnsignedCharArray, 1, [0, 1, 128, 255]),
    ("u8x3", vtkUnsignedCharArray, 3, [0, 10, 20, 255, 128, 64]),
    ("u8x4", vtkUnsignedCharArray, 4, [1, 2, 3, 4, 250, 251, 252, 253]),
    ("f64x2", vtkDoubleArray, 2, [0.25, 1.0, 0.5, 0.0]),
]
# (colorMode, component): VTK_COLOR_MODE_DEFAULT 0, MAP_SCALARS 1, DIRECT_SCALARS 2
MODES = [(0, -1), (1, -1), (1, 0), (1, 1), (1, 2), (1, 7), (2, -1), (2, 0)]


def num(x):
    return x if math.isfinite(x) else repr(x)


def color(lut, v):
    rgb = [0.0, 0.0, 0.0]
    lut.GetColor(v, rgb)
    return rgb


def make_array(cls, nc, values):
    a = cls()
    a.SetNumberOfComponents(nc)
    for v in values:
        a.InsertNextValue(v)
    return a


def main():
    out = {"probes": [num(p) for p in PROBES], "arrays": [], "modes": MODES, "cases": []}
    for name, cls, nc, values in ARRAYS:
        out["arrays"].append({"name": name, "class": cls.__name__, "components": nc,
                              "values": [num(v) for v in values]})
    for name, calls in CASES:
        lut = vtkLookupTable()
        for m, args in calls:
            getattr(lut, m)(*args)
        lut.Build()
        n = lut.GetNumberOfColors()
        case = {
            "name": name, "calls": calls, "number_of_colors": n,
            "range": list(lut.GetRange()), "table_range": list(lut.GetTableRange()),
            "table": [list(lut.GetTableValue(i)) for i in range(n)],
            "color": [color(lut, p) for p in PROBES],
            "opacity": [lut.GetOpacity(p) for p in PROBES],
            "index": [lut.GetIndex(p) for p in PROBES],
            "map_scalars": {},
        }
        for aname, cls, nc, values in ARRAYS:
            arr = make_array(cls, nc, values)
            for mode, comp in MODES:
                if mode == 2 and cls is not vtkUnsignedCharArray:
                    continue  # direct colours of other types: not in vtkbuf (VTK wraps them)
                c = lut.MapScalars(arr, mode, comp)
                key = f"{aname}/{mode}/{comp}"
                case["map_scalars"][key] = ([c.GetNumberOfComponents()] +
                                            [int(c.GetValue(i)) for i in range(c.GetNumberOfValues())])
        out["cases"].append(case)
    root = os.path.join(os.path.dirname(__file__), "..", "tests")
    with open(os.path.join(root, "c", "data", "lookup_table_ref.h"), "w") as f:
        f.write("/* generated by tools/gen_lookup_table_reference.py from VTK %s */\n" % vtkVersion.GetVTKVersion())
        for case in out["cases"][:2] + [c for c in out["cases"] if c["name"] in ("log10", "below_above", "vector_magnitude")]:
            cid = case["name"]
            t = [round(x * 255) for rgba in case["table"] for x in rgba]
            f.write("static const unsigned char lut_%s_table[] = {%s};\n" % (cid, ",".join(map(str, t))))
            for key in ("f64/1/-1", "vec3/0/-1", "u8x3/0/-1"):
                m = case["map_scalars"][key][1:]
                f.write("static const unsigned char lut_%s_%s[] = {%s};\n" % (cid, key.split("/")[0], ",".join(map(str, m))))
    path = os.path.join(root, "data", "lookup_table_ref.json")
    with open(path, "w") as f:
        json.dump(out, f, separators=(",", ":"))
        f.write("\n")


if __name__ == "__main__":
    main()
