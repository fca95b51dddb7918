# Item and slice assignment follow NumPy's casting, as VTK 9.7's NumPy-native arrays
# (truncation, strings parsed); only what NumPy would wrap or leave undefined is
# refused (the core's span rule, src/vb_span.h): see DIFFERENT below.
SNIPPETS = []
DIFFERENT = {}
for cls, bad in (("vtkSignedCharArray", 300), ("vtkUnsignedCharArray", -1), ("vtkShortArray", 40000),
                 ("vtkIntArray", 2**31), ("vtkUnsignedIntArray", 2**32), ("vtkLongLongArray", 2**63),
                 ("vtkUnsignedLongLongArray", -1), ("vtkIdTypeArray", 2**64)):
    setup = f"a = make({cls}, [1, 2, 3])\n"
    SNIPPETS += [
        (f"num.{cls}.int_in_range", setup + "a[0] = 5\na[:]"),
        (f"num.{cls}.int_overflow", setup + f"a[0] = {bad}"),
        (f"num.{cls}.slice_overflow", setup + f"a[0:2] = [1, {bad}]"),
        (f"num.{cls}.setvalue_float", setup + "a.SetValue(0, 1.5)"),
        (f"num.{cls}.item_float", setup + "a[0] = 1.5\na[:]"),
        (f"num.{cls}.slice_float", setup + "a[0:2] = [1.5, 2.5]\na[:]"),
        (f"num.{cls}.item_str", setup + "a[0] = '1'\na[:]"),
        (f"num.{cls}.item_bool", setup + "a[0] = True\na[:]"),
    ]
for cls in ("vtkFloatArray", "vtkDoubleArray"):
    setup = f"a = make({cls}, [1, 2, 3])\n"
    SNIPPETS += [
        (f"num.{cls}.item_float", setup + "a[0] = 0.25\na[:]"),
        (f"num.{cls}.item_huge", setup + "a[0] = 1e300\na[0]"),
        (f"num.{cls}.item_int", setup + "a[1] = 7\na[:]"),
        (f"num.{cls}.item_str", setup + "a[0] = '1'\na[:]"),
        (f"num.{cls}.item_complex", setup + "a[0] = 1j\na[:]"),
        (f"num.{cls}.nan", setup + "a[2] = float('nan')\na[:]"),
    ]
