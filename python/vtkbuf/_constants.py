"""The type constants VTK 9.7's vtkCommonCore exposes, with this platform's values.

Type ids, sizes and integer limits come from the core's type table (C ``long`` is
4 bytes on wasm32, so ``VTK_SIZEOF_LONG`` is 4 and ``VTK_LONG_MAX`` 2**31 - 1
there). The float/double limits are VTK's own constants (``VTK_FLOAT_MAX`` is
1e38 as a float, ``VTK_DOUBLE_MAX`` 1e299), not the C limits.
"""
import struct as _struct

from ._templates import TYPE_TABLE as _TABLE

_by_name = {r["vtk_name"]: r for r in _TABLE}
_by_dtype = {r["dtype"]: r for r in _TABLE if r["dtype_default"]}


def _float32(x):
    return _struct.unpack("f", _struct.pack("f", x))[0]


CONSTANTS = {
    "VTK_VOID": 0, "VTK_BIT": 1, "VTK_STRING": 13, "VTK_OPAQUE": 14, "VTK_VARIANT": 20,
    "VTK_OBJECT": 21,
    "VTK_BIT_MIN": 0, "VTK_BIT_MAX": 1,
    "VTK_FLOAT_MIN": -_float32(1.0e38), "VTK_FLOAT_MAX": _float32(1.0e38),
    "VTK_DOUBLE_MIN": -1.0e299, "VTK_DOUBLE_MAX": 1.0e299,
    "VTK_DBL_MIN": 2.2250738585072014e-308, "VTK_DBL_EPSILON": 2.220446049250313e-16,
    "VTK_SIZEOF_VOID_P": _struct.calcsize("P"),
    # array types (vtkAbstractArray::GetArrayType)
    "VTK_ABSTRACT_ARRAY": 0, "VTK_DATA_ARRAY": 1, "VTK_BIT_ARRAY": 4, "VTK_AOS_DATA_ARRAY": 5,
    "VTK_SOA_DATA_ARRAY": 6, "VTK_SCALED_SOA_DATA_ARRAY": 7,
}
for _name, _row in _by_name.items():
    CONSTANTS[_name] = _row["id"]
    if _row["is_integer"]:
        _base = "VTK_ID" if _name == "VTK_ID_TYPE" else _name
        CONSTANTS[_base + "_MIN"] = int(_row["min"]) if _row["size"] < 8 else (
            -2 ** 63 if _row["is_signed"] else 0)
        CONSTANTS[_base + "_MAX"] = int(_row["max"]) if _row["size"] < 8 else (
            2 ** 63 - 1 if _row["is_signed"] else 2 ** 64 - 1)
for _c in ("CHAR", "SHORT", "INT", "LONG", "LONG_LONG", "FLOAT", "DOUBLE", "ID_TYPE"):
    CONSTANTS["VTK_SIZEOF_" + _c] = _by_name["VTK_" + _c]["size"]
CONSTANTS["VTK_TYPE_CHAR_IS_SIGNED"] = int(bool(_by_name["VTK_CHAR"]["is_signed"]))
# the fixed-size type ids: VTK_TYPE_INT8 ... VTK_TYPE_FLOAT64, with limits
for _dt, _row in _by_dtype.items():
    _n = "VTK_TYPE_" + _dt.upper()
    CONSTANTS[_n] = _row["id"]
    if _row["is_integer"]:
        CONSTANTS[_n + "_MIN"] = CONSTANTS[_row["vtk_name"] + "_MIN"]
        CONSTANTS[_n + "_MAX"] = CONSTANTS[_row["vtk_name"] + "_MAX"]
