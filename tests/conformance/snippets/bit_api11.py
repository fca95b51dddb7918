# Differential snippets for vtkBitArray (issue 11). Bad-input rows define `state`
# (shown after the exception: the array must be unchanged). REASONS: why a snippet
# differs from VTK 9.7.1 on purpose (docs/contract.md lists each); DIFFERENT (below)
# holds vtkbuf's outputs.

_B = ("b = vtkBitArray()\n"
      "for v in (1, 0, 1, 1, 0, 0, 0, 1, 1, 1): b.InsertNextValue(v)\n"
      "state = lambda: ([b.GetValue(i) for i in range(b.GetNumberOfValues())], b.GetSize())\n")
_B2 = ("b = vtkBitArray(); b.SetNumberOfComponents(2)\n"
       "for v in (1, 0, 1, 1, 0, 1): b.InsertNextValue(v)\n"
       "state = lambda: [b.GetValue(i) for i in range(b.GetNumberOfValues())]\n")
_VALS = "[b.GetValue(i) for i in range(b.GetNumberOfValues())]"

SNIPPETS = [
    ("bit_describe", "b = vtkBitArray(); (b.GetClassName(), b.GetDataType(), b.GetDataTypeAsString(), b.GetDataTypeSize(), b.GetDataTypeMin(), b.GetDataTypeMax())"),
    ("bit_create_data_array", "vtkDataArray.CreateDataArray(VTK_BIT).GetClassName()"),
    ("bit_type_size_static", "vtkAbstractArray.GetDataTypeSize(VTK_BIT)"),
    ("bit_values", _B + _VALS),
    ("bit_size_after_inserts", _B + "(b.GetSize(), b.GetMaxId(), b.GetNumberOfTuples())"),
    ("bit_memoryview", _B + "m = memoryview(b); (m.format, m.shape, m.readonly, bytes(m))"),
    ("bit_memoryview_2comp", _B2 + "m = memoryview(b); (m.format, m.shape, bytes(m))"),
    ("bit_memoryview_empty", "m = memoryview(vtkBitArray()); (m.format, m.shape)"),
    ("bit_buffer", _B + "buf = b.GetBuffer(); (buf.GetNumberOfElements(), bytes(memoryview(buf)))"),
    ("bit_value_two", "b = vtkBitArray(); b.InsertNextValue(2); b.GetValue(0)"),
    ("bit_value_minus_one", "b = vtkBitArray(); b.InsertNextValue(-1); b.GetValue(0)"),
    ("bit_value_true", "b = vtkBitArray(); b.InsertNextValue(True); b.InsertNextValue(False); [b.GetValue(0), b.GetValue(1)]"),
    ("bit_value_int_max", "b = vtkBitArray(); b.InsertNextValue(2**31 - 1); b.GetValue(0)"),
    ("bit_set_value", _B + "b.SetValue(1, 7); b.SetValue(0, 0); " + _VALS),
    ("bit_insert_value_far", "b = vtkBitArray(); b.InsertValue(20, 1); (b.GetSize(), b.GetNumberOfValues(), b.GetValue(20))"),
    ("bit_tuple_half", "b = vtkBitArray(); b.InsertNextTuple1(0.5); b.InsertNextTuple1(1.5); b.InsertNextTuple1(-1.2); [b.GetTuple1(i) for i in range(3)]"),
    ("bit_tuple_big", "b = vtkBitArray(); b.InsertNextTuple1(1e300); b.InsertNextTuple1(2**70); [b.GetValue(0), b.GetValue(1)]"),
    ("bit_get_tuple", _B2 + "(b.GetTuple2(0), b.GetTuple(1), b.GetComponent(2, 1))"),
    ("bit_set_component", _B2 + "b.SetComponent(0, 1, 3.0); b.GetTuple(0)"),
    ("bit_typed_component", _B2 + "v = b.GetTypedComponent(1, 0); (v, type(v).__name__)"),
    ("bit_typed_tuple_out", _B2 + "out = [9, 9]; b.GetTypedTuple(2, out); out"),
    ("bit_set_typed_tuple", _B2 + "b.SetTypedTuple(0, (0, 1)); b.GetTuple(0)"),
    ("bit_range", _B2 + "(b.GetRange(0), b.GetRange(1))"),
    ("bit_range_empty", "vtkBitArray().GetRange()"),
    ("bit_lookup", _B + "(b.LookupValue(1), b.LookupValue(0), b.LookupValue(5))"),
    ("bit_set_number_of_values", "b = vtkBitArray(); b.SetNumberOfValues(10); (b.GetSize(), b.GetNumberOfValues())"),
    ("bit_squeeze", _B + "b.Squeeze(); b.GetSize()"),
    ("bit_resize_shrink", _B + "b.Resize(3); (b.GetSize(), " + _VALS + ")"),
    ("bit_resize_grow_3comp", "b = vtkBitArray(); b.SetNumberOfComponents(3); b.Resize(5); b.GetSize()"),
    ("bit_reserve", "b = vtkBitArray(); r = [b.ReserveTuples(10), b.GetSize()]; b.ReserveValues(30); r + [b.GetSize()]"),
    ("bit_initialize", _B + "b.Initialize(); (b.GetSize(), b.GetNumberOfValues())"),
    ("bit_allocate", "b = vtkBitArray(); b.SetNumberOfComponents(3); b.Allocate(100); (b.GetSize(), b.GetNumberOfValues())"),
    ("bit_events_inserts", "b = vtkBitArray(); ev = []; b.AddObserver('BufferChangedEvent', lambda o, e: ev.append(1))\n"
                           "for i in range(40): b.InsertNextValue(1)\nlen(ev)"),
    ("bit_events_none_when_nothing_moves", _B + "ev = []; b.AddObserver('BufferChangedEvent', lambda o, e: ev.append(1)); b.SetValue(0, 0); b.Resize(14); len(ev)"),
    ("bit_deep_copy_from_double", "d = vtkDoubleArray(); [d.InsertNextValue(v) for v in (0, 0.5, 1.5, -0.7, -1.2, 2.0, 1e300)]; b = vtkBitArray(); b.DeepCopy(d); " + _VALS),
    ("bit_deep_copy_to_int", _B2 + "i = vtkIntArray(); i.DeepCopy(b); (i.GetNumberOfComponents(), [i.GetValue(k) for k in range(6)])"),
    ("bit_deep_copy_bit", _B2 + "c = vtkBitArray(); c.DeepCopy(b); (c.GetNumberOfComponents(), [c.GetValue(k) for k in range(6)])"),
    ("bit_shallow_copy_shares", _B2 + "c = vtkBitArray(); c.ShallowCopy(b); c.GetVoidPointer(0) == b.GetVoidPointer(0)"),
    ("bit_set_void_array", "z = np.array([0b10100000, 0xff], np.uint8); b = vtkBitArray(); b.SetVoidArray(z, 11, 1); b.SetValue(0, 0); (" + _VALS + ", int(z[0]))"),
    ("bit_vtk_to_numpy", "from vtkmodules.util.numpy_support import vtk_to_numpy\n" + _B + "r = vtk_to_numpy(b); (r.dtype.name, r.tolist())"),
    ("bit_vtk_to_numpy_empty", "from vtkmodules.util.numpy_support import vtk_to_numpy\nr = vtk_to_numpy(vtkBitArray()); (r.dtype.name, r.shape)"),
    ("bit_vtk_to_numpy_2comp", "from vtkmodules.util.numpy_support import vtk_to_numpy\n" + _B2 + "vtk_to_numpy(b).tolist()"),
    ("bit_numpy_to_vtk_packed", "from vtkmodules.util.numpy_support import numpy_to_vtk\n"
                                "r = numpy_to_vtk(np.array([1, 0, 1, 1, 0, 0, 0, 1, 1], np.uint8), array_type=VTK_BIT); (r.GetClassName(), [r.GetValue(i) for i in range(r.GetNumberOfValues())])"),
    ("bit_numpy_to_vtk_int32", "from vtkmodules.util.numpy_support import numpy_to_vtk\n"
                               "r = numpy_to_vtk(np.array([1, 0, 2, 3], np.int32), array_type=VTK_BIT); [r.GetValue(i) for i in range(4)]"),
    ("bit_numpy_to_vtk_2d", "from vtkmodules.util.numpy_support import numpy_to_vtk\n"
                            "r = numpy_to_vtk(np.array([[255, 0], [0, 0], [0, 0]], np.uint8), array_type=VTK_BIT); (r.GetNumberOfTuples(), r.GetNumberOfComponents(), r.GetValue(0), r.GetValue(5))"),
    ("bit_unpacked_round_trip", "from vtkmodules.util.numpy_support import numpy_to_vtk, vtk_to_numpy\n" + _B + "u = numpy_to_vtk(vtk_to_numpy(b)); (u.GetDataType(), [u.GetValue(i) for i in range(10)])"),
    # bad input: a clear exception, the array unchanged
    ("bit_bad_float_value", _B + "b.InsertNextValue(1.5)"),
    ("bit_bad_float_set", _B + "b.SetValue(0, 0.0)"),
    ("bit_bad_int_overflow", _B + "b.InsertNextValue(2**31)"),
    ("bit_bad_int_overflow_neg", _B + "b.SetValue(0, -2**31 - 1)"),
    ("bit_bad_huge", _B + "b.InsertValue(3, 2**70)"),
    ("bit_bad_text", _B + "b.InsertNextValue('a')"),
    ("bit_bad_none", _B + "b.SetValue(0, None)"),
    ("bit_bad_tuple_text", _B + "b.InsertNextTuple1('a')"),
    ("bit_bad_typed_tuple_float", _B2 + "b.SetTypedTuple(0, (1, 0.5))"),
    ("bit_bad_typed_tuple_length", _B2 + "b.SetTypedTuple(0, (1,))"),
    ("bit_bad_index", _B + "b.GetValue(10)"),
    ("bit_bad_negative_index", _B + "b.SetValue(-1, 1)"),
    ("bit_bad_component", _B2 + "b.GetComponent(0, 2)"),
    ("bit_bad_lookup_float", _B + "b.LookupValue(1.5)"),
]

REASONS = {
    "bit_events_inserts": "4 events: growing from 2 to 6 bits stays in the same byte, so nothing moves (VTK reallocates: 5)",
    "bit_vtk_to_numpy_2comp": "(tuples, components) values; VTK 9.7.1 unpacks only GetNumberOfTuples() bits and its reshape raises ValueError",
    "bit_bad_index": "IndexValueError, shown as ValueError (VTK reads past the values: garbage)",
    "bit_bad_negative_index": "IndexValueError, shown as ValueError (VTK writes before the array)",
}

SNIPPETS = [(f"bit.{name}", code) for name, code in SNIPPETS]

# vtkbuf's outputs for the deliberate differences (docs/contract.md)
DIFFERENT = {
    "bit.bit_events_inserts": "4",
    "bit.bit_vtk_to_numpy_2comp": "[[1, 0], [1, 1], [0, 1]]",
    "bit.bit_bad_index": "!ValueError",
    "bit.bit_bad_negative_index": "!ValueError",
}
