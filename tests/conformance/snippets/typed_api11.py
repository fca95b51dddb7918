# Issue 11's snippets (typed accessors, constants, SOA setters, mesh building).
# `state` (if the code defines it) is shown after an exception (bad-input rows: the
# object must be unchanged). REASONS: why a snippet differs from VTK 9.7.1 on purpose
# (docs/contract.md lists each); DIFFERENT (below) holds vtkbuf's outputs.

_I = ("a = vtkIntArray(); a.SetNumberOfComponents(2); a.SetNumberOfTuples(3)\n"
      "for t in range(3): a.SetTuple(t, (t, -t))\n"
      "state = lambda: [a.GetTuple(t) for t in range(a.GetNumberOfTuples())]\n")
_S = ("a = vtkSOADataArrayTemplate['float64'](); a.SetNumberOfComponents(2); a.SetNumberOfTuples(3)\n"
      "for t in range(3): a.SetTuple(t, (t, -t))\n"
      "state = lambda: [a.GetTuple(t) for t in range(a.GetNumberOfTuples())]\n")

SNIPPETS = [
    # typed accessors: values
    ("get_typed_component", _I + "a.GetTypedComponent(1, 1)"),
    ("set_typed_component", _I + "a.SetTypedComponent(0, 1, 5); a.GetTypedComponent(0, 1)"),
    ("set_typed_tuple", _I + "a.SetTypedTuple(1, [7, 8]); a.GetTuple(1)"),
    ("get_typed_tuple_fills", _I + "out = [0, 0]; a.GetTypedTuple(2, out); out"),
    ("insert_typed_tuple", _I + "a.InsertTypedTuple(5, (1, 2)); a.GetNumberOfTuples()"),
    ("insert_next_typed_tuple", _I + "a.InsertNextTypedTuple((3, 4))"),
    ("typed_64bit_exact", "l = vtkLongLongArray(); l.InsertNextTypedTuple((2**62 + 1,)); l.GetTypedComponent(0, 0)"),
    ("typed_char", "c = vtkCharArray(); c.SetNumberOfTuples(1); c.SetTypedComponent(0, 0, 'b'); c.GetTypedComponent(0, 0)"),
    ("typed_soa", _S + "a.SetTypedComponent(1, 1, 7.5); a.GetTypedComponent(1, 1)"),
    ("reserve_tuples_sizes", "a = vtkFloatArray(); a.SetNumberOfComponents(3); r = [a.ReserveTuples(10), a.GetSize()]; a.ReserveTuples(20); r + [a.GetSize()]"),
    ("reserve_values_sizes", "a = vtkFloatArray(); a.SetNumberOfComponents(3); a.ReserveTuples(30); [a.ReserveValues(100), a.GetSize()]"),
    ("value_range_int", _I + "a.GetValueRange(1)"),
    ("value_range_double_nan", "d = vtkDoubleArray(); [d.InsertNextValue(v) for v in (1, float('nan'), -2)]; d.GetValueRange()"),
    ("value_range_char", "c = vtkCharArray(); c.InsertNextValue('a'); c.InsertNextValue('z'); c.GetValueRange()"),
    ("value_range_empty_double", "vtkDoubleArray().GetValueRange()"),
    ("value_range_empty_int", "vtkIntArray().GetValueRange()"),
    ("lookup_found", _I + "a.LookupValue(-2)"),
    ("lookup_missing", _I + "a.LookupValue(99)"),
    ("lookup_nan", "d = vtkDoubleArray(); d.InsertNextValue(float('nan')); d.LookupValue(float('nan'))"),
    ("lookup_fraction_int", _I + "a.LookupValue(1.5)"),
    ("lookup_char_code", "c = vtkCharArray(); c.InsertNextValue('z'); c.LookupValue(122)"),
    # typed accessors: bad input (exception, object unchanged)
    ("bad_component", _I + "a.GetTypedComponent(0, 2)"),
    ("bad_tuple_index", _I + "a.SetTypedComponent(9, 0, 1)"),
    ("bad_negative_index", _I + "a.GetTypedComponent(-1, 0)"),
    ("bad_float_for_int", _I + "a.SetTypedComponent(0, 0, 1.5)"),
    ("bad_overflow", _I + "a.SetTypedComponent(0, 0, 2**40)"),
    ("bad_tuple_length", _I + "a.SetTypedTuple(0, (1,))"),
    ("bad_tuple_dtype", _I + "a.SetTypedTuple(0, (1.5, 2))"),
    ("bad_get_typed_tuple_one_arg", _I + "a.GetTypedTuple(0)"),
    ("bad_get_typed_tuple_short", _I + "a.GetTypedTuple(0, [0])"),
    ("bad_insert_next_overflow", "u = vtkUnsignedCharArray(); state = lambda: u.GetNumberOfTuples(); u.InsertNextTypedTuple([300])"),
    ("bad_insert_negative", _I + "a.InsertTypedTuple(-1, (1, 2))"),
    ("bad_value_range_comp", _I + "a.GetValueRange(5)"),
    ("bad_reserve_float", "a = vtkFloatArray(); a.ReserveTuples(1.5)"),
    # constants and static helpers
    # the platform's C long (8 on x86_64, where VTK's outputs come from; 4 on wasm32)
    ("const_sizeof_long", "VTK_SIZEOF_LONG == np.dtype('l').itemsize"),
    ("const_bit", "(VTK_BIT, VTK_BIT_MIN, VTK_BIT_MAX)"),
    ("const_limits", "(VTK_FLOAT_MAX, VTK_DOUBLE_MIN, VTK_ID_MAX, VTK_UNSIGNED_LONG_LONG_MAX)"),
    ("const_fixed_types", "(VTK_TYPE_INT8, VTK_TYPE_UINT64, VTK_TYPE_FLOAT32, VTK_TYPE_CHAR_IS_SIGNED)"),
    ("static_type_size", "(vtkDataArray.GetDataTypeSize(VTK_FLOAT), vtkDataArray.GetDataTypeSize(VTK_BIT), vtkFloatArray().GetDataTypeSize(VTK_DOUBLE))"),
    ("static_create_data_array", "vtkDataArray.CreateDataArray(VTK_ID_TYPE).GetClassName()"),
    ("static_create_unknown", "vtkDataArray.CreateDataArray(99)"),
    # SOA setters
    ("soa_set_buffer_default", _S + "b = vtkBuffer['float64'](); b.Allocate(5); a.SetBuffer(0, b); a.GetNumberOfTuples()"),
    ("soa_set_buffer_update", _S + "b = vtkBuffer['float64'](); b.Allocate(5); a.SetBuffer(0, b, True); c = vtkBuffer['float64'](); c.Allocate(5); a.SetBuffer(1, c); a.GetNumberOfTuples()"),
    ("soa_set_buffer_event", _S + "n = []; a.AddObserver(vtkCommand.BufferChangedEvent, lambda o, e: n.append(1)); b = vtkBuffer['float64'](); b.Allocate(3); a.SetBuffer(0, b); len(n)"),
    ("soa_set_array_numpy", _S + "x = np.arange(4.0); a.SetArray(0, x, 4, True, True); x[0] = 9; a.GetComponent(0, 0)"),
    ("soa_set_array_delete_method", _S + "a.SetArray(1, np.arange(3.0), 3, False, True, 0); a.GetComponent(2, 1)"),
    ("soa_set_array_event", _S + "n = []; a.AddObserver(vtkCommand.BufferChangedEvent, lambda o, e: n.append(1)); a.SetArray(0, np.arange(3.0), 3, False, True); len(n)"),
    ("soa_bad_component", _S + "a.SetBuffer(2, vtkBuffer['float64']())"),
    ("soa_bad_dtype_buffer", _S + "a.SetBuffer(0, vtkBuffer['float32']())"),
    ("soa_bad_array_dtype", _S + "a.SetArray(0, np.zeros(3, np.float32), 3, True, True)"),
    ("soa_bad_get_component_buffer", _S + "a.GetComponentBuffer(5)"),
    # mesh building
    ("points_from_numpy", "p = vtkPoints(data=np.array([[0.0, 0, 0], [1, 2, 3]])); (repr(p), p.GetDataType(), p.GetPoint(1))"),
    ("points_from_float32", "vtkPoints(data=np.zeros((4, 3), np.float32)).GetDataType()"),
    ("points_from_list", "vtkPoints(data=[[0, 0, 0], [1, 0, 0]]).GetNumberOfPoints()"),
    ("points_flat", "vtkPoints(data=np.zeros(6)).GetNumberOfPoints()"),
    ("points_shared", "x = np.zeros((2, 3)); p = vtkPoints(data=x); x[0, 0] = 9; p.GetPoint(0)"),
    ("points_name", "vtkPoints(data=np.zeros((2, 3))).GetData().GetName()"),
    ("points_repr_empty", "repr(vtkPoints())"),
    ("points_bad_flat", "vtkPoints(data=np.zeros(7))"),
    ("points_bad_text", "vtkPoints(data='abc')"),
    ("points_bad_shape", "vtkPoints(data=np.zeros((5, 2))).GetNumberOfPoints()"),
    ("cells_from_lists", "c = vtkCellArray(offsets=[0, 3, 6], connectivity=[0, 1, 2, 2, 3, 4]); (repr(c), c.GetNumberOfCells())"),
    ("cells_from_numpy_shared", "k = np.array([0, 1, 2]); c = vtkCellArray(offsets=np.array([0, 3]), connectivity=k); k[0] = 7; c.GetConnectivityArray().GetValue(0)"),
    ("cells_props", "c = vtkCellArray(offsets=[0, 3], connectivity=[0, 1, 2]); (c.offsets_array.GetNumberOfValues(), c.connectivity_array.GetNumberOfValues())"),
    ("cells_repr_empty", "repr(vtkCellArray())"),
    ("cells_partial_offsets", "vtkCellArray(offsets=[0, 3])"),
    ("cells_partial_connectivity", "vtkCellArray(connectivity=[0, 1, 2])"),
    ("cells_bad_text", "vtkCellArray(offsets=[0, 3], connectivity=['a', 'b', 'c'])"),
    ("cells_bad_last_offset", "vtkCellArray(offsets=[0, 3, 6], connectivity=[0, 1, 2]).GetNumberOfCells()"),
]

REASONS = {
    "value_range_empty_int": "saturated (2**31-1, -2**31); VTK's conversion of 1e299 is undefined",
    "bad_value_range_comp": "IndexValueError, shown as ValueError (VTK: memory garbage)",
    "soa_bad_component": "IndexValueError, shown as ValueError (VTK: error message, no-op)",
    "soa_bad_dtype_buffer": "TypeError (VTK: error message, no-op)",
    "soa_bad_array_dtype": "ValueError (VTK reinterprets the bytes)",
    "soa_bad_get_component_buffer": "IndexValueError, shown as ValueError (VTK: error message, None)",
    "points_bad_shape": "ValueError (VTK: error message, 0 points)",
    "cells_bad_last_offset": "ValueError (VTK: error message, keeps 2 inconsistent cells)",
    "static_create_unknown": "ValueError for an unknown type id (VTK: a vtkDoubleArray and a warning)",
}

SNIPPETS = [(f"api11.{name}", code) for name, code in SNIPPETS]

# vtkbuf's outputs for the deliberate differences (docs/contract.md)
NOT_IN_VTK = {"api11.bad_value_range_comp"}  # VTK reads memory garbage
DIFFERENT = {
    'api11.value_range_empty_int': '(2147483647, -2147483648)',
    'api11.bad_value_range_comp': '!ValueError',
    'api11.static_create_unknown': '!ValueError',
    'api11.soa_bad_component': '!ValueError',
    'api11.soa_bad_dtype_buffer': '!TypeError',
    'api11.soa_bad_array_dtype': '!ValueError',
    'api11.soa_bad_get_component_buffer': '!ValueError',
    'api11.points_bad_shape': '!ValueError',
}
