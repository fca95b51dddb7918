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
    with pytest.raises(TypeError):
        vtkbuf.vtkIdList(3)
