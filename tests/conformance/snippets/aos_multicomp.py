# AOS arrays of 3 components (float64, float32, int32): (n, k) behaviour, VTK's
# broadcasting of (n,) against (n, k), axis reductions, column access.
SETUP = "CLS = {cls}\na = make(CLS, list(range(12)), 3)\nb = make(CLS, [1, 2, 3, 4])\n"
OPS = {
    "repr_shape": "(repr(a), a.shape, len(a))",
    "row": "a[1]",
    "col": "a[:, 1]",
    "elem": "a[2, 2]",
    "rows_slice": "a[1:3]",
    "add_scalar": "a + 1",
    "broadcast_n_nk": "a + b",
    "broadcast_rev": "b * a",
    "broadcast_k": "a + np.array([1, 2, 3])",
    "sum_axes": "(a.sum(), a.sum(axis=0), a.sum(axis=1))",
    "mean_axis0": "a.mean(axis=0)",
    "max_axis1": "np.max(a, axis=1)",
    "norm": "np.linalg.norm(a, axis=1)",
    "T": "a.T",
    "reshape_flatten": "(a.reshape(12), a.flatten(), a.ravel())",
    "dot": "a.dot(np.array([1, 0, 1]))",
    "setitem_row": "a[0] = [7, 8, 9]\na[0]",
    "setitem_col": "a[:, 2] = 0\na[:]",
    "cmp": "a >= 6",
    "iter": "list(a)",
    "cross": "np.cross(a, a[::-1])",
    "where": "np.where(a > 5)",
    "concatenate": "np.concatenate([a, a])",
    "astype": "a.astype(np.float32)",
}
SNIPPETS = []
for cls in ["vtkDoubleArray", "vtkFloatArray", "vtkIntArray"]:
    for op, code in OPS.items():
        SNIPPETS.append((f"aos3.{cls}.{op}", SETUP.format(cls=cls) + code))
