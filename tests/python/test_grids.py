"""vtkStructuredGrid, vtkTable and the data model's point_data / cell_data /
field_data properties (issue 18).  VTK 9.7.1's values are compared by the
conformance snippets (tests/conformance/snippets/grids.py); here what VTK's
own TestDataSetProperties asserts, run on the classes vtkbuf has (vtkPolyData,
vtkStructuredGrid), and what VTK cannot show: bad input raises and leaves the
object unchanged."""
import numpy as np
import pytest

from vtkmodules.numpy_interface import dataset_adapter as dsa
from vtkmodules.vtkCommonCore import vtkFloatArray, vtkIdList, vtkIntArray, vtkPoints, vtkVariant
from vtkmodules.vtkCommonDataModel import (vtkCellData, vtkDataObject, vtkDataSetAttributes, vtkPointData,
                                           vtkPolyData, vtkStructuredGrid, vtkTable)


def grid(nx=3, ny=4, nz=5):
    g = vtkStructuredGrid()
    g.SetDimensions(nx, ny, nz)
    p = vtkPoints()
    for k in range(nz):
        for j in range(ny):
            for i in range(nx):
                p.InsertNextPoint(i, j, k)
    g.SetPoints(p)
    return g


def line(n=10):
    pd = vtkPolyData()
    pts = vtkPoints()
    for i in range(n):
        pts.InsertNextPoint(float(i), 0.0, 0.0)
    pd.SetPoints(pts)
    return pd


# ---- TestDataSetProperties' assertions, on vtkStructuredGrid and vtkPolyData ----

@pytest.fixture(params=["grid", "poly"])
def ds(request):
    return grid() if request.param == "grid" else line(60)


def test_point_data_setter_numpy(ds):
    n = ds.GetNumberOfPoints()
    ds.point_data = {"temperature": np.arange(n, dtype=np.float64), "velocity": np.random.rand(n, 3)}
    assert ds.point_data.keys() == ("temperature", "velocity")
    assert ds.point_data["temperature"].GetNumberOfTuples() == n
    assert ds.point_data["velocity"].GetNumberOfComponents() == 3


def test_cell_data_setter_numpy():
    g = grid()
    g.cell_data = {"material": np.ones(g.GetNumberOfCells(), dtype=np.int32)}
    assert g.cell_data.keys() == ("material",)
    assert g.cell_data["material"].GetNumberOfTuples() == 24
    assert g.cell_data["material"].association == vtkDataObject.CELL


def test_field_data_setter_numpy(ds):
    ds.field_data = {"info": np.array([1.0, 2.0, 3.0])}
    assert ds.field_data.keys() == ("info",)
    assert ds.field_data["info"].GetNumberOfTuples() == 3


def test_setter_with_vtk_arrays(ds):
    n = ds.GetNumberOfPoints()
    a = vtkFloatArray()
    a.SetNumberOfTuples(n)
    a.FillComponent(0, 42.0)
    b = vtkIntArray()
    b.SetNumberOfTuples(n)
    b.FillComponent(0, 7)
    ds.point_data = {"scalar": a, "vtk_field": b, "np_field": np.zeros(n)}
    assert set(ds.point_data.keys()) == {"scalar", "vtk_field", "np_field"}
    assert ds.point_data["scalar"].GetValue(0) == 42.0
    assert a.GetName() is None  # a shallow copy was named, not the caller's array


def test_setter_replaces_and_empty_dict_clears(ds):
    n = ds.GetNumberOfPoints()
    ds.point_data = {"old": np.zeros(n)}
    ds.point_data = {"new": np.ones(n)}
    assert ds.point_data.keys() == ("new",) and "old" not in ds.point_data.keys()
    ds.point_data = {}
    assert len(ds.point_data) == 0
    ds.cell_data = {"x": np.zeros(ds.GetNumberOfCells())}
    ds.cell_data = {}
    assert len(ds.cell_data) == 0


def test_getter_and_roundtrip(ds):
    n = ds.GetNumberOfPoints()
    original = np.linspace(0, 1, n)
    ds.point_data = {"x": np.arange(n, dtype=np.float32), "data": original}
    pd = ds.point_data
    assert "x" in pd and len(pd) == 2 and isinstance(pd, vtkPointData)
    np.testing.assert_allclose(np.asarray(pd["data"]), original)
    assert pd["data"].dataset is ds and pd["data"].association == vtkDataObject.POINT


def test_constructor_keywords():
    p = grid(3, 4, 5).GetPoints()
    g = vtkStructuredGrid(dimensions=(3, 4, 5), points=p,
                          point_data={"temperature": np.arange(60, dtype=np.float64)},
                          cell_data={"material": np.ones(24, dtype=np.int32)})
    assert g.GetExtent() == (0, 2, 0, 3, 0, 4)
    assert g.point_data.keys() == ("temperature",) and g.cell_data.keys() == ("material",)
    pd = vtkPolyData(points=p, point_data={"s": np.zeros(60, dtype=np.float32), "v": np.ones((60, 3))})
    assert set(pd.point_data.keys()) == {"s", "v"} and pd.point_data["v"].GetNumberOfComponents() == 3
    with pytest.raises(TypeError):
        vtkStructuredGrid(no_such_property=1)
    with pytest.raises(TypeError):
        vtkTable(1)


def test_attributes_are_the_vtk_objects():
    g = grid()
    assert isinstance(g.GetPointData(), vtkPointData) and isinstance(g.cell_data, vtkCellData)
    assert g.point_data is g.GetPointData()
    assert isinstance(vtkTable().GetRowData(), vtkDataSetAttributes)
    with pytest.raises(TypeError):
        hash(g.point_data)  # as VTK's overrides, which define __eq__


def test_dead_owner_cannot_size():
    def make():
        return line(3).point_data
    attrs = make()
    with pytest.raises(RuntimeError):
        attrs["x"] = 1.0


def test_pandas_roundtrip():
    pd_ = pytest.importorskip("pandas")
    g = grid()
    g.point_data = {"temp": np.arange(60.0), "vel": np.ones((60, 3))}
    df = g.point_data.to_pandas()
    assert list(df.columns) == ["temp", "vel_0", "vel_1", "vel_2"]
    g.cell_data.from_pandas(pd_.DataFrame({"mat": np.ones(24, dtype=np.int32)}))
    assert g.cell_data.keys() == ("mat",)


# ---- vtkStructuredGrid ----

def test_structured_grid_cells_and_points():
    g = grid(3, 2, 2)
    ids = vtkIdList()
    assert g.GetCellPoints(1, ids) is None
    assert [ids.GetId(i) for i in range(8)] == [1, 2, 5, 4, 7, 8, 11, 10]
    x = [0, 0, 0]
    g.GetPoint(2, 1, 1, x)
    assert x == [2.0, 1.0, 1.0] and g.GetPoint(11) == (2.0, 1.0, 1.0)
    g.SetExtent(1, 3, 0, 1, 5, 5)  # 6 of the 12 points are on the extent now
    g.GetPoint(3, 1, 5, x)
    assert x == [2.0, 1.0, 0.0] and g.GetCellType(0) == 9


def test_structured_grid_bad_input_leaves_it_unchanged():
    g = grid(3, 3, 1)
    with pytest.raises(IndexError):
        g.BlankPoint(9)
    assert g.GetPointData().GetNumberOfArrays() == 0 and not g.HasAnyBlankPoints()
    with pytest.raises(IndexError):
        g.BlankCell(-1)
    with pytest.raises(TypeError):
        g.SetDimensions(1, 2)
    with pytest.raises(TypeError):
        g.SetExtent(0, 1)
    assert g.GetExtent() == (0, 2, 0, 2, 0, 0)
    g.BlankPoint(4)
    with pytest.raises(IndexError):
        g.IsPointVisible(9)
    with pytest.raises(TypeError):
        g.GetPoint(1, 1, 0, [0, 0], True)  # not 3 floats to fill
    x = [7, 7, 7]
    assert g.GetPoint(5, 0, 0, x) is None and x == [7, 7, 7]  # outside: VTK's error message only


def test_structured_grid_dsa():
    g = grid(3, 2, 1)
    g.point_data = {"t": np.arange(6.0)}
    w = dsa.WrapDataObject(g)
    assert w.Points.shape == (6, 3) and w.Points[4].tolist() == [1.0, 1.0, 0.0]
    assert w.PointData["t"].sum() == 15.0


# ---- vtkTable ----

def col(cls, name, vals, nc=1):
    a = cls()
    a.SetName(name)
    a.SetNumberOfComponents(nc)
    a.SetNumberOfValues(len(vals))
    for i, v in enumerate(vals):
        a.SetValue(i, v)
    return a


def test_table_values():
    t = vtkTable()
    t.AddColumn(col(vtkIntArray, "i", [1, 2, 3]))
    t.AddColumn(col(vtkFloatArray, "v", [1, 2, 3, 4, 5, 6], 2))
    assert t.GetValue(1, 0).ToInt() == 2 and t.GetValue(2, 1).ToArray().GetTuple(0) == (5.0, 6.0)
    t.SetValue(0, 0, vtkVariant("41"))
    t.SetValueByName(1, "v", vtkVariant(col(vtkFloatArray, "x", [9, 8], 2)))
    assert t.GetColumn(0).GetValue(0) == 41 and t.GetColumn(1).GetTuple(1) == (9.0, 8.0)
    assert t.InsertNextBlankRow(2.5) == 3 and t.GetColumn(0).GetValue(3) == 2
    assert t.row_data.keys() == ("i", "v") and t.number_of_rows == 4


def test_table_bad_input_leaves_it_unchanged():
    t = vtkTable()
    a = col(vtkIntArray, "i", [1, 2, 3])
    t.AddColumn(a)
    t.AddColumn(col(vtkIntArray, "j", [1, 2]))  # another row count: not added (VTK's message)
    assert t.GetNumberOfColumns() == 1
    with pytest.raises(IndexError):
        t.SetValue(3, 0, 5)
    with pytest.raises(IndexError):
        t.GetValue(-1, 0)
    with pytest.raises(TypeError):
        t.AddColumn("i")
    with pytest.raises(TypeError):
        t.SetRowData(None)
    assert [a.GetValue(i) for i in range(3)] == [1, 2, 3]


def test_table_rows():
    """VTK 9.7.1 gives the same (printed by running these calls there)."""
    t = vtkTable()
    a = col(vtkIntArray, "i", [1, 2, 3])
    t.AddColumn(a)
    t.InsertRow(1)
    assert [a.GetValue(i) for i in range(4)] == [1, 2, 2, 3]
    t.RemoveRows(0, 2)
    assert [a.GetValue(i) for i in range(2)] == [2, 3]
    t.InsertNextBlankRow()
    with pytest.raises(IndexError):
        t.RemoveRows(-1, 2)  # VTK moves row 1 to row -1: writes before the array
    assert [a.GetValue(i) for i in range(3)] == [2, 3, 0]
    t.RemoveAllRows()
    assert t.GetNumberOfRows() == 0 and t.GetNumberOfColumns() == 1


def test_table_dsa():
    t = vtkTable()
    t.AddColumn(col(vtkFloatArray, "v", [1, 2, 3, 4], 2))
    w = dsa.WrapDataObject(t)
    assert type(w).__name__ == "Table" and w.RowData.keys() == ["v"] and w.RowData["v"].shape == (2, 2)
