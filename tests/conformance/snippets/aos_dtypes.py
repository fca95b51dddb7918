# AOS arrays of every dtype: shape, dtype, indexing, arithmetic, ufuncs,
# reductions, conversions. One-component arrays of 5 values, made with the value
# API (make(cls, values, nc) in run.py's helpers).
CLASSES = ["vtkFloatArray", "vtkDoubleArray", "vtkSignedCharArray", "vtkUnsignedCharArray",
           "vtkShortArray", "vtkUnsignedShortArray", "vtkIntArray", "vtkUnsignedIntArray",
           "vtkLongLongArray", "vtkUnsignedLongLongArray", "vtkIdTypeArray"]
OPS = {
    "repr": "repr(a)",
    "len": "len(a)",
    "shape_dtype": "(a.shape, a.ndim, a.size, str(a.dtype), a.nbytes)",
    "item": "a[1]",
    "item_neg": "a[-1]",
    "slice": "a[1:4]",
    "slice_step": "a[::2]",
    "fancy": "a[[0, 2, 4]]",
    "mask": "a[np.array([True, False, True, False, True])]",
    "add": "a + 1",
    "radd": "2 + a",
    "mul_float": "a * 1.5",
    "sub_self": "a - a",
    "truediv": "a / 2",
    "floordiv_mod": "(a // 2, a % 2)",
    "pow": "a ** 2",
    "cmp": "(a > 2, a == 3)",
    "neg_abs": "(-a, abs(a))",
    "ufunc_sqrt": "np.sqrt(a)",
    "ufunc_add_arrays": "np.add(a, a)",
    "ufunc_maximum": "np.maximum(a, 2)",
    "sum": "(np.sum(a), a.sum())",
    "mean_std": "(a.mean(), a.std(), a.var())",
    "min_max": "(a.min(), a.max(), a.argmin(), a.argmax())",
    "cumsum": "a.cumsum()",
    "asarray": "np.asarray(a)",
    "array_copy": "np.array(a)",
    "tolist_str": "(a.tolist(), str(a))",
    "iter": "list(a)",
    "setitem": "a[0] = 7\na[:]",
    "setitem_slice": "a[1:3] = [8, 9]\na[:]",
    "setitem_neg": "a[-1] = 6\n(a.GetValue(4), a[4])",
    "zero_copy": "v = a[1:3]\nv[0] = 9\na.GetValue(1)",
    "empty": "b = CLS()\n(repr(b), len(b), b.shape, np.asarray(b))",
}
SNIPPETS = []
for cls in CLASSES:
    for op, code in OPS.items():
        SNIPPETS.append((f"aos.{cls}.{op}",
                         f"CLS = {cls}\na = make(CLS, [1, 2, 3, 4, 5])\n" + code))
