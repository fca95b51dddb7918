# Stale / fresh: the array object after its memory moved or its shape changed,
# views taken before, dataset_adapter.VTKArray taken before.
SNIPPETS = [
    ("fresh.reserve_then_read", "a = make(vtkFloatArray, [1, 2, 3])\nv = a[:]\na.ReserveTuples(1000)\n(len(a), a[:], np.sum(a), a + 1)"),
    ("fresh.grow_set_tuples", "a = make(vtkFloatArray, [1, 2, 3], 1)\na[0]\na.ReserveTuples(100)\na.SetNumberOfTuples(100)\n(a.shape, a[1], a[:3])"),
    ("fresh.setarray_new_memory", "a = make(vtkDoubleArray, [1, 2, 3])\na[0]\nx = np.array([7.0, 8.0])\na.SetArray(x, 2, 1)\n(a.shape, a[:])"),
    ("fresh.soa_setarray", "a = make_soa('float64', [[1, 2], [3, 4]])\na[0]\na.SetArray(0, np.array([9.0, 9.0]), 2, True, True)\n(a[0], a[:, 0])"),
    ("fresh.soa_reserve", "a = make_soa('float64', [[1, 2], [3, 4]])\na[0]\na.ReserveTuples(100)\n(len(a), a[1], np.sum(a))"),
    ("fresh.deepcopy_same_size", "a = make(vtkDoubleArray, [1, 2])\na[0]\na.DeepCopy(make(vtkDoubleArray, [5, 6]))\na[:]"),
    ("fresh.deepcopy_bigger", "a = make(vtkDoubleArray, [1, 2])\na[0]\na.DeepCopy(make(vtkDoubleArray, [5, 6, 7, 8]))\n(a.shape, a[:])"),
    ("fresh.initialize", "a = make(vtkDoubleArray, [1, 2])\na[0]\na.Initialize()\n(len(a), repr(a), np.asarray(a))"),
    ("fresh.squeeze", "a = make(vtkDoubleArray, [1, 2])\na.ReserveTuples(50)\na[0]\na.Squeeze()\na[:]"),
    ("fresh.shallow_copy", "a = make(vtkDoubleArray, [1, 2])\na[0]\na.ShallowCopy(make(vtkDoubleArray, [3, 4, 5]))\na[:]"),
    ("fresh.soa_components_after_reserve", "a = make_soa('float32', [[1, 2], [3, 4]])\nc = a.components\na.ReserveTuples(64)\n[x.tolist() for x in a.components]"),
    ("fresh.event_fires", "a = make(vtkFloatArray, [1, 2])\nn = []\na.AddObserver(vtkCommand.BufferChangedEvent, lambda o, e: n.append(e))\na[0]\na.ReserveTuples(100)\n(n, a[:])"),
    ("fresh.insert_next_growth", "a = make(vtkFloatArray, [1, 2])\na[0]\nfor i in range(100): a.InsertNextValue(i)\n(len(a), a[101], float(a.sum()))"),
    # shape changes that move no memory: VTK keeps serving its old cached view
    ("stale.shrink_tuples", "a = make(vtkFloatArray, [1, 2, 3, 4])\na[0]\na.SetNumberOfTuples(2)\n(a.shape, a[:], np.sum(a))"),
    ("stale.set_components", "a = make(vtkFloatArray, [1, 2, 3, 4])\na[0]\na.SetNumberOfComponents(2)\n(a.shape, np.asarray(a).shape, a[0])"),
    # a view the user took before a reallocation: VTK's dangles (freed memory)
    ("stale.old_view_reads", "a = make(vtkFloatArray, [1, 2, 3])\nv = a[0:3]\na.SetNumberOfTuples(10000)\na.Squeeze()\nv"),
    ("stale.old_asarray_reads", "a = make(vtkDoubleArray, [1, 2, 3])\nv = np.asarray(a)\na.ReserveTuples(10000)\n(v, np.shares_memory(v, np.asarray(a)))"),
    ("stale.old_soa_component", "a = make_soa('float64', [[1, 2], [3, 4]])\nc = a[:, 1]\na.ReserveTuples(10000)\nc"),
    # dataset_adapter.VTKArray taken before the change: vtkbuf raises (the seed's rule)
    ("stale.vtkarray_item", "a = make(vtkDoubleArray, [1, 2, 3])\nva = dsa.vtkDataArrayToVTKArray(a)\na.ReserveTuples(10000)\nva[0]"),
    ("stale.vtkarray_sum", "a = make(vtkDoubleArray, [1, 2, 3])\nva = dsa.vtkDataArrayToVTKArray(a)\na.ReserveTuples(10000)\nva.sum()"),
    ("stale.vtkarray_ufunc", "a = make(vtkDoubleArray, [1, 2, 3])\nva = dsa.vtkDataArrayToVTKArray(a)\na.ReserveTuples(10000)\nva + 1"),
    ("stale.vtkarray_repr", "a = make(vtkDoubleArray, [1, 2, 3])\nva = dsa.vtkDataArrayToVTKArray(a)\na.ReserveTuples(10000)\nrepr(va)"),
    ("stale.vtkarray_fresh_again", "a = make(vtkDoubleArray, [1, 2, 3])\nva = dsa.vtkDataArrayToVTKArray(a)\na.ReserveTuples(10000)\ndsa.vtkDataArrayToVTKArray(a)"),
    ("stale.vtkarray_not_stale", "a = make(vtkDoubleArray, [1, 2, 3])\nva = dsa.vtkDataArrayToVTKArray(a)\na.SetValue(0, 5)\n(va[0], va.sum())"),
    ("stale.points_after_insert", "p = vtkPoints()\np.InsertNextPoint(1, 2, 3)\npd = vtkPolyData()\npd.SetPoints(p)\nw = dsa.WrapDataObject(pd)\nold = w.Points\nfor i in range(100): p.InsertNextPoint(i, i, i)\nold[0]"),
    ("stale.points_fresh", "p = vtkPoints()\np.InsertNextPoint(1, 2, 3)\npd = vtkPolyData()\npd.SetPoints(p)\nw = dsa.WrapDataObject(pd)\nold = w.Points\nfor i in range(100): p.InsertNextPoint(i, i, i)\nw.Points[100]"),
]
NOT_IN_VTK = {"fresh.soa_reserve", "fresh.soa_components_after_reserve","stale.old_view_reads", "stale.old_asarray_reads", "stale.old_soa_component",
              "stale.vtkarray_item", "stale.vtkarray_sum", "stale.vtkarray_ufunc",
              "stale.vtkarray_repr", "stale.points_after_insert"}
DIFFERENT = {
    # VTK's SOA views span the capacity: after ReserveTuples they read uninitialized memory
    "fresh.soa_reserve": "(2, array([2., 4.]), np.float64(10.0))",
    "fresh.soa_components_after_reserve": "[[1.0, 2.0], [3.0, 4.0]]",
    "stale.shrink_tuples": "((2,), array([1., 2.], dtype=float32), np.float32(3.0))",
    "stale.set_components": "((2, 2), (2, 2), array([1., 2.], dtype=float32))",
    "stale.old_view_reads": "array([1., 2., 3.], dtype=float32)",
    "stale.old_asarray_reads": "(array([1., 2., 3.]), False)",
    "stale.old_soa_component": "array([3., 4.])",
    "stale.vtkarray_item": "!RuntimeError",
    "stale.vtkarray_sum": "!RuntimeError",
    "stale.vtkarray_ufunc": "!RuntimeError",
    "stale.vtkarray_repr": "!RuntimeError",
    "stale.points_after_insert": "!RuntimeError",
}
