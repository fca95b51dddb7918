"""The object layer: vtkIdList (VTK 9.7.1 semantics; the conformance snippets in
tests/conformance/snippets/objects.py compare the same calls with VTK)."""
import pytest

import vtkbuf


def ids(lst):
    return [lst.GetId(i) for i in range(lst.GetNumberOfIds())]


def test_idlist_insert_and_capacity():
    lst = vtkbuf.vtkIdList()
    assert (lst.InsertNextId(5), lst.InsertNextId(3), lst.InsertUniqueId(5)) == (0, 1, 0)
    assert lst.GetCapacity() == 3
    lst.SetNumberOfIds(4)
    assert ids(lst) == [5, 3, 0, 0] and lst.GetCapacity() == 7
    lst.InsertId(5, 8)
    assert ids(lst) == [5, 3, 0, 0, 0, 8]


def test_idlist_errors_leave_list_unchanged():
    lst = vtkbuf.vtkIdList()
    lst.InsertNextId(1)
    with pytest.raises(IndexError):
        lst.GetId(1)
    with pytest.raises(IndexError):
        lst.SetId(-1, 0)
    with pytest.raises(TypeError):
        lst.InsertNextId(1.5)
    with pytest.raises(OverflowError):
        lst.InsertNextId(2**63)
    with pytest.raises(TypeError):
        lst.DeepCopy([1, 2])
    with pytest.raises(MemoryError):
        lst.SetNumberOfIds(2**62)
    assert ids(lst) == [1]


def test_idlist_algorithms():
    lst = vtkbuf.vtkIdList()
    lst.SetList([4, 1, 2, 1, 8], 5, False)
    lst.DeleteId(1)
    assert ids(lst) == [4, 8, 2]
    other = vtkbuf.vtkIdList()
    other.DeepCopy(lst)
    other.Sort()
    assert ids(other) == [2, 4, 8] and other.GetCapacity() == 3
    other.DeleteId(4)
    lst.IntersectWith(other)
    assert ids(lst) == [8, 2]
    lst.Fill(7)
    assert ids(lst) == [7, 7]
    lst.Reset()
    assert lst.GetNumberOfIds() == 0 and lst.GetCapacity() > 0
    lst.Initialize()
    assert lst.GetCapacity() == 0


def test_idlist_pointer_strings_and_props():
    lst = vtkbuf.vtkIdList(number_of_ids=2)
    assert lst.number_of_ids == 2 and lst.capacity == 2
    assert lst.GetPointer(0).endswith("_p_void") and lst.begin() == lst.GetPointer(0)
    assert int(lst.end()[1:17], 16) - int(lst.begin()[1:17], 16) == 16
    assert vtkbuf.vtkIdList(3).GetNumberOfIds() == 0  # VTK ignores positional arguments
    with pytest.raises(TypeError, match="keyword"):
        vtkbuf.vtkIdList(size=3)


def test_variant():
    v = vtkbuf.vtkVariant(2.5, vtkbuf.VTK_INT)
    assert (v.GetType(), v.ToInt(), v.ToString()) == (vtkbuf.VTK_INT, 2, "2")
    assert not vtkbuf.vtkVariant("x", vtkbuf.VTK_INT).IsValid()
    assert vtkbuf.vtkVariant("0x10").ToInt() == 16 and vtkbuf.vtkVariant("0x10").ToDouble() == 0.0
    o = vtkbuf.vtkObject()
    assert vtkbuf.vtkVariant(o).ToVTKObject() is o and o.GetReferenceCount() == 2
    with pytest.raises(OverflowError):
        vtkbuf.vtkVariant(2**64)
    with pytest.raises(TypeError):
        vtkbuf.vtkVariant([1])
    assert vtkbuf.vtkVariant(5) == vtkbuf.vtkVariant("5") and vtkbuf.vtkVariant(1) < vtkbuf.vtkVariant(2)


def test_new_instance_ignores_register():
    # VTK 9.7.1 flags the results of NewInstance / CreateArray / CreateDataArray
    # (VTK_PYTHON_IGNORE_UNREGISTER): TestArrays.py's `m = b.NewInstance(); m.UnRegister(b)`
    b = vtkbuf.vtkFloatArray()
    m = b.NewInstance()
    m.UnRegister(b)
    m.Register(None)
    assert m.GetReferenceCount() == 1
    m.SetNumberOfTuples(3)
    assert m.GetNumberOfTuples() == 3
    for n in (vtkbuf.vtkObject().NewInstance(), vtkbuf.vtkIdList().NewInstance(),
              vtkbuf.vtkDataArray.CreateDataArray(vtkbuf.VTK_INT),
              vtkbuf.vtkAbstractArray.CreateArray(vtkbuf.VTK_FLOAT)):
        n.Register(None)
        n.UnRegister(None)
        n.UnRegister(None)
        assert n.GetReferenceCount() == 1
    o = vtkbuf.vtkObject()  # any other wrapper: UnRegister without Register refuses
    with pytest.raises(ValueError, match="Register"):
        o.UnRegister(None)
