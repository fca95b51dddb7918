"""Data arrays: VTK-style API, classes, templates, exports, platform type sizes."""
import gc
import math
import struct
import sys

import numpy as np
import pytest

import vtkbuf
from vtkbuf import (vtkAOSDataArrayTemplate, vtkBuffer, vtkDataArray, vtkDoubleArray,
                    vtkFloatArray, vtkIdTypeArray, vtkIntArray, vtkLongArray,
                    vtkScaledSOADataArrayTemplate, vtkSOADataArrayTemplate,
                    vtkUnsignedLongLongArray, vtkLongLongArray)
from vtkbuf import _vtkbuf

CLASSES = {
    "vtkFloatArray": (vtkbuf.VTK_FLOAT, "float32"), "vtkDoubleArray": (vtkbuf.VTK_DOUBLE, "float64"),
    "vtkIntArray": (vtkbuf.VTK_INT, "int32"), "vtkUnsignedIntArray": (vtkbuf.VTK_UNSIGNED_INT, "uint32"),
    "vtkShortArray": (vtkbuf.VTK_SHORT, "int16"), "vtkUnsignedShortArray": (vtkbuf.VTK_UNSIGNED_SHORT, "uint16"),
    "vtkCharArray": (vtkbuf.VTK_CHAR, "int8"), "vtkSignedCharArray": (vtkbuf.VTK_SIGNED_CHAR, "int8"),
    "vtkUnsignedCharArray": (vtkbuf.VTK_UNSIGNED_CHAR, "uint8"),
    "vtkLongLongArray": (vtkbuf.VTK_LONG_LONG, "int64"),
    "vtkUnsignedLongLongArray": (vtkbuf.VTK_UNSIGNED_LONG_LONG, "uint64"),
    "vtkIdTypeArray": (vtkbuf.VTK_ID_TYPE, "int64"),
    # C long: 8 bytes on LP64 Linux, 4 on wasm32
    "vtkLongArray": (vtkbuf.VTK_LONG, np.dtype("l").name),
    "vtkUnsignedLongArray": (vtkbuf.VTK_UNSIGNED_LONG, np.dtype("L").name),
}


@pytest.mark.parametrize("name", sorted(CLASSES))
def test_every_typed_array_class(name):
    tid, dtype = CLASSES[name]
    cls = getattr(vtkbuf, name)
    a = cls()
    assert a.GetClassName() == name and a.IsA(name) and a.IsA("vtkDataArray")
    assert a.GetDataType() == tid
    assert a.GetDataTypeSize() == np.dtype(dtype).itemsize
    assert issubclass(cls, vtkAOSDataArrayTemplate[dtype if name not in ("vtkCharArray", "vtkLongArray", "vtkUnsignedLongArray", "vtkIdTypeArray") else {"vtkCharArray": "char", "vtkLongArray": "long", "vtkUnsignedLongArray": "unsigned long", "vtkIdTypeArray": "vtkIdType"}[name]])
    a.SetNumberOfComponents(2)
    a.InsertNextTuple((1, 2))
    a.InsertNextTuple(3, 4)
    assert a.GetTuple(1) == (3.0, 4.0)
    v = np.asarray(a)
    assert v.dtype == np.dtype(dtype) and v.shape == (2, 2) and v.tolist() == [[1, 2], [3, 4]]


def test_c_long_is_platform_sized_and_int64_is_long_long(expect_platform):
    assert vtkLongArray().GetDataTypeSize() == struct.calcsize("l")
    assert memoryview(vtkLongArray()).format == "l"
    assert vtkBuffer["int64"]().GetDataType() == vtkbuf.VTK_LONG_LONG
    assert memoryview(vtkLongLongArray()).format == "q"
    if sys.platform == "emscripten":
        assert vtkLongArray().GetDataTypeSize() == 4
    else:
        assert vtkLongArray().GetDataTypeSize() == 8


def test_one_type_table_from_the_core():
    from vtkbuf import numpy_support as ns
    table = _vtkbuf._type_table()
    assert table == vtkbuf.TYPE_TABLE and len(table) == 14
    for row in table:
        tid = row["id"]
        assert getattr(vtkbuf, row["vtk_name"]) == tid and vtkbuf.type_id(row["key"]) == tid
        cls = vtkbuf.array_class(tid)
        a = cls()
        assert cls.__name__ == row["aos_class"] == a.GetClassName() and a.GetDataType() == tid
        assert a.GetDataTypeAsString() == row["c_name"] and a.GetDataTypeSize() == row["size"]
        if row["is_integer"]:  # real types: VTK_FLOAT_MIN ... (conformance snippets array_api.py)
            assert (a.GetDataTypeMin(), a.GetDataTypeMax()) == (row["min"], row["max"])
        assert memoryview(a).format == row["format"] and np.asarray(a).dtype == np.dtype(row["dtype"])
        # the C type's scalar type (numpy.longlong for long long), as VTK 9.7
        assert np.dtype(ns.get_numpy_array_type(tid)) == np.dtype(row["dtype"])
        if row["dtype_default"]:  # numpy_support: numpy's identity of the exported dtype
            assert vtkbuf.type_id(row["dtype"]) == tid == ns.get_vtk_array_type(np.asarray(a).dtype)
            assert vtkbuf.type_id(np.dtype(row["dtype"]).type) == tid
            assert vtkbuf.type_id(row["format"]) == tid
    assert vtkbuf.VTK_VOID == 0 and vtkbuf.type_id("vtkIdType") == vtkbuf.VTK_ID_TYPE
    assert vtkbuf.type_id(float) == vtkbuf.VTK_DOUBLE and vtkbuf.type_id("l") == vtkbuf.VTK_LONG


def test_fixed_size_aliases():
    assert vtkbuf.vtkTypeFloat32Array is vtkFloatArray
    assert vtkbuf.vtkTypeInt64Array is vtkLongLongArray
    assert vtkbuf.vtkTypeUInt8Array is vtkbuf.vtkUnsignedCharArray
    assert vtkbuf.vtkTypeInt8Array().GetDataType() == vtkbuf.VTK_SIGNED_CHAR


def test_templates_and_keys():
    assert vtkAOSDataArrayTemplate["float32"] is vtkAOSDataArrayTemplate[np.float32]
    assert vtkAOSDataArrayTemplate["f"] is vtkAOSDataArrayTemplate[np.dtype("float32")]
    s = vtkSOADataArrayTemplate["float64"]()
    assert isinstance(s, vtkDataArray) and s.GetDataType() == vtkbuf.VTK_DOUBLE
    assert s.GetClassName().startswith("vtkSOADataArrayTemplate")
    sc = vtkScaledSOADataArrayTemplate[np.int32]()
    assert sc.GetDataType() == vtkbuf.VTK_INT and sc.GetScale() == 1.0


def test_value_api_float():
    a = vtkDoubleArray()
    a.SetNumberOfValues(5)
    assert (a.GetNumberOfValues(), a.GetNumberOfTuples(), a.GetMaxId()) == (5, 5, 4)
    a.SetValue(3, 2.5)
    assert a.GetValue(3) == 2.5 and isinstance(a.GetValue(0), float)
    assert a.InsertNextValue(7) == 5 and a.GetValue(5) == 7.0
    a.InsertValue(9, 1.0)
    assert a.GetNumberOfValues() == 10
    assert a.GetRange() == (0.0, 7.0) and a.GetRange(0) == (0.0, 7.0)


LO, HI, UMAX, ODD = -(2**63), 2**63 - 1, 2**64 - 1, 2**53 + 1  # ODD is not a double


@pytest.mark.parametrize("make", [lambda: vtkbuf.vtkIdTypeArray(), lambda: vtkLongLongArray(),
                                  lambda: vtkSOADataArrayTemplate["int64"]()],
                         ids=["idtype", "int64", "soa-int64"])
def test_tuple_api_int64_exact(make):
    # the double API stores 64-bit integers exactly (VTK rounds them through double: a
    # silent change of the value written) and reads them back as floats, as VTK 9.7.1
    def exact(t):
        return tuple(a.GetTypedComponent(t, c) for c in range(a.GetNumberOfComponents()))
    a = make()
    a.SetNumberOfComponents(3)
    seen = []  # what an observer sees when the insertion reallocates
    a.AddObserver(vtkbuf.vtkCommand.BufferChangedEvent,
                  lambda o, e: seen.append(exact(a.GetNumberOfTuples() - 1)))
    assert a.InsertNextTuple((LO, HI, -ODD)) == 0
    assert seen == [(LO, HI, -ODD)]  # exact already during the event
    a.InsertTuple(2, [HI, ODD, LO])
    assert exact(0) == (LO, HI, -ODD) and exact(1) == (0, 0, 0)
    assert a.GetTuple3(2) == (float(HI), float(ODD), float(LO))
    assert all(isinstance(x, float) for x in a.GetTuple(2))
    assert isinstance(a.GetComponent(2, 0), float)
    a.SetTuple(1, ODD, LO, HI)
    assert exact(1) == (ODD, LO, HI)
    assert a.InsertNextTuple3(np.int64(-5), True, ODD) is None  # VTK: None (InsertNextTuple: the id)
    assert exact(3) == (-5, 1, ODD)
    a.InsertNextTuple(0, a)  # (srcTupleIdx, srcArray): exact too
    assert exact(4) == (LO, HI, -ODD)
    # floats convert as the double interface: truncated, saturating, NaN -> 0
    a.SetTuple(1, (2.0**63, -math.inf, math.nan))
    assert exact(1) == (HI, LO, 0)
    a.SetTuple(1, (-2.9, 2.0**53, 7))
    assert exact(1) == (-2, 2**53, 7)
    with pytest.raises(OverflowError, match="out of range"):
        a.SetTuple(1, (2**63, 0, 0))  # an int that cannot be exact: an error, not a wrap
    with pytest.raises(IndexError):
        a.SetTuple(9, (0, 0, 0))
    with pytest.raises(TypeError):
        a.InsertNextTuple((1, "2", 3))
    assert exact(1) == (-2, 2**53, 7) and a.GetNumberOfTuples() == 5  # unchanged
    one = make()
    one.InsertNextTuple1(ODD)
    assert one.GetTuple1(0) == float(ODD) and one.GetTypedComponent(0, 0) == ODD


def test_tuple_api_uint64_exact_and_others_unchanged():
    u = vtkUnsignedLongLongArray()
    u.SetNumberOfComponents(2)
    u.InsertNextTuple((UMAX, UMAX - 1))
    u.InsertNextTuple2(2.0**64, -5.0)
    assert u.GetTuple(0) == (float(UMAX), float(UMAX - 1)) and u.GetTuple(1) == (float(UMAX), 0.0)
    assert np.asarray(u).tolist() == [[UMAX, UMAX - 1], [UMAX, 0]]
    for bad in (-1, 2**64):
        with pytest.raises(OverflowError, match="out of range"):
            u.InsertNextTuple((bad, 0))
    assert u.GetNumberOfTuples() == 2
    # a scaled int64 array keeps going through its scale (double), as SetValue
    sc = vtkScaledSOADataArrayTemplate["int64"]()
    sc.SetScale(0.5)
    sc.InsertNextTuple1(1.5)
    assert np.asarray(sc.GetComponentBuffer(0))[0] == 3 and sc.GetTuple1(0) == 1.5
    # other arrays keep VTK's floats
    d = vtkDoubleArray()
    d.InsertNextTuple1(ODD)
    assert d.GetTuple(0) == (float(ODD),) and isinstance(d.GetTuple1(0), float)


def test_value_api_integers_exact():
    a = vtkLongLongArray()
    a.InsertNextValue(2**63 - 1)
    a.InsertNextValue(-(2**63))
    assert a.GetValue(0) == 2**63 - 1 and a.GetValue(1) == -(2**63)
    assert isinstance(a.GetValue(0), int)
    u = vtkUnsignedLongLongArray()
    u.InsertNextValue(2**64 - 1)
    u.SetNumberOfValues(2)
    u.SetValue(1, 2**63 + 5)
    assert (u.GetValue(0), u.GetValue(1)) == (2**64 - 1, 2**63 + 5)
    i = vtkIntArray()
    i.InsertNextValue(np.int64(5))
    with pytest.raises(TypeError, match="integer argument expected"):
        i.InsertNextValue(3.7)  # VTK 9.7.1: a float is refused by an integer array
    with pytest.raises(OverflowError, match="out of range"):
        i.InsertNextValue(2**31)
    assert i.GetNumberOfValues() == 1 and i.GetValue(0) == 5


def test_tuple_api():
    a = vtkFloatArray()
    a.SetNumberOfComponents(3)
    assert a.InsertNextTuple((1, 2, 3)) == 0
    assert a.InsertNextTuple([4, 5, 6]) == 1
    assert a.InsertNextTuple(7, 8, 9) == 2
    assert a.InsertNextTuple3(10, 11, 12) is None  # VTK 9.7.1: the N forms return None
    assert a.InsertNextTuple(np.array([13, 14, 15.0])) == 4
    assert a.GetNumberOfTuples() == 5
    assert a.GetTuple(2) == (7.0, 8.0, 9.0) and a.GetTuple3(4) == (13.0, 14.0, 15.0)
    a.SetTuple(0, (0, 0, 1))
    a.SetTuple3(1, 1, 1, 1)
    a.SetComponent(2, 1, -8)
    assert a.GetTuple(0) == (0, 0, 1) and a.GetTuple(1) == (1, 1, 1) and a.GetComponent(2, 1) == -8
    a.InsertTuple(7, (1, 1, 1))
    assert a.GetNumberOfTuples() == 8
    b = vtkFloatArray()
    b.SetNumberOfComponents(3)
    b.InsertNextTuple(2, a)            # (srcTuple, srcArray) form
    b.SetNumberOfTuples(2)
    b.SetTuple(1, 4, a)
    assert b.GetTuple(0) == (7.0, -8.0, 9.0) and b.GetTuple(1) == (13.0, 14.0, 15.0)
    assert a.GetRange(2) == (0.0, 15.0)
    lo, hi = a.GetRange(-1)
    assert lo == 0.0 and hi == pytest.approx(np.linalg.norm([13, 14, 15]))
    one = vtkDoubleArray()
    one.InsertNextTuple1(4.5)
    assert one.GetTuple1(0) == 4.5 and one.GetTuple(0) == (4.5,)


def test_storage_api():
    a = vtkFloatArray()
    a.SetNumberOfComponents(3)
    a.SetNumberOfTuples(100)
    assert a.GetSize() == 300 and a.GetNumberOfValues() == 300
    a.Resize(10)
    assert a.GetNumberOfTuples() == 10 and a.GetSize() == 30
    a.Allocate(600)
    assert a.GetNumberOfTuples() == 0 and a.GetSize() == 600
    a.InsertNextTuple((1, 2, 3))
    a.Squeeze()
    assert a.GetSize() == 3
    a.ReserveTuples(50)
    assert a.GetSize() == 153 and a.GetNumberOfTuples() == 1  # VTK 9.7.1: 1 + 50 tuples
    a.Initialize()
    assert (a.GetNumberOfTuples(), a.GetSize(), a.GetNumberOfComponents()) == (0, 0, 3)


def test_copies_and_name():
    a = vtkDoubleArray()
    a.SetName("pressure")
    assert a.GetName() == "pressure"
    a.SetNumberOfComponents(2)
    for i in range(4):
        a.InsertNextTuple((i, -i))
    d = vtkFloatArray()
    d.DeepCopy(a)
    assert d.GetNumberOfComponents() == 2 and d.GetTuple(3) == (3.0, -3.0)
    s = vtkDoubleArray()
    s.ShallowCopy(a)
    a.SetValue(0, 99)
    assert s.GetValue(0) == 99            # shares the memory
    assert np.shares_memory(np.asarray(a), np.asarray(s))
    d.SetValue(0, 5)
    assert a.GetValue(0) == 99            # deep copy is independent


def test_array_exports_values_as_1d_or_2d():
    a = vtkFloatArray()
    a.SetNumberOfComponents(3)
    a.SetNumberOfTuples(4)
    m = memoryview(a)
    assert (m.shape, m.format, m.itemsize, m.ndim) == ((4, 3), "f", 4, 2)
    v = np.asarray(a)
    v[2] = [1, 2, 3]
    assert a.GetTuple(2) == (1.0, 2.0, 3.0)
    a.Allocate(100)                       # capacity 100, no values: export is empty
    assert np.asarray(a).shape == (0, 3)
    b = vtkIntArray()
    b.SetNumberOfValues(5)
    assert np.asarray(b).shape == (5,)
    assert np.asarray(vtkIntArray()).shape == (0,)


def test_array_export_stays_valid_after_reallocation():
    gc.collect()
    base = _vtkbuf._live_blocks()
    a = vtkDoubleArray()
    a.SetNumberOfValues(1000)
    view = np.asarray(a)
    view[:] = 3.0
    a.SetNumberOfValues(100000)           # moves to a new block
    a.SetValue(0, -1)
    assert (view == 3.0).all() and not np.shares_memory(view, np.asarray(a))
    del a
    gc.collect()
    assert (view == 3.0).all()            # the old block lives on in the view
    del view
    gc.collect()
    assert _vtkbuf._live_blocks() == base


def test_get_buffer_identity_and_lifetime():
    a = vtkFloatArray()
    a.SetNumberOfComponents(3)
    a.SetNumberOfTuples(100)
    buf = a.GetBuffer()
    assert buf is a.GetBuffer() and isinstance(buf, vtkbuf.vtkAbstractBuffer)
    assert buf.GetNumberOfElements() == 300 and buf.GetDataType() == vtkbuf.VTK_FLOAT
    np.asarray(buf)[0] = 5
    assert a.GetValue(0) == 5
    del a
    gc.collect()
    assert buf.GetNumberOfElements() == 300 and np.asarray(buf)[0] == 5


def test_soa_component_buffers():
    s = vtkSOADataArrayTemplate["float64"]()
    s.SetNumberOfComponents(2)
    s.SetNumberOfTuples(3)
    s.SetTuple(1, (1.5, -2.5))
    b0, b1 = s.GetComponentBuffer(0), s.GetComponentBuffer(1)
    assert np.asarray(b0).tolist() == [0, 1.5, 0] and np.asarray(b1).tolist() == [0, -2.5, 0]
    np.asarray(b1)[2] = 7
    assert s.GetTuple(2) == (0.0, 7.0)
    with pytest.raises(BufferError):
        memoryview(s)
    one = vtkSOADataArrayTemplate["int32"]()
    one.SetNumberOfValues(3)
    assert np.asarray(one).shape == (3,)


def test_scaled_soa_raw_buffers():
    s = vtkScaledSOADataArrayTemplate["float32"]()
    s.SetScale(2.0)
    s.SetNumberOfValues(2)
    s.SetValue(1, 10.0)
    assert s.GetValue(1) == 10.0
    assert np.asarray(s.GetComponentBuffer(0)).tolist() == [0.0, 5.0]   # raw
    with pytest.raises(BufferError):
        memoryview(s)


def test_set_buffer_and_set_array():
    buf = vtkBuffer["float32"]()
    buf.Allocate(6)
    np.asarray(buf)[:] = np.arange(6)
    a = vtkFloatArray()
    a.SetNumberOfComponents(2)
    a.SetBuffer(buf)
    assert a.GetBuffer() is buf and a.GetNumberOfTuples() == 3 and a.GetTuple(2) == (4.0, 5.0)
    src = np.arange(8, dtype=np.float32)
    b = vtkFloatArray()
    b.SetArray(src, 8, 1)
    assert b.GetNumberOfValues() == 8 and np.shares_memory(np.asarray(b), src)
    s = vtkSOADataArrayTemplate["float32"]()
    s.SetNumberOfComponents(2)
    s.SetArray(0, src, 8, True, True)
    s.SetArray(1, src[::-1].copy(), 8, True, True)
    assert s.GetTuple(0) == (0.0, 7.0)


def test_abstract_classes_cannot_be_instantiated():
    with pytest.raises(TypeError, match="abstract"):
        vtkDataArray()
    with pytest.raises(TypeError, match="template"):
        vtkSOADataArrayTemplate()
    with pytest.raises(TypeError, match="abstract"):
        vtkbuf.vtkAbstractArray()


def test_id_type_array_is_64_bit_everywhere():
    a = vtkIdTypeArray()
    a.InsertNextValue(2**40)
    assert a.GetDataTypeSize() == 8 and a.GetValue(0) == 2**40
    assert np.asarray(a).dtype == np.int64
