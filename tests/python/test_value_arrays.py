"""vtkStringArray / vtkVariantArray and object attributes: what the conformance
snippets (tests/conformance/snippets/value_arrays.py, compared with VTK 9.7.1)
do not reach: lifetimes, cycles, failures leaving arrays unchanged."""
import gc
import weakref

import pytest

import vtkbuf
from vtkbuf import vtkObject, vtkStringArray, vtkVariantArray, vtkVariant


def test_attributes_and_cycles_are_collected():
    o = vtkObject()
    o.me = o  # a cycle through the instance dict
    r = weakref.ref(o)
    del o
    gc.collect()
    assert r() is None


def test_ghost_keeps_attributes_of_an_object_held_by_a_variant_array():
    a = vtkVariantArray()
    o = vtkObject()
    o.tag = [1, 2]
    a.InsertNextValue(o)
    del o
    gc.collect()
    back = a.GetValue(0).ToVTKObject()
    assert back.tag == [1, 2]
    a.Initialize()  # the array lets go of the object: the ghost goes with it
    del back
    gc.collect()


def test_variant_array_holds_its_objects():
    a = vtkVariantArray()
    o = vtkObject()
    a.InsertNextValue(o)
    assert o.GetReferenceCount() == 2
    a.SetValue(0, vtkVariant(1))
    assert o.GetReferenceCount() == 1


def test_failed_calls_change_nothing():
    s = vtkStringArray()
    for w in ("a", "b"):
        s.InsertNextValue(w)
    with pytest.raises(ValueError):
        s.SetValue(2, "x")
    with pytest.raises(TypeError):
        s.InsertNextValue(1.5)
    with pytest.raises(TypeError):
        s.InsertNextTuple(0, vtkVariantArray())
    t = vtkStringArray()
    t.SetNumberOfComponents(2)
    with pytest.raises(ValueError):
        t.InsertNextTuple(0, s)
    assert [s.GetValue(i) for i in range(s.GetNumberOfValues())] == ["a", "b"]
    assert t.GetNumberOfValues() == 0
    with pytest.raises(OverflowError):
        s.SetNumberOfValues(2**63)
    assert s.GetNumberOfValues() == 2


def test_no_numpy_view():
    np = pytest.importorskip("numpy")
    from vtkmodules.util import numpy_support
    s = vtkStringArray()
    s.InsertNextValue("a")
    with pytest.raises(AssertionError, match="Unsupported array type 13"):  # VTK's
        numpy_support.vtk_to_numpy(s)
    with pytest.raises(TypeError):
        memoryview(s)
    assert np is not None


def test_exported_names():
    assert vtkbuf.vtkStringArray is vtkStringArray
    assert issubclass(vtkStringArray, vtkbuf.vtkAbstractArray)
    assert not issubclass(vtkVariantArray, vtkbuf.vtkDataArray)
