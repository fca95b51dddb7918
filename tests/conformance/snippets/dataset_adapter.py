# dataset_adapter over NumPy-native arrays: what WrapDataObject(...).Points and
# PointData[...] return (VTKArray, an ndarray subclass), arithmetic, tensors.
PD = ("p = vtkPoints()\nfor i in range(4): p.InsertNextPoint(i, 2 * i, 3 * i)\n"
      "pd = vtkPolyData()\npd.SetPoints(p)\n"
      "s = make(vtkFloatArray, [1, 2, 3, 4])\ns.SetName('s')\npd.GetPointData().AddArray(s)\n"
      "w = dsa.WrapDataObject(pd)\n")
SNIPPETS = [
    ("dsa.points_repr", PD + "repr(w.Points)"),
    ("dsa.points_type", PD + "(type(w.Points).__name__, w.Points.dtype, w.Points.shape, w.Points.Association)"),
    ("dsa.pointdata_repr", PD + "(repr(w.PointData['s']), w.PointData['s'].Association)"),
    ("dsa.pointdata_missing", PD + "r = w.PointData['nope']\n(type(r).__name__, r is dsa.NoneArray)"),
    ("dsa.pointdata_keys", PD + "w.PointData.keys()"),
    ("dsa.points_arith", PD + "(w.Points * 2, type(w.Points + 1).__name__)"),
    ("dsa.points_sum", PD + "(w.Points.sum(axis=0), np.sum(w.PointData['s']))"),
    ("dsa.points_mixed", PD + "w.Points[:, 0] + w.PointData['s']"),
    ("dsa.points_zero_copy", PD + "v = w.Points\nv[0, 0] = 9\np.GetPoint(0)"),
    ("dsa.array_from_vtkarray", PD + "va = dsa.vtkDataArrayToVTKArray(s)\n(repr(va), va.VTKObject is s)"),
    ("dsa.tensor", "a = make(vtkDoubleArray, list(range(9)), 9)\nva = dsa.vtkDataArrayToVTKArray(a)\n(va.shape, va[0])"),
    ("dsa.numpy_to_array", "v = dsa.numpyTovtkDataArray(np.arange(6.0).reshape(3, 2), 'n')\n(repr(v), v.GetName(), v[1])"),
    ("dsa.wrap_array", "type(dsa.WrapDataObject(make(vtkFloatArray, [1, 2]))).__name__"),
    ("dsa.vtkarray_plus_aos", "a = make(vtkDoubleArray, [1, 2, 3])\nva = dsa.vtkDataArrayToVTKArray(a)\nva + a"),
]
DIFFERENT = {
    # the seed's dataset_adapter wraps a lone data array; VTK 9.7.1 returns None
    "dsa.wrap_array": "'VTKArray'",
}
