# The one rule for differing from VTK 9.7.1 (docs/python.md, "Conformance: deliberate
# differences"): return values and types, index errors, LookupValue, and NumPy
# assignment as VTK; only wraps and undefined conversions differ (DIFFERENT below).
import numpy as _np

SNIPPETS = []
DIFFERENT = {}

# ---- return values and types of the setters and the double interface
for cls in ("vtkIntArray", "vtkFloatArray", "vtkIdTypeArray", "vtkUnsignedLongLongArray", "vtkBitArray"):
    setup = f"a = make({cls}, [1, 0, 1, 1])\n"
    SNIPPETS += [
        (f"rule.{cls}.set_number_of_values", setup + "r = a.SetNumberOfValues(3); (r, type(r).__name__)"),
        (f"rule.{cls}.resize", setup + "r = a.Resize(6); (r, type(r).__name__)"),
        (f"rule.{cls}.allocate", setup + "r = a.Allocate(10); (r, type(r).__name__)"),
        (f"rule.{cls}.reserve", setup + "(a.ReserveTuples(8), a.ReserveValues(9))"),
        (f"rule.{cls}.set_number_of_tuples", setup + "a.SetNumberOfTuples(5)"),
        (f"rule.{cls}.squeeze_initialize", setup + "(a.Squeeze(), a.Initialize())"),
        (f"rule.{cls}.insert_next_value", setup + "a.InsertNextValue(1)"),
        (f"rule.{cls}.insert_next_tuple", setup + "(a.InsertNextTuple((1,)), a.InsertNextTuple1(1))"),
        (f"rule.{cls}.insert_returns", setup + "(a.InsertValue(7, 1), a.InsertTuple(9, (1,)), a.InsertTuple1(10, 1))"),
        (f"rule.{cls}.set_returns", setup + "(a.SetValue(0, 1), a.SetTuple1(0, 1), a.SetComponent(0, 0, 1))"),
        (f"rule.{cls}.double_types", setup + "[type(x).__name__ for x in (a.GetComponent(1, 0), a.GetTuple1(1), *a.GetTuple(1), *a.GetRange())]"),
        (f"rule.{cls}.value_type", setup + "type(a.GetValue(0)).__name__"),
    ]
SNIPPETS += [
    ("rule.idtype_tuple_floats", "a = vtkIdTypeArray(); a.InsertNextTuple1(2**53 + 1); (a.GetTuple(0), a.GetComponent(0, 0))"),
    ("rule.int3_insert_next_tuple3", "a = vtkIntArray(); a.SetNumberOfComponents(3); (a.InsertNextTuple3(1, 2, 3), a.InsertNextTuple((4, 5, 6)))"),
    ("rule.range_negative_comp", "a = make(vtkIntArray, [0, 1, 2, 3], nc=2); (a.GetRange(-1), a.GetRange(-2), a.GetRange(-7))"),
    ("rule.range_negative_comp_1", "a = make(vtkIntArray, [-3, 1]); (a.GetRange(-1), a.GetRange(-2))"),
]

# ---- index errors: ValueError with VTK's message (vtkbuf's IndexValueError is also an IndexError)
_IE = ("a = make(vtkIntArray, [1, 2, 3, 4], nc=2)\n"
       "def err(f):\n"
       "    try:\n"
       "        f()\n"
       "    except ValueError as e:\n"
       "        m = str(e)\n"
       "        return [k for k in KEYS if k in m]\n"
       "KEYS = ('expects 0 <= valueIdx && valueIdx < GetNumberOfValues()',\n"
       "        'expects 0 <= tupleIdx && tupleIdx < GetNumberOfTuples()',\n"
       "        'expects 0 <= tupleIdx && GetNumberOfComponents() * tupleIdx + compIdx < GetNumberOfValues()',\n"
       "        'expects 0 <= compIdx && compIdx < GetNumberOfComponents()',\n"
       "        'expects 0 <= id', 'expects 0 <= tupleIdx')\n")
for name, call in (("set_value", "a.SetValue(5, 1)"), ("get_value_neg", "a.GetValue(-1)"),
                   ("get_tuple", "a.GetTuple(2)"), ("set_tuple2", "a.SetTuple2(9, 1, 2)"),
                   ("get_component_tuple", "a.GetComponent(5, 0)"), ("get_component_comp", "a.GetComponent(0, 2)"),
                   ("set_component_neg_comp", "a.SetComponent(0, -1, 1)"), ("insert_value_neg", "a.InsertValue(-1, 1)"),
                   ("insert_tuple_neg", "a.InsertTuple(-1, (1, 2))"), ("typed_tuple", "a.SetTypedTuple(3, (1, 2))")):
    SNIPPETS.append((f"rule.index.{name}", _IE + f"err(lambda: {call})"))
SNIPPETS += [
    ("rule.index.class", "a = make(vtkIntArray, [1])\ntry:\n    a.GetValue(3)\nexcept ValueError as e:\n    r = isinstance(e, ValueError)\nr"),
    ("rule.index.past_int64", "make(vtkIntArray, [1]).GetValue(2**70)"),
]

# ---- LookupValue: the argument converted to the value type as VTK does
_L = {"vtkIntArray": [0, -1, 5], "vtkUnsignedCharArray": [0, 255, 5], "vtkLongLongArray": [0, -1, 2**53 + 1],
      "vtkUnsignedLongLongArray": [0, 2**64 - 1], "vtkFloatArray": [0.0, 0.1, 1.5], "vtkDoubleArray": [0.0, 0.1, float("nan")]}
for cls, vals in _L.items():
    setup = f"a = make({cls}, {vals!r})\n"
    SNIPPETS += [(f"rule.lookup.{cls}.{k}", setup + f"a.LookupValue({q})") for k, q in (
        ("fraction", "0.9"), ("neg_fraction", "-0.5"), ("wrap", "-1"), ("wrap_big", "2**32 + 5"), ("five_half", "5.5"),
        ("past_int64", "2**63"), ("nan", "float('nan')"), ("none", "None"), ("str_num", "'5'"), ("str_text", "'x'"),
        ("complex", "1j"), ("bool", "True"))]
    if cls == "vtkUnsignedCharArray":
        DIFFERENT[f"rule.lookup.{cls}.nan"] = "-1"  # VTK: an undefined NaN -> int cast
for k, q in (("char_wrap", "255"), ("char_fraction", "97.5"), ("char_str", "'a'"), ("char_long_str", "'ab'")):
    SNIPPETS.append((f"rule.lookup.{k}", "c = vtkCharArray()\nfor x in 'az\\xff': c.InsertNextValue(x)\n" + f"c.LookupValue({q})"))
SNIPPETS.append(("rule.lookup.soa_wrap", "s = make_soa('int32', [[0, 7]])\n(s.LookupValue(7.5), s.LookupValue(2**40), s.LookupValue(-0.5))"))

# ---- NumPy assignment: NumPy's casting; wraps and undefined casts refused
for cls, bad, sdt in (("vtkSignedCharArray", 300, "int64"), ("vtkUnsignedCharArray", -1, "int64"),
                      ("vtkShortArray", 40000, "int64"), ("vtkUnsignedShortArray", 70000, "int64"),
                      ("vtkIntArray", 2**31, "int64"), ("vtkUnsignedIntArray", 2**32, "int64"),
                      ("vtkLongLongArray", 2**63, "uint64"), ("vtkUnsignedLongLongArray", -1, "int64"),
                      ("vtkIdTypeArray", 2**63, "uint64")):
    setup = f"a = make({cls}, [1, 2, 3])\n"
    SNIPPETS += [
        (f"rule.assign.{cls}.truncate", setup + "a[:] = np.array([1.9, -0.9, 2.5])\na[:]"),
        (f"rule.assign.{cls}.list_truncate", setup + "a[1:] = [2.9, 3.1]\na[:]"),
        (f"rule.assign.{cls}.broadcast", setup + "a[:] = 1.7\na[:]"),
        (f"rule.assign.{cls}.str_list", setup + "a[:2] = ['4', '5']\na[:]"),
        (f"rule.assign.{cls}.str_fraction", setup + "a[0] = '1.5'"),
        (f"rule.assign.{cls}.nan_item", setup + "a[0] = float('nan')"),
        (f"rule.assign.{cls}.inf_item", setup + "a[0] = float('inf')"),
        (f"rule.assign.{cls}.huge_item", setup + "a[0] = 1e300"),
        (f"rule.assign.{cls}.bool_array", setup + "a[:] = np.array([True, False, True])\na[:]"),
        (f"rule.assign.{cls}.array_wrap", setup + f"a[0:2] = np.array([1, {bad}], dtype=np.{sdt})\na[:]"),
        (f"rule.assign.{cls}.array_nan", setup + "a[0:2] = np.array([1.0, np.nan])\na[:]"),
        (f"rule.assign.{cls}.array_huge", setup + "a[0:2] = np.array([1.0, 1e300])\na[:]"),
        (f"rule.assign.{cls}.array_complex", setup + "a[0:2] = np.array([1 + 1j, 2])\na[:]"),
    ]
    DIFFERENT[f"rule.assign.{cls}.array_wrap"] = "!OverflowError"   # NumPy (so VTK) wraps silently
    DIFFERENT[f"rule.assign.{cls}.array_nan"] = "!ValueError"       # an undefined cast in VTK
    DIFFERENT[f"rule.assign.{cls}.array_huge"] = "!OverflowError"   # an undefined cast in VTK
    DIFFERENT[f"rule.assign.{cls}.array_complex"] = "!TypeError"    # VTK drops the imaginary part
for cls in ("vtkFloatArray", "vtkDoubleArray"):
    setup = f"a = make({cls}, [1, 2, 3])\n"
    SNIPPETS += [
        (f"rule.assign.{cls}.ints", setup + "a[:] = np.array([2**40, -7, 2**64 - 1], dtype=object)\na[:]"),
        (f"rule.assign.{cls}.str_list", setup + "a[:2] = ['0.5', '1e3']\na[:]"),
        (f"rule.assign.{cls}.array_nan", setup + "a[0:2] = np.array([np.nan, np.inf])\na[:]"),
        (f"rule.assign.{cls}.array_complex", setup + "a[0:2] = np.array([1 + 1j, 2])\na[:]"),
    ]
    DIFFERENT[f"rule.assign.{cls}.array_complex"] = "!TypeError"
SNIPPETS += [
    ("rule.assign.float32_huge_array", "a = make(vtkFloatArray, [1, 2])\na[:] = np.array([1e300, -1e300])\na[:]"),
    ("rule.assign.soa_truncate", "s = make_soa('int16', [[1, 2], [3, 4]])\ns[0] = [1.9, -2.9]\nnp.asarray(s).tolist()"),
    ("rule.assign.soa_slice", "s = make_soa('uint8', [[1, 2, 3]])\ns[1:] = np.array([7.5, 254.9])\nnp.asarray(s).tolist()"),
    ("rule.assign.soa_wrap", "s = make_soa('int16', [[1, 2], [3, 4]])\ns[0:2] = np.array([[1, 70000], [5, 6]])\nnp.asarray(s).tolist()"),
    ("rule.assign.soa_column", "s = make_soa('int32', [[1, 2], [3, 4]])\ns[1, 1] = 9.99\nnp.asarray(s).tolist()"),
    ("rule.assign.multicomp_aos", "a = make(vtkIntArray, [1, 2, 3, 4], nc=2)\na[1] = [7.7, -8.8]\na[:].tolist()"),
    ("rule.assign.multicomp_aos_wrap", "a = make(vtkShortArray, [1, 2, 3, 4], nc=2)\na[1] = np.array([7, 2**20])\na[:].tolist()"),
    ("rule.assign.vtkarray_truncate", "a = make(vtkUnsignedCharArray, [1, 2, 3])\nva = dsa.vtkDataArrayToVTKArray(a)\nva[0:2] = np.array([9.9, 8.1])\n[a.GetValue(i) for i in range(3)]"),
    ("rule.assign.vtkarray_wrap", "a = make(vtkUnsignedCharArray, [1, 2, 3])\nva = dsa.vtkDataArrayToVTKArray(a)\nva[:] = np.array([1, 2, 300])\n[a.GetValue(i) for i in range(3)]"),
    ("rule.assign.vtkarray_item_overflow", "a = make(vtkUnsignedCharArray, [1, 2, 3])\nva = dsa.vtkDataArrayToVTKArray(a)\nva[0] = 256"),
]
DIFFERENT["rule.assign.soa_wrap"] = "!OverflowError"
DIFFERENT["rule.assign.multicomp_aos_wrap"] = "!OverflowError"
DIFFERENT["rule.assign.vtkarray_wrap"] = "!OverflowError"
