"""Implicit arrays (vtkConstantArray, vtkAffineArray, vtkStructuredPointArray):
values computed by the core, NumPy lazy where VTK 9.7 is, writes refused."""
import numpy as np
import pytest

from vtkbuf import (vtkConstantArray, vtkAffineArray, vtkStructuredPointArray, vtkDoubleArray,
                    vtkFloatArray, vtkPointData)
from vtkbuf._vtkbuf import vtkImplicitArray
from vtkbuf.numpy_support import vtk_to_numpy
from vtkbuf._ndarray_structured import VTKStructuredAxisArray, VTKStructuredPointArray


def _affine(n=5, slope=2.0, intercept=1.0, dt="float64"):
    return vtkAffineArray[dt](n, slope, intercept)


def test_constant_values_and_numpy():
    a = vtkConstantArray["float32"]((4, 3), 2.5)
    assert isinstance(a, vtkImplicitArray)
    assert a.GetNumberOfTuples() == 4 and a.GetNumberOfComponents() == 3
    assert a.GetValue(11) == 2.5 and a.GetTuple(3) == (2.5, 2.5, 2.5)
    assert a.GetArrayTypeAsString() == "VTK_CONSTANT_ARRAY" and a.GetArrayType() == 13
    x = np.asarray(a)
    assert x.shape == (4, 3) and x.dtype == np.float32 and (x == 2.5).all()
    assert (vtk_to_numpy(a) == x).all()
    lazy = a + 1
    assert type(lazy).__name__.startswith("VTKConstantArray") and lazy.GetConstantValue() == 3.5
    assert np.sum(a) == pytest.approx(30.0) and np.max(a) == 2.5


def test_affine_values_lazy_ops():
    a = _affine()
    assert list(np.asarray(a)) == [1, 3, 5, 7, 9]
    assert a[-1] == 9 and a.GetSlope() == 2 and a.GetIntercept() == 1
    b = a * 2 + 1
    assert b.GetArrayTypeAsString() == "VTK_AFFINE_ARRAY"
    assert list(np.asarray(b)) == [3, 7, 11, 15, 19]
    assert list(np.asarray(10 - a)) == [9, 7, 5, 3, 1]
    assert np.sum(a) == 25 and np.mean(a) == 5 and np.min(-a) == -9
    assert list(np.asarray(np.sqrt(a))) == pytest.approx(np.sqrt([1, 3, 5, 7, 9]))


def test_int_affine_exact():
    a = vtkAffineArray["int32"]()
    a.SetNumberOfComponents(2)
    a.SetNumberOfTuples(3)
    a.ConstructBackend(3, 7)
    assert a.GetValue(5) == 22 and isinstance(a.GetValue(5), int)
    assert np.asarray(a).tolist() == [[7, 10], [13, 16], [19, 22]]


@pytest.mark.parametrize("call", [
    lambda a: a.SetValue(0, 1), lambda a: a.SetTuple1(0, 1), lambda a: a.SetComponent(0, 0, 1),
    lambda a: a.InsertNextTuple1(1), lambda a: a.InsertNextValue(1), lambda a: a.Fill(1),
    lambda a: a.RemoveLastTuple(), lambda a: a.__setitem__(0, 5), lambda a: a.GetVoidPointer(0),
    lambda a: a.GetBuffer(),
])
def test_writes_refused(call):
    a = _affine()
    with pytest.raises(TypeError):
        call(a)
    assert list(np.asarray(a)) == [1, 3, 5, 7, 9]


def test_copies():
    a = _affine(dt="float32")
    d = vtkDoubleArray()
    d.DeepCopy(a)
    assert list(np.asarray(d)) == [1, 3, 5, 7, 9]
    b = vtkAffineArray["float32"]()
    b.DeepCopy(a)
    assert b.GetSlope() == 2 and b.GetNumberOfTuples() == 5
    with pytest.raises(TypeError):
        vtkConstantArray["float32"]().DeepCopy(a)
    with pytest.raises(TypeError):
        b.DeepCopy(d)


def test_in_field_data():
    a = _affine()
    a.SetName("ramp")
    pd = vtkPointData()
    pd.AddArray(a)
    got = pd.GetArray("ramp")
    assert got is a and got.GetRange() == (1.0, 9.0)
    pd2 = vtkPointData()
    pd2.DeepCopy(pd)
    assert list(np.asarray(pd2.GetArray("ramp"))) == [1, 3, 5, 7, 9]


def _structured():
    x, y, z = vtkFloatArray(), vtkFloatArray(), vtkFloatArray()
    for arr, vals in ((x, (0, 1, 3)), (y, (0, 2)), (z, (5,))):
        for v in vals:
            arr.InsertNextValue(v)
    p = vtkStructuredPointArray["float64"]()
    p.ConstructBackend(x, y, z, [0, 2, 0, 1, 0, 0], 0)
    return p, x


def test_structured_points():
    p, x = _structured()
    assert type(p).__name__ == "VTKStructuredPointArray" and isinstance(p, VTKStructuredPointArray)
    m = np.asarray(p)
    assert m.tolist() == [[0, 0, 5], [1, 0, 5], [3, 0, 5], [0, 2, 5], [1, 2, 5], [3, 2, 5]]
    assert p.GetXCoordinates() is x
    col = p[:, 1]
    assert isinstance(col, VTKStructuredAxisArray) and np.asarray(col).tolist() == m[:, 1].tolist()
    assert isinstance(np.sqrt(p), VTKStructuredPointArray)
    assert np.allclose(np.asarray(p * 2 + 1), m * 2 + 1)
    assert np.sum(p) == m.sum() and np.min(p, axis=0).tolist() == m.min(axis=0).tolist()
    assert np.allclose(np.mean(p, axis=0), m.mean(axis=0))
    x.SetValue(2, 10)  # shared coordinates: the change is seen
    assert p.GetTuple(5) == (10.0, 2.0, 5.0)
    del x
    assert p.GetTuple(2)[0] == 10.0  # held by the backend: never dangles
