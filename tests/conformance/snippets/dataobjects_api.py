# Data objects: vtkFieldData, vtkDataSetAttributes, vtkDataObject / vtkDataSet /
# vtkPointSet / vtkPolyData, vtkPoints, vtkCellArray (issue 17, item 1).
_PD = (
    "def mkpd():\n"
    "    pd = vtkPolyData()\n"
    "    p = vtkPoints()\n"
    "    for i in range(6):\n"
    "        p.InsertNextPoint(i, i * i, -i)\n"
    "    pd.SetPoints(p)\n"
    "    pd.AllocateExact(10, 30)\n"
    "    for t, ids in ((5, (0, 1, 2)), (1, (3,)), (8, (0, 1, 2, 3)), (6, (0, 1, 2, 3)), (4, (3, 4, 5)), (7, (0, 2, 4, 5, 1))):\n"
    "        pd.InsertNextCell(t, len(ids), ids)\n"
    "    return pd\n"
    "def ids(l):\n"
    "    return [l.GetId(i) for i in range(l.GetNumberOfIds())]\n"
)
_FD = (
    "def arr(cls, name, vals, nc=1):\n"
    "    a = make(cls, vals, nc)\n"
    "    a.SetName(name)\n"
    "    return a\n"
)

SNIPPETS = [
    # ---- class hierarchy ----
    ("do.mro_polydata", "[c.__name__ for c in vtkPolyData.__mro__][:5]"),
    ("do.mro_attributes", "[c.__name__ for c in vtkPointData.__mro__][:4]"),
    ("do.mro_cell_data", "[c.__name__ for c in vtkCellData.__mro__][:4]"),
    ("do.isinstance", "pd = vtkPolyData()\n(isinstance(pd, vtkDataSet), isinstance(pd, vtkPointSet), isinstance(pd, vtkDataObject), isinstance(pd.GetPointData(), vtkFieldData))"),
    ("do.abstract_dataset", "vtkDataSet()"),
    ("do.abstract_pointset", "vtkPointSet()"),
    ("do.data_object_new", "d = vtkDataObject()\n(d.GetDataObjectType(), d.GetActualMemorySize(), d.GetFieldData().GetNumberOfArrays(), d.GetClassName())"),
    ("do.constants", "(vtkDataObject.POINT, vtkDataObject.CELL, vtkDataObject.FIELD, vtkDataObject.FIELD_ASSOCIATION_NONE, vtkPolyData.CELL, vtkDataObject.NUMBER_OF_ATTRIBUTE_TYPES)"),
    ("do.dsa_constants", "D = vtkDataSetAttributes\n(D.SCALARS, D.TANGENTS, D.PROCESSIDS, D.NUM_ATTRIBUTES, D.COPYTUPLE, D.INTERPOLATE, D.PASSDATA, D.ALLCOPY, D.DUPLICATECELL, D.HIDDENCELL, D.HIDDENPOINT)"),
    ("do.class_names", "pd = vtkPolyData()\n(pd.GetPointData().GetClassName(), pd.GetCellData().GetClassName(), pd.GetFieldData().GetClassName(), vtkFieldData().GetClassName())"),
    ("do.assoc_strings", "(vtkDataObject.GetAssociationTypeAsString(0), vtkDataObject.GetAssociationTypeAsString(1), vtkDataObject.GetAssociationTypeFromString('vtkDataObject::FIELD_ASSOCIATION_CELLS'), vtkDataObject.GetAssociationTypeFromString('FIELD_ASSOCIATION_POINTS'))"),
    # ---- vtkFieldData ----
    ("fd.add_get", _FD + "f = vtkFieldData()\ni = f.AddArray(arr(vtkFloatArray, 'a', [1, 2]))\nj = f.AddArray(arr(vtkIntArray, 'b', [3, 4, 5, 6], 2))\n(i, j, f.GetNumberOfArrays(), f.GetArray('b').GetName(), f.GetArray(0).GetName(), f.GetArray(5), f.GetArray('zz'), f.GetAbstractArray('a').GetName())"),
    ("fd.replace_same_name", _FD + "f = vtkFieldData()\nf.AddArray(arr(vtkFloatArray, 'a', [1, 2]))\nf.AddArray(arr(vtkDoubleArray, 'a', [7]))\n(f.GetNumberOfArrays(), f.GetArray('a').GetNumberOfTuples())"),
    ("fd.tuples_components", _FD + "f = vtkFieldData()\nf.AddArray(arr(vtkFloatArray, 'a', [1, 2]))\nf.AddArray(arr(vtkIntArray, 'b', [3, 4, 5, 6], 2))\n(f.GetNumberOfTuples(), f.GetNumberOfComponents())"),
    ("fd.set_number_of_tuples", _FD + "f = vtkFieldData()\nf.AddArray(arr(vtkFloatArray, 'a', [1, 2]))\nf.AddArray(arr(vtkIntArray, 'b', [3, 4, 5, 6], 2))\nf.SetNumberOfTuples(5)\n(f.GetArray(0).GetNumberOfTuples(), f.GetArray(1).GetNumberOfTuples(), f.GetArray(1).GetNumberOfValues())"),
    ("fd.has_name_remove", _FD + "f = vtkFieldData()\nf.AddArray(arr(vtkFloatArray, 'a', [1]))\nf.AddArray(arr(vtkFloatArray, 'b', [1]))\nr = (f.HasArray('a'), f.HasArray('x'), f.GetArrayName(1), f.GetArrayName(9))\nf.RemoveArray('a')\nf.RemoveArray('nope')\nf.RemoveArray(7)\nr + (f.GetNumberOfArrays(), f.GetArrayName(0))"),
    ("fd.containing_component", _FD + "from vtkmodules.vtkCommonCore import reference\nf = vtkFieldData()\nf.AddArray(arr(vtkFloatArray, 'a', [1, 2]))\nf.AddArray(arr(vtkIntArray, 'b', [3, 4, 5, 6, 7, 8], 3))\nc = reference(0)\n(f.GetArrayContainingComponent(2, c), c.get(), f.GetArrayContainingComponent(9, c))"),
    ("fd.range", _FD + "f = vtkFieldData()\nf.AddArray(arr(vtkDoubleArray, 'a', [3, -1, 2]))\nr = [0, 0]\nok = f.GetRange('a', r)\n(ok, r)"),
    ("fd.range_index_comp", _FD + "f = vtkFieldData()\nf.AddArray(arr(vtkIntArray, 'b', [3, 4, 1, 1], 2))\nr = [0, 0]\nout = []\nfor c in (0, 1, -1, 2):\n    ok = f.GetRange(0, r, c)\n    out.append((ok, list(r)))\nout"),
    ("fd.range_missing", _FD + "f = vtkFieldData()\nr = [0, 0]\n(f.GetRange('x', r), str(r))"),
    ("fd.finite_range", _FD + "f = vtkFieldData()\na = arr(vtkDoubleArray, 'a', [float('nan'), float('inf'), 2, -float('inf')])\nf.AddArray(a)\nr = [0, 0]\ns = [0, 0]\n(f.GetRange('a', r), r, f.GetFiniteRange('a', s), s)"),
    ("fd.range_ghosts", _FD + "f = vtkFieldData()\nf.AddArray(arr(vtkIntArray, 'b', [3, 4, 1, 1], 2))\ng = arr(vtkUnsignedCharArray, 'vtkGhostType', [1, 0])\nf.AddArray(g)\nf.SetGhostsToSkip(1)\nr = [0, 0]\n(f.GetRange('b', r, 0), r, f.GetGhostsToSkip())"),
    ("fd.ghost_array", _FD + "f = vtkFieldData()\nr = (f.GetGhostArray(), f.HasAnyGhostBitSet(1))\nf.AddArray(arr(vtkUnsignedCharArray, 'vtkGhostType', [0, 4]))\nr + (f.GetGhostArray().GetName(), f.HasAnyGhostBitSet(1), f.HasAnyGhostBitSet(4), vtkFieldData.GhostArrayName())"),
    ("fd.ghost_array_wrong_type", _FD + "f = vtkFieldData()\nf.AddArray(arr(vtkIntArray, 'vtkGhostType', [0, 4]))\nf.GetGhostArray()"),
    ("fd.ghosts_default", "(vtkFieldData().GetGhostsToSkip(), vtkPointData().GetGhostsToSkip(), vtkCellData().GetGhostsToSkip(), vtkDataSetAttributes().GetGhostsToSkip(), vtkPolyData().GetPointData().GetGhostsToSkip(), vtkPolyData().GetCellData().GetGhostsToSkip())"),
    ("fd.deep_copy", _FD + "f = vtkFieldData()\nf.AddArray(arr(vtkFloatArray, 'a', [1, 2]))\ng = vtkFieldData()\ng.AddArray(arr(vtkIntArray, 'z', [9]))\ng.DeepCopy(f)\n(g.GetNumberOfArrays(), g.GetArray(0).GetName(), g.GetArray(0) is f.GetArray(0), g.GetArray(0).GetValue(1), g.GetArray(0).GetClassName())"),
    ("fd.shallow_copy", _FD + "f = vtkFieldData()\nf.AddArray(arr(vtkFloatArray, 'a', [1, 2]))\ng = vtkFieldData()\ng.ShallowCopy(f)\n(g.GetNumberOfArrays(), g.GetArray(0) is f.GetArray(0))"),
    ("fd.copy_structure", _FD + "f = vtkFieldData()\nf.AddArray(arr(vtkIntArray, 'a', [1, 2, 3, 4], 2))\ng = vtkFieldData()\ng.CopyStructure(f)\na = g.GetArray(0)\n(a.GetName(), a.GetNumberOfComponents(), a.GetNumberOfTuples(), a.GetDataType(), a is f.GetArray(0))"),
    ("fd.pass_data", _FD + "f = vtkFieldData()\nf.AddArray(arr(vtkFloatArray, 'a', [1]))\nf.AddArray(arr(vtkFloatArray, 'b', [2]))\ng = vtkFieldData()\ng.AddArray(arr(vtkFloatArray, 'b', [7]))\ng.PassData(f)\n(g.GetNumberOfArrays(), g.GetArrayName(0), g.GetArrayName(1), g.GetArray('b') is f.GetArray('b'))"),
    ("fd.copy_field_off", _FD + "f = vtkFieldData()\nf.AddArray(arr(vtkFloatArray, 'a', [1]))\nf.AddArray(arr(vtkFloatArray, 'b', [2]))\ng = vtkFieldData()\ng.CopyFieldOff('a')\ng.PassData(f)\n[g.GetArrayName(i) for i in range(g.GetNumberOfArrays())]"),
    ("fd.copy_all_off_field_on", _FD + "f = vtkFieldData()\nf.AddArray(arr(vtkFloatArray, 'a', [1]))\nf.AddArray(arr(vtkFloatArray, 'b', [2]))\ng = vtkFieldData()\ng.CopyAllOff()\ng.CopyFieldOn('b')\ng.PassData(f)\n[g.GetArrayName(i) for i in range(g.GetNumberOfArrays())]"),
    ("fd.initialize_reset_squeeze", _FD + "f = vtkFieldData()\nf.AddArray(arr(vtkFloatArray, 'a', [1, 2, 3]))\nf.Reset()\nr = (f.GetNumberOfArrays(), f.GetNumberOfTuples())\nf.Squeeze()\nf.Initialize()\nr + (f.GetNumberOfArrays(),)"),
    ("fd.memory", _FD + "f = vtkFieldData()\nr = f.GetActualMemorySize()\nf.AddArray(arr(vtkDoubleArray, 'a', list(range(300))))\n(r, f.GetActualMemorySize())"),
    ("fd.allocate", _FD + "f = vtkFieldData()\nf.AddArray(arr(vtkFloatArray, 'a', [1, 2]))\n(f.Allocate(10), f.GetNumberOfTuples())"),
    ("fd.tuples", _FD + "f = vtkFieldData()\nf.AddArray(arr(vtkFloatArray, 'a', [1, 2, 3]))\nf.AddArray(arr(vtkIntArray, 'b', [1, 2, 3, 4, 5, 6], 2))\ng = vtkFieldData()\ng.CopyStructure(f)\nr = [g.InsertNextTuple(2, f), g.InsertNextTuple(0, f)]\ng.SetTuple(0, 1, f)\ng.InsertTuple(3, 2, f)\ng.NullData(4)\n(r, [g.GetArray(0).GetValue(k) for k in range(5)], [g.GetArray(1).GetTuple(k) for k in range(5)])"),
    ("fd.get_field", _FD + "f = vtkFieldData()\nf.AddArray(arr(vtkFloatArray, 'a', [1, 2, 3]))\ng = vtkFieldData()\ng.CopyStructure(f)\nl = vtkIdList()\nl.InsertNextId(2)\nl.InsertNextId(0)\nf.GetField(l, g)\n[g.GetArray(0).GetValue(k) for k in range(2)]"),
    ("fd.bad_add", "vtkFieldData().AddArray(3)"),
    # ---- vtkDataSetAttributes ----
    ("dsa.type_strings", "D = vtkDataSetAttributes\n([D.GetAttributeTypeAsString(i) for i in range(12)], D.GetLongAttributeTypeAsString(8))"),
    ("dsa.set_get_all", _FD + "d = vtkDataSetAttributes()\nout = []\nfor name, nc in (('Scalars', 1), ('Vectors', 3), ('Normals', 3), ('TCoords', 2), ('Tensors', 9), ('GlobalIds', 1), ('PedigreeIds', 1), ('Tangents', 3), ('RationalWeights', 1), ('HigherOrderDegrees', 3), ('ProcessIds', 1)):\n    a = arr(vtkIdTypeArray if 'Ids' in name else vtkDoubleArray, name.lower(), [0] * nc, nc)\n    i = getattr(d, 'Set' + name)(a)\n    out.append((i, getattr(d, 'Get' + name)().GetName()))\nout"),
    ("dsa.set_wrong_components", _FD + "d = vtkDataSetAttributes()\nd.SetNormals(arr(vtkFloatArray, 'n', [1, 2], 2))\nd.GetNormals()"),
    ("dsa.get_by_name", _FD + "d = vtkDataSetAttributes()\nd.AddArray(arr(vtkFloatArray, 'v3', [1, 2, 3], 3))\nd.AddArray(arr(vtkFloatArray, 's', [1]))\n(d.GetScalars('s').GetName(), d.GetVectors('v3').GetName(), d.GetVectors('s'), d.GetScalars('nope'), d.GetScalars())"),
    ("dsa.set_active", _FD + "d = vtkDataSetAttributes()\nd.AddArray(arr(vtkFloatArray, 'v3', [1, 2, 3], 3))\nd.AddArray(arr(vtkFloatArray, 's', [1]))\n(d.SetActiveScalars('s'), d.SetActiveVectors('v3'), d.SetActiveNormals('nope'), d.SetActiveTangents('v3'), d.GetTangents().GetName(), d.SetActiveAttribute(1, 5), d.SetActiveAttribute('s', 11))"),
    ("dsa.is_attribute", _FD + "d = vtkDataSetAttributes()\nd.AddArray(arr(vtkFloatArray, 'x', [1]))\nd.SetScalars(arr(vtkFloatArray, 's', [1]))\nd.SetVectors(arr(vtkFloatArray, 'v', [1, 2, 3], 3))\nidx = [0] * 12\nd.GetAttributeIndices(idx)\n(d.IsArrayAnAttribute(0), d.IsArrayAnAttribute(1), d.IsArrayAnAttribute(2), idx)"),
    ("dsa.remove_active", _FD + "d = vtkDataSetAttributes()\nd.SetScalars(arr(vtkFloatArray, 's', [1]))\nd.SetVectors(arr(vtkFloatArray, 'v', [1, 2, 3], 3))\nd.RemoveArray('s')\n(d.GetScalars(), d.GetVectors().GetName(), d.GetNumberOfArrays())"),
    ("dsa.set_replaces_active", _FD + "d = vtkDataSetAttributes()\nd.SetScalars(arr(vtkFloatArray, 's1', [1]))\nd.SetScalars(arr(vtkFloatArray, 's2', [1]))\n(d.GetNumberOfArrays(), d.GetScalars().GetName())"),
    ("dsa.copy_flags_default", "d = vtkDataSetAttributes()\n[(d.GetCopyAttribute(t, 0), d.GetCopyAttribute(t, 1), d.GetCopyAttribute(t, 2), d.GetCopyAttribute(t, 3)) for t in range(12)]"),
    ("dsa.copy_flags_set", "d = vtkDataSetAttributes()\nd.CopyScalarsOff()\nd.CopyNormalsOff(1)\nd.SetCopyTangents(0, 2)\n(d.GetCopyScalars(), d.GetCopyNormals(), d.GetCopyNormals(0), d.GetCopyNormals(1), d.GetCopyTangents(2), d.GetCopyTangents())"),
    ("dsa.copy_all_off", "d = vtkDataSetAttributes()\nd.CopyAllOff()\n[d.GetCopyAttribute(t, 3) for t in range(12)]"),
    ("dsa.copy_allocate_data", _FD + "s = vtkPointData()\ns.SetScalars(arr(vtkFloatArray, 's', [1, 2, 3]))\ns.AddArray(arr(vtkIntArray, 'i', [10, 20, 30, 40, 50, 60], 2))\nd = vtkPointData()\nd.CopyAllocate(s, 4)\nd.CopyData(s, 2, 0)\nd.CopyData(s, 0, 1)\n(d.GetNumberOfArrays(), d.GetScalars().GetName(), [d.GetScalars().GetValue(k) for k in range(2)], d.GetArray('i').GetTuple(0), d.GetArray('i').GetNumberOfTuples())"),
    ("dsa.copy_allocate_flags", _FD + "s = vtkPointData()\ns.SetScalars(arr(vtkFloatArray, 's', [1, 2, 3]))\ns.SetGlobalIds(arr(vtkIdTypeArray, 'g', [7, 8, 9]))\ns.AddArray(arr(vtkIntArray, 'i', [10, 20, 30]))\nd = vtkPointData()\nd.CopyFieldOff('i')\nd.CopyAllocate(s)\n[d.GetArrayName(k) for k in range(d.GetNumberOfArrays())]"),
    ("dsa.interpolate", _FD + "s = vtkPointData()\ns.SetScalars(arr(vtkFloatArray, 's', [1, 2, 4]))\ns.AddArray(arr(vtkIntArray, 'i', [10, 20, 31]))\ns.SetGlobalIds(arr(vtkIdTypeArray, 'g', [7, 8, 9]))\nd = vtkPointData()\nd.InterpolateAllocate(s)\nd.InterpolatePoint(s, 0, (0, 2), (0.5, 0.5))\n([d.GetArrayName(k) for k in range(d.GetNumberOfArrays())], d.GetScalars().GetValue(0), d.GetArray('i').GetValue(0))"),
    ("dsa.interpolate_idlist", _FD + "s = vtkPointData()\ns.SetScalars(arr(vtkDoubleArray, 's', [1, 2, 4]))\nd = vtkPointData()\nd.InterpolateAllocate(s)\nl = vtkIdList()\nl.InsertNextId(1)\nl.InsertNextId(2)\nd.InterpolatePoint(s, 0, l, (0.25, 0.75))\nd.GetScalars().GetValue(0)"),
    ("dsa.pass_data", _FD + "s = vtkPointData()\ns.SetScalars(arr(vtkFloatArray, 's', [1, 2]))\ns.AddArray(arr(vtkIntArray, 'i', [1, 2]))\nd = vtkPointData()\nd.SetScalars(arr(vtkFloatArray, 'old', [0, 0]))\nd.PassData(s)\n([d.GetArrayName(k) for k in range(d.GetNumberOfArrays())], d.GetScalars().GetName(), d.GetScalars() is s.GetScalars())"),
    ("dsa.pass_data_scalars_off", _FD + "s = vtkPointData()\ns.SetScalars(arr(vtkFloatArray, 's', [1, 2]))\ns.AddArray(arr(vtkIntArray, 'i', [1, 2]))\nd = vtkPointData()\nd.CopyScalarsOff()\nd.PassData(s)\n([d.GetArrayName(k) for k in range(d.GetNumberOfArrays())], d.GetScalars())"),
    ("dsa.deep_copy_attributes", _FD + "s = vtkPointData()\ns.SetScalars(arr(vtkFloatArray, 's', [1, 2]))\nd = vtkPointData()\nd.DeepCopy(s)\n(d.GetScalars().GetName(), d.GetScalars() is s.GetScalars(), d.GetScalars().GetValue(1))"),
    ("dsa.copy_tuple", _FD + "d = vtkDataSetAttributes()\na = arr(vtkFloatArray, 'a', [1, 2, 3, 4], 2)\nb = vtkFloatArray()\nb.SetNumberOfComponents(2)\nd.CopyTuple(a, b, 1, 0)\nl1 = vtkIdList()\nl2 = vtkIdList()\nl1.InsertNextId(0)\nl2.InsertNextId(1)\nd.CopyTuples(a, b, l1, l2)\n[b.GetTuple(k) for k in range(b.GetNumberOfTuples())]"),
    ("do.attribute_type_for_array", _FD + "pd = vtkPolyData()\na = arr(vtkFloatArray, 'a', [1])\nc = arr(vtkFloatArray, 'c', [1])\nf = arr(vtkFloatArray, 'f', [1])\npd.GetPointData().AddArray(a)\npd.GetCellData().AddArray(c)\npd.GetFieldData().AddArray(f)\n[pd.GetAttributeTypeForArray(x) for x in (a, c, f, vtkFloatArray())]"),
    ("dsa.get_attribute_bad", "d = vtkDataSetAttributes()\n(d.GetAttribute(0), d.GetAttribute(20))"),
    ("dsa.set_number_of_tuples", _FD + "d = vtkPointData()\nd.AddArray(arr(vtkFloatArray, 'a', [1]))\nd.SetNumberOfTuples(3)\nd.GetNumberOfTuples()"),
    # ---- data object / data set ----
    ("ds.empty", "pd = vtkPolyData()\n(pd.GetBounds(), pd.GetCenter(), pd.GetLength(), pd.GetLength2(), pd.GetScalarRange(), pd.GetNumberOfPoints(), pd.GetNumberOfCells(), pd.GetMaxCellSize(), pd.GetActualMemorySize())"),
    ("ds.bounds_out", _PD + "pd = mkpd()\nb = [0] * 6\nc = [0] * 3\nr = [0] * 2\npd.GetBounds(b)\npd.GetCenter(c)\npd.GetScalarRange(r)\n(b, c, r, pd.GetLength2(), round(pd.GetLength(), 9))"),
    ("ds.get_point_out", _PD + "pd = mkpd()\nx = [0, 0, 0]\npd.GetPoint(3, x)\n(x, pd.GetPoint(4))"),
    ("ds.scalar_range", _PD + _FD + "pd = mkpd()\npd.GetPointData().SetScalars(arr(vtkFloatArray, 's', [1, 5, 3, -2, 0, 0]))\nr1 = pd.GetScalarRange()\npd.GetCellData().SetScalars(arr(vtkIntArray, 'c', [7, 1, 1, 1, 1, 1]))\n(r1, pd.GetScalarRange())"),
    ("ds.cell_types", _PD + "pd = mkpd()\n([pd.GetCellType(i) for i in range(pd.GetNumberOfCells())], [pd.GetCellSize(i) for i in range(6)], pd.GetMaxCellSize(), pd.GetNumberOfVerts(), pd.GetNumberOfLines(), pd.GetNumberOfPolys(), pd.GetNumberOfStrips())"),
    ("ds.cell_points", _PD + "pd = mkpd()\nl = vtkIdList()\nout = []\nfor c in range(6):\n    pd.GetCellPoints(c, l)\n    out.append(ids(l))\nout"),
    ("ds.cell_points_reference", _PD + "from vtkmodules.vtkCommonCore import reference\npd = mkpd()\nn = reference(0)\np = reference(())\nt = pd.GetCellPoints(2, n, p)\n(t, n.get(), p.get())"),
    ("ds.point_cells", _PD + "pd = mkpd()\npd.BuildLinks()\nl = vtkIdList()\nout = []\nfor p in range(6):\n    pd.GetPointCells(p, l)\n    out.append(sorted(ids(l)))\nout"),
    ("ds.insert_bad_type", _PD + "pd = mkpd()\npd.InsertNextCell(42, 1, (0,))"),
    ("ds.insert_idlist", _PD + "pd = mkpd()\nl = vtkIdList()\nfor i in (5, 4, 3):\n    l.InsertNextId(i)\n(pd.InsertNextCell(5, l), pd.GetCellType(6))"),
    ("ds.delete_remove", _PD + _FD + "pd = mkpd()\npd.GetCellData().SetScalars(arr(vtkFloatArray, 'c', [0, 1, 2, 3, 4, 5]))\npd.DeleteCell(1)\npd.DeleteCell(4)\nr = (pd.GetCellType(1), pd.GetCellSize(1), pd.GetNumberOfCells())\npd.RemoveDeletedCells()\nr + (pd.GetNumberOfCells(), [pd.GetCellType(i) for i in range(pd.GetNumberOfCells())], [pd.GetCellData().GetScalars().GetValue(i) for i in range(4)])"),
    ("ds.replace_reverse", _PD + "pd = mkpd()\nl = vtkIdList()\npd.ReverseCell(0)\npd.GetCellPoints(0, l)\na = ids(l)\npd.ReplaceCell(0, 3, (5, 4, 3))\npd.GetCellPoints(0, l)\n(a, ids(l))"),
    ("ds.copy_structure", _PD + "pd = mkpd()\nq = vtkPolyData()\nq.CopyStructure(pd)\n(q.GetPoints() is pd.GetPoints(), q.GetPolys() is pd.GetPolys(), q.GetNumberOfCells(), q.GetCellType(5))"),
    ("ds.deep_copy", _PD + _FD + "pd = mkpd()\npd.GetPointData().SetScalars(arr(vtkFloatArray, 's', [1, 2, 3, 4, 5, 6]))\npd.GetFieldData().AddArray(arr(vtkIntArray, 'f', [1]))\nq = vtkPolyData()\nq.DeepCopy(pd)\n(q.GetNumberOfPoints(), q.GetNumberOfCells(), q.GetPoints() is pd.GetPoints(), q.GetPolys() is pd.GetPolys(), q.GetPointData().GetScalars().GetName(), q.GetFieldData().GetArrayName(0), q.GetPoint(5), q.GetPoints().GetDataType())"),
    ("ds.shallow_copy", _PD + "pd = mkpd()\nq = vtkPolyData()\nq.ShallowCopy(pd)\n(q.GetPoints() is pd.GetPoints(), q.GetPolys() is pd.GetPolys(), q.GetNumberOfCells())"),
    ("ds.field_data_set", _FD + "pd = vtkPolyData()\nf = vtkFieldData()\nf.AddArray(arr(vtkIntArray, 'f', [1, 2]))\npd.SetFieldData(f)\nr = (pd.GetFieldData() is f, pd.GetNumberOfElements(2))\npd.SetFieldData(None)\nr + (pd.GetFieldData(),)"),
    ("ds.attributes", _PD + "pd = mkpd()\n(pd.GetAttributes(0) is pd.GetPointData(), pd.GetAttributes(1) is pd.GetCellData(), pd.GetAttributes(2), pd.GetAttributesAsFieldData(2) is pd.GetFieldData(), pd.GetAttributesAsFieldData(0) is pd.GetPointData(), pd.GetNumberOfElements(0), pd.GetNumberOfElements(1))"),
    ("ds.ghosts", _PD + _FD + "pd = mkpd()\nr = (pd.HasAnyGhostCells(), pd.HasAnyGhostPoints(), pd.GetCellGhostArray())\npd.GetCellData().AddArray(arr(vtkUnsignedCharArray, 'vtkGhostType', [0, 1, 0, 32, 0, 0]))\nr + (pd.HasAnyGhostCells(), pd.HasAnyBlankCells(), pd.HasAnyGhostPoints(), pd.GetCellGhostArray().GetName())"),
    ("ds.initialize", _PD + "pd = mkpd()\npd.Initialize()\n(pd.GetNumberOfPoints(), pd.GetNumberOfCells(), pd.GetPoints())"),
    ("ds.allocate_returns", "pd = vtkPolyData()\n(pd.Allocate(10), pd.AllocateExact(5, 10), pd.AllocateEstimate(4, 3), pd.GetNumberOfCells())"),
    ("ds.reset_squeeze", _PD + "pd = mkpd()\npd.Squeeze()\npd.Reset()\n(pd.GetNumberOfPoints(), pd.GetNumberOfCells())"),
    ("ds.pixel", "pd = vtkPolyData()\npd.AllocateExact(1, 4)\npd.InsertNextCell(8, 4, (0, 1, 2, 3))\nl = vtkIdList()\npd.GetCellPoints(0, l)\n(pd.GetCellType(0), [l.GetId(i) for i in range(4)])"),
    ("ds.memory", _PD + "pd = mkpd()\npd.GetActualMemorySize() > 0"),
    ("ds.spatial_dims", _PD + "pd = vtkPolyData()\nr = [(pd.GetMaxSpatialDimension(), pd.GetMinSpatialDimension())]\npd = mkpd()\nr + [(pd.GetMaxSpatialDimension(), pd.GetMinSpatialDimension())]"),
    ("ds.spatial_dims_lines", "pd = vtkPolyData()\npd.AllocateExact(2, 4)\npd.InsertNextCell(3, 2, (0, 1))\n(pd.GetMaxSpatialDimension(), pd.GetMinSpatialDimension())"),
    ("ds.cell_bounds", _PD + "pd = mkpd()\nb = [0] * 6\nout = []\nfor c in range(6):\n    pd.GetCellBounds(c, b)\n    out.append(list(b))\nout"),
    ("ds.point_used_replace", _PD + "pd = mkpd()\nr = [pd.IsPointUsedByCell(4, c) for c in range(6)]\npd.BuildLinks()\npd.ReplaceCellPoint(4, 4, 1)\nl = vtkIdList()\npd.GetCellPoints(4, l)\n(r, ids(l))"),
    ("ds.allocate_ghosts", _PD + "pd = mkpd()\npd.AllocatePointGhostArray()\npd.AllocateCellGhostArray()\ng = pd.GetPointGhostArray()\nc = pd.GetCellGhostArray()\n(g.GetName(), g.GetNumberOfTuples(), g.GetDataType(), c.GetNumberOfTuples(), c.GetValue(0), pd.GetPointData().GetNumberOfArrays())"),
    ("ds.dataset_get_points", "pd = vtkPolyData()\n(vtkDataSet.GetPoints(pd), 'GetPoints' in vars(vtkDataSet) or hasattr(vtkDataSet, 'GetPoints'))"),
    # ---- vtkPoints ----
    ("pts.deep_copy_type", "a = vtkPoints()\nb = vtkPoints()\nb.SetDataTypeToDouble()\nb.InsertNextPoint(1.5, 2, 3)\na.DeepCopy(b)\n(a.GetDataType(), a.GetPoint(0), a.GetData() is b.GetData())"),
    ("pts.shallow_copy", "a = vtkPoints()\nb = vtkPoints()\nb.SetDataTypeToDouble()\na.ShallowCopy(b)\n(a.GetDataType(), a.GetData() is b.GetData())"),
    ("pts.bounds_out", "p = vtkPoints()\np.InsertNextPoint(5, 6, 7)\np.InsertNextPoint(-1, 0, 9)\np.ComputeBounds()\nb = [0] * 6\np.GetBounds(b)\nx = [0] * 3\np.GetPoint(1, x)\n(b, x)"),
    ("pts.insert_points_range", "s = vtkPoints()\nfor i in range(4):\n    s.InsertNextPoint(i, 2 * i, 3 * i)\nd = vtkPoints()\nd.InsertPoints(0, 3, 1, s)\n(d.GetNumberOfPoints(), [d.GetPoint(i) for i in range(3)])"),
    ("pts.insert_points_ids", "s = vtkPoints()\nfor i in range(4):\n    s.InsertNextPoint(i, 2 * i, 3 * i)\nd = vtkPoints()\na = vtkIdList()\nb = vtkIdList()\nfor i, j in ((0, 3), (1, 0)):\n    a.InsertNextId(i)\n    b.InsertNextId(j)\nd.InsertPoints(a, b, s)\n[d.GetPoint(i) for i in range(d.GetNumberOfPoints())]"),
    ("pts.get_points_ids", "s = vtkPoints()\nfor i in range(4):\n    s.InsertNextPoint(i, 2 * i, 3 * i)\nl = vtkIdList()\nl.InsertNextId(3)\nl.InsertNextId(1)\no = vtkPoints()\ns.GetPoints(l, o)\n[o.GetPoint(i) for i in range(o.GetNumberOfPoints())]"),
    ("pts.resize_reserve", "p = vtkPoints()\np.InsertNextPoint(1, 2, 3)\n(p.Reserve(10), p.GetNumberOfPoints(), p.Resize(0), p.GetNumberOfPoints())"),
    ("pts.reset", "p = vtkPoints()\np.InsertNextPoint(1, 2, 3)\np.Reset()\np.GetNumberOfPoints()"),
    ("pts.set_types", "p = vtkPoints()\nout = []\nfor m in ('Char', 'UnsignedChar', 'Short', 'UnsignedShort', 'Int', 'UnsignedInt', 'Long', 'UnsignedLong', 'Float', 'Double'):\n    getattr(p, 'SetDataTypeTo' + m)()\n    out.append(p.GetDataType())\nout"),
    ("pts.allocate_returns", "vtkPoints().Allocate(10)"),
    ("pts.memory", "p = vtkPoints()\np.SetNumberOfPoints(100)\np.GetActualMemorySize()"),
    # ---- vtkCellArray ----
    ("ca.traversal", "c = vtkCellArray()\nc.InsertNextCell(3, (0, 1, 2))\nc.InsertNextCell(2, (3, 4))\nl = vtkIdList()\nc.InitTraversal()\nout = []\nwhile c.GetNextCell(l):\n    out.append(([l.GetId(i) for i in range(l.GetNumberOfIds())], c.GetTraversalCellId()))\nout"),
    ("ca.next_cell_reference", "from vtkmodules.vtkCommonCore import reference\nc = vtkCellArray()\nc.InsertNextCell(3, (0, 1, 2))\nn = reference(0)\np = reference(())\nc.InitTraversal()\n(c.GetNextCell(n, p), n.get(), p.get(), c.GetNextCell(n, p))"),
    ("ca.cell_at_id", "c = vtkCellArray()\nc.InsertNextCell(3, (0, 1, 2))\nc.InsertNextCell(2, (3, 4))\nl = vtkIdList()\nc.GetCellAtId(1, l)\n[l.GetId(i) for i in range(l.GetNumberOfIds())]"),
    ("ca.homogeneous_valid", "c = vtkCellArray()\nr = [c.IsHomogeneous(), c.IsValid()]\nc.InsertNextCell(3, (0, 1, 2))\nc.InsertNextCell(3, (3, 4, 5))\nr += [c.IsHomogeneous()]\nc.InsertNextCell(2, (3, 4))\nr + [c.IsHomogeneous(), c.IsValid()]"),
    ("ca.replace_reverse", "c = vtkCellArray()\nc.InsertNextCell(3, (0, 1, 2))\nc.InsertNextCell(3, (3, 4, 5))\nc.ReverseCellAtId(0)\nc.ReplaceCellAtId(1, 3, (7, 8, 9))\nc.ReplaceCellPointAtId(1, 0, 6)\nl = vtkIdList()\nout = []\nfor i in range(2):\n    c.GetCellAtId(i, l)\n    out.append([l.GetId(k) for k in range(3)])\n(out, c.GetCellPointAtId(1, 2))"),
    ("ca.export_legacy", "c = vtkCellArray()\nc.InsertNextCell(3, (0, 1, 2))\nc.InsertNextCell(2, (3, 4))\ne = vtkIdTypeArray()\nc.ExportLegacyFormat(e)\n[e.GetValue(i) for i in range(e.GetNumberOfValues())]"),
    ("ca.import_legacy", "c = vtkCellArray()\ne = vtkIdTypeArray()\nfor v in (2, 0, 1, 3, 4, 5, 6):\n    e.InsertNextValue(v)\nc.ImportLegacyFormat(e)\n(c.GetNumberOfCells(), c.GetCellSize(1), c.GetNumberOfConnectivityIds())"),
    ("ca.append_legacy", "c = vtkCellArray()\nc.InsertNextCell(1, (9,))\ne = vtkIdTypeArray()\nfor v in (2, 0, 1):\n    e.InsertNextValue(v)\nc.AppendLegacyFormat(e, 10)\nl = vtkIdList()\nc.GetCellAtId(1, l)\n(c.GetNumberOfCells(), [l.GetId(i) for i in range(l.GetNumberOfIds())])"),
    ("ca.append", "c = vtkCellArray()\nc.InsertNextCell(3, (0, 1, 2))\nd = vtkCellArray()\nd.DeepCopy(c)\nd.Append(c, 10)\nl = vtkIdList()\nd.GetCellAtId(1, l)\n(d.GetNumberOfCells(), [l.GetId(i) for i in range(3)])"),
    ("ca.copies", "c = vtkCellArray()\nc.InsertNextCell(3, (0, 1, 2))\nd = vtkCellArray()\nd.DeepCopy(c)\ne = vtkCellArray()\ne.ShallowCopy(c)\n(d.GetOffsetsArray() is c.GetOffsetsArray(), e.GetOffsetsArray() is c.GetOffsetsArray(), d.GetNumberOfCells(), e.GetNumberOfCells())"),
    ("ca.storage", "c = vtkCellArray()\nr = [c.IsStorage64Bit(), c.IsStorage32Bit(), c.GetOffsetsArray32() is None, c.GetOffsetsArray64() is not None]\nc.InsertNextCell(3, (0, 1, 2))\nr += [c.CanConvertTo32BitStorage(), c.ConvertTo32BitStorage(), c.IsStorage64Bit(), c.GetOffsetsArray().GetDataType(), c.GetConnectivityArray().GetDataType(), c.GetNumberOfCells()]\nr += [c.ConvertTo64BitStorage(), c.IsStorage64Bit(), c.GetConnectivityArray().GetDataType(), c.GetNumberOfCells()]\nc.Use32BitStorage()\nr + [c.IsStorage32Bit(), c.GetNumberOfCells()]"),
    ("ca.cannot_convert_32", "c = vtkCellArray()\nc.InsertNextCell(1, (2**40,))\n(c.CanConvertTo32BitStorage(), c.ConvertTo32BitStorage(), c.IsStorage64Bit())"),
    ("ca.set_data_fixed", "conn = vtkIdTypeArray()\nfor v in range(6):\n    conn.InsertNextValue(v)\nc = vtkCellArray()\nok = c.SetData(3, conn)\n(ok, c.GetNumberOfCells(), c.GetCellSize(1))"),
    ("ca.set_data_returns", "o = vtkIdTypeArray()\no.InsertNextValue(0)\no.InsertNextValue(1)\nconn = vtkIdTypeArray()\nconn.InsertNextValue(5)\nc = vtkCellArray()\n(c.SetData(o, conn), c.GetNumberOfCells())"),
    ("ca.offsets", "c = vtkCellArray()\nc.InsertNextCell(3, (0, 1, 2))\nc.InsertNextCell(2, (3, 4))\n(c.GetNumberOfOffsets(), c.GetOffset(1), c.GetOffset(2), c.GetActualMemorySize())"),
]

DIFFERENT = {
    # VTK logs "Invalid cell type: 42" and returns -1; vtkbuf raises, as for its
    # other bad input where VTK prints an error and goes on (docs/contract.md)
    "ds.insert_bad_type": "!ValueError",
}
