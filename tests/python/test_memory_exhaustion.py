"""Memory exhaustion: MemoryError, the object unchanged, the module usable afterwards.

Inside Pyodide (sys.platform == "emscripten") the test really exhausts the WASM
memory: it allocates big vtkBuffers until one raises MemoryError (Pyodide's
memory stops at the wasm32 maximum of 4 GiB), checks that refused calls leave
objects unchanged, frees, and runs a normal workload.

Natively the same test asserts the native behaviour instead (exhausting a 64-bit
address space is not a test): a request the system refuses (2**46 bytes, past
this machine's RAM + swap, refused by the kernel's overcommit heuristic) is a
MemoryError with the object unchanged and the module usable; the lazy-zeroing
side (resident memory stays small) is tests/c/test_memory.c.
"""
import sys

import numpy as np
import pytest

from vtkbuf import vtkBuffer, vtkDoubleArray, vtkFloatArray

MiB = 1 << 20


def _array():
    a = vtkDoubleArray()
    a.SetNumberOfComponents(3)
    for i in range(5):
        a.InsertNextTuple((i, i + 0.5, -i))
    return a


def _snap(a):
    return (a.GetNumberOfComponents(), a.GetNumberOfTuples(), a.GetSize(), a.GetMTime(),
            [a.GetTuple(t) for t in range(a.GetNumberOfTuples())])


def _refusals_leave_objects_unchanged(a, small, huge_tuples):
    before = _snap(a)
    for call in (a.SetNumberOfTuples, a.Resize, a.Allocate):
        with pytest.raises(MemoryError):
            call(huge_tuples)
        assert _snap(a) == before
    small_before = bytes(memoryview(small))
    for call in (small.Reallocate, small.Allocate):
        with pytest.raises(MemoryError):
            call(huge_tuples * 3)
        assert bytes(memoryview(small)) == small_before
    f = vtkFloatArray()
    with pytest.raises(MemoryError):
        f.SetNumberOfValues(huge_tuples * 6)
    assert f.GetNumberOfValues() == 0


def _workload(a):
    for i in range(1000):
        a.InsertNextTuple((i, 2 * i, 3 * i))
    assert a.GetNumberOfTuples() == 1005
    assert a.GetTuple(1004) == (999.0, 1998.0, 2997.0)
    c = vtkDoubleArray()
    c.DeepCopy(a)
    assert c.GetRange(1) == (0.0, 1998.0)
    v = np.asarray(c)
    assert v.shape == (1005, 3) and v[3, 0] == 3.0


def test_memory_exhaustion(expect_platform):
    if expect_platform is not None:
        assert sys.platform == expect_platform
    a = _array()
    small = vtkBuffer["int32"]()
    small.Allocate(4)
    np.asarray(small)[:] = (1, 2, 3, 4)
    if sys.platform != "emscripten":
        # native: the kernel refuses 2**46 bytes at once; nothing is exhausted
        _refusals_leave_objects_unchanged(a, small, (1 << 46) // 24)
        big = vtkBuffer["uint8"]()
        big.Allocate(256 * MiB)  # lazily zeroed: instant, not resident
        assert big.GetNumberOfElements() == 256 * MiB
        del big
        _workload(a)
        return
    held = []
    err = None
    for chunk in (512 * MiB, 64 * MiB, 8 * MiB):
        while True:
            b = vtkBuffer["uint8"]()
            try:
                b.Allocate(chunk)
            except MemoryError as e:
                err = e
                break
            held.append(b)
            assert len(held) < 1000, "never exhausted"
    total = sum(b.GetNumberOfElements() for b in held)
    print(f"memory: {len(held)} buffers holding {total / 2**30:.3f} GiB; exhaustion: MemoryError: {err}")
    assert total > 3 * 2**30  # Pyodide's own heap holds the rest of the 4 GiB
    held.pop()  # 8 MiB of headroom for the interpreter itself; 1.2 GB is still refused
    top = held[-1]
    assert top.GetVoidBuffer() > 2**31  # addresses past 2 GiB work from Python
    view = np.asarray(top)
    view[5:8] = (7, 8, 9)
    assert list(np.asarray(top)[5:8]) == [7, 8, 9]
    del view
    _refusals_leave_objects_unchanged(a, small, 50 * MiB)
    assert list(np.asarray(small)) == [1, 2, 3, 4]
    del held, top, b
    big = vtkBuffer["float64"]()
    big.Allocate(128 * MiB)  # 1 GiB again, in the freed memory (one object < 2 GiB on wasm32)
    np.asarray(big)[-1] = 1.5
    assert np.asarray(big)[-1] == 1.5
    del big
    _workload(a)
