"""VTK 9.7's type constants and the vtkAbstractArray/vtkDataArray static helpers.
Values as VTK 9.7.1 on x86_64 (checked name by name against it when written); C long
follows the platform (4 bytes on wasm32)."""
import struct

import pytest

import vtkbuf
from vtkmodules import vtkCommonCore as cc

LONG = struct.calcsize("l")
EXPECTED = {
    "VTK_VOID": 0, "VTK_BIT": 1, "VTK_CHAR": 2, "VTK_UNSIGNED_CHAR": 3, "VTK_SHORT": 4,
    "VTK_UNSIGNED_SHORT": 5, "VTK_INT": 6, "VTK_UNSIGNED_INT": 7, "VTK_LONG": 8,
    "VTK_UNSIGNED_LONG": 9, "VTK_FLOAT": 10, "VTK_DOUBLE": 11, "VTK_ID_TYPE": 12,
    "VTK_STRING": 13, "VTK_OPAQUE": 14, "VTK_SIGNED_CHAR": 15, "VTK_LONG_LONG": 16,
    "VTK_UNSIGNED_LONG_LONG": 17, "VTK_VARIANT": 20, "VTK_OBJECT": 21,
    "VTK_SIZEOF_CHAR": 1, "VTK_SIZEOF_SHORT": 2, "VTK_SIZEOF_INT": 4, "VTK_SIZEOF_LONG": LONG,
    "VTK_SIZEOF_LONG_LONG": 8, "VTK_SIZEOF_FLOAT": 4, "VTK_SIZEOF_DOUBLE": 8,
    "VTK_SIZEOF_ID_TYPE": 8, "VTK_SIZEOF_VOID_P": struct.calcsize("P"),
    "VTK_BIT_MIN": 0, "VTK_BIT_MAX": 1, "VTK_CHAR_MIN": -128, "VTK_CHAR_MAX": 127,
    "VTK_UNSIGNED_CHAR_MAX": 255, "VTK_SHORT_MIN": -32768, "VTK_INT_MAX": 2**31 - 1,
    "VTK_UNSIGNED_INT_MAX": 2**32 - 1, "VTK_LONG_MAX": 2**(8 * LONG - 1) - 1,
    "VTK_LONG_MIN": -2**(8 * LONG - 1), "VTK_UNSIGNED_LONG_MAX": 2**(8 * LONG) - 1,
    "VTK_LONG_LONG_MIN": -2**63, "VTK_UNSIGNED_LONG_LONG_MAX": 2**64 - 1,
    "VTK_ID_MIN": -2**63, "VTK_ID_MAX": 2**63 - 1, "VTK_FLOAT_MAX": 9.999999680285692e+37,
    "VTK_FLOAT_MIN": -9.999999680285692e+37, "VTK_DOUBLE_MAX": 1e299, "VTK_DOUBLE_MIN": -1e299,
    "VTK_DBL_EPSILON": 2.220446049250313e-16, "VTK_DBL_MIN": 2.2250738585072014e-308,
    "VTK_TYPE_INT8": 15, "VTK_TYPE_UINT8": 3, "VTK_TYPE_INT16": 4, "VTK_TYPE_UINT16": 5,
    "VTK_TYPE_INT32": 6, "VTK_TYPE_UINT32": 7, "VTK_TYPE_INT64": 16, "VTK_TYPE_UINT64": 17,
    "VTK_TYPE_FLOAT32": 10, "VTK_TYPE_FLOAT64": 11, "VTK_TYPE_INT8_MIN": -128,
    "VTK_TYPE_UINT64_MAX": 2**64 - 1, "VTK_TYPE_INT64_MIN": -2**63, "VTK_TYPE_CHAR_IS_SIGNED": 1,
    "VTK_ABSTRACT_ARRAY": 0, "VTK_DATA_ARRAY": 1, "VTK_BIT_ARRAY": 4, "VTK_AOS_DATA_ARRAY": 5,
    "VTK_SOA_DATA_ARRAY": 6, "VTK_SCALED_SOA_DATA_ARRAY": 7,
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_constant(name):
    assert getattr(cc, name) == EXPECTED[name]
    assert getattr(vtkbuf, name) == EXPECTED[name]
    assert type(getattr(cc, name)) is type(EXPECTED[name])


def test_import_as_vtk_users_do():
    from vtkmodules.vtkCommonCore import VTK_SIZEOF_LONG, VTK_BIT  # noqa: F401
    assert "VTK_SIZEOF_LONG" in vtkbuf.__all__


def test_static_helpers():
    assert cc.vtkDataArray.GetDataTypeSize(cc.VTK_FLOAT) == 4
    assert cc.vtkAbstractArray.GetDataTypeSize(cc.VTK_DOUBLE) == 8
    assert cc.vtkDataArray.GetDataTypeSize(cc.VTK_BIT) == 0
    assert cc.vtkDataArray.GetDataTypeSize(cc.VTK_LONG) == LONG
    assert cc.vtkFloatArray().GetDataTypeSize() == 4
    assert cc.vtkFloatArray().GetDataTypeSize(cc.VTK_DOUBLE) == 8
    assert cc.vtkSOADataArrayTemplate["int16"]().GetDataTypeSize() == 2
    with pytest.raises(ValueError):
        cc.vtkDataArray.GetDataTypeSize(99)
    with pytest.raises(TypeError):
        cc.vtkDataArray.GetDataTypeSize()
    with pytest.raises(TypeError):
        cc.vtkDataArray.GetDataTypeSize(1.5)
    a = cc.vtkDataArray.CreateDataArray(cc.VTK_ID_TYPE)
    assert a.GetClassName() == "vtkIdTypeArray" and a.GetNumberOfTuples() == 0
    # an instance of vtkFloatArray's NumPy override (VTKAOSArray_vtkFloatArray), as VTK 9.7
    assert type(cc.vtkAbstractArray.CreateArray(cc.VTK_FLOAT)) is cc.vtkFloatArray._vb_override
    with pytest.raises(ValueError):  # VTK: a vtkDoubleArray and a warning
        cc.vtkDataArray.CreateDataArray(99)
    with pytest.raises(TypeError):
        cc.vtkDataArray.CreateDataArray("float")
    assert isinstance(cc.vtkFloatArray(), cc.vtkAbstractArray)
    with pytest.raises(TypeError):
        cc.vtkAbstractArray()
