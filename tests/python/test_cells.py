"""Cells: the class per cell type, vtkGenericCell, vtkCellTypes, GetCell of polydata
(VTK's values are compared in tests/conformance/snippets/cells.py; here the
binding's own behaviour: classes, identity, references, errors)."""
import sys

import pytest

import vtkbuf
from vtkbuf import (vtkCell, vtkCell3D, vtkCellTypes, vtkGenericCell, vtkHexahedron, vtkIdList,
                    vtkPoints, vtkPolyData, vtkQuad, vtkTetra, vtkTriangle)


def polydata():
    pd = vtkPolyData()
    p = vtkPoints()
    for x in ((0, 0, 0), (1, 0, 0), (0, 1, 0), (1, 1, 1)):
        p.InsertNextPoint(x)
    pd.SetPoints(p)
    pd.AllocateEstimate(4, 4)
    pd.InsertNextCell(vtkbuf.VTK_TRIANGLE, 3, (0, 1, 2))
    pd.InsertNextCell(vtkbuf.VTK_QUAD, 4, (0, 1, 3, 2))
    return pd


def test_classes():
    for name, cls in vtkbuf._CELLS.items():
        assert cls.__name__ == name and cls.__module__ == "vtkbuf"
        if not issubclass(cls, vtkCell) or name in ("vtkCell", "vtkCell3D"):
            continue
        c = cls()
        assert type(c) is cls and c.GetClassName() == name and isinstance(c, vtkCell)
        assert isinstance(c, vtkCell3D) == (c.GetCellDimension() == 3 and name != "vtkGenericCell")
    with pytest.raises(TypeError):
        vtkCell()
    with pytest.raises(TypeError):
        vtkCell3D()


def test_owned_objects_identity():
    t = vtkTetra()
    assert t.GetPointIds() is t.GetPointIds() and t.GetPoints() is t.GetPoints()
    e = t.GetEdge(0)
    assert type(e).__name__ == "vtkLine" and e is t.GetEdge(5)
    assert t.GetFace(0) is t.GetFace(3)
    h = vtkHexahedron()
    assert type(h.GetFace(0)) is vtkQuad


def test_get_cell_new_object_and_classes():
    pd = polydata()
    a, b = pd.GetCell(0), pd.GetCell(1)
    assert type(a) is vtkTriangle and type(b) is vtkQuad
    assert a.GetPoints().GetPoint(1) == (1.0, 0.0, 0.0)
    g = vtkGenericCell()
    assert pd.GetCell(1, g) is None and type(g) is vtkGenericCell and g.GetCellType() == vtkbuf.VTK_QUAD


def test_get_cell_wrong_cell_unchanged():
    pd = polydata()
    t = vtkTetra()
    t.GetPointIds().SetId(0, 5)
    with pytest.raises(ValueError):
        pd.GetCell(0, t)  # a vtkTetra cannot hold a triangle
    assert t.GetPointId(0) == 5 and t.GetNumberOfPoints() == 4
    with pytest.raises(TypeError):
        pd.GetCell(0, vtkIdList())
    with pytest.raises(IndexError):
        pd.GetCell(2)
    with pytest.raises(TypeError):
        pd.GetCell(0, 1, 2)


def test_override_and_subclass():
    class MyTetra(vtkTetra):
        pass
    m = MyTetra()
    assert m.GetClassName() == "vtkTetra" and isinstance(m, vtkCell3D)
    vtkTriangle.override(None)
    try:
        class MyTri(vtkTriangle):
            pass
        vtkTriangle.override(MyTri)
        assert type(polydata().GetCell(0)) is MyTri
    finally:
        vtkTriangle.override(None)
    assert type(polydata().GetCell(0)) is vtkTriangle


def test_class_references_do_not_leak():
    before = sys.getrefcount(vtkTetra), sys.getrefcount(vtkGenericCell)
    for _ in range(200):
        vtkTetra().GetEdge(1)
        vtkGenericCell().SetCellType(vtkbuf.VTK_WEDGE)
    assert (sys.getrefcount(vtkTetra), sys.getrefcount(vtkGenericCell)) == before


def test_generic_cell():
    g = vtkGenericCell()
    g.SetCellType(vtkbuf.VTK_HEXAHEDRON)
    assert g.GetNumberOfPoints() == 8 and g.GetNumberOfFaces() == 6
    with pytest.raises(ValueError):
        g.SetCellType(30)  # not a linear cell type
    assert g.GetCellType() == vtkbuf.VTK_HEXAHEDRON
    assert not hasattr(vtkTetra(), "SetCellType")


def test_bad_arguments():
    t = vtkTetra()
    with pytest.raises(IndexError):
        t.GetEdge(6)
    with pytest.raises(IndexError):
        t.GetPointId(4)
    with pytest.raises(TypeError):
        t.GetEdge(1.0)
    with pytest.raises(TypeError):
        t.DeepCopy(vtkIdList())
    with pytest.raises(TypeError):
        t.GetBounds([0] * 5)


def test_cell_types_object():
    t = vtkCellTypes()
    assert [t.InsertNextCell(x) for x in (10, 12)] == [0, 1]
    with pytest.raises(OverflowError):
        t.InsertNextCell(256)
    assert t.GetNumberOfTypes() == 2
    with pytest.raises(IndexError):
        t.GetCellType(2)
    a = t.GetCellTypesArray()
    assert a.GetClassName() == "vtkUnsignedCharArray" and list(a) == [10, 12]
    assert vtkCellTypes.GetClassNameFromTypeId(12) == "vtkHexahedron"
    with pytest.raises(TypeError):
        vtkCellTypes.GetTypeIdFromClassName(3)
    pd = polydata()
    pd.GetDistinctCellTypes(t)
    assert [t.GetCellType(i) for i in range(t.GetNumberOfTypes())] == [5, 9]


def grid():
    g = vtkbuf.vtkUnstructuredGrid()
    p = vtkPoints()
    for k in range(8):
        p.InsertNextPoint(k & 1, (k >> 1) & 1, (k >> 2) & 1)
    g.SetPoints(p)
    return g


def test_grid_insert_failures_leave_it_unchanged():
    g = grid()
    g.InsertNextCell(vtkbuf.VTK_TETRA, 4, (0, 1, 2, 4))
    for args, exc in (((vtkbuf.VTK_TETRA, 4, (0, 1, -2, 4)), IndexError), ((300, 1, (0,)), OverflowError),
                      ((vtkbuf.VTK_TETRA, 4, (0, 1)), TypeError), ((vtkbuf.VTK_POLYHEDRON, 2, (3, 0, 1)), ValueError),
                      ((vtkbuf.VTK_LINE, [0, 1]), TypeError)):
        with pytest.raises(exc):
            g.InsertNextCell(*args)
        assert g.GetNumberOfCells() == 1 and g.GetCellTypes().GetNumberOfValues() == 1
        assert g.GetPolyhedronFaces() is None


def test_grid_polyhedron_cell_and_faces():
    g = grid()
    faces = ((0, 2, 3, 1), (4, 5, 7, 6), (0, 1, 5, 4), (1, 3, 7, 5), (3, 2, 6, 7), (2, 0, 4, 6))
    stream = [x for f in faces for x in (len(f), *f)]
    g.InsertNextCell(vtkbuf.VTK_LINE, 2, (0, 7))
    assert g.InsertNextCell(vtkbuf.VTK_POLYHEDRON, 6, stream) == 1
    c = g.GetCell(1)
    assert type(c) is vtkbuf.vtkPolyhedron and c.GetNumberOfFaces() == 6 and c.GetNumberOfEdges() == 12
    assert [c.GetPointId(i) for i in range(8)] == list(range(8))
    loc = g.GetPolyhedronFaceLocations()
    assert loc.GetNumberOfCells() == 2 and loc.GetCellSize(0) == 0 and loc.GetCellSize(1) == 6
    s = vtkIdList()
    g.GetFaceStream(1, s)
    assert [s.GetId(i) for i in range(s.GetNumberOfIds())] == [6, *stream]


def test_grid_from_numpy():
    np = pytest.importorskip("numpy")
    from vtkbuf import vtkCellArray
    from vtkmodules.util.numpy_support import numpy_to_vtk
    conn = np.array([0, 1, 2, 4, 1, 3, 7], dtype=np.int64)
    offs = np.array([0, 4, 7], dtype=np.int64)
    types = np.array([vtkbuf.VTK_TETRA, vtkbuf.VTK_TRIANGLE], dtype=np.uint8)
    ca = vtkCellArray()
    ca.SetData(numpy_to_vtk(offs), numpy_to_vtk(conn))
    g = grid()
    t = numpy_to_vtk(types)
    g.SetCells(t, ca)
    assert g.GetCells() is ca and g.GetCellTypes() is t and g.GetCellType(1) == vtkbuf.VTK_TRIANGLE
    assert type(g.GetCell(0)) is vtkTetra and list(np.asarray(g.GetDistinctCellTypesArray())) == [5, 10]
