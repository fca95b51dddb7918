# vtkImageData and vtkRectilinearGrid: construction, point/cell queries, bounds,
# implicit points, copies, attributes. Outputs are VTK 9.7.1's, recorded by the runner.
_I = ("from vtkmodules.vtkCommonDataModel import vtkImageData\n"
      "img = vtkImageData()\nimg.SetExtent(1, 3, 2, 4, 0, 0)\nimg.SetSpacing(2, 1, 1)\nimg.SetOrigin(1, 1, 1)\n")
_V = ("from vtkmodules.vtkCommonDataModel import vtkImageData\n"
      "img = vtkImageData()\nimg.SetDimensions(3, 4, 5)\nimg.SetOrigin(1.0, 2.0, 3.0)\nimg.SetSpacing(0.5, 1.0, 1.5)\n")
_CELL = "ids = vtkIdList()\nt = img.GetCellPoints({0}, ids)\n(img.GetCellType({0}), [ids.GetId(i) for i in range(ids.GetNumberOfIds())])"
_R = ("from vtkmodules.vtkCommonDataModel import vtkRectilinearGrid\n"
      "rg = vtkRectilinearGrid()\nrg.SetDimensions(3, 2, 2)\nxc, yc, zc = vtkFloatArray(), vtkDoubleArray(), vtkIntArray()\n"
      "for arr, vals in ((xc, (0, 1, 3)), (yc, (0, 2)), (zc, (5, -1))):\n    for v in vals:\n        arr.InsertNextValue(v)\n"
      "rg.SetXCoordinates(xc)\nrg.SetYCoordinates(yc)\nrg.SetZCoordinates(zc)\n")


def _dims(d):
    return ("from vtkmodules.vtkCommonDataModel import vtkImageData\nimg = vtkImageData()\n"
            f"img.SetDimensions{d}\nn = img.GetNumberOfCells()\n"
            "ids = vtkIdList()\nif n:\n    img.GetCellPoints(n - 1, ids)\n"
            "(img.GetNumberOfPoints(), n, img.GetDataDimension(), img.GetCellType(n - 1) if n else None, "
            "[ids.GetId(i) for i in range(ids.GetNumberOfIds())], img.GetMaxCellSize(), img.GetBounds())")


SNIPPETS = [
    ("image.fresh", "from vtkmodules.vtkCommonDataModel import vtkImageData\ni = vtkImageData()\n"
     "(i.GetExtent(), i.GetDimensions(), i.GetSpacing(), i.GetOrigin(), i.GetNumberOfPoints(), i.GetNumberOfCells(), "
     "i.GetBounds(), i.GetDataObjectType(), i.GetClassName(), i.GetDataDimension())"),
    *[(f"image.dims_{'x'.join(map(str, d))}", _dims(d)) for d in
      [(1, 1, 1), (3, 1, 1), (1, 3, 1), (1, 1, 3), (3, 4, 1), (3, 1, 4), (3, 4, 5), (0, 3, 3), (2, 2, 2)]],
    ("image.geometry", _I + "(img.GetExtent(), img.GetDimensions(), img.GetSpacing(), img.GetOrigin(), "
     "img.GetNumberOfPoints(), img.GetNumberOfCells())"),
    ("image.point_ids", _I + "(img.ComputePointId([2, 3, 0]), img.ComputeCellId([2, 3, 0]), img.ComputePointId([1, 2, 0]))"),
    ("image.find_point", _I + "(img.FindPoint(4.4, 3.6, 1), img.FindPoint([1, 3, 1]), img.FindPoint(100, 0, 0), "
     "img.FindPoint(7.2, 5, 1))"),
    ("image.structured_coords_inside", _I + "ijk, pc = [0, 0, 0], [0.0, 0.0, 0.0]\n"
     "(img.ComputeStructuredCoordinates([4.5, 3.5, 1], ijk, pc), ijk, pc)"),
    ("image.structured_coords_face", _I + "ijk, pc = [0, 0, 0], [0.0, 0.0, 0.0]\n"
     "(img.ComputeStructuredCoordinates([7, 5, 1], ijk, pc), ijk, pc)"),
    ("image.structured_coords_outside", _I + "ijk, pc = [0, 0, 0], [0.0, 0.0, 0.0]\n"
     "img.ComputeStructuredCoordinates([0, 3.5, 1], ijk, pc)"),
    ("image.transform", _I + "o = [0.0] * 3\nimg.TransformContinuousIndexToPhysicalPoint(1.5, 2, 0, o)\n"
     "o2 = [0.0] * 3\nimg.TransformPhysicalPointToContinuousIndex([4, 5, 1], o2)\n"
     "o3 = [0.0] * 3\nimg.TransformIndexToPhysicalPoint(3, 4, 0, o3)\n(o, o2, o3)"),
    ("image.points", _I + "[img.GetPoint(i) for i in range(img.GetNumberOfPoints())]"),
    ("image.bounds_center", _I + "(img.GetBounds(), img.GetCenter(), round(img.GetLength(), 12))"),
    ("image.cell_pixel", _I + _CELL.format(3)),
    ("image.cell_voxel", _V + _CELL.format(13)),
    ("image.cell_size", _V + "(img.GetCellSize(0), img.GetMaxCellSize())"),
    ("image.get_points", _V + "p = img.GetPoints()\nd = p.GetData()\n"
     "(p.GetNumberOfPoints(), p.GetDataType(), d.GetArrayTypeAsString(), d.GetNumberOfComponents(), d.GetTuple(59))"),
    ("image.points_numpy", _V + "np.asarray(img.GetPoints().GetData())[::7].tolist()"),
    ("image.points_same_object", _V + "p = img.GetPoints()\n(img.GetPoints() is p, img.GetPoints().GetData() is p.GetData())"),
    ("image.points_follow_spacing", _V + "d = img.GetPoints().GetData()\nimg.SetSpacing(2, 2, 2)\n(d.GetTuple(59), img.GetPoint(59))"),
    ("image.points_axes", _V + "d = img.GetPoints().GetData()\n[np.asarray(a).tolist() for a in "
     "(d.GetXCoordinates(), d.GetYCoordinates(), d.GetZCoordinates())]"),
    ("image.points_bounds", _V + "img.GetPoints().GetBounds()"),
    ("image.points_data_prop", _V + "(type(img.points.data).__name__, img.points.data.shape)"),
    ("image.points_sum", _V + "float(np.asarray(img.GetPoints().GetData()).sum())"),
    ("image.direction", _V + "img.SetDirectionMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1)\n"
     "d = img.GetPoints().GetData()\n(d.GetUsesDirectionMatrix(), img.GetPoint(7), d.GetTuple(7), img.GetBounds())"),
    ("image.direction_rotated", _V + "img.SetDirectionMatrix(0, -1, 0, 1, 0, 0, 0, 0, 1)\n"
     "o = [0.0] * 3\nimg.TransformPhysicalPointToContinuousIndex(img.GetPoint(17), o)\n"
     "(img.GetPoint(17), img.GetBounds(), [round(v, 12) for v in o], img.FindPoint(img.GetPoint(17)))"),
    ("image.allocate_scalars", "from vtkmodules.vtkCommonDataModel import vtkImageData\n"
     "i = vtkImageData()\ni.SetDimensions(2, 3, 1)\ni.AllocateScalars(VTK_FLOAT, 2)\ns = i.GetPointData().GetScalars()\n"
     "(s.GetName(), s.GetNumberOfTuples(), s.GetNumberOfComponents(), s.GetDataType(), i.GetScalarType(), "
     "i.GetNumberOfScalarComponents())"),
    ("image.scalar_range", "from vtkmodules.vtkCommonDataModel import vtkImageData\n"
     "i = vtkImageData()\ni.SetDimensions(2, 3, 1)\ni.AllocateScalars(VTK_DOUBLE, 1)\n"
     "s = i.GetPointData().GetScalars()\nfor k in range(6):\n    s.SetValue(k, k * k)\ni.GetScalarRange()"),
    ("image.copies", "from vtkmodules.vtkCommonDataModel import vtkImageData\n"
     "i = vtkImageData()\ni.SetDimensions(2, 3, 1)\ni.SetSpacing(3, 2, 1)\ni.AllocateScalars(VTK_FLOAT, 1)\n"
     "s = i.GetPointData().GetScalars()\na, b, c = vtkImageData(), vtkImageData(), vtkImageData()\n"
     "a.ShallowCopy(i)\nb.DeepCopy(i)\nc.CopyStructure(i)\n"
     "(a.GetDimensions(), a.GetSpacing(), a.GetPointData().GetScalars() is s, b.GetDimensions(), "
     "b.GetPointData().GetScalars() is s, b.GetPointData().GetScalars().GetNumberOfTuples(), c.GetDimensions(), "
     "c.GetSpacing(), c.GetPointData().GetScalars())"),
    ("image.initialize", _I + "img.Initialize()\n(img.GetExtent(), img.GetSpacing(), img.GetOrigin(), img.GetNumberOfPoints())"),
    ("image.point_data_prop", _V + "a = vtkFloatArray()\na.SetName('f')\na.SetNumberOfTuples(60)\n"
     "img.GetPointData().AddArray(a)\n(list(img.point_data.keys()), img.point_data['f'].shape)"),
    ("image.set_dims_seq", "from vtkmodules.vtkCommonDataModel import vtkImageData\n"
     "i = vtkImageData()\ni.SetDimensions([4, 1, 2])\ni.SetExtent([0, 3, 1, 1, 0, 1])\n(i.GetDimensions(), i.GetExtent())"),
    ("rect.fresh", "from vtkmodules.vtkCommonDataModel import vtkRectilinearGrid\nr = vtkRectilinearGrid()\n"
     "x = r.GetXCoordinates()\n(r.GetExtent(), r.GetDimensions(), x.GetClassName(), x.GetNumberOfTuples(), "
     "x.GetValue(0), r.GetNumberOfPoints(), r.GetBounds(), r.GetDataObjectType())"),
    ("rect.points", _R + "[rg.GetPoint(i) for i in range(rg.GetNumberOfPoints())]"),
    ("rect.counts", _R + "(rg.GetNumberOfPoints(), rg.GetNumberOfCells(), rg.GetDataDimension(), rg.GetCellType(0), "
     "rg.GetMaxCellSize())"),
    ("rect.bounds", _R + "(rg.GetBounds(), rg.GetCenter())"),
    ("rect.cell", _R + "ids = vtkIdList()\nrg.GetCellPoints(1, ids)\n[ids.GetId(i) for i in range(ids.GetNumberOfIds())]"),
    ("rect.ids", _R + "(rg.ComputePointId([1, 1, 1]), rg.ComputeCellId([1, 0, 0]))"),
    ("rect.get_points", _R + "d = rg.GetPoints().GetData()\n(d.GetArrayTypeAsString(), rg.GetPoints().GetDataType(), "
     "d.GetXCoordinates() is xc, np.asarray(d).tolist())"),
    ("rect.shared_coords", _R + "d = rg.GetPoints().GetData()\nxc.SetValue(2, 10)\n(d.GetTuple(2), rg.GetPoint(2), rg.GetBounds())"),
    ("rect.set_coords_after", _R + "d = rg.GetPoints().GetData()\nn = vtkDoubleArray()\nfor v in (7, 8, 9):\n"
     "    n.InsertNextValue(v)\nrg.SetXCoordinates(n)\n(d.GetTuple(1), rg.GetPoints().GetData().GetTuple(1))"),
    ("rect.copies", _R + "a, b, c = vtkRectilinearGrid(), vtkRectilinearGrid(), vtkRectilinearGrid()\n"
     "a.ShallowCopy(rg)\nb.DeepCopy(rg)\nc.CopyStructure(rg)\n"
     "(a.GetXCoordinates() is xc, b.GetXCoordinates() is xc, b.GetXCoordinates().GetClassName(), "
     "b.GetPoint(5), c.GetXCoordinates() is xc, c.GetDimensions())"),
    ("rect.initialize", _R + "rg.Initialize()\n(rg.GetExtent(), rg.GetXCoordinates())"),
    ("rect.structured_numpy", _R + "p = rg.points.data\n(type(p).__name__, np.asarray(p[:, 2]).tolist(), float(np.sum(p)))"),
]

_S2 = ("from vtkmodules.vtkCommonDataModel import vtkImageData\n"
       "i = vtkImageData()\ni.SetExtent(1, 3, 2, 4, 0, 1)\n")
SNIPPETS += [
    ("image.scalar_helpers_empty", _S2 + "(i.GetScalarSize(), i.GetIncrements(), i.GetScalarTypeMin(), "
     "i.GetScalarTypeMax(), i.GetScalarIndex(2, 3, 1))"),
    ("image.scalar_helpers", _S2 + "i.AllocateScalars(VTK_SHORT, 2)\n"
     "i.SetScalarComponentFromDouble(2, 3, 1, 1, 7.6)\ni.SetScalarComponentFromFloat(2, 3, 1, 0, -3)\n"
     "(i.GetScalarSize(), i.GetIncrements(), i.GetScalarTypeMin(), i.GetScalarTypeMax(), i.GetScalarIndex(2, 3, 1), "
     "i.GetScalarIndex([2, 3, 1]), i.GetScalarComponentAsDouble(2, 3, 1, 1), i.GetScalarComponentAsFloat(2, 3, 1, 0), "
     "i.GetScalarComponentAsDouble(9, 9, 9, 0), i.GetScalarIndex(9, 9, 9), i.GetScalarPointer(9, 9, 9))"),
]
