"""numpy_support: zero-copy conversions, lifetimes, type maps, SOA helpers; buffer exports."""
import gc
import sys
import types
import weakref

import numpy as np
import pytest

import vtkbuf
from vtkbuf import numpy_support as ns
from vtkbuf import vtkBuffer, vtkDoubleArray, vtkFloatArray
from vtkbuf import _vtkbuf

DTYPES = ["int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64",
          "float32", "float64"]


@pytest.mark.parametrize("dtype", DTYPES)
def test_round_trip_zero_copy(dtype):
    a = np.arange(12, dtype=dtype).reshape(4, 3)
    v = ns.numpy_to_vtk(a)
    assert v.GetNumberOfComponents() == 3 and v.GetNumberOfTuples() == 4
    assert v.GetDataType() == ns.get_vtk_array_type(dtype)
    assert v.GetDataTypeSize() == vtkbuf.vtkBuffer[dtype]().GetDataTypeSize()
    back = ns.vtk_to_numpy(v)
    assert back.dtype == np.dtype(dtype) and back.shape == (4, 3)
    assert np.shares_memory(back, a) and (back == a).all()
    a[1, 1] = 99
    assert v.GetComponent(1, 1) == 99


def test_numpy_array_kept_alive_by_the_block():
    a = np.arange(5.0)
    w = weakref.ref(a)
    v = ns.numpy_to_vtk(a)
    del a
    gc.collect()
    assert w() is not None and v.GetValue(4) == 4.0
    view = ns.vtk_to_numpy(v)
    v.SetNumberOfValues(1000)      # the array moves away; block (and numpy array) live on in view
    gc.collect()
    assert w() is not None and view.tolist() == [0, 1, 2, 3, 4]
    del v
    gc.collect()
    assert w() is not None
    del view
    gc.collect()
    assert w() is None


def test_deep_copy_and_array_type():
    a = np.arange(6, dtype=np.float64)
    d = ns.numpy_to_vtk(a, deep=True)
    assert not np.shares_memory(ns.vtk_to_numpy(d), a) and d.GetValue(5) == 5.0
    f = ns.numpy_to_vtk(a, array_type=vtkbuf.VTK_FLOAT)
    assert f.GetClassName() == "vtkFloatArray" and ns.vtk_to_numpy(f).tolist() == a.tolist()
    nc = np.arange(20.0)[::2]
    assert ns.numpy_to_vtk(nc, deep=True).GetValue(3) == 6.0
    ro = np.arange(3.0)
    ro.flags.writeable = False
    r = ns.numpy_to_vtk(ro)
    assert r.GetValue(2) == 2.0 and not np.shares_memory(ns.vtk_to_numpy(r), ro)


def test_id_type_array():
    v = ns.numpy_to_vtkIdTypeArray(np.array([1, 2**40], dtype=np.int64))
    assert v.GetClassName() == "vtkIdTypeArray" and v.GetValue(1) == 2**40


def test_type_maps_are_platform_consistent():
    # numpy's identity, as VTK 9.7: int64 is C long on LP64, long long on wasm32
    lp64 = np.dtype("long").itemsize == 8
    assert ns.get_vtk_array_type(np.int64) == (vtkbuf.VTK_LONG if lp64 else vtkbuf.VTK_LONG_LONG)
    assert ns.get_vtk_array_type(np.uint64) == (vtkbuf.VTK_UNSIGNED_LONG if lp64 else vtkbuf.VTK_UNSIGNED_LONG_LONG)
    assert ns.get_vtk_array_type(np.dtype("q")) == vtkbuf.VTK_LONG_LONG
    assert ns.get_vtk_array_type(np.intc) == vtkbuf.VTK_INT
    # np.int32 is C long where long is 4 bytes (wasm32): VTK_LONG there, as VTK
    assert ns.get_vtk_array_type(np.int32) == (vtkbuf.VTK_INT if np.dtype(np.int32).char == "i" else vtkbuf.VTK_LONG)
    assert ns.get_vtk_array_type("int8") == vtkbuf.VTK_SIGNED_CHAR
    assert ns.get_vtk_array_type(np.float32) == vtkbuf.VTK_FLOAT
    assert ns.get_numpy_array_type(vtkbuf.VTK_ID_TYPE) is np.longlong  # the C type, as VTK 9.7
    assert np.dtype(ns.get_numpy_array_type(vtkbuf.VTK_ID_TYPE)) == np.int64
    m = ns.get_vtk_to_numpy_typemap()
    assert np.dtype(m[vtkbuf.VTK_LONG]).itemsize == (4 if sys.platform == "emscripten" else 8)
    m[vtkbuf.VTK_FLOAT] = None
    assert ns.get_numpy_array_type(vtkbuf.VTK_FLOAT) is np.float32   # a copy was returned
    assert ns.create_vtk_array(vtkbuf.VTK_DOUBLE).GetClassName() == "vtkDoubleArray"


def test_empty_and_one_component():
    e = ns.numpy_to_vtk(np.zeros(0))
    assert e.GetNumberOfTuples() == 0 and ns.vtk_to_numpy(e).shape == (0,)
    assert ns.vtk_to_numpy(vtkFloatArray()).shape == (0,)


def test_soa_helpers():
    x, y = np.arange(4.0), np.arange(4.0) * 10
    s = ns.numpy_to_vtk_soa([x, y], name="xy")
    assert s.GetName() == "xy" and s.GetTuple(3) == (3.0, 30.0)
    cx, cy = ns.vtk_soa_to_numpy(s)
    assert np.shares_memory(cx, x) and np.shares_memory(cy, y)
    x[0] = -1
    assert s.GetComponent(0, 0) == -1
    d = ns.numpy_to_vtk_soa([x, y], deep=True)
    assert not np.shares_memory(ns.vtk_soa_to_numpy(d)[0], x)
    c = ns.vtk_to_numpy(s)            # several components: a contiguous copy (VTK 9.7)
    assert c.shape == (len(x), 2) and c[3, 1] == 30.0 and not np.shares_memory(c, x)


# ---- exports of buffers: __dlpack__, __array_interface__ ----

def test_dlpack_shares_and_holds_the_block():
    gc.collect()
    base = _vtkbuf._live_blocks()
    buf = vtkBuffer["float32"]()
    buf.Allocate(8)
    assert buf.__dlpack_device__() == (1, 0)
    d = np.from_dlpack(buf)
    assert d.dtype == np.float32 and d.shape == (8,)
    d[:] = 4
    assert (np.asarray(buf) == 4).all()
    buf.Allocate(3)                      # old block now held only by the dlpack tensor
    assert (d == 4).all() and _vtkbuf._live_blocks() == base + 2
    del d
    gc.collect()
    assert _vtkbuf._live_blocks() == base + 1
    cap = buf.__dlpack__()               # unconsumed capsule frees its block when dropped
    assert _vtkbuf._live_blocks() == base + 1
    del cap
    gc.collect()
    assert _vtkbuf._live_blocks() == base + 1
    with pytest.raises(BufferError):
        buf.__dlpack__(stream=1)


def test_array_interface_holds_the_block():
    buf = vtkBuffer["uint16"]()
    buf.Allocate(4)
    np.asarray(buf)[:] = [1, 2, 3, 4]
    ai = buf.__array_interface__
    assert ai["shape"] == (4,) and np.dtype(ai["typestr"]) == np.uint16 and ai["version"] == 3
    holder = types.SimpleNamespace(__array_interface__=ai)
    arr = np.asarray(holder)
    assert arr.tolist() == [1, 2, 3, 4] and np.shares_memory(arr, np.asarray(buf))
    del ai, holder
    buf.Allocate(100000)
    gc.collect()
    assert arr.tolist() == [1, 2, 3, 4]
