"""vtkImageData and vtkRectilinearGrid: geometry, queries, implicit points,
copies, attributes (values measured on VTK 9.7.1; the conformance snippets
image_data.py run the same code in both)."""
import numpy as np
import pytest

from vtkbuf import vtkImageData, vtkRectilinearGrid, vtkIdList, vtkFloatArray, vtkDataObject, VTK_FLOAT
from vtkbuf._ndarray_structured import VTKStructuredPointArray


def _image():
    img = vtkImageData()
    img.SetExtent(1, 3, 2, 4, 0, 0)
    img.SetSpacing(2, 1, 1)
    img.SetOrigin(1, 1, 1)
    return img


def test_geometry_and_queries():
    img = _image()
    assert isinstance(img, vtkDataObject)
    assert img.GetExtent() == (1, 3, 2, 4, 0, 0) and img.GetDimensions() == (3, 3, 1)
    assert img.GetNumberOfPoints() == 9 and img.GetNumberOfCells() == 4 and img.GetDataDimension() == 2
    assert img.GetDataObjectType() == 6 and img.GetClassName() == "vtkImageData"
    assert img.ComputePointId([2, 3, 0]) == 4 and img.ComputeCellId([2, 3, 0]) == 3
    assert img.FindPoint(4.4, 3.6, 1) == 4 and img.FindPoint(100, 0, 0) == -1
    ijk, pc = [0, 0, 0], [0.0, 0.0, 0.0]
    assert img.ComputeStructuredCoordinates([4.5, 3.5, 1], ijk, pc) == 1
    assert ijk == [1, 2, 0] and pc == [0.75, 0.5, 0.0]
    out = [0.0] * 3
    img.TransformContinuousIndexToPhysicalPoint(1.5, 2, 0, out)
    assert out == [4.0, 3.0, 1.0]
    img.TransformPhysicalPointToContinuousIndex([4, 5, 1], out)
    assert out == [1.5, 4.0, 0.0]
    assert img.GetBounds() == (3.0, 7.0, 3.0, 5.0, 1.0, 1.0)
    ids = vtkIdList()
    img.GetCellPoints(3, ids)
    assert [ids.GetId(i) for i in range(ids.GetNumberOfIds())] == [4, 5, 7, 8]
    assert img.GetCellType(0) == 8


@pytest.mark.parametrize("dims,ncells,ctype", [((1, 1, 1), 1, 1), ((3, 1, 1), 2, 3), ((3, 4, 1), 6, 8),
                                               ((3, 4, 5), 24, 11), ((0, 3, 3), 0, None)])
def test_cell_types(dims, ncells, ctype):
    img = vtkImageData()
    img.SetDimensions(*dims)
    assert img.GetNumberOfCells() == ncells and img.GetMaxCellSize() == 8
    if ctype is not None:
        assert img.GetCellType(ncells - 1) == ctype


def test_points_are_implicit_and_follow():
    img = vtkImageData()
    img.SetDimensions(3, 4, 5)
    img.SetOrigin(1.0, 2.0, 3.0)
    img.SetSpacing(0.5, 1.0, 1.5)
    pts = img.GetPoints()
    assert img.points is pts and isinstance(pts.data, VTKStructuredPointArray)
    m = np.asarray(pts.GetData())
    assert m.shape == (60, 3) and m.dtype == np.float64
    assert all(tuple(m[i]) == img.GetPoint(i) for i in range(60))
    img.SetSpacing(2, 2, 2)
    assert img.GetPoints() is pts and pts.GetPoint(59) == img.GetPoint(59) == (5.0, 8.0, 11.0)
    with pytest.raises(TypeError):
        pts.SetPoint(0, 1, 2, 3)


def test_big_image_points_cost_nothing():
    img = vtkImageData()
    img.SetDimensions(512, 512, 512)
    d = img.GetPoints().GetData()
    assert d.GetNumberOfTuples() == 512 ** 3 and d.GetActualMemorySize() == 1
    assert np.sum(d) == pytest.approx(3 * 511 * 512 / 2 * 512 ** 2)


def test_scalars_copies_and_attributes():
    img = vtkImageData()
    img.SetDimensions(2, 3, 1)
    img.AllocateScalars(VTK_FLOAT, 2)
    s = img.GetPointData().GetScalars()
    assert s.GetName() == "ImageScalars" and s.GetNumberOfTuples() == 6 and s.GetNumberOfComponents() == 2
    assert img.GetScalarType() == VTK_FLOAT and img.GetNumberOfScalarComponents() == 2
    np.asarray(s)[:] = 7
    assert img.point_data["ImageScalars"].shape == (6, 2)
    a, b, c = vtkImageData(), vtkImageData(), vtkImageData()
    a.ShallowCopy(img)
    b.DeepCopy(img)
    c.CopyStructure(img)
    assert a.GetPointData().GetScalars() is s
    assert b.GetPointData().GetScalars() is not s and b.GetPointData().GetScalars().GetTuple(5) == (7.0, 7.0)
    assert c.GetDimensions() == (2, 3, 1) and c.GetPointData().GetScalars() is None
    img.Initialize()
    assert img.GetExtent() == (0, -1, 0, -1, 0, -1) and img.GetNumberOfPoints() == 0


def test_rectilinear():
    rg = vtkRectilinearGrid()
    assert rg.GetXCoordinates().GetNumberOfTuples() == 1
    rg.SetDimensions(3, 2, 1)
    xc = vtkFloatArray()
    for v in (0, 1, 3):
        xc.InsertNextValue(v)
    rg.SetXCoordinates(xc)
    assert rg.GetXCoordinates() is xc and rg.GetPoint(2) == (3.0, 0.0, 0.0)
    assert rg.GetBounds() == (0.0, 3.0, 0.0, 0.0, 0.0, 0.0)
    pts = rg.GetPoints().GetData()
    assert isinstance(pts, VTKStructuredPointArray) and pts.GetXCoordinates() is xc
    xc.SetValue(2, 10)
    assert pts.GetTuple(2) == (10.0, 0.0, 0.0) and rg.GetBounds()[1] == 10.0
    r2, r3 = vtkRectilinearGrid(), vtkRectilinearGrid()
    r2.CopyStructure(rg)
    r3.DeepCopy(rg)
    assert r2.GetXCoordinates() is xc and r3.GetXCoordinates() is not xc
    assert r3.GetXCoordinates().GetClassName() == "vtkDoubleArray" and r3.GetPoint(2) == (10.0, 0.0, 0.0)
    rg.Initialize()
    assert rg.GetXCoordinates() is None and rg.GetExtent() == (0, -1, 0, -1, 0, -1)


def test_scalar_helpers():
    img = vtkImageData()
    img.SetExtent(1, 3, 2, 4, 0, 1)
    assert img.GetScalarIndex(2, 3, 1) == -1 and img.GetIncrements() == (1, 3, 9) and img.GetScalarSize() == 8
    img.AllocateScalars(VTK_FLOAT, 2)
    assert img.GetScalarIndex([2, 3, 1]) == 13 and img.GetIncrements() == (2, 6, 18)
    img.SetScalarComponentFromDouble(2, 3, 1, 1, 7.5)
    assert img.GetScalarComponentAsDouble(2, 3, 1, 1) == 7.5
    assert img.GetPointData().GetScalars().GetComponent(13, 1) == 7.5
    assert img.GetScalarComponentAsDouble(9, 9, 9, 0) == 0.0 and img.GetScalarPointer(9, 9, 9) is None
    assert img.GetScalarPointer(2, 3, 1) == img.GetScalarPointer() + 13 * 2 * 4
