"""vtkLookupTable's property methods, made from the core's two generic
accessors (_d: doubles, _i: ints; kinds as in src/vb_lookup_table.h)."""
from . import _vtkbuf as _c

_LUT = _c.vtkLookupTable
_DOUBLES = ("TableRange", "HueRange", "SaturationRange", "ValueRange", "AlphaRange",
            "NanColor", "BelowRangeColor", "AboveRangeColor", "Alpha")
_INTS = ("Ramp", "Scale", "VectorMode", "VectorComponent", "VectorSize",
         "UseBelowRangeColor", "UseAboveRangeColor")
_PRESETS = {"Ramp": ("Linear", "SCurve", "SQRT"), "Scale": ("Linear", "Log10"),
            "VectorMode": ("Magnitude", "Component", "RGBColors")}


def _flat(v):
    return tuple(v[0]) if len(v) == 1 and hasattr(v[0], "__len__") else v


def _fill(out, values):
    if out is not None:
        out[:] = values
    return values


def _add(name, fn):
    _c._set_type_attr(_LUT, name, fn)


for _k, _n in enumerate(_DOUBLES):
    _add("Set" + _n, lambda self, *v, _k=_k: self._d(_k, *_flat(v)))
    _add("Get" + _n, lambda self, out=None, _k=_k: _fill(out, self._d(_k)))
_add("SetRange", _LUT.SetTableRange)
_add("GetRange", _LUT.GetTableRange)
for _k, _n in enumerate(_INTS):
    _add("Set" + _n, lambda self, v, _k=_k: self._i(_k, v))
    _add("Get" + _n, lambda self, _k=_k: self._i(_k))
    if _n.startswith("Use"):
        _add(_n + "On", lambda self, _k=_k: self._i(_k, 1))
        _add(_n + "Off", lambda self, _k=_k: self._i(_k, 0))
    for _v, _p in enumerate(_PRESETS.get(_n, ())):
        _add(f"Set{_n}To{_p}", lambda self, _k=_k, _v=_v: self._i(_k, _v))
_add("MapValue", lambda self, v: self._map(v))
_add("GetColor", lambda self, v, rgb=None: _fill(rgb, tuple(c / 255.0 for c in self._map(v)[:3])))
_add("GetOpacity", lambda self, v: self._map(v)[3] / 255.0)
_add("UsingLogScale", lambda self: int(self._i(1) == 1))
for _k, _n in enumerate(("MAGNITUDE", "COMPONENT", "RGBCOLORS")):
    _c._set_type_attr(_c.vtkScalarsToColors, _n, _k)
CONSTANTS = {"VTK_RAMP_LINEAR": 0, "VTK_RAMP_SCURVE": 1, "VTK_RAMP_SQRT": 2,
             "VTK_SCALE_LINEAR": 0, "VTK_SCALE_LOG10": 1, "VTK_COLOR_MODE_DEFAULT": 0,
             "VTK_COLOR_MODE_MAP_SCALARS": 1, "VTK_COLOR_MODE_DIRECT_SCALARS": 2}
