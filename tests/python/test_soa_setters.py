"""SOA and scaled-SOA storage setters in VTK 9.7's signatures: SetBuffer(comp, buffer[,
updateMaxId=False]), SetArray(comp, array, size, updateMaxId, save[, deleteMethod]) taking
NumPy arrays zero-copy and keeping them alive, GetComponentBuffer(comp), BufferChangedEvent
as VTK 9.7.1 fires it (each of these replaces a component's storage). AOS forms unchanged."""
import gc

import numpy as np
import pytest

from vtkbuf import (vtkBuffer, vtkCommand, vtkDoubleArray, vtkFloatArray,
                    vtkSOADataArrayTemplate, vtkScaledSOADataArrayTemplate)
from vtkbuf import numpy_support as ns

TEMPLATES = [vtkSOADataArrayTemplate, vtkScaledSOADataArrayTemplate]


def soa(tmpl, comps=2, tuples=3):
    s = tmpl["float64"]()
    s.SetNumberOfComponents(comps)
    s.SetNumberOfTuples(tuples)
    for t in range(tuples):
        s.SetTuple(t, [t * 10 + c for c in range(comps)])
    return s


def events(obj):
    n = []
    obj.AddObserver(vtkCommand.BufferChangedEvent, lambda o, e: n.append(e))
    return n


def state(s):
    return (s.GetNumberOfComponents(), s.GetNumberOfTuples(),
            [s.GetTuple(t) for t in range(s.GetNumberOfTuples())],
            [s.GetComponentBuffer(c) for c in range(s.GetNumberOfComponents())])


@pytest.mark.parametrize("tmpl", TEMPLATES)
def test_set_buffer_comp_as_vtk(tmpl):
    s = soa(tmpl)
    n = events(s)
    b = vtkBuffer["float64"]()
    b.Allocate(5)
    np.asarray(b)[:] = [1, 2, 3, 4, 5]
    s.SetBuffer(0, b)  # updateMaxId defaults to False (VTK 9.7)
    assert len(n) == 1 and s.GetNumberOfTuples() == 3
    assert s.GetComponentBuffer(0) is b
    assert s.GetComponent(2, 0) == 3.0 and s.GetComponent(2, 1) == 21.0
    s.SetBuffer(0, b, True)  # same buffer: nothing moved, no event; MaxId from the buffer
    assert len(n) == 1
    c1 = vtkBuffer["float64"]()
    c1.Allocate(5)
    s.SetBuffer(1, c1, True)
    assert len(n) == 2 and s.GetNumberOfTuples() == 5


@pytest.mark.parametrize("tmpl", TEMPLATES)
def test_set_array_numpy_zero_copy_kept_alive(tmpl):
    s = soa(tmpl)
    n = events(s)
    x = np.array([1.0, 2.0, 3.0, 4.0])
    y = np.array([10.0, 20.0, 30.0, 40.0])
    s.SetArray(0, x, 4, True, True)
    s.SetArray(1, y, 4, True, True, 0)  # deleteMethod accepted
    assert len(n) == 2 and s.GetNumberOfTuples() == 4
    x[0] = 99.0
    assert s.GetComponent(0, 0) == 99.0
    s.SetTypedComponent(1, 1, 77.0)
    assert y[1] == 77.0
    assert np.shares_memory(np.asarray(s.GetComponentBuffer(0)), x)
    del x, y
    gc.collect()
    assert s.GetTuple(3) == (4.0, 40.0)  # the block holds the numpy arrays


def test_vtk_soa_to_numpy_after_set_array():
    s = vtkSOADataArrayTemplate["float32"]()
    s.SetNumberOfComponents(2)
    s.SetNumberOfTuples(3)
    c0 = np.array([1, 2, 3], np.float32)
    c1 = np.array([4, 5, 6], np.float32)
    s.SetArray(0, c0, 3, True, True)
    s.SetArray(1, c1, 3, True, True)
    comps = ns.vtk_soa_to_numpy(s)
    assert np.shares_memory(comps[0], c0) and list(comps[1]) == [4, 5, 6]


BAD = [
    ("SetBuffer", lambda: (2, vtkBuffer["float64"]()), IndexError),        # wrong component
    ("SetBuffer", lambda: (-1, vtkBuffer["float64"]()), IndexError),
    ("SetBuffer", lambda: (0, vtkBuffer["float32"]()), TypeError),         # wrong dtype
    ("SetBuffer", lambda: (vtkBuffer["float64"](),), TypeError),           # AOS form on SOA
    ("SetBuffer", lambda: (0, np.zeros(3)), TypeError),
    ("SetArray", lambda: (2, np.zeros(3), 3, True, True), IndexError),
    ("SetArray", lambda: (0, np.zeros(3, np.float32), 3, True, True), ValueError),  # wrong dtype
    ("SetArray", lambda: (0, np.zeros(3), 9, True, True), ValueError),     # wrong length
    ("SetArray", lambda: (0, np.zeros(3), -1, True, True), ValueError),
    ("SetArray", lambda: (0, np.zeros((3, 2))[:, 0], 3, True, True), (TypeError, ValueError,
                                                                      BufferError)),
    ("SetArray", lambda: (0, np.zeros(3), 3, True), TypeError),            # too few arguments
    ("GetComponentBuffer", lambda: (2,), IndexError),
    ("GetComponentBuffer", lambda: (-1,), IndexError),
]


@pytest.mark.parametrize("tmpl", TEMPLATES)
@pytest.mark.parametrize("meth,args,exc", BAD, ids=[f"{m}-{i}" for i, (m, _, _) in enumerate(BAD)])
def test_bad_input_unchanged(tmpl, meth, args, exc):
    s = soa(tmpl)
    n = events(s)
    before = state(s)
    with pytest.raises(exc):
        getattr(s, meth)(*args())
    assert state(s) == before and n == []


def test_aos_forms_unchanged():
    src = vtkFloatArray()
    src.SetNumberOfComponents(2)
    src.SetNumberOfTuples(3)
    dst = vtkFloatArray()
    dst.SetNumberOfComponents(2)
    n = events(dst)
    dst.SetBuffer(src.GetBuffer())  # AOS default updateMaxId=True (vtkbuf, unchanged)
    assert dst.GetNumberOfTuples() == 3 and len(n) == 1
    other = vtkFloatArray()
    other.SetNumberOfTuples(4)
    a = vtkFloatArray()
    a.SetArray(other, 4, True)
    a.SetArray(np.arange(3, dtype=np.float32), 3, 1, 0)  # deleteMethod accepted
    assert a.GetNumberOfTuples() == 3
    with pytest.raises(TypeError):
        a.SetBuffer(0, src.GetBuffer())
    d = vtkDoubleArray()
    with pytest.raises(ValueError):  # wrong dtype: element size differs
        d.SetArray(np.zeros(3, np.float32), 3, 1)
