"""Mesh building as VTK 9.7.1: vtkPoints(data=...), vtkCellArray(offsets=...,
connectivity=...), their reprs and properties (behaviour measured on VTK 9.7.1)."""
import gc

import numpy as np
import pytest

from vtkmodules.util.numpy_support import numpy_to_vtk
from vtkmodules.vtkCommonCore import VTK_DOUBLE, vtkFloatArray, vtkPoints
from vtkmodules.vtkCommonDataModel import vtkCellArray, vtkPolyData


def test_points_from_numpy_shares_float64():
    x = np.array([[0.0, 0, 0], [1, 2, 3]])
    p = vtkPoints(data=x)
    assert repr(p) == "vtkPoints(2 points)" and p.GetDataType() == VTK_DOUBLE
    x[0, 0] = 9.0
    assert p.GetPoint(0) == (9.0, 0.0, 0.0)  # zero-copy, as VTK
    assert p.GetData().GetName() == "points"
    del x
    gc.collect()
    assert p[1] == (1.0, 2.0, 3.0)


@pytest.mark.parametrize("data", [np.zeros((4, 3), np.float32), np.zeros((4, 3), np.int32),
                                  [[0, 0, 0]] * 4, np.zeros(12)])
def test_points_array_likes_are_double(data):
    p = vtkPoints(data)  # vtkbuf also takes data positionally
    assert p.GetNumberOfPoints() == 4 and p.GetDataType() == VTK_DOUBLE


def test_points_from_vtk_array_and_properties():
    a = numpy_to_vtk(np.array([[0.0, 0, 0], [1, 2, 3]], np.float32))
    p = vtkPoints(data=a)
    assert p.GetData() is a and p.data is a and p.number_of_points == 2
    assert p.bounds == p.GetBounds()
    q = vtkPoints(data=np.zeros((5, 3)), number_of_points=2)
    assert q.GetNumberOfPoints() == 5  # properties first, then data (VTK)
    assert repr(vtkPoints()) == "vtkPoints(0 points)"
    poly = vtkPolyData()
    poly.SetPoints(p)
    assert repr(poly.GetPoints()) == "vtkPoints(2 points)"


@pytest.mark.parametrize("data,exc", [
    (np.zeros((5, 2)), ValueError),          # wrong shape (VTK: error message, 0 points)
    (np.zeros(7), ValueError),               # 1-D, not a multiple of 3
    (np.zeros((2, 3, 3)), ValueError),
    ("abc", ValueError),
    ([[0, 0], [1, 1, 1]], ValueError),       # ragged
])
def test_points_bad_data(data, exc):
    with pytest.raises(exc):
        vtkPoints(data=data)


def test_points_bad_vtk_array_and_keywords():
    a = vtkFloatArray()
    a.SetNumberOfComponents(2)
    with pytest.raises(ValueError):
        vtkPoints(data=a)
    with pytest.raises(TypeError):
        vtkPoints(nonsense=1)
    with pytest.raises(TypeError):
        vtkPoints(np.zeros((1, 3)), data=np.zeros((1, 3)))
    with pytest.raises(TypeError):
        vtkPoints()["0"]
    with pytest.raises(IndexError):
        vtkPoints()[0]


def test_cell_array_from_lists_and_numpy():
    c = vtkCellArray(offsets=[0, 3, 6], connectivity=[0, 1, 2, 2, 3, 4])
    assert repr(c) == "vtkCellArray(2 cells)" and c.GetNumberOfCells() == 2
    assert c.number_of_cells == 2
    assert list(np.asarray(c.offsets_array)) == [0, 3, 6]
    assert list(np.asarray(c.connectivity_array)) == [0, 1, 2, 2, 3, 4]
    assert c.offsets is c.offsets_array and c.connectivity is c.connectivity_array
    o = np.array([0, 3], np.int64)
    k = np.array([0, 1, 2], np.int64)
    c = vtkCellArray(offsets=o, connectivity=k)
    k[0] = 7
    assert c.GetConnectivityArray().GetValue(0) == 7  # zero-copy, as VTK
    assert vtkCellArray(offsets=[0.5, 3], connectivity=[0, 1, 2]).GetNumberOfCells() == 1
    assert vtkCellArray(offsets=[], connectivity=[]).GetNumberOfCells() == 0
    assert repr(vtkCellArray()) == "vtkCellArray(0 cells)"
    ob, cb = numpy_to_vtk(np.array([0, 4], np.int64)), numpy_to_vtk(np.arange(4, dtype=np.int64))
    c = vtkCellArray(offsets=ob, connectivity=cb)
    assert c.GetNumberOfCells() == 1 and c.GetOffsetsArray() is ob


@pytest.mark.parametrize("kw,exc", [
    (dict(offsets=[0, 3]), ValueError),                          # partial: as VTK
    (dict(connectivity=[0, 1, 2]), ValueError),
    (dict(offsets=[0, 3, 6], connectivity=[0, 1, 2]), ValueError),  # wrong length
    (dict(offsets=[[0, 3]], connectivity=[0, 1, 2]), ValueError),
    (dict(offsets=[0, 3], connectivity=["a", "b", "c"]), ValueError),
    (dict(offsets=[1, 3], connectivity=[0, 1, 2]), ValueError),  # no leading 0 (VTK: taken)
    (dict(nonsense=1), TypeError),
])
def test_cell_array_bad_input(kw, exc):
    with pytest.raises(exc):
        vtkCellArray(**kw)


def test_cell_array_positional_refused():
    with pytest.raises(TypeError):
        vtkCellArray([0, 3], [0, 1, 2])
