"""vtkAbstractArray / vtkDataArray API of issue 17 (slice `arrays`) where the
conformance snippets (tests/conformance/snippets/array_api.py, compared with VTK
9.7.1) cannot say it: the class hierarchy and module paths, id lists given as
plain sequences, observers, error messages naming the call, MemoryError."""
import pytest

import vtkbuf
from vtkbuf import (vtkAbstractArray, vtkDataArray, vtkFloatArray, vtkIntArray, vtkDoubleArray,
                    vtkBitArray, vtkSOADataArrayTemplate, vtkScaledSOADataArrayTemplate)


def test_hierarchy_and_module_paths():
    from vtkmodules import vtkCommonCore as cc
    assert cc.vtkAbstractArray is vtkAbstractArray and cc.vtkDataArray is vtkDataArray
    for a in (vtkFloatArray(), vtkBitArray(), vtkSOADataArrayTemplate["float32"](),
              vtkScaledSOADataArrayTemplate["int16"]()):
        mro = type(a).__mro__
        assert isinstance(a, vtkAbstractArray) and isinstance(a, vtkDataArray)
        assert mro.index(vtkDataArray) < mro.index(vtkAbstractArray) < mro.index(vtkbuf.vtkObject)
    assert vtkDataArray.FastDownCast(vtkFloatArray()).GetClassName() == "vtkFloatArray"
    with pytest.raises(TypeError):
        vtkDataArray.FastDownCast(vtkbuf.vtkPoints())


def test_new_instance_keeps_the_class_and_is_empty():
    for cls in (vtkFloatArray, vtkBitArray, vtkSOADataArrayTemplate["float64"],
                vtkScaledSOADataArrayTemplate["float32"]):
        a = cls()
        a.SetNumberOfComponents(3)
        a.SetNumberOfTuples(4)
        b = a.NewInstance()
        assert type(b) is type(a) and b is not a
        assert (b.GetNumberOfComponents(), b.GetNumberOfTuples(), b.GetName()) == (1, 0, None)


def test_id_lists_as_sequences_and_duck_typed_id_lists():
    class Ids:
        def __init__(self, ids):
            self.ids = ids

        def GetNumberOfIds(self):
            return len(self.ids)

        def GetId(self, k):
            return self.ids[k]

    s = vtkFloatArray()
    s.SetNumberOfComponents(2)
    for t in range(3):
        s.InsertNextTuple((t, -t))
    for ids in ([2, 0], (2, 0), Ids([2, 0])):
        o = vtkFloatArray()
        o.SetNumberOfComponents(2)
        o.SetNumberOfTuples(2)
        s.GetTuples(ids, o)
        assert [o.GetTuple(0), o.GetTuple(1)] == [(2.0, -2.0), (0.0, 0.0)]
    with pytest.raises(TypeError):
        s.GetTuples("ab", o)
    with pytest.raises(TypeError):
        s.GetTuples([0.5], o)


def test_refused_calls_name_themselves_and_leave_the_array_unchanged():
    a = vtkIntArray()
    a.SetNumberOfComponents(2)
    for v in (1, 2, 3, 4):
        a.InsertNextValue(v)
    f2 = vtkFloatArray()
    f2.SetNumberOfComponents(2)
    f2.InsertNextTuple((1.0, 2.0))
    before = (a.GetNumberOfValues(), a.GetCapacity(), [a.GetValue(i) for i in range(4)])
    for call, exc, name in [
        (lambda: a.FillComponent(2, 1), IndexError, "FillComponent"),
        (lambda: a.FillValue(2**40), OverflowError, "FillValue"),
        (lambda: a.InsertComponent(0, 5, 1), IndexError, "InsertComponent"),
        (lambda: a.RemoveTuple(9), IndexError, "RemoveTuple"),
        (lambda: a.InsertTuples([0], [7], a), IndexError, "InsertTuples"),
        (lambda: a.InsertTuples([0], [0, 1], a), ValueError, "InsertTuples"),
        (lambda: a.SetIntegerTuple(0, [1, 2**40]), OverflowError, "SetIntegerTuple"),
        (lambda: a.InterpolateTuple(5, [0], f2, [1.0]), TypeError, "InterpolateTuple"),
        (lambda: a.GetData(0, 0, 0, 1, vtkFloatArray()), TypeError, "GetData"),
    ]:
        with pytest.raises(exc) as e:
            call()
        assert name in str(e.value)
        assert (a.GetNumberOfValues(), a.GetCapacity(), [a.GetValue(i) for i in range(4)]) == before


def test_buffer_changed_event_only_when_storage_moves():
    a = vtkDoubleArray()
    a.SetNumberOfComponents(2)
    for t in range(4):
        a.InsertNextTuple((t, t))
    seen = []
    a.AddObserver("BufferChangedEvent", lambda o, e: seen.append(e))
    a.Fill(1)
    a.RemoveTuple(0)
    a.Reset()
    assert seen == []
    a.InsertComponent(100, 0, 1.0)  # grows: the memory moves
    assert seen == ["BufferChangedEvent"]


def test_component_names_survive_observer_free_copies():
    a = vtkFloatArray()
    a.SetComponentName(0, "x")
    b = vtkSOADataArrayTemplate["float64"]()
    b.DeepCopy(a)
    c = b.ToAOSDataArray()
    assert (b.GetComponentName(0), c.GetComponentName(0), c.GetArrayType()) == ("x", "x", 5)


def test_memory_error_not_abort():
    a = vtkFloatArray()
    a.SetNumberOfComponents(1)
    a.InsertNextValue(1.0)
    with pytest.raises((MemoryError, ValueError)):
        a.InsertComponent(2**62, 0, 1.0)
    assert (a.GetNumberOfValues(), a.GetValue(0)) == (1, 1.0)
