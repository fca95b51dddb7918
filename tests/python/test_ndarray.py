"""Data arrays as NumPy arrays (VTK 9.7's VTKAOSArray / VTKSOAArray; vtkbuf/_ndarray.py),
with vtkbuf's memory safety: the cached view is dropped on BufferChangedEvent and
checked against the shape on every use, views taken earlier keep their memory.
Behaviour against VTK 9.7.1 itself is tests/conformance's job; this is vtkbuf's."""
import gc
import weakref

import numpy as np
import pytest

import vtkbuf
from vtkbuf import (vtkCommand, vtkDoubleArray, vtkFloatArray, vtkIntArray, vtkPolyData,
                    vtkSOADataArrayTemplate, vtkScaledSOADataArrayTemplate, vtkDataObject)
from vtkbuf import numpy_support as ns
from vtkbuf._ndarray import VTKAOSArray, VTKSOAArray, _UNINITIALIZED


def filled(cls, values, nc=1):
    a = cls()
    a.SetNumberOfComponents(nc)
    a.SetNumberOfValues(len(values))
    for i, v in enumerate(values):
        a.SetValue(i, v)
    return a


def test_every_class_has_its_mixin():
    for name, cls in vtkbuf.ARRAY_CLASSES.items():
        a = cls()
        assert isinstance(a, cls) and isinstance(a, vtkbuf.vtkDataArray)
        # VTK leaves char and bit arrays out (a bit array has no element-wise view)
        assert isinstance(a, VTKAOSArray) == (name not in ("vtkCharArray", "vtkBitArray"))
    for tmpl in (vtkSOADataArrayTemplate, vtkScaledSOADataArrayTemplate):
        for key in ("float32", "float64", "int8", "uint64"):
            assert isinstance(tmpl[key](), VTKSOAArray)
    assert type(vtkFloatArray()).__name__ == "VTKAOSArray_vtkFloatArray"
    assert type(vtkbuf.vtkAOSDataArrayTemplate["int32"]()).__name__ == "VTKAOSArray_int32"


def test_core_arrays_come_back_with_the_mixin():
    pd = vtkPolyData()
    a = filled(vtkFloatArray, [1, 2, 3])
    a.SetName("x")
    pd.GetPointData().AddArray(a)
    del a
    gc.collect()
    b = pd.GetPointData().GetArray("x")  # a new wrapper made by the C layer
    assert isinstance(b, VTKAOSArray) and b[2] == 3.0


def test_view_is_cached_zero_copy_and_shared():
    a = filled(vtkFloatArray, [1, 2, 3, 4])
    v = a._array_view
    assert a._array_view is v and np.shares_memory(v, np.asarray(a))
    a[1:3][0] = 9
    assert a.GetValue(1) == 9


def test_cache_dropped_on_buffer_changed_and_rebuilt():
    a = filled(vtkFloatArray, [1, 2, 3])
    a[0]
    assert a._array_cache is not _UNINITIALIZED
    events = []
    a.AddObserver(vtkCommand.BufferChangedEvent, lambda o, e: events.append(e))
    a.ReserveTuples(1000)
    assert events and a._array_cache is _UNINITIALIZED  # dropped by the event itself
    assert a[2] == 3.0 and len(a) == 3 and not np.shares_memory(a[:], np.zeros(1))


def test_cache_drop_releases_the_old_block():
    a = filled(vtkDoubleArray, list(range(1000)))
    a[0]
    blocks = vtkbuf._vtkbuf._live_blocks()
    a.ReserveTuples(100000)  # new block; the cache held the old one
    assert vtkbuf._vtkbuf._live_blocks() == blocks  # old freed at once, new one alive


def test_shape_changes_without_event_are_seen():
    a = filled(vtkFloatArray, [1, 2, 3, 4])
    a[0]
    a.SetNumberOfTuples(2)  # VTK would keep serving its 4-value view
    assert a.shape == (2,) and a[:].tolist() == [1, 2] and np.sum(a) == 3
    a.SetNumberOfTuples(4)
    a.SetNumberOfComponents(2)
    assert a.shape == (2, 2) and a[1].tolist() == list(a.GetTuple(1))


def test_old_views_keep_their_memory():
    a = filled(vtkDoubleArray, [1, 2, 3])
    v, w = a[0:3], np.asarray(a)
    for i in range(10000):
        a.InsertNextValue(i)  # reallocates many times
    a.Squeeze()
    gc.collect()
    assert v.tolist() == [1, 2, 3] and w.tolist() == [1, 2, 3]
    v[0] = 7  # detached: the array does not see it
    assert a.GetValue(0) == 1


def test_soa_cache_and_observer_holder():
    x, y = np.arange(4.0), np.arange(4.0) * 10
    s = ns.numpy_to_vtk_soa([x, y])
    comps = s._component_arrays
    holder = s._observer_id
    assert np.shares_memory(comps[0], x) and holder[0] is not None
    s.SetArray(0, np.arange(4.0) + 100, 4, True, True)
    assert holder[0] is None and s[0, 0] == 100 and s[0, 1] == 0
    s.ReserveTuples(100)
    assert len(s) == 4 and s.components[1].tolist() == [0, 10, 20, 30]


def test_wrapper_death_removes_the_core_observer():
    pd = vtkPolyData()
    a = filled(vtkFloatArray, [1, 2])
    a.SetName("x")
    pd.GetPointData().AddArray(a)
    a[0]
    assert a._vb_view() is not None  # cached, with the wrapper's internal core observer
    assert not a.HasObserver(vtkCommand.BufferChangedEvent)  # vtkbuf's wiring is not a user's observer
    ref = weakref.ref(a)
    del a
    gc.collect()
    assert ref() is None
    b = pd.GetPointData().GetArray("x")
    b.ReserveTuples(100)  # fires BufferChangedEvent: would call into a dead wrapper if left behind
    assert b[1] == 2


def test_item_assignment_follows_numpy_casting_without_wraps():
    # NumPy's casting as VTK 9.7 (truncation, strings parsed); what NumPy would wrap or
    # leave undefined is refused (the core's span rule), the array unchanged
    i8 = filled(vtkbuf.vtkSignedCharArray, [1, 2, 3])
    with pytest.raises(OverflowError):
        i8[0] = 300
    with pytest.raises(OverflowError):
        i8[0:2] = [1, 300]
    with pytest.raises(OverflowError):
        i8[:] = np.array([1, 2, 1000])  # NumPy: 1000 -> -24, silently
    with pytest.raises(OverflowError):
        i8[:] = np.array([1.0, 2.0, 255.9])  # NumPy: an undefined cast
    with pytest.raises(OverflowError):
        i8[0] = float("inf")
    with pytest.raises(ValueError):
        i8[1:] = np.array([1.0, np.nan])
    with pytest.raises(TypeError):
        i8[0] = 1j
    with pytest.raises(ValueError):
        i8[0] = "1.5"  # int('1.5'), as NumPy
    assert i8[:].tolist() == [1, 2, 3]  # refused: unchanged
    i8[0] = 1.5
    i8[1:3] = np.array([-2.7, 126.9])
    assert i8[:].tolist() == [1, -2, 126]  # truncated toward zero
    i8[0], i8[1:3] = -128, np.array([127, True])
    i8[2] = "7"
    assert i8[:].tolist() == [-128, 127, 7]
    f = filled(vtkFloatArray, [1, 2])
    f[0] = 1e300
    f[1] = 2**70
    assert np.isinf(f[0]) and f[1] == np.float32(2**70)
    u64 = filled(vtkbuf.vtkUnsignedLongLongArray, [0, 0])
    u64[0] = 2**64 - 1
    u64[1] = np.float64(2.0**64 - 2048)
    assert u64[:].tolist() == [2**64 - 1, 2**64 - 2048]
    with pytest.raises(OverflowError):
        u64[0] = -1
    with pytest.raises(OverflowError):
        u64[:] = np.array([-1, 2])
    assert u64[:].tolist() == [2**64 - 1, 2**64 - 2048]


def test_soa_assignment_is_all_or_nothing():
    s = vtkbuf.vtkSOADataArrayTemplate["uint8"]()
    s.SetNumberOfComponents(2)
    s.SetNumberOfTuples(2)
    with pytest.raises(OverflowError):
        s[0] = [7, 300]  # component 1 refused: component 0 not written either
    assert np.asarray(s).tolist() == [[0, 0], [0, 0]]
    s[1] = [1.9, 255.5]
    assert np.asarray(s).tolist() == [[0, 0], [1, 255]]
    sc = vtkScaledSOADataArrayTemplate["int8"]()
    sc.SetNumberOfTuples(2)
    sc.SetScale(0.5)
    with pytest.raises(OverflowError):
        sc[0] = 100  # raw 200 does not fit int8
    assert np.asarray(sc.GetComponentBuffer(0))[:2].tolist() == [0, 0]
    sc[0] = 10
    assert np.asarray(sc.GetComponentBuffer(0))[0] == 20


def test_vtkarray_assignment_never_wraps():
    from vtkbuf import dataset_adapter as dsa
    a = filled(vtkbuf.vtkUnsignedCharArray, [1, 2, 3])
    va = dsa.vtkDataArrayToVTKArray(a)
    with pytest.raises(OverflowError):
        va[:] = np.array([1, 2, 300])
    va[0:2] = np.array([9.9, 8.1])
    assert a.GetValue(0) == 9 and a.GetValue(1) == 8 and a.GetValue(2) == 3


def test_scaled_soa_values_and_assignment():
    s = vtkScaledSOADataArrayTemplate["float64"]()
    s.SetNumberOfComponents(2)
    s.SetNumberOfTuples(2)
    s.SetScale(2.0)
    s.SetTuple(0, (2.0, 4.0))
    s.SetTuple(1, (6.0, 8.0))
    assert np.asarray(s).tolist() == [[2, 4], [6, 8]]
    assert np.asarray(s.GetComponentBuffer(0))[:2].tolist() == [1, 3]  # raw
    s[1, 1] = 10.0
    assert s.GetComponent(1, 1) == 10.0 and np.asarray(s.GetComponentBuffer(1))[1] == 5
    s.SetScale(3.0)  # no event: never cached, so the new scale shows at once
    assert s[0].tolist() == [3.0, 6.0] and (s + 1)[0].tolist() == [4.0, 7.0]


def test_results_carry_dataset_and_association():
    pd = vtkPolyData()
    a = filled(vtkFloatArray, [1, 2, 3])
    a.SetName("x")
    pd.GetPointData().AddArray(a)
    b = pd.point_data["x"]
    for r in (b + 1, -b, abs(b), b > 1, np.sin(b)):
        assert isinstance(r, VTKAOSArray) and r.dataset is pd
        assert r.association == vtkDataObject.POINT
    assert not isinstance(b.sum(), VTKAOSArray) and "x" in pd.point_data
    assert pd.cell_data.keys() == () and list(pd.point_data) == ["x"]


def test_no_cycles_no_leaks():
    gc.collect()
    blocks = vtkbuf._vtkbuf._live_blocks()
    for _ in range(50):
        a = filled(vtkDoubleArray, [1, 2, 3])
        a[0], a + 1, np.sum(a)
        s = ns.numpy_to_vtk_soa([np.arange(3.0), np.arange(3.0)])
        s[0], s + 1, np.sum(s, axis=0)
    del a, s
    gc.collect()
    assert vtkbuf._vtkbuf._live_blocks() == blocks
