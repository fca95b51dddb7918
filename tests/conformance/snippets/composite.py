# Composite data sets (issue 18, item 1): vtkMultiBlockDataSet, vtkPartitionedDataSet,
# vtkPartitionedDataSetCollection, vtkDataObjectTreeIterator, metadata names
# (vtkInformation / vtkCompositeDataSet.NAME()), and (items 4 and 7) dataset_adapter
# over composite data sets and numpy_interface.algorithms.
_T = (
    "def poly(n, x0=0.0):\n"
    "    pd = vtkPolyData()\n"
    "    p = vtkPoints()\n"
    "    for k in range(n):\n"
    "        p.InsertNextPoint(x0 + k, 2 * k, -k)\n"
    "    pd.SetPoints(p)\n"
    "    return pd\n"
    "def tree():\n"
    "    # [a, None, [b, None, [c]], d]\n"
    "    mb, sub, subsub = vtkMultiBlockDataSet(), vtkMultiBlockDataSet(), vtkMultiBlockDataSet()\n"
    "    mb.SetBlock(0, poly(1, 0)); mb.SetBlock(3, poly(4, 3)); mb.SetBlock(2, sub)\n"
    "    sub.SetBlock(0, poly(2, 1)); sub.SetBlock(2, subsub); subsub.SetBlock(0, poly(3, 2))\n"
    "    sub.GetMetaData(0).Set(vtkCompositeDataSet.NAME(), 'b')\n"
    "    mb.GetMetaData(3).Set(vtkCompositeDataSet.NAME(), 'd')\n"
    "    return mb\n"
    "def walk(it, rev=False):\n"
    "    out = []\n"
    "    it.InitReverseTraversal() if rev else it.InitTraversal()\n"
    "    while not it.IsDoneWithTraversal():\n"
    "        o = it.GetCurrentDataObject()\n"
    "        out.append((None if rev else it.GetCurrentFlatIndex(), None if o is None else o.GetClassName(),\n"
    "                    o.GetNumberOfPoints() if o is not None else -1))\n"
    "        it.GoToNextItem()\n"
    "    return out\n"
    "NAME = vtkCompositeDataSet.NAME()\n"
    "def names(c):\n"
    "    return [c.GetMetaData(i).Get(NAME) if c.HasMetaData(i) else None for i in range(c.GetNumberOfChildren())]\n"
)
_D = _T + (
    "from vtkmodules.numpy_interface import algorithms as algs\n"
    "def withdata():\n"
    "    mb = tree()\n"
    "    for k, b in enumerate(mb):\n"
    "        n = b.GetNumberOfPoints()\n"
    "        a = vtkDoubleArray(); a.SetName('s'); a.SetNumberOfValues(n)\n"
    "        for i in range(n): a.SetValue(i, 10 * k + i - 3)\n"
    "        if k != 1: b.GetPointData().AddArray(a)\n"
    "        v = vtkFloatArray(); v.SetName('v'); v.SetNumberOfComponents(3); v.SetNumberOfTuples(n)\n"
    "        for i in range(n): v.SetTuple3(i, k + i, 1 - i, 0.5 * k)\n"
    "        b.GetPointData().AddArray(v)\n"
    "    return mb\n"
    "def L(x):\n"
    "    if x is dsa.NoneArray: return 'None'\n"
    "    if isinstance(x, dsa.VTKCompositeDataArray): return [L(a) for a in x.Arrays]\n"
    "    return np.round(np.asarray(x, dtype=float), 10).ravel().tolist()\n"
)

SNIPPETS = [
    # ---- construction, types ----
    ("comp.types", _T + "[(c.GetDataObjectType(), c.GetClassName(), c.IsA('vtkCompositeDataSet'), c.IsA('vtkDataObjectTree'), c.IsA('vtkDataObject')) for c in (vtkMultiBlockDataSet(), vtkPartitionedDataSet(), vtkPartitionedDataSetCollection())]"),
    ("comp.abstract_cds", "vtkCompositeDataSet()"),
    ("comp.abstract_tree", "vtkDataObjectTree()"),
    ("comp.isinstance", "m = vtkMultiBlockDataSet()\n(isinstance(m, vtkCompositeDataSet), isinstance(m, vtkDataObjectTree), isinstance(m, vtkDataObject), isinstance(m, vtkDataSet))"),
    ("comp.new_empty", "m = vtkMultiBlockDataSet()\n(m.GetNumberOfBlocks(), m.GetNumberOfPoints(), m.GetNumberOfCells(), m.GetBlock(0), list(m), m.GetFieldData().GetNumberOfArrays())"),
    # ---- vtkMultiBlockDataSet ----
    ("mb.set_block_grows", _T + "m = vtkMultiBlockDataSet()\nm.SetBlock(2, poly(2))\n(m.GetNumberOfBlocks(), m.GetBlock(0), m.GetBlock(2).GetClassName(), m.GetBlock(3), m.GetNumberOfPoints())"),
    ("mb.set_block_none", _T + "m = vtkMultiBlockDataSet()\nm.SetBlock(1, poly(2))\nm.SetBlock(1, None)\n(m.GetNumberOfBlocks(), m.GetBlock(1), m.GetNumberOfPoints())"),
    ("mb.set_block_same_object_twice", _T + "m = vtkMultiBlockDataSet()\np = poly(3)\nm.SetBlock(0, p); m.SetBlock(1, p)\n(m.GetNumberOfPoints(), m.GetBlock(0) is m.GetBlock(1), len(list(m)))"),
    ("mb.nested", _T + "m = tree()\n(m.GetNumberOfBlocks(), m.GetNumberOfPoints(), m.GetBlock(2).GetClassName(), m.GetBlock(2).GetNumberOfBlocks(), m.GetBlock(2).GetBlock(2).GetBlock(0).GetNumberOfPoints())"),
    ("mb.shrink", _T + "m = tree()\nm.SetNumberOfBlocks(2)\n(m.GetNumberOfBlocks(), m.GetNumberOfPoints(), names(m))"),
    ("mb.grow", _T + "m = tree()\nm.SetNumberOfBlocks(6)\n(m.GetNumberOfBlocks(), m.GetBlock(5), names(m))"),
    ("mb.remove_block_shifts", _T + "m = tree()\nm.RemoveBlock(0)\n(m.GetNumberOfBlocks(), m.GetBlock(0), m.GetBlock(1).GetClassName(), m.GetBlock(2).GetNumberOfPoints(), names(m))"),
    ("mb.get_block_negative", "vtkMultiBlockDataSet().GetBlock(-1)"),
    ("mb.get_block_too_big", "vtkMultiBlockDataSet().GetBlock(2**32)"),
    ("mb.get_block_float", "vtkMultiBlockDataSet().GetBlock(1.0)"),
    ("mb.set_count_negative", "vtkMultiBlockDataSet().SetNumberOfBlocks(-1)"),
    ("mb.set_block_not_data_object", "vtkMultiBlockDataSet().SetBlock(0, vtkPoints())"),
    ("mb.number_of_blocks_property", _T + "m = vtkMultiBlockDataSet()\nm.number_of_blocks = 3\n(m.number_of_blocks, m.GetNumberOfBlocks())"),
    ("mb.counts", _T + "m = tree()\npd = m.GetBlock(0)\npd.SetVerts(vtkCellArray())\npd.GetVerts().InsertNextCell(1, [0])\n(m.GetNumberOfPoints(), m.GetNumberOfCells(), m.GetNumberOfElements(0), m.GetNumberOfElements(1), m.GetNumberOfElements(2))"),
    ("mb.bounds", _T + "m = tree()\nb = [0.0] * 6\nm.GetBounds(b)\nb"),
    ("mb.bounds_empty", "b = [0.0] * 6\nvtkMultiBlockDataSet().GetBounds(b)\nb"),
    ("mb.bounds_skips_empty_leaf", _T + "m = vtkMultiBlockDataSet()\nm.SetBlock(0, vtkPolyData()); m.SetBlock(1, poly(2, 5))\nb = [0.0] * 6\nm.GetBounds(b)\nb"),
    ("mb.field_data_elements", _T + "m = tree()\na = vtkIntArray(); a.SetNumberOfValues(3); a.SetName('g')\nm.GetFieldData().AddArray(a)\n(m.GetNumberOfElements(2), m.GetFieldData().GetNumberOfArrays())"),
    # ---- metadata ----
    ("meta.name", _T + "m = vtkMultiBlockDataSet()\nm.SetNumberOfBlocks(2)\nm.GetMetaData(0).Set(vtkCompositeDataSet.NAME(), 'first')\n(m.GetMetaData(0).Get(NAME), m.HasMetaData(0), m.HasMetaData(1), m.GetMetaData(1).Get(NAME), m.HasMetaData(1))"),
    ("meta.out_of_range", "m = vtkMultiBlockDataSet()\n(m.GetMetaData(3), m.HasMetaData(3), m.GetNumberOfBlocks())"),
    ("meta.same_object", "m = vtkMultiBlockDataSet()\nm.SetNumberOfBlocks(1)\nm.GetMetaData(0) is m.GetMetaData(0)"),
    ("meta.key", "k = vtkCompositeDataSet.NAME()\n(k is vtkCompositeDataSet.NAME(), k.GetName(), k.GetLocation(), k.GetClassName(), vtkCompositeDataSet.CURRENT_PROCESS_CAN_LOAD_BLOCK().GetClassName())"),
    ("meta.key_on_subclass", "vtkMultiBlockDataSet.NAME() is vtkCompositeDataSet.NAME()"),
    ("meta.info_ops", "i = vtkInformation()\nk = vtkCompositeDataSet.NAME()\nr = [i.Has(k), i.Get(k), i.GetNumberOfKeys()]\ni.Set(k, 'x')\nr += [i.Has(k), i.Get(k), k.Get(i), k.Has(i), i.GetNumberOfKeys()]\ni.Remove(k)\nr + [i.Has(k), i.Get(k)]"),
    ("meta.key_set", "i = vtkInformation()\nk = vtkCompositeDataSet.NAME()\nk.Set(i, 'via key')\n(i.Get(k), k.Get(i))"),
    ("meta.integer_key", "i = vtkInformation()\nk = vtkCompositeDataSet.CURRENT_PROCESS_CAN_LOAD_BLOCK()\nr = [i.Get(k), i.Has(k)]\ni.Set(k, 7)\nr + [i.Get(k), i.Has(k)]"),
    ("meta.string_key_int_value", "vtkInformation().Set(vtkCompositeDataSet.NAME(), 5)"),
    ("meta.copy", "a = vtkInformation(); b = vtkInformation()\nk = vtkCompositeDataSet.NAME()\na.Set(k, 'n')\nb.Copy(a)\na.Set(k, 'm')\n(b.Get(k), a.Get(k))"),
    ("meta.overwrite", "m = vtkMultiBlockDataSet()\nm.SetNumberOfBlocks(1)\ni = m.GetMetaData(0)\ni.Set(vtkCompositeDataSet.NAME(), 'a'); i.Set(vtkCompositeDataSet.NAME(), 'b')\n(m.GetMetaData(0).Get(vtkCompositeDataSet.NAME()), i.GetNumberOfKeys())"),
    # ---- iteration ----
    ("iter.python", _T + "[(b.GetClassName(), b.GetNumberOfPoints()) for b in tree()]"),
    ("iter.python_empty", "list(vtkMultiBlockDataSet())"),
    ("iter.default", _T + "walk(tree().NewIterator())"),
    ("iter.no_skip_empty", _T + "it = tree().NewIterator()\nit.SkipEmptyNodesOff()\nwalk(it)"),
    ("iter.not_only_leaves", _T + "it = tree().NewIterator()\nit.SkipEmptyNodesOff(); it.VisitOnlyLeavesOff()\nwalk(it)"),
    ("iter.no_subtree", _T + "it = tree().NewIterator()\nit.SkipEmptyNodesOff(); it.VisitOnlyLeavesOff(); it.TraverseSubTreeOff()\nwalk(it)"),
    ("iter.no_subtree_leaves", _T + "it = tree().NewIterator()\nit.TraverseSubTreeOff()\nwalk(it)"),
    ("iter.reverse", _T + "walk(tree().NewIterator(), True)"),
    ("iter.options", "it = vtkMultiBlockDataSet().NewIterator()\nr = [it.GetSkipEmptyNodes(), it.GetVisitOnlyLeaves(), it.GetTraverseSubTree(), it.GetReverse()]\nit.SetSkipEmptyNodes(0); it.InitReverseTraversal()\nr + [it.GetSkipEmptyNodes(), it.GetReverse()]"),
    ("iter.new_iterator_at_first", _T + "m = tree()\nit = m.NewIterator()\n(it.IsDoneWithTraversal(), it.GetCurrentFlatIndex(), it.GetCurrentDataObject().GetNumberOfPoints(), it.GetClassName())"),
    ("iter.done_flat_index", _T + "m = tree()\nit = m.NewIterator()\nwhile not it.IsDoneWithTraversal(): it.GoToNextItem()\n(it.GetCurrentFlatIndex(), it.GetCurrentDataObject(), it.IsDoneWithTraversal())"),
    ("iter.empty_tree", "m = vtkMultiBlockDataSet()\nm.SetNumberOfBlocks(2)\nit = m.NewIterator()\n(it.IsDoneWithTraversal(), it.GetCurrentDataObject(), it.GetCurrentFlatIndex())"),
    ("iter.metadata", _T + "it = tree().NewIterator()\nr = []\nwhile not it.IsDoneWithTraversal():\n    r.append((it.HasCurrentMetaData(), it.GetCurrentMetaData().Get(NAME) if it.HasCurrentMetaData() else None))\n    it.GoToNextItem()\nr"),
    ("iter.current_meta_creates", _T + "m = tree()\nit = m.NewIterator()\nit.GetCurrentMetaData().Set(NAME, 'a')\n(m.HasMetaData(0), m.GetMetaData(0).Get(NAME))"),
    ("iter.get_meta_by_iterator", _T + "m = tree()\nit = m.NewIterator()\nit.GoToNextItem()\n(m.HasMetaData(it), m.GetMetaData(it).Get(NAME), m.GetDataSet(it).GetNumberOfPoints())"),
    ("iter.set_data_set", _T + "m = tree()\nit = m.NewIterator()\nit.GoToNextItem(); it.GoToNextItem()\nm.SetDataSet(it, poly(9))\n(m.GetNumberOfPoints(), m.GetBlock(2).GetBlock(2).GetBlock(0).GetNumberOfPoints())"),
    ("iter.set_data_set_copy_structure", _T + "m = tree()\nc = vtkMultiBlockDataSet()\nc.CopyStructure(m)\nit = m.NewIterator()\nwhile not it.IsDoneWithTraversal():\n    c.SetDataSet(it, poly(it.GetCurrentFlatIndex()))\n    it.GoToNextItem()\n[b.GetNumberOfPoints() for b in c]"),
    ("iter.pdc", _T + "c = vtkPartitionedDataSetCollection()\nc.SetPartition(0, 1, poly(2)); c.SetPartition(2, 0, poly(3))\nit = c.NewIterator()\nit.SkipEmptyNodesOff(); it.VisitOnlyLeavesOff()\nwalk(it)"),
    # ---- copies ----
    ("copy.deep", _T + "m = tree()\nd = vtkMultiBlockDataSet()\nd.DeepCopy(m)\nm.GetBlock(0).GetPoints().SetPoint(0, 9, 9, 9)\n(d.GetNumberOfPoints(), d.GetBlock(0).GetPoint(0), d.GetBlock(2) is m.GetBlock(2), names(d), names(d.GetBlock(2)))"),
    ("copy.deep_meta_of_empty", "m = vtkMultiBlockDataSet()\nm.SetNumberOfBlocks(2)\nm.GetMetaData(1).Set(vtkCompositeDataSet.NAME(), 'empty one')\nd = vtkMultiBlockDataSet()\nd.DeepCopy(m)\n(d.GetNumberOfBlocks(), d.HasMetaData(1))"),
    ("copy.shallow", _T + "m = tree()\nd = vtkMultiBlockDataSet()\nd.ShallowCopy(m)\n(d.GetNumberOfPoints(), d.GetBlock(0) is m.GetBlock(0), d.GetBlock(0).GetPoints() is m.GetBlock(0).GetPoints(), d.GetBlock(2) is m.GetBlock(2), names(d))"),
    ("copy.composite_shallow", _T + "m = tree()\nd = vtkMultiBlockDataSet()\nd.CompositeShallowCopy(m)\n(d.GetBlock(0) is m.GetBlock(0), d.GetBlock(2) is m.GetBlock(2), d.GetBlock(2).GetBlock(0) is m.GetBlock(2).GetBlock(0))"),
    ("copy.structure", _T + "m = tree()\nd = vtkMultiBlockDataSet()\nd.CopyStructure(m)\n(d.GetNumberOfBlocks(), d.GetBlock(0), d.GetBlock(2).GetClassName(), d.GetBlock(2).GetNumberOfBlocks(), d.GetNumberOfPoints(), names(d), names(d.GetBlock(2)))"),
    ("copy.into_other_type", _T + "m = tree()\np = vtkPartitionedDataSet()\np.SetPartition(0, poly(1))\nd = vtkMultiBlockDataSet()\nd.DeepCopy(p)\n(d.GetNumberOfBlocks(), d.GetNumberOfPoints(), d.GetClassName())"),
    ("copy.initialize", _T + "m = tree()\nm.Initialize()\n(m.GetNumberOfBlocks(), m.GetNumberOfPoints())"),
    ("copy.field_data", _T + "m = tree()\na = vtkIntArray(); a.SetName('g'); a.SetNumberOfValues(2)\nm.GetFieldData().AddArray(a)\nd = vtkMultiBlockDataSet(); d.DeepCopy(m)\ns = vtkMultiBlockDataSet(); s.CopyStructure(m)\n(d.GetFieldData().GetNumberOfArrays(), s.GetFieldData().GetNumberOfArrays())"),
    # ---- vtkPartitionedDataSet(Collection) ----
    ("pds.basic", _T + "p = vtkPartitionedDataSet()\np.SetPartition(1, poly(3))\n(p.GetNumberOfPartitions(), p.GetPartition(0), p.GetPartition(1).GetNumberOfPoints(), p.GetNumberOfPoints(), p.GetPartitionAsDataObject(1).GetClassName())"),
    ("pds.non_data_set_partition", "p = vtkPartitionedDataSet()\np.SetPartition(0, vtkDataObject())\n(p.GetNumberOfPartitions(), p.GetPartition(0), p.GetPartitionAsDataObject(0).GetClassName(), len(list(p)))"),
    ("pds.remove_null", _T + "p = vtkPartitionedDataSet()\np.SetPartition(1, poly(1)); p.SetPartition(3, poly(2))\np.GetMetaData(1).Set(NAME, 'one'); p.GetMetaData(2).Set(NAME, 'two')\np.RemoveNullPartitions()\n(p.GetNumberOfPartitions(), [x.GetNumberOfPoints() for x in p], names(p))"),
    ("pds.append", _T + "p = vtkPartitionedDataSet()\np.append(poly(1)); p.append(poly(2))\n(p.GetNumberOfPartitions(), p.GetNumberOfPoints())"),
    ("pdc.set_partition_grows", _T + "c = vtkPartitionedDataSetCollection()\nc.SetPartition(1, 2, poly(4))\n(c.GetNumberOfPartitionedDataSets(), c.GetNumberOfPartitions(0), c.GetNumberOfPartitions(1), c.GetPartitionedDataSet(0).GetClassName(), c.GetPartition(1, 2).GetNumberOfPoints(), c.GetPartition(1, 0), c.GetNumberOfPoints())"),
    ("pdc.set_number", "c = vtkPartitionedDataSetCollection()\nc.SetNumberOfPartitionedDataSets(3)\n(c.GetNumberOfPartitionedDataSets(), [c.GetPartitionedDataSet(i).GetClassName() for i in range(3)], c.GetPartitionedDataSet(5))"),
    ("pdc.set_number_of_partitions", "c = vtkPartitionedDataSetCollection()\nc.SetNumberOfPartitions(2, 4)\n(c.GetNumberOfPartitionedDataSets(), c.GetNumberOfPartitions(2), c.GetNumberOfPartitions(7))"),
    ("pdc.remove", _T + "c = vtkPartitionedDataSetCollection()\nc.SetPartition(0, 0, poly(1)); c.SetPartition(1, 0, poly(2))\nc.RemovePartitionedDataSet(0)\n(c.GetNumberOfPartitionedDataSets(), c.GetNumberOfPoints())"),
    ("pdc.append", _T + "c = vtkPartitionedDataSetCollection()\np = vtkPartitionedDataSet(); p.SetPartition(0, poly(2))\nc.append(p)\n(c.GetNumberOfPartitionedDataSets(), c.GetNumberOfPoints())"),
    # ---- refused (VTK: an error message, nothing done; vtkbuf raises) ----
    ("refuse.mb_pds_block", "m = vtkMultiBlockDataSet()\nm.SetBlock(0, vtkPartitionedDataSet())"),
    ("refuse.mb_pdc_block", "m = vtkMultiBlockDataSet()\nm.SetBlock(0, vtkPartitionedDataSetCollection())"),
    ("refuse.pds_composite_partition", "p = vtkPartitionedDataSet()\np.SetPartition(0, vtkMultiBlockDataSet())"),
    ("refuse.pdc_none", "c = vtkPartitionedDataSetCollection()\nc.SetPartitionedDataSet(0, None)"),
    ("refuse.remove_out_of_range", "m = vtkMultiBlockDataSet()\nm.SetNumberOfBlocks(1)\nm.RemoveBlock(3)"),
    # ---- dataset_adapter over composites ----
    ("cdsa.wrap", _D + "w = dsa.WrapDataObject(withdata())\n(type(w).__name__, w.GetNumberOfPoints(), w.GetNumberOfCells(), [type(b).__name__ for b in w])"),
    ("cdsa.keys", _D + "w = dsa.WrapDataObject(withdata())\n(list(w.PointData.keys()), list(w.CellData.keys()), type(w.PointData['s']).__name__)"),
    ("cdsa.arrays", _D + "w = dsa.WrapDataObject(withdata())\n(L(w.PointData['s']), L(w.PointData['v']))"),
    ("cdsa.missing", _D + "w = dsa.WrapDataObject(withdata())\nw.PointData['nope'] is dsa.NoneArray"),
    ("cdsa.points", _D + "w = dsa.WrapDataObject(withdata())\nL(w.Points)"),
    ("cdsa.points_none", "w = dsa.WrapDataObject(vtkMultiBlockDataSet())\nw.Points is dsa.NoneArray"),
    ("cdsa.arith", _D + "w = dsa.WrapDataObject(withdata())\ns = w.PointData['s']\n(L(s * 2 + 1), L(s + s), L(1 - s), L(s > 10))"),
    ("cdsa.vector_times_scalar_array", _D + "w = dsa.WrapDataObject(withdata())\nL(w.PointData['v'] * w.PointData['s'])"),
    ("cdsa.ufunc", _D + "w = dsa.WrapDataObject(withdata())\ns = w.PointData['s']\n(L(np.abs(s)), L(np.sqrt(np.abs(s))), L(np.maximum(s, 5)))"),
    ("cdsa.shape_len", _D + "w = dsa.WrapDataObject(withdata())\nv = w.PointData['v']\n(v.shape, len(v), w.PointData['s'].shape, int(v.size))"),
    ("cdsa.index", _D + "w = dsa.WrapDataObject(withdata())\nv = w.PointData['v']\n(L(v[0]), L(v[5]), L(v[-1]), L(v[2:6]), L(v[:, 1]), L(v[[0, 9, 4]]))"),
    ("cdsa.setitem_writes_through", _D + "m = withdata()\nw = dsa.WrapDataObject(m)\nv = w.PointData['v']\nv[3] = 7\nv[v > 6] = -1\nm.GetBlock(2).GetBlock(0).GetPointData().GetArray('v').GetTuple3(0)"),
    ("cdsa.append_composite", _D + "m = withdata()\nw = dsa.WrapDataObject(m)\nw.PointData.append(w.PointData['v'] * 2, 'v2')\n(list(w.PointData.keys()), L(w.PointData['v2'])[0], m.GetBlock(0).GetPointData().GetArray('v2').GetNumberOfTuples())"),
    ("cdsa.append_scalar", _D + "m = withdata()\nw = dsa.WrapDataObject(m)\nw.PointData.append(5.0, 'c')\nL(w.PointData['c'])"),
    ("cdsa.global_data", _D + "m = withdata()\na = vtkIntArray(); a.SetName('g'); a.SetNumberOfValues(2)\nm.GetFieldData().AddArray(a)\nw = dsa.WrapDataObject(m)\n(list(w.GlobalData.keys()), list(w.FieldData.keys()))"),
    ("cdsa.numpy_array", _D + "w = dsa.WrapDataObject(withdata())\nnp.array(w.PointData['s']).tolist()"),
    ("cdsa.none_shape", "dsa.NoneArray.shape"),
    # ---- VTK 9.7's point_data / cell_data on composites (util.data_model) ----
    ("cdm.point_data", _D + "m = withdata()\n(list(m.point_data.keys()), 's' in m.point_data, 'x' in m.point_data, len(m.point_data), list(m.cell_data.keys()), list(m.field_data.keys()))"),
    ("cdm.point_data_values", _D + "m = withdata()\n(np.asarray(m.point_data['s']).tolist(), float(np.sum(m.point_data['v'])), np.shape(m.point_data['v']))"),
    ("cdm.point_data_set", _D + "m = withdata()\nm.point_data['t'] = 2.5\n(list(m.point_data.keys()), np.asarray(m.point_data['t']).tolist(), m.GetBlock(0).GetPointData().GetArray('t').GetNumberOfTuples())"),
    # ---- algorithms ----
    ("algs.reductions", _D + "s = dsa.WrapDataObject(withdata()).PointData['s']\n[float(f(s)) for f in (algs.sum, algs.max, algs.min, algs.mean, algs.var, algs.std)]"),
    ("algs.reductions_axis0", _D + "v = dsa.WrapDataObject(withdata()).PointData['v']\n[L(f(v, axis=0)) for f in (algs.sum, algs.max, algs.min, algs.mean, algs.var, algs.std)]"),
    ("algs.reductions_axis1", _D + "v = dsa.WrapDataObject(withdata()).PointData['v']\n[L(f(v, axis=1)) for f in (algs.sum, algs.max, algs.min, algs.mean)]"),
    ("algs.numpy_dispatch", _D + "v = dsa.WrapDataObject(withdata()).PointData['v']\n(float(np.sum(v)), L(np.max(v, axis=0)), L(np.mean(v, axis=1)), np.shape(v), L(np.flatnonzero(v > 3)))"),
    ("algs.result_types", _D + "v = dsa.WrapDataObject(withdata()).PointData['v']\n(type(algs.sum(v)).__name__, algs.sum(v, axis=0).dtype.name, type(algs.sum(v, axis=1)).__name__)"),
    ("algs.plain", "a = dsa.VTKArray(np.array([[1, 2, 3], [4, 5, 6.5]]))\n[np.asarray(f(a, axis)).tolist() for f in (algs.sum, algs.max, algs.min, algs.mean) for axis in (None, 0, 1)]"),
    ("algs.plain_dtype", "a = np.array([1, 2, 3], dtype=np.int32)\n(algs.sum(a).dtype.name, algs.max(a).dtype.name, algs.mean(a).dtype.name)"),
    ("algs.none", "[f(dsa.NoneArray) is dsa.NoneArray for f in (algs.sum, algs.max, algs.min, algs.abs, algs.sqrt, algs.norm, algs.mag)]"),
    ("algs.none_pair", "a = dsa.VTKArray(np.ones((2, 3)))\n(algs.dot(a, dsa.NoneArray) is dsa.NoneArray, algs.cross(dsa.NoneArray, a) is dsa.NoneArray)"),
    ("algs.vectors", _D + "v = dsa.WrapDataObject(withdata()).PointData['v']\n(L(algs.mag(v)), L(algs.norm(v)), L(algs.dot(v, v)), L(algs.cross(v, v + 1)))"),
    ("algs.vectors_plain", "a = dsa.VTKArray(np.array([[3.0, 4, 0], [1, 0, 0]]))\nb = np.array([[0.0, 0, 1], [0, 1, 0]])\n(algs.mag(a).tolist(), algs.norm(a).tolist(), algs.dot(a, b).tolist(), algs.cross(a, b).tolist())"),
    ("algs.elementwise", _D + "s = dsa.WrapDataObject(withdata()).PointData['s']\n(L(algs.abs(s)), L(algs.sqrt(algs.abs(s))), L(algs.exp(s / 10)), L(algs.floor(s / 3)), L(algs.sin(s)))"),
    ("algs.composite_none_chunk", "c = dsa.VTKCompositeDataArray([dsa.VTKArray(np.array([1.0, -2])), dsa.NoneArray, dsa.VTKArray(np.array([4.0]))])\n(float(algs.sum(c)), float(algs.mean(c)), float(algs.max(c)), L(algs.abs(c)), float(algs.var(c)))"),
]

# the composite classes live in vtkCommonDataModel (not in the runner's namespace)
SNIPPETS = [(n, "from vtkmodules.vtkCommonDataModel import *\n" + c) for n, c in SNIPPETS]

DIFFERENT = {
    "refuse.mb_pds_block": "!TypeError",
    "refuse.mb_pdc_block": "!TypeError",
    "refuse.pds_composite_partition": "!TypeError",
    "refuse.pdc_none": "!ValueError",
    "refuse.remove_out_of_range": "!ValueError",
}
