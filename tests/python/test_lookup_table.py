"""vtkLookupTable against VTK 9.7.1: every case of tests/data/lookup_table_ref.json
(tools/gen_lookup_table_reference.py) replayed by name; table values, GetIndex,
GetColor, GetOpacity, MapValue and MapScalars compared exactly."""
import json
import math
import pathlib

import pytest

import vtkbuf

REF = json.loads((pathlib.Path(__file__).parents[1] / "data" / "lookup_table_ref.json").read_text())


def num(x):
    return float(x) if isinstance(x, str) else x


PROBES = [num(p) for p in REF["probes"]]


def make_array(spec):
    a = getattr(vtkbuf, spec["class"])()
    a.SetNumberOfComponents(spec["components"])
    for v in spec["values"]:
        a.InsertNextValue(num(v) if spec["class"] in ("vtkDoubleArray", "vtkFloatArray") else int(v))
    return a


def build(case):
    lut = vtkbuf.vtkLookupTable()
    for name, args in case["calls"]:
        getattr(lut, name)(*args)
    lut.Build()
    return lut


def same(a, b):
    return a == b or (isinstance(a, float) and math.isnan(a) and math.isnan(b))


@pytest.mark.parametrize("case", REF["cases"], ids=[c["name"] for c in REF["cases"]])
def test_case_matches_vtk(case):
    lut = build(case)
    assert lut.GetNumberOfColors() == case["number_of_colors"]
    assert list(lut.GetRange()) == case["range"]
    assert list(lut.GetTableRange()) == case["table_range"]
    assert [list(lut.GetTableValue(i)) for i in range(lut.GetNumberOfColors())] == case["table"]
    assert [lut.GetIndex(p) for p in PROBES] == case["index"]
    assert [list(lut.GetColor(p)) for p in PROBES] == case["color"]
    assert [lut.GetOpacity(p) for p in PROBES] == case["opacity"]
    assert [list(lut.MapValue(p)) for p in PROBES] == [
        [round(c * 255) for c in rgb] + [round(o * 255)] for rgb, o in zip(case["color"], case["opacity"])]
    arrays = {s["name"]: s for s in REF["arrays"]}
    for key, expected in case["map_scalars"].items():
        name, mode, comp = key.split("/")
        a = make_array(arrays[name])
        c = lut.MapScalars(a, int(mode), int(comp))
        assert c.GetClassName() == "vtkUnsignedCharArray", key
        assert [c.GetNumberOfComponents()] + [int(c.GetValue(i)) for i in range(c.GetNumberOfValues())] \
            == expected, key


def test_properties_and_bad_input():
    lut = vtkbuf.vtkLookupTable()
    assert isinstance(lut, vtkbuf.vtkScalarsToColors)
    lut.SetHueRange((0.2, 0.4))
    assert lut.GetHueRange() == (0.2, 0.4)
    out = [0.0, 0.0]
    lut.GetHueRange(out)
    assert out == [0.2, 0.4]
    lut.SetAlpha(3)
    assert lut.GetAlpha() == 1.0
    lut.SetRange(5, 1)  # ignored, as VTK
    assert lut.GetRange() == (0.0, 1.0)
    lut.SetScaleToLog10()
    lut.SetRange(-1, 1)  # crossing 0 with the log scale: ignored
    assert lut.GetRange() == (0.0, 1.0) and lut.UsingLogScale() == 1
    lut.SetScaleToLinear()
    lut.SetRange(-1, 1)
    lut.SetScaleToLog10()  # VTK adjusts to [1, 10]
    assert lut.GetRange() == (1.0, 10.0)
    with pytest.raises(ValueError):
        lut.SetRamp(7)
    with pytest.raises(ValueError):
        lut.SetNumberOfTableValues(-1)
    with pytest.raises(IndexError):
        lut.SetTableValue(256, 1, 0, 0, 1)
    with pytest.raises(TypeError):
        lut.SetHueRange(1, 2, 3)
    with pytest.raises(TypeError):
        lut.MapScalars([1, 2], 1, 0)
    lut.SetTableValue(3, (0.5, 0.5, 0.5, 1.0))
    assert lut.GetTableValue(3) == (128 / 255, 128 / 255, 128 / 255, 1.0)
    lut.SetVectorModeToRGBColors()
    a = vtkbuf.vtkDoubleArray()
    a.SetNumberOfComponents(3)
    a.InsertNextTuple((1, 2, 3))
    with pytest.raises(ValueError):
        lut.MapScalars(a, 1, -1)
    with pytest.raises(TypeError):
        lut.MapScalars(a, 2, -1)  # direct colours of a double array: not in vtkbuf
    u = vtkbuf.vtkUnsignedCharArray()
    u.SetNumberOfComponents(4)
    u.InsertNextTuple((1, 2, 3, 4))
    assert lut.MapScalars(u, 0, -1) is u  # VTK hands back the array itself


def test_compat_names():
    from vtkmodules.vtkCommonCore import vtkLookupTable, vtkScalarsToColors, VTK_RAMP_SQRT
    assert vtkLookupTable is vtkbuf.vtkLookupTable and issubclass(vtkLookupTable, vtkScalarsToColors)
    assert VTK_RAMP_SQRT == 2 and vtkScalarsToColors.MAGNITUDE == 0
