# SOA arrays (VTKSOAArray): per-component views, element access, arithmetic,
# reductions per axis, numpy overrides; and scaled SOA over the same values
# (make_scaled: in VTK 9.7.1 a plain SOA array, see run.py).
SETUP = {
    "soa": "a = make_soa('{key}', [[1, 2, 3, 4], [10, 20, 30, 40], [5, 6, 7, 8]])\n",
    # values the scaled int32 array holds exactly (raw = value / 2)
    "scaled": "a = make_scaled('{key}', [[2, 4, 6, 8], [10, 20, 30, 40], [6, 8, 10, 12]], 2.0)\n",
}
OPS = {
    "repr": "(repr(a), len(a), a.shape, a.ndim, a.size)",
    "components": "a.components",
    "item": "a[1]",
    "item_neg": "a[-1]",
    "elem": "a[2, 1]",
    "col": "a[:, 1]",
    "col_neg": "a[:, -1]",
    "slice": "a[1:3]",
    "mask": "a[np.array([True, False, True, False])]",
    "fancy": "a[[0, 2]]",
    "asarray": "np.asarray(a)",
    "add": "a + 1",
    "radd": "1 + a",
    "mul_self": "a * a",
    "sub_rows": "a - np.array([1, 2, 3, 4])",
    "div": "a / 2",
    "cmp": "a > 5",
    "neg_abs": "(-a, abs(a))",
    "ufunc": "np.sqrt(a)",
    "ufunc_two": "np.maximum(a, a[::-1] if False else a)",
    "sum": "(np.sum(a), a.sum(axis=0), a.sum(axis=1))",
    "mean": "(np.mean(a), np.mean(a, axis=0), np.mean(a, axis=1))",
    "minmax": "(np.min(a), np.max(a, axis=0), np.min(a, axis=1))",
    "stdvar": "(np.std(a, axis=0), np.var(a, axis=1), np.std(a))",
    "anyall": "(np.any(a > 5), np.all(a > 0, axis=0), np.any(a > 25, axis=1))",
    "prod": "(np.prod(a, axis=0), np.prod(a, axis=1))",
    "argminmax": "(np.argmin(a), np.argmax(a), np.argmax(a, axis=0), np.argmin(a, axis=1))",
    "cumsum": "(np.cumsum(a, axis=0), np.cumprod(a, axis=0))",
    "reduce": "(np.add.reduce(a), np.maximum.reduce(a, axis=1))",
    "accumulate": "np.add.accumulate(a)",
    "concat": "np.concatenate([a, a])",
    "clip": "np.clip(a, 2, 20)",
    "sort": "np.sort(a)",
    "where": "np.where(a > 5, a, 0)",
    "isin": "np.isin(a, [2, 20])",
    "round": "np.round(a / 3, 1)",
    "dot": "np.dot(a, np.array([1, 0, 1]))",
    "iter": "list(a)",
    "setitem_elem": "a[1, 2] = 8\na[1]",
    "setitem_row": "a[0] = [4, 6, 8]\nnp.asarray(a)",
    "setitem_slice": "a[1:3] = 0\nnp.asarray(a)",
    "astype_copy": "(a.astype(np.float32), a.copy())",
    "T_nbytes": "(a.T, a.nbytes)",
    "tolist": "a.tolist()",
}
SNIPPETS = []
for kind, setup in SETUP.items():
    for key in ("float64", "float32", "int32"):
        for op, code in OPS.items():
            SNIPPETS.append((f"{kind}.{key}.{op}", setup.format(key=key) + code))
SNIPPETS += [
    ("soa.one_component", "a = make_soa('float64', [[1, 2, 3]])\n(repr(a), a[1], a + 1, np.asarray(a), a.sum())"),
    ("soa.empty", "a = vtkSOADataArrayTemplate['float32']()\n(repr(a), len(a), np.asarray(a), a.components)"),
    ("soa.empty_setitem", "a = vtkSOADataArrayTemplate['float32']()\na[0] = 1"),
    ("soa.bad_index", "a = make_soa('float64', [[1, 2], [3, 4]])\na[{'x': 1}] = 1"),
    ("soa.from_numpy", "a = ns.numpy_to_vtk_soa([np.arange(3.0), np.arange(3.0) * 2])\n(repr(a), a[:, 1], a.GetName())"),
    ("soa.from_numpy_named", "a = ns.numpy_to_vtk_soa([np.arange(3.0)], name='n')\n(a.GetName(), a[:])"),
    ("soa.numpy_mismatch", "ns.numpy_to_vtk_soa([np.arange(3.0), np.arange(4.0)])"),
    ("soa.numpy_empty_list", "ns.numpy_to_vtk_soa([])"),
    ("soa.zero_copy_component", "x = np.arange(4.0)\na = ns.numpy_to_vtk_soa([x, x * 2])\nx[0] = 9\n(a[0, 0], a.GetComponent(0, 0))"),
    ("soa.soa_to_numpy", "a = make_soa('float64', [[1, 2], [3, 4]])\nns.vtk_soa_to_numpy(a)"),
    ("soa.soa_to_numpy_aos", "ns.vtk_soa_to_numpy(make(vtkFloatArray, [1, 2]))"),
    ("soa.vtk_to_numpy_multi", "ns.vtk_to_numpy(make_soa('float64', [[1, 2], [3, 4]]))"),
    ("soa.ctor_data", "a = vtkSOADataArrayTemplate['float64']([[1, 2, 3], [4, 5, 6]])\n(repr(a), a[1])"),
    ("soa.ctor_ragged", "vtkSOADataArrayTemplate['float64']([[1, 2, 3], [4, 5]])"),
    ("soa.setarray_convert", "a = vtkSOADataArrayTemplate['float32']()\na.SetNumberOfComponents(1)\na.SetArray(0, np.arange(3.0), 3, True, True)\n(repr(a), a[:])"),
    ("soa.soa_plus_aos", "a = make_soa('float64', [[1, 2], [3, 4]])\nb = make(vtkDoubleArray, [1, 1, 1, 1], 2)\na + b"),
    ("soa.aos_plus_soa", "a = make_soa('float64', [[1, 2], [3, 4]])\nb = make(vtkDoubleArray, [1, 1, 1, 1], 2)\nb + a"),
    ("soa.mismatch", "make_soa('float64', [[1, 2], [3, 4]]) + make_soa('float64', [[1, 2, 3]])"),
    ("soa.isinstance", "from vtkmodules.numpy_interface.vtk_soa_array import VTKSOAArray\nisinstance(vtkSOADataArrayTemplate['float64'](), VTKSOAArray)"),
    ("soa.bool_dtype", "a = make_soa('float64', [[1, 2], [3, 4]])\nr = a > 2\n(repr(r), r.GetDataType())"),
    ("soa.meta", "pd = vtkPolyData()\na = make_soa('float64', [[1, 2], [3, 4]])\na.SetName('s')\npd.GetPointData().AddArray(a)\nb = pd.point_data['s']\n(b.association, (b * 2).association, np.sqrt(b).association, b.sum(axis=0))"),
    ("soa.fallback_function", "a = make_soa('float64', [[1, 2], [3, 4]])\nnp.median(a, axis=0)"),
    ("soa.reshape", "a = make_soa('float64', [[1, 2], [3, 4]])\n(a.reshape(4), a.flatten())"),
]

DIFFERENT = {
    # SetArray refuses a NumPy array of another dtype (issue 11's rule); VTK's mixin copies it
    "soa.setarray_convert": "!ValueError",
    # vtkbuf exports a one-component SOA array zero-copy (buffer protocol): an empty one
    # gives its own dtype; VTK materializes through __array__ (float64 when empty)
    "soa.empty": "(\"VTKSOAArray(shape=(0,), dtype=<class 'numpy.float32'>)\", 0, array([], dtype=float32), [])",
}
