"""vtkBuffer: allocation, type info, buffer protocol, memory safety, bad input."""
import gc

import numpy as np
import pytest

import vtkbuf
from vtkbuf import vtkAbstractBuffer, vtkBuffer
from vtkbuf import _vtkbuf

# dtype -> (VTK type id, struct format character)
DTYPES = {
    "int8": (vtkbuf.VTK_SIGNED_CHAR, "b"), "uint8": (vtkbuf.VTK_UNSIGNED_CHAR, "B"),
    "int16": (vtkbuf.VTK_SHORT, "h"), "uint16": (vtkbuf.VTK_UNSIGNED_SHORT, "H"),
    "int32": (vtkbuf.VTK_INT, "i"), "uint32": (vtkbuf.VTK_UNSIGNED_INT, "I"),
    "int64": (vtkbuf.VTK_LONG_LONG, "q"), "uint64": (vtkbuf.VTK_UNSIGNED_LONG_LONG, "Q"),
    "float32": (vtkbuf.VTK_FLOAT, "f"), "float64": (vtkbuf.VTK_DOUBLE, "d"),
}


def test_vtk_type_ids_are_vtks():
    assert (vtkbuf.VTK_FLOAT, vtkbuf.VTK_DOUBLE, vtkbuf.VTK_INT, vtkbuf.VTK_ID_TYPE) == (10, 11, 6, 12)


@pytest.mark.parametrize("dtype", list(DTYPES))
def test_allocate_and_type_info(dtype):
    vtk_id, fmt = DTYPES[dtype]
    buf = vtkBuffer[dtype]()
    assert buf.GetNumberOfElements() == 0
    assert buf.Allocate(7) is True
    assert buf.GetNumberOfElements() == 7 == buf.GetSize()
    assert buf.GetDataType() == vtk_id
    assert buf.GetDataTypeSize() == np.dtype(dtype).itemsize
    m = memoryview(buf)
    assert (m.shape, m.itemsize, m.format, m.readonly) == ((7,), np.dtype(dtype).itemsize, fmt, False)
    a = np.asarray(buf)
    assert a.dtype == np.dtype(dtype) and a.shape == (7,)
    assert not a.any(), "Allocate gives zeroed memory"


@pytest.mark.parametrize("dtype", ["float64", "int32"])
def test_numpy_views_share_memory_and_writes(dtype):
    buf = vtkBuffer[dtype]()
    buf.Allocate(100)
    arr = np.asarray(buf)
    arr[:] = np.arange(100)
    arr2 = np.asarray(buf)
    assert np.shares_memory(arr, arr2)
    assert arr2[99] == 99 and arr2.sum() == 4950
    assert buf.GetVoidBuffer() == arr.__array_interface__["data"][0]
    assert memoryview(buf)[42] == 42


def test_key_forms_name_the_same_class():
    cls = vtkBuffer["float64"]
    assert vtkBuffer[np.float64] is cls
    assert vtkBuffer[np.dtype("float64")] is cls
    assert vtkBuffer["d"] is cls and vtkBuffer["double"] is cls and vtkBuffer[float] is cls
    assert vtkBuffer["int32"] is vtkBuffer["i"] is vtkBuffer[np.int32]
    assert issubclass(cls, vtkAbstractBuffer)
    assert cls.__name__ == "vtkBuffer[float64]"


def test_empty_buffer_exports_shape_zero():
    buf = vtkBuffer["float64"]()
    m = memoryview(buf)
    assert m.shape == (0,) and m.nbytes == 0
    assert np.asarray(buf).shape == (0,)
    assert buf.GetVoidBuffer() == 0


def test_reallocate_keeps_prefix_and_zeroes_tail():
    buf = vtkBuffer["int32"]()
    buf.Allocate(4)
    np.asarray(buf)[:] = [1, 2, 3, 4]
    buf.Reallocate(6)
    assert np.asarray(buf).tolist() == [1, 2, 3, 4, 0, 0]
    buf.Reallocate(2)
    assert np.asarray(buf).tolist() == [1, 2]


def test_view_taken_before_reallocation_stays_valid_and_detached():
    buf = vtkBuffer["float64"]()
    buf.Allocate(1000)
    old = np.asarray(buf)
    old[:] = 7.0
    buf.Allocate(10)                  # new block; the old one lives on in `old`
    np.asarray(buf)[:] = 1.0
    assert old.shape == (1000,) and (old == 7.0).all()
    assert not np.shares_memory(old, np.asarray(buf))
    buf.Reallocate(1 << 16)           # and again: still fine
    assert (old == 7.0).all()


def test_exports_hold_the_block_until_released():
    gc.collect()
    base = _vtkbuf._live_blocks()
    buf = vtkBuffer["float64"]()
    buf.Allocate(10)
    assert _vtkbuf._live_blocks() == base + 1
    view = np.asarray(buf)
    buf.Allocate(20)                  # old block held by `view` only
    assert _vtkbuf._live_blocks() == base + 2
    del view
    gc.collect()
    assert _vtkbuf._live_blocks() == base + 1
    del buf
    gc.collect()
    assert _vtkbuf._live_blocks() == base


# --- bad input: a clear exception, and the object unchanged -------------------

def _filled(n=5):
    buf = vtkBuffer["float64"]()
    buf.Allocate(n)
    np.asarray(buf)[:] = np.arange(n)
    return buf


@pytest.mark.parametrize("arg, exc", [
    (-1, ValueError), (-(2**40), ValueError), (2**62, (ValueError, MemoryError)),
    (2**80, ValueError), ("10", TypeError), (1.5, TypeError), (None, TypeError),
])
def test_bad_allocate_leaves_buffer_unchanged(arg, exc):
    for method in ("Allocate", "Reallocate"):
        buf = _filled()
        addr = buf.GetVoidBuffer()
        with pytest.raises(exc):
            getattr(buf, method)(arg)
        assert buf.GetNumberOfElements() == 5 and buf.GetVoidBuffer() == addr
        assert np.asarray(buf).tolist() == [0.0, 1.0, 2.0, 3.0, 4.0]


@pytest.mark.parametrize("key, exc", [
    ("complex128", ValueError), ("float16", ValueError), ("nope", ValueError),
    (np.complex64, ValueError), (np.bool_, ValueError), (object(), TypeError), (3, TypeError),
    (None, TypeError),
])
def test_bad_template_keys(key, exc):
    with pytest.raises(exc):
        vtkBuffer[key]


def test_abstract_and_template_cannot_be_instantiated():
    with pytest.raises(TypeError, match="abstract"):
        vtkAbstractBuffer()
    with pytest.raises(TypeError, match="template"):
        vtkBuffer()
    with pytest.raises(TypeError):
        vtkBuffer["float64"](10)
