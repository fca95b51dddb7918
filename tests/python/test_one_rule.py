"""The one rule for differing from VTK 9.7.1 (docs/python.md): index errors, return
values and types as VTK (measured with VTK 9.7.1, also compared by the conformance
snippets in tests/conformance/snippets/number_rule.py)."""
import pytest

import vtkbuf
from vtkbuf import vtkIdTypeArray, vtkIntArray


def two_by_two():
    a = vtkIntArray()
    a.SetNumberOfComponents(2)
    a.SetNumberOfTuples(2)
    return a


@pytest.mark.parametrize("call,text", [
    (lambda a: a.SetValue(4, 1), "expects 0 <= valueIdx && valueIdx < GetNumberOfValues()"),
    (lambda a: a.GetValue(-1), "expects 0 <= valueIdx && valueIdx < GetNumberOfValues()"),
    (lambda a: a.GetTuple(2), "expects 0 <= tupleIdx && tupleIdx < GetNumberOfTuples()"),
    (lambda a: a.SetTuple2(-1, 1, 2), "expects 0 <= tupleIdx && tupleIdx < GetNumberOfTuples()"),
    (lambda a: a.GetComponent(5, 0),
     "expects 0 <= tupleIdx && GetNumberOfComponents() * tupleIdx + compIdx < GetNumberOfValues()"),
    (lambda a: a.SetComponent(0, 2, 1), "expects 0 <= compIdx && compIdx < GetNumberOfComponents()"),
    (lambda a: a.InsertValue(-1, 1), "expects 0 <= id"),
    (lambda a: a.InsertTuple(-1, (1, 2)), "expects 0 <= tupleIdx"),
])
def test_index_errors_are_valueerror_and_indexerror_with_vtks_text(call, text):
    a = two_by_two()
    with pytest.raises(vtkbuf.IndexValueError) as info:
        call(a)
    assert text in str(info.value)
    assert isinstance(info.value, ValueError) and isinstance(info.value, IndexError)
    assert (a.GetNumberOfTuples(), a.GetNumberOfValues()) == (2, 4)  # unchanged
    try:  # what code written for VTK catches
        call(a)
    except ValueError:
        pass


def test_index_past_64_bits_is_overflowerror_as_vtk():
    with pytest.raises(OverflowError):
        two_by_two().GetValue(2**70)


def test_return_values_as_vtk():
    a = two_by_two()
    assert a.SetNumberOfValues(6) is True
    r = a.Resize(8)
    assert r == 1 and type(r) is int
    r = a.Allocate(10)
    assert r == 1 and type(r) is int
    assert a.InsertNextTuple((1, 2)) == 0  # Allocate emptied it
    assert a.InsertNextTuple2(3, 4) is None
    assert a.InsertNextValue(5) == 4


def test_the_double_interface_reads_floats_for_64_bit_arrays():
    ids = vtkIdTypeArray()
    ids.InsertNextTuple1(2**53 + 1)
    assert ids.GetTuple(0) == (2.0**53,) and type(ids.GetTuple1(0)) is float
    assert type(ids.GetComponent(0, 0)) is float and type(ids.GetRange()[0]) is float
    assert ids.GetValue(0) == 2**53 + 1 and ids.GetTypedComponent(0, 0) == 2**53 + 1  # exact
