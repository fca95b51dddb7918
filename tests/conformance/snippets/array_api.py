# vtkAbstractArray / vtkDataArray API beyond values and tuples: component names,
# Fill*, CopyComponent, Remove*Tuple, Reset, tuples from other arrays, interpolation,
# the type's range and information, sizes, NewInstance (issue 17, slice `arrays`).
_CLASSES = ("vtkFloatArray", "vtkDoubleArray", "vtkIntArray", "vtkUnsignedCharArray",
            "vtkIdTypeArray", "vtkCharArray", "vtkShortArray", "vtkUnsignedLongLongArray",
            "vtkBitArray")
_SOA = ("float32", "float64", "int32", "uint8")


def _info(cls):
    return (f"a = {cls}()\na.SetNumberOfComponents(3)\na.SetNumberOfTuples(100)\n"
            "r = [0, 0]\na.GetDataTypeRange(r)\n"
            "(a.GetArrayType(), a.GetArrayTypeAsString(), a.HasStandardMemoryLayout(), "
            "a.GetElementComponentSize(), a.GetActualMemorySize(), a.IsIntegral(), a.IsNumeric(), "
            "a.GetDataSize(), r, a.GetDataTypeMin(), a.GetDataTypeMax(), "
            "a.GetNumberOfComponentsMinValue(), a.GetNumberOfComponentsMaxValue(), "
            "a.GetMaxDiscreteValues())")


# an id list: VTK's vtkIdList, or (until vtkbuf has one) a duck-typed stand-in
_L = ("try:\n    L = vtkIdList\nexcept NameError:\n    class L(list):\n        InsertNextId = list.append\n"
      "        GetNumberOfIds = list.__len__\n        GetId = list.__getitem__\n")

SNIPPETS = [(f"arrapi.info.{c}", _info(c)) for c in _CLASSES]
SNIPPETS += [(f"arrapi.info.soa_{k}", _info(f"vtkSOADataArrayTemplate['{k}']")) for k in _SOA]
SNIPPETS += [(f"arrapi.value_limits.{c}", f"a = {c}()\n(a.GetDataTypeValueMin(), a.GetDataTypeValueMax())")
             for c in _CLASSES if c != "vtkBitArray"]
SNIPPETS += [
    ("arrapi.value_limits.soa", "a = vtkSOADataArrayTemplate['uint16']()\n(a.GetDataTypeValueMin(), a.GetDataTypeValueMax())"),
    ("arrapi.static_type_range", "out = []\nfor t in (1, 2, 3, 4, 5, 6, 7, 10, 11, 12, 15, 16, 17, 99):  # not 8, 9: long is 32-bit on wasm32\n"
     "    r = [0, 0]\n    vtkDataArray.GetDataTypeRange(t, r)\n"
     "    out.append((r, vtkDataArray.GetDataTypeMin(t), vtkDataArray.GetDataTypeMax(t)))\nout"),
    ("arrapi.abstract_constants", "(vtkAbstractArray.MAX_DISCRETE_VALUES, vtkAbstractArray.VTK_DATA_ARRAY_FREE, "
     "vtkAbstractArray.VTK_DATA_ARRAY_DELETE, vtkAbstractArray.VTK_DATA_ARRAY_ALIGNED_FREE, "
     "vtkAbstractArray.VTK_DATA_ARRAY_USER_DEFINED, vtkFloatArray.MAX_DISCRETE_VALUES)"),
    ("arrapi.mro", "[c.__name__ for c in vtkFloatArray.__mro__ if c.__name__ in ('vtkDataArray', 'vtkAbstractArray', 'vtkObject')]"),
    ("arrapi.isinstance", "(isinstance(vtkFloatArray(), vtkAbstractArray), isinstance(vtkBitArray(), vtkDataArray), "
     "isinstance(vtkSOADataArrayTemplate['float64'](), vtkAbstractArray), issubclass(vtkDataArray, vtkAbstractArray))"),
    # component names
    ("arrapi.names.basic", "a = make(vtkFloatArray, [1, 2, 3, 4], 2)\nh0 = a.HasAComponentName()\n"
     "a.SetComponentName(1, 'y')\n(h0, a.HasAComponentName(), a.GetComponentName(0), a.GetComponentName(1), a.GetComponentName(5), a.GetComponentName(-1))"),
    ("arrapi.names.past_comps", "a = vtkFloatArray()\na.SetComponentName(4, 'x')\n[a.GetComponentName(i) for i in range(6)]"),
    ("arrapi.names.negative_ignored", "a = vtkFloatArray()\na.SetComponentName(-1, 'x')\n(a.HasAComponentName(), a.GetComponentName(-1))"),
    ("arrapi.names.none_ignored", "a = vtkFloatArray()\na.SetComponentName(0, 'x')\na.SetComponentName(0, None)\na.GetComponentName(0)"),
    ("arrapi.names.replace", "a = vtkFloatArray()\na.SetComponentName(0, 'x')\na.SetComponentName(0, 'w')\na.GetComponentName(0)"),
    ("arrapi.names.bad_type", "a = vtkFloatArray()\na.SetComponentName(0, 5)"),
    ("arrapi.names.copy", "a = vtkFloatArray()\na.SetComponentName(1, 'y')\na.SetComponentName(3, 'w')\nb = vtkDoubleArray()\n"
     "b.SetComponentName(0, 'q')\n(b.CopyComponentNames(a), [b.GetComponentName(i) for i in range(5)])"),
    ("arrapi.names.copy_none", "b = vtkDoubleArray()\nb.SetComponentName(0, 'q')\n(b.CopyComponentNames(None), b.CopyComponentNames(vtkFloatArray()), b.CopyComponentNames(b), b.GetComponentName(0))"),
    ("arrapi.names.survive", "a = make(vtkFloatArray, [1, 2], 2)\na.SetComponentName(0, 'x')\na.Initialize()\nn1 = a.GetComponentName(0)\n"
     "a.SetNumberOfComponents(3)\n(n1, a.GetComponentName(0))"),
    ("arrapi.names.deepcopy", "a = vtkFloatArray()\na.SetName('n')\na.SetComponentName(2, 'z')\nb = vtkFloatArray()\nb.SetComponentName(0, 'q')\n"
     "b.DeepCopy(a)\nc = vtkIntArray()\nc.SetName('m')\nc.SetComponentName(0, 'q')\nc.DeepCopy(vtkFloatArray())\n"
     "(b.GetName(), [b.GetComponentName(i) for i in range(4)], c.GetName(), c.GetComponentName(0))"),
    ("arrapi.names.shallowcopy", "a = vtkFloatArray()\na.SetName('n')\na.SetComponentName(2, 'z')\nd = vtkSOADataArrayTemplate['float64']()\n"
     "d.ShallowCopy(a)\ne = vtkFloatArray()\ne.ShallowCopy(a)\n(d.GetName(), d.GetComponentName(2), e.GetName(), e.GetComponentName(2))"),
    # fill
    ("arrapi.fill.float", "a = make(vtkFloatArray, range(6), 2)\na.Fill(7)\na.FillComponent(1, 3.5)\n[a.GetTuple(i) for i in range(3)]"),
    ("arrapi.fill.int_value", "a = make(vtkIntArray, range(6), 3)\na.FillValue(-4)\na.FillTypedComponent(2, 9)\nlist(a)"),
    ("arrapi.fill.int_double", "a = make(vtkIntArray, range(4))\na.Fill(2.75)\nlist(a)"),
    ("arrapi.fill.idtype", "a = make(vtkIdTypeArray, range(4), 2)\na.FillComponent(0, 2**40)\n[a.GetValue(i) for i in range(4)]"),
    ("arrapi.fill.char", "a = make(vtkCharArray, [65, 66, 67])\na.FillValue('z')\n[a.GetValue(i) for i in range(3)]"),
    ("arrapi.fill.bit", "a = vtkBitArray()\na.SetNumberOfValues(10)\na.Fill(1)\na.FillComponent(0, 0)\nb = vtkBitArray()\nb.SetNumberOfValues(3)\nb.Fill(1)\n([a.GetValue(i) for i in range(10)], [b.GetValue(i) for i in range(3)])"),
    ("arrapi.fill.soa", "a = make_soa('float64', [[1, 2], [3, 4]])\na.FillComponent(1, 8)\n[a.GetTuple(i) for i in range(2)]"),
    ("arrapi.fill.empty", "a = vtkFloatArray()\na.Fill(1)\na.FillComponent(0, 2)\n(a.GetNumberOfTuples(), a.GetMaxId())"),
    ("arrapi.fill.partial_tuple", "a = vtkFloatArray()\na.SetNumberOfComponents(2)\nfor v in (1, 2, 3):\n    a.InsertNextValue(v)\na.Fill(9)\n[a.GetValue(i) for i in range(3)]"),
    ("arrapi.fill.comp_range", "a = make(vtkFloatArray, range(4), 2)\nstate = lambda: list(a)\na.FillComponent(2, 1)"),
    ("arrapi.fill.comp_negative", "a = make(vtkFloatArray, range(4), 2)\nstate = lambda: list(a)\na.FillComponent(-1, 1)"),
    ("arrapi.fill.value_overflow", "a = make(vtkUnsignedCharArray, [1, 2])\nstate = lambda: list(a)\na.FillValue(300)"),
    ("arrapi.fill.typed_float", "a = make(vtkUnsignedCharArray, [1, 2])\nstate = lambda: list(a)\na.FillTypedComponent(0, 2.5)"),
    ("arrapi.fill.typed_ok", "a = make(vtkUnsignedCharArray, [1, 2])\na.FillTypedComponent(0, 9)\nlist(a)"),
    ("arrapi.fill.nan_float", "a = make(vtkDoubleArray, [1, 2])\na.Fill(float('nan'))\n[str(a.GetValue(i)) for i in range(2)]"),
    # InsertComponent
    ("arrapi.insert_component", "out = []\nfor c in (vtkFloatArray, vtkBitArray, vtkIntArray, vtkIdTypeArray):\n    a = c()\n    a.SetNumberOfComponents(3)\n"
     "    a.InsertComponent(3, 0, 1)\n    r = [a.GetMaxId(), a.GetNumberOfTuples(), a.GetCapacity()]\n    a.InsertComponent(1, 2, 1)\n"
     "    r += [a.GetMaxId(), a.GetCapacity()]\n    a.InsertComponent(5, 1, 1)\n    r += [a.GetMaxId(), a.GetCapacity(), a.GetNumberOfTuples(), float(a.GetValue(16)), float(a.GetComponent(1, 2))]\n    out.append(r)\nout"),
    ("arrapi.insert_component.soa", "s = vtkSOADataArrayTemplate['float64']()\ns.SetNumberOfComponents(3)\ns.InsertComponent(3, 1, 2.5)\n(s.GetMaxId(), s.GetCapacity())"),
    ("arrapi.insert_component.bad_comp", "a = make(vtkUnsignedCharArray, [1])\nstate = lambda: list(a)\na.InsertComponent(0, 1, 3)"),
    ("arrapi.insert_component.bad_tuple", "a = make(vtkUnsignedCharArray, [1])\nstate = lambda: list(a)\na.InsertComponent(-1, 0, 3)"),
    ("arrapi.insert_component.reset", "a = make(vtkFloatArray, [1, 2, 3, 4], 2)\na.Reset()\na.InsertComponent(0, 0, 9)\n(a.GetMaxId(), a.GetNumberOfTuples(), a.GetValue(0))"),
    # CopyComponent
    ("arrapi.copycomp.same", "a = make(vtkFloatArray, range(6), 2)\nr = a.CopyComponent(0, a, 1)\n(r, [a.GetTuple(i) for i in range(3)])"),
    ("arrapi.copycomp.types", "a = make(vtkDoubleArray, range(6), 2)\nb = make(vtkIntArray, [7, 8, 9])\nr = a.CopyComponent(1, b, 0)\n(r, [a.GetTuple(i) for i in range(3)])"),
    ("arrapi.copycomp.tuples_mismatch", "a = make(vtkFloatArray, range(6), 2)\nb = make(vtkIntArray, [7, 8])\n(a.CopyComponent(1, b, 0), list(a))"),
    ("arrapi.copycomp.comp_range", "a = make(vtkFloatArray, range(6), 2)\n(a.CopyComponent(5, a, 1), a.CopyComponent(0, a, 2), list(a))"),
    ("arrapi.copycomp.soa", "a = make_soa('float32', [[1, 2], [3, 4], [5, 6]])\nb = make(vtkFloatArray, [10, 20, 30])\nr = a.CopyComponent(0, b, 0)\n(r, [a.GetTuple(i) for i in range(a.GetNumberOfTuples())])"),
    # remove / reset
    ("arrapi.remove.middle", "a = make(vtkFloatArray, range(8), 2)\nc0 = a.GetCapacity()\na.RemoveTuple(1)\n(a.GetNumberOfTuples(), list(a), a.GetCapacity() == c0)"),
    ("arrapi.remove.last_squeezes", "a = vtkFloatArray()\na.SetNumberOfComponents(2)\nfor i in range(4):\n    a.InsertNextTuple((i, i))\n"
     "c0 = a.GetCapacity()\na.RemoveTuple(3)\n(c0, a.GetNumberOfTuples(), a.GetCapacity(), list(a))"),
    ("arrapi.remove.first", "a = make(vtkIntArray, [1, 2, 3, 4, 5, 6], 3)\na.RemoveFirstTuple()\n(list(a), a.GetNumberOfTuples())"),
    ("arrapi.remove.last", "a = make(vtkIntArray, [1, 2, 3, 4, 5, 6], 3)\na.RemoveLastTuple()\n(list(a), a.GetCapacity())"),
    ("arrapi.remove.empty", "a = vtkFloatArray()\na.RemoveLastTuple()\na.RemoveFirstTuple()\n(a.GetNumberOfTuples(), a.GetCapacity())"),
    ("arrapi.remove.until_empty", "a = make(vtkDoubleArray, [1, 2, 3])\nfor _ in range(4):\n    a.RemoveLastTuple()\n(a.GetNumberOfTuples(), a.GetCapacity())"),
    ("arrapi.remove.out_of_range", "a = make(vtkFloatArray, range(4), 2)\nstate = lambda: list(a)\na.RemoveTuple(2)"),
    ("arrapi.remove.negative", "a = make(vtkFloatArray, range(4), 2)\nstate = lambda: list(a)\na.RemoveTuple(-1)"),
    ("arrapi.remove.soa", "a = make_soa('float64', [[1, 2], [3, 4], [5, 6]])\na.RemoveTuple(0)\n[a.GetTuple(i) for i in range(a.GetNumberOfTuples())]"),
    ("arrapi.remove.bit", "a = vtkBitArray()\nfor v in (1, 0, 1, 1, 0):\n    a.InsertNextValue(v)\na.RemoveTuple(1)\n[a.GetValue(i) for i in range(a.GetNumberOfValues())]"),
    ("arrapi.remove.bit_last", "a = vtkBitArray()\nfor v in (1, 0, 1, 1, 0, 1):\n    a.InsertNextValue(v)\na.RemoveTuple(5)\na.RemoveFirstTuple() if a.GetNumberOfTuples() == 1 else None\n([a.GetValue(i) for i in range(a.GetNumberOfValues())], a.GetCapacity())"),
    ("arrapi.fill.partial_soa", "a = vtkSOADataArrayTemplate['float64']()\na.SetNumberOfComponents(2)\na.SetNumberOfTuples(2)\na.Fill(3)\na.FillComponent(0, 1)\n[a.GetTuple(i) for i in range(2)]"),
    ("arrapi.fill.one_comp_typed", "a = make(vtkIntArray, [1, 2, 3])\na.FillTypedComponent(0, 5)\nlist(a)"),
    ("arrapi.remove.char", "a = make(vtkCharArray, [65, 66, 67])\na.RemoveFirstTuple()\n[a.GetValue(i) for i in range(2)]"),
    ("arrapi.reset", "a = make(vtkFloatArray, range(6), 2)\nc0 = a.GetCapacity()\na.Reset()\n(a.GetMaxId(), a.GetNumberOfTuples(), a.GetCapacity() == c0)"),
    ("arrapi.reset_insert", "a = make(vtkFloatArray, range(6), 2)\na.Reset()\na.InsertNextTuple((7, 8))\nlist(a)"),
    # tuples from other arrays
    ("arrapi.insert_tuples.ids", "s = make(vtkFloatArray, [0, 0, 1, -1, 2, -2], 2)\nd = vtkFloatArray()\nd.SetNumberOfComponents(2)\n"
     "di = L()\nsi = L()\nfor x, y in ((5, 0), (1, 2)):\n    di.InsertNextId(x)\n    si.InsertNextId(y)\n"
     "d.InsertTuples(di, si, s)\n(d.GetNumberOfTuples(), d.GetTuple(5), d.GetTuple(1))"),
    ("arrapi.insert_tuples.range", "s = make(vtkFloatArray, [0, 0, 1, -1, 2, -2], 2)\nd = make(vtkFloatArray, [9, 9], 2)\n"
     "d.InsertTuples(0, 2, 1, s)\nd.InsertTuples(3, 1, 0, s)\n(d.GetNumberOfTuples(), [d.GetTuple(i) for i in (0, 1, 3)])"),
    ("arrapi.insert_tuples.types", "s = make(vtkIntArray, [1, 2, 3, 4], 2)\nd = vtkDoubleArray()\nd.SetNumberOfComponents(2)\n"
     "d.InsertTuples(0, 2, 0, s)\nlist(d)"),
    ("arrapi.insert_tuples.max_id_kept", "s = make(vtkFloatArray, [1, 2], 2)\nd = make(vtkFloatArray, range(8), 2)\n"
     "d.InsertTuples(0, 1, 0, s)\n(d.GetNumberOfTuples(), list(d))"),
    ("arrapi.insert_tuples_at", "s = make(vtkFloatArray, [0, 0, 1, -1, 2, -2], 2)\nd = vtkFloatArray()\nd.SetNumberOfComponents(2)\n"
     "ids = L()\nids.InsertNextId(2)\nids.InsertNextId(1)\nd.InsertTuplesStartingAt(3, ids, s)\n(d.GetNumberOfTuples(), d.GetTuple(3), d.GetTuple(4))"),
    ("arrapi.insert_tuples_at.empty", "s = make(vtkFloatArray, [1, 2], 2)\nd = vtkFloatArray()\nd.InsertTuplesStartingAt(3, L(), s)\nd.GetNumberOfTuples()"),
    ("arrapi.get_tuples.ids", "s = make(vtkFloatArray, [0, 0, 1, -1, 2, -2], 2)\no = vtkFloatArray()\no.SetNumberOfComponents(2)\n"
     "o.SetNumberOfTuples(2)\nids = L()\nids.InsertNextId(2)\nids.InsertNextId(0)\ns.GetTuples(ids, o)\nlist(o)"),
    ("arrapi.get_tuples.range", "s = make(vtkIntArray, [0, 0, 1, -1, 2, -2], 2)\no = vtkDoubleArray()\no.SetNumberOfComponents(2)\n"
     "o.SetNumberOfTuples(2)\ns.GetTuples(1, 2, o)\nlist(o)"),
    ("arrapi.get_tuples.same_type_range", "s = make(vtkIdTypeArray, [5, 6, 7], 1)\no = make(vtkIdTypeArray, [0, 0, 0])\ns.GetTuples(1, 2, o)\nlist(o)"),
    ("arrapi.insert_tuples.soa", "s = make_soa('float64', [[1, 2], [3, 4]])\nd = vtkSOADataArrayTemplate['float64']()\nd.SetNumberOfComponents(2)\n"
     "d.InsertTuples(0, 2, 0, s)\n[d.GetTuple(i) for i in range(2)]"),
    ("arrapi.set_tuple_src", "s = make(vtkFloatArray, [1, 2, 3, 4], 2)\nd = make(vtkFloatArray, [0, 0, 0, 0], 2)\nd.SetTuple(1, 0, s)\nd.InsertTuple(2, 1, s)\n"
     "n = d.InsertNextTuple(0, s)\n(n, list(d))"),
    # interpolation
    ("arrapi.interp.weights", "s = make(vtkFloatArray, [0, 0, 1, -1, 2, -2], 2)\nids = L()\nids.InsertNextId(0)\nids.InsertNextId(2)\n"
     "s.InterpolateTuple(3, ids, s, [0.25, 0.75])\ns.GetTuple(3)"),
    ("arrapi.interp.two", "s = make(vtkDoubleArray, [0, 0, 1, -1, 2, -2], 2)\nd = vtkDoubleArray()\nd.SetNumberOfComponents(2)\n"
     "d.InterpolateTuple(1, 0, s, 2, s, 0.3)\n(d.GetNumberOfTuples(), d.GetTuple(1))"),
    ("arrapi.interp.int_round", "s = make(vtkIntArray, [0, 0, 3, -3], 2)\nd = vtkIntArray()\nd.SetNumberOfComponents(2)\n"
     "d.InterpolateTuple(0, 0, s, 1, s, 0.5)\nd.InterpolateTuple(1, 0, s, 1, s, 0.3)\nlist(d)"),
    ("arrapi.interp.uchar_clamp", "s = make(vtkUnsignedCharArray, [200, 250])\nd = vtkUnsignedCharArray()\nids = L()\nids.InsertNextId(0)\nids.InsertNextId(1)\n"
     "d.InterpolateTuple(0, ids, s, [1.0, 1.0])\nd.InterpolateTuple(1, ids, s, [-1.0, 0.0])\nlist(d)"),
    # ranges
    ("arrapi.finite_range", "a = make(vtkFloatArray, [0, 0, float('inf'), -1, 2, -2, float('nan'), 5], 2)\n"
     "(a.GetFiniteRange(0), a.GetFiniteRange(1), a.GetFiniteRange(-1), a.GetFiniteRange())"),
    ("arrapi.finite_range.out", "a = make(vtkDoubleArray, [1, float('-inf'), 3])\nr = [0, 0]\na.GetFiniteRange(r, 0)\nr2 = [0, 0]\na.GetFiniteRange(r2)\n(r, r2)"),
    ("arrapi.finite_range.empty", "vtkFloatArray().GetFiniteRange()"),
    ("arrapi.finite_range.int", "make(vtkIntArray, [3, -7, 5]).GetFiniteRange()"),
    ("arrapi.max_norm", "a = make(vtkDoubleArray, [3, 4, 1, 1, 0, -6], 2)\n(a.GetMaxNorm(), vtkFloatArray().GetMaxNorm(), make(vtkIntArray, [-9, 2]).GetMaxNorm())"),
    ("arrapi.max_norm.inf", "make(vtkDoubleArray, [1, float('inf'), 2]).GetMaxNorm()"),
    # sizes
    ("arrapi.sizes.grow", "a = vtkFloatArray()\na.SetNumberOfComponents(3)\nfor i in range(100):\n    a.InsertNextTuple((i, i, i))\n"
     "(a.GetDataSize(), a.GetCapacity(), a.GetActualMemorySize())"),
    ("arrapi.sizes.partial", "a = vtkFloatArray()\na.SetNumberOfComponents(2)\nfor v in (1, 2, 3):\n    a.InsertNextValue(v)\n(a.GetDataSize(), a.GetNumberOfValues())"),
    ("arrapi.sizes.bit", "a = vtkBitArray()\na.SetNumberOfValues(20000)\n(a.GetActualMemorySize(), a.GetDataSize(), a.GetElementComponentSize())"),
    ("arrapi.sizes.soa", "a = vtkSOADataArrayTemplate['float64']()\na.SetNumberOfComponents(2)\na.SetNumberOfTuples(1000)\n(a.GetActualMemorySize(), a.GetDataSize())"),
    # 64-bit integer tuples, GetData
    ("arrapi.int_tuple.get", "a = make(vtkIntArray, [0, 0, 1, -10, 2, -20], 2)\no = [0, 0]\na.GetIntegerTuple(1, o)\nu = [0, 0]\na.GetUnsignedTuple(1, u)\n(o, u)"),
    ("arrapi.int_tuple.set", "a = make(vtkIntArray, [0, 0, 1, -10], 2)\na.SetIntegerTuple(0, [5, -7])\na.SetUnsignedTuple(1, [5, 7])\nlist(a)"),
    ("arrapi.int_tuple.float", "f = make(vtkFloatArray, [2.7, -2.7])\no = [0]\nf.GetIntegerTuple(1, o)\nf.SetIntegerTuple(0, [3])\n(o, f.GetValue(0))"),
    ("arrapi.int_tuple.idtype", "a = make(vtkIdTypeArray, [2**40, -5])\no = [0]\nu = [0]\na.GetIntegerTuple(0, o)\na.GetUnsignedTuple(1, u)\n(o, u)"),
    ("arrapi.int_tuple.uint64", "a = make(vtkUnsignedLongLongArray, [2**64 - 1])\no = [0]\nu = [0]\na.GetIntegerTuple(0, o)\na.GetUnsignedTuple(0, u)\n(o, u)"),
    ("arrapi.int_tuple.set_wraps", "a = make(vtkIntArray, [0, 0], 2)\nstate = lambda: list(a)\na.SetIntegerTuple(0, [5, 2**40])"),
    ("arrapi.get_data", "a = make(vtkIntArray, [5, 7, 1, -10, 2, -20], 2)\nd = vtkDoubleArray()\na.GetData(0, 1, 1, 1, d)\ne = vtkDoubleArray()\ne.SetNumberOfComponents(2)\na.GetData(0, 2, 0, 1, e)\n"
     "([d.GetValue(i) for i in range(d.GetNumberOfValues())], d.GetNumberOfComponents(), e.GetNumberOfTuples(), e.GetTuple(2))"),
    ("arrapi.get_data.type", "a = make(vtkIntArray, [5, 7], 2)\na.GetData(0, 0, 0, 1, vtkFloatArray())"),
    # small things
    ("arrapi.max_discrete", "a = vtkFloatArray()\na.SetMaxDiscreteValues(5)\n(a.GetMaxDiscreteValues(), vtkFloatArray().GetMaxDiscreteValues())"),
    ("arrapi.noops", "a = make(vtkFloatArray, [1, 2])\n(a.ClearLookup(), a.DataChanged(), a.GetMemorySpace(), vtkDataArray.HostMemory, vtkDataArray.CudaDeviceMemory, a.HasInformation())"),
    ("arrapi.fast_down_cast", "a = vtkFloatArray()\nvtkDataArray.FastDownCast(a) is a"),
    ("arrapi.to_aos", "a = make(vtkIntArray, [1, 2])\ns = make_soa('float64', [[1, 2], [3, 4]])\nt = s.ToAOSDataArray()\n(a.ToAOSDataArray() is a, t.GetDataType(), t.GetArrayType(), t.GetTuple(1), t is s)"),
    ("arrapi.properties", "a = make(vtkIntArray, [0, 0, 1, -10, 2, -20], 2)\n"
     "(a.name, a.number_of_components, a.number_of_tuples, a.number_of_values, a.max_id, a.capacity, a.data_size, a.data_type, a.data_type_size, "
     "a.element_component_size, a.actual_memory_size, a.array_type, a.number_of_components_max_value, a.number_of_components_min_value, "
     "a.data_type_max, a.data_type_min, a.finite_range, a.max_norm, a.memory_space, a.range, a.value_range, a.data_type_value_max, a.data_type_value_min, "
     "a.max_discrete_values, a.size)"),
    ("arrapi.properties.set", "a = vtkFloatArray()\na.name = 'q'\na.number_of_components = 3\na.number_of_tuples = 2\na.max_discrete_values = 4\n(a.GetName(), a.GetNumberOfComponents(), a.GetNumberOfTuples(), a.GetMaxDiscreteValues())"),
    # vtkBuffer, ExtendedNew
    ("arrapi.buffer_props", "b = vtkBuffer['float64']()\nb.Allocate(4)\nb.SetFreeFunction(True)\n(b.data_type, b.data_type_size, b.number_of_elements, b.size, b.ExtendedNew().GetNumberOfElements(), b.ExtendedNew().GetDataType())"),
    ("arrapi.extended_new", "b = vtkFloatArray.ExtendedNew()\nc = vtkIdTypeArray().ExtendedNew()\n(b.GetClassName(), b.GetNumberOfTuples(), c.GetDataType())"),
    # raw memory
    ("arrapi.write_pointer", "a = make(vtkFloatArray, [0, 0, 1, -1, 2, -2], 2)\np = a.WritePointer(4, 4)\n(a.GetNumberOfValues(), a.GetCapacity(), p == a.GetPointer(4), a.GetMaxId())"),
    ("arrapi.write_pointer.within", "a = make(vtkFloatArray, range(8), 2)\na.WritePointer(0, 2)\n(a.GetNumberOfValues(), a.GetCapacity())"),
    ("arrapi.export", "a = make(vtkFloatArray, [0, 0, 1, -1, 2, -2], 2)\no = np.full(8, 7, dtype=np.float32)\na.ExportToVoidPointer(o)\no.tolist()"),
    ("arrapi.export.soa", "s = make_soa('float64', [[1, 2], [3, 4]])\no = np.zeros(4)\ns.ExportToVoidPointer(o)\no.tolist()"),
    ("arrapi.export.int", "a = make(vtkIdTypeArray, [2**40, -3])\no = np.zeros(2, dtype=np.int64)\na.ExportToVoidPointer(o)\no.tolist()"),
    ("arrapi.buffer_set_buffer", "b = vtkBuffer['float64']()\narr = np.arange(4.0)\nb.SetBuffer(arr, 3)\nb.free_function = True\n(b.GetNumberOfElements(), b.GetDataType())"),
    ("arrapi.enums", "(vtkAbstractArray.DeleteMethod.__name__, type(vtkAbstractArray.VTK_DATA_ARRAY_DELETE).__name__, int(vtkAbstractArray.VTK_DATA_ARRAY_DELETE), "
     "vtkDataArray.MemorySpace.__name__, type(vtkDataArray.HostMemory).__name__, int(vtkDataArray.CudaDeviceMemory), issubclass(vtkDataArray.MemorySpace, int))"),
    ("arrapi.data_element_changed", "a = make(vtkFloatArray, [1, 2])\n(a.DataElementChanged(0), list(a))"),
    ("arrapi.soa_storage_type", "s = vtkSOADataArrayTemplate['float32']()\n(s.GetStorageType(), s.storage_type, int(s.AOS), int(s.SOA), type(s.SOA).__name__)"),
    ("arrapi.write_void_pointer", "a = make(vtkFloatArray, [1, 2])\np = a.WriteVoidPointer(0, 4)\n(a.GetNumberOfValues(), p == a.GetPointer(0))"),
    # NewInstance
    ("arrapi.new_instance", "out = []\nfor c in (vtkFloatArray, vtkIdTypeArray, vtkCharArray, vtkBitArray):\n    a = c()\n    a.SetNumberOfComponents(3)\n"
     "    a.SetName('x')\n    a.SetNumberOfTuples(2)\n    b = a.NewInstance()\n    out.append((b.GetClassName(), b.GetNumberOfComponents(), b.GetNumberOfTuples(), b.GetName(), b is a))\nout"),
    ("arrapi.new_instance.soa", "a = vtkSOADataArrayTemplate['float32']()\na.SetNumberOfComponents(2)\nb = a.NewInstance()\n(b.GetDataType(), b.GetNumberOfComponents(), b.GetArrayType())"),
]
# One program of the edits over every class and layout (values small enough for each
# type; float() so that the double interface's int/float return types do not matter).
_SWEEP = (
    "{mk}\n"
    "out = []\n"
    "def vals(x):\n    return [float(x.GetComponent(t, c)) for t in range(x.GetNumberOfTuples()) for c in range(x.GetNumberOfComponents())]\n"
    "a.FillComponent(1, 3)\nout.append(vals(a))\n"
    "a.InsertComponent(4, 2, 1)\nout.append((a.GetMaxId(), a.GetNumberOfTuples(), a.GetCapacity()))\na.SetComponent(4, 0, 1)\na.SetComponent(4, 1, 0)\n"
    "a.RemoveTuple(1 if a.GetArrayType() != 4 else a.GetNumberOfTuples() - 1)\nout.append(vals(a))\n"
    "a.InsertTuples(a.GetNumberOfTuples(), 2, 0, a)\nout.append(vals(a))\n"
    "o = a.NewInstance()\no.SetNumberOfComponents(3)\no.SetNumberOfTuples(2)\na.GetTuples(1, 2, o)\nout.append(vals(o))\n"
    "a.InterpolateTuple(1, 0, a, 2, a, 0.5)\nout.append(vals(a)[3:6])\n"
    "r = a.CopyComponent(0, a, 1)\nout.append((r, vals(a)[:6]))\n"
    "a.RemoveLastTuple()\nout.append((a.GetNumberOfTuples(), a.GetCapacity(), a.GetDataSize()))\n"
    "out.append((a.GetFiniteRange(0), round(a.GetMaxNorm(), 6), a.GetElementComponentSize(), a.IsIntegral()))\n"
    "a.Reset()\nout.append((a.GetMaxId(), a.GetCapacity() > 0))\nout"
)
_MK = "a = {cls}()\na.SetNumberOfComponents(3)\nfor t in range(4):\n    a.InsertNextTuple((t % 2, 1, (t + 1) % 2))"
for _c in ("vtkFloatArray", "vtkDoubleArray", "vtkIntArray", "vtkUnsignedCharArray", "vtkIdTypeArray",
           "vtkCharArray", "vtkShortArray", "vtkBitArray", "vtkSOADataArrayTemplate['float32']",
           "vtkSOADataArrayTemplate['int16']", "vtkSOADataArrayTemplate['uint64']"):
    _n = _c.replace("vtkSOADataArrayTemplate['", "soa_").replace("']", "")
    SNIPPETS.append((f"arrapi.sweep.{_n}", _SWEEP.format(mk=_MK.format(cls=_c))))

# VTK reads or writes memory it does not own here (the one rule, (a)): vtkbuf refuses
SNIPPETS += [
    ("arrapi.oob.get_tuples_output", "s = make(vtkFloatArray, [1, 2, 3])\no = make(vtkFloatArray, [0])\nstate = lambda: list(o)\ns.GetTuples(0, 2, o)"),
    ("arrapi.oob.export", "a = make(vtkDoubleArray, [1, 2, 3])\no = np.zeros(2)\nstate = lambda: o.tolist()\na.ExportToVoidPointer(o)"),
    ("arrapi.oob.get_data", "a = make(vtkIntArray, [1, 2, 3])\nd = vtkDoubleArray()\nstate = lambda: d.GetNumberOfValues()\na.GetData(0, 5, 0, 0, d)"),
    ("arrapi.oob.interpolate_ids", "a = make(vtkFloatArray, [1, 2, 3])\nd = vtkFloatArray()\nstate = lambda: d.GetNumberOfValues()\nd.InterpolateTuple(0, [0, 7], a, [0.5, 0.5])"),
]
NOT_IN_VTK = {"arrapi.oob.get_tuples_output", "arrapi.oob.export", "arrapi.oob.get_data", "arrapi.oob.interpolate_ids"}

DIFFERENT = {
    "arrapi.remove.bit": "!TypeError",
    "arrapi.int_tuple.set_wraps": "!OverflowError",
    "arrapi.oob.get_tuples_output": "!ValueError",
    "arrapi.oob.export": "!ValueError",
    "arrapi.oob.get_data": "!ValueError",
    "arrapi.oob.interpolate_ids": "!ValueError",
}
SNIPPETS = [(n, _L + c if "L()" in c else c) for n, c in SNIPPETS]
