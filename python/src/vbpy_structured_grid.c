/* vbpy_structured_grid.c - vtkStructuredGrid: Python face of
 * vb_structured_grid (src/vb_structured_grid.h).  Points, cells, bounds and
 * copies come from its bases (vtkPointSet, vtkDataSet); here the extent,
 * GetPoint(i, j, k, p) and blanking. */
#include <limits.h>

#include "vbpy_types.h"

#define SG(op) vb_structured_grid_from_object(VBPY_OBJ(op))

static PyObject *sg_new(PyTypeObject *cls, PyObject *args, PyObject *kwds) {
  /* keywords: vtkObject's tp_init sets them (VTK 9.7's properties) */
  if (PyTuple_GET_SIZE(args) && vbpy_no_args(cls, args, kwds) < 0) return NULL;
  return vbpy_wrap_new(vb_data_object_object(vb_structured_grid_data_object(vb_structured_grid_new())), cls);
}

/* k ints, or one sequence of k ints */
static int ints_args(const char *fn, PyObject *const *args, Py_ssize_t n, int k, int *out) {
  PyObject *seq = NULL;
  int r = 0;
  if (n == 1 && PySequence_Check(args[0]) && !PyUnicode_Check(args[0])) {
    if (!(seq = PySequence_Fast(args[0], "")) || PySequence_Fast_GET_SIZE(seq) != k) {
      Py_XDECREF(seq);
      PyErr_Format(PyExc_TypeError, "%s(): expected %d ints or a sequence of %d ints", fn, k, k);
      return -1;
    }
    for (int i = 0; r == 0 && i < k; i++) r = vbpy_int_arg(fn, PySequence_Fast_GET_ITEM(seq, i), &out[i]);
    Py_DECREF(seq);
    return r;
  }
  if (n != k) {
    PyErr_Format(PyExc_TypeError, "no overloads of %s() take %zd arguments", fn, n);
    return -1;
  }
  for (int i = 0; r == 0 && i < k; i++) r = vbpy_int_arg(fn, args[i], &out[i]);
  return r;
}

/* fills a sequence of n items with ints (VTK's int[3] output arguments) */
static PyObject *ints_out(const char *fn, PyObject *out, const int *v, int n) {
  Py_ssize_t len = PySequence_Check(out) && !PyUnicode_Check(out) ? PySequence_Size(out) : -1;
  if (len != n) {
    if (len < 0) PyErr_Clear();
    return PyErr_Format(PyExc_TypeError, "%s(): expected a sequence of %d ints to fill", fn, n);
  }
  for (int i = 0; i < n; i++) {
    PyObject *x = PyLong_FromLong(v[i]);
    int r = x ? PySequence_SetItem(out, i, x) : -1;
    Py_XDECREF(x);
    if (r < 0) return NULL;
  }
  Py_RETURN_NONE;
}

static PyObject *g_set_extent(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  int e[6];
  if (ints_args("SetExtent", args, n, 6, e) < 0) return NULL;
  VBPY_RETURN_NONE(vb_structured_grid_set_extent(SG(op), e));
}
static PyObject *g_set_dims(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  int d[3], e[6];
  if (ints_args("SetDimensions", args, n, 3, d) < 0) return NULL;
  for (int i = 0; i < 3; i++) e[2 * i] = 0, e[2 * i + 1] = d[i] == INT_MIN ? INT_MIN : d[i] - 1;
  VBPY_RETURN_NONE(vb_structured_grid_set_extent(SG(op), e));
}
static PyObject *g_extent(PyObject *op, PyObject *u) {
  int e[6];
  (void)u;
  vb_structured_grid_get_extent(SG(op), e);
  return Py_BuildValue("(iiiiii)", e[0], e[1], e[2], e[3], e[4], e[5]);
}
/* GetDimensions(out) / GetCellDims(out): VTK 9.7.1 has only the output form */
static PyObject *g_dims(PyObject *op, PyObject *arg) {
  int d[3];
  vb_structured_grid_get_dimensions(SG(op), d);
  return ints_out("GetDimensions", arg, d, 3);
}
static PyObject *g_cell_dims(PyObject *op, PyObject *arg) {
  int d[3];
  vb_structured_grid_get_dimensions(SG(op), d);
  for (int i = 0; i < 3; i++) d[i] = d[i] - 1 < 1 ? 1 : d[i] - 1;
  return ints_out("GetCellDims", arg, d, 3);
}
static PyObject *g_data_dim(PyObject *op, PyObject *u) { (void)u; return PyLong_FromLong(vb_structured_grid_get_data_dimension(SG(op))); }
static PyObject *g_data_desc(PyObject *op, PyObject *u) { (void)u; return PyLong_FromLong(vb_structured_grid_get_data_description(SG(op))); }

/* GetPoint(i, j, k, p, adjustForExtent=True) fills p; GetPoint(id[, out]): vtkDataSet's */
static PyObject *g_point(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  int ijk[3], adjust = 1, r;
  double x[3];
  if (n < 4) {
    PyObject *m = PyDict_GetItemString(VbDataSet_Type.tp_dict, "GetPoint"), *stack[4] = {op, NULL, NULL, NULL};
    for (Py_ssize_t i = 0; i < n; i++) stack[i + 1] = args[i];
    return m ? PyObject_Vectorcall(m, stack, (size_t)n + 1, NULL) : NULL; /* vtkDataSet.GetPoint(self, ...) */
  }
  if (vbpy_nargs("GetPoint", n, 4, 5) < 0 || ints_args("GetPoint", args, 3, 3, ijk) < 0 ||
      (n == 5 && vbpy_bool_arg("GetPoint", args[4], &adjust) < 0))
    return NULL;
  if ((r = vb_structured_grid_get_point_ijk(SG(op), ijk, adjust, x)) < 0) return vbpy_error(r);
  if (r == 0) Py_RETURN_NONE; /* outside the extent: VTK's error message, p untouched */
  return vbpy_fill_out("GetPoint", args[3], x, 3) < 0 ? NULL : Py_NewRef(Py_None);
}

static PyObject *blank(PyObject *op, PyObject *arg, const char *fn, int type, int on) {
  int64_t id;
  if (vbpy_index_arg(fn, arg, &id) < 0) return NULL;
  VBPY_RETURN_NONE(vb_structured_grid_set_blank(SG(op), type, id, on));
}
static PyObject *g_blank_pt(PyObject *op, PyObject *a) { return blank(op, a, "BlankPoint", VB_DATA_POINT, 1); }
static PyObject *g_unblank_pt(PyObject *op, PyObject *a) { return blank(op, a, "UnBlankPoint", VB_DATA_POINT, 0); }
static PyObject *g_blank_cell(PyObject *op, PyObject *a) { return blank(op, a, "BlankCell", VB_DATA_CELL, 1); }
static PyObject *g_unblank_cell(PyObject *op, PyObject *a) { return blank(op, a, "UnBlankCell", VB_DATA_CELL, 0); }
static PyObject *visible(PyObject *op, PyObject *arg, const char *fn, int type) {
  int64_t id;
  if (vbpy_index_arg(fn, arg, &id) < 0) return NULL;
  int r = vb_structured_grid_is_visible(SG(op), type, id);
  return r < 0 ? vbpy_error(r) : PyLong_FromLong(r);
}
static PyObject *g_pt_visible(PyObject *op, PyObject *a) { return visible(op, a, "IsPointVisible", VB_DATA_POINT); }
static PyObject *g_cell_visible(PyObject *op, PyObject *a) { return visible(op, a, "IsCellVisible", VB_DATA_CELL); }
static PyObject *g_any_blank_pts(PyObject *op, PyObject *u) { (void)u; return PyBool_FromLong(vb_structured_grid_has_any_blank(SG(op), VB_DATA_POINT)); }
static PyObject *g_any_blank_cells(PyObject *op, PyObject *u) { (void)u; return PyBool_FromLong(vb_structured_grid_has_any_blank(SG(op), VB_DATA_CELL)); }

static vbpy_method sg_methods[] = {
  {"SetExtent", VBPY_FC(g_set_extent), VBPY_DOC("SetExtent(i0, i1, j0, j1, k0, k1) / SetExtent(extent)")},
  {"GetExtent", g_extent, METH_NOARGS, VBPY_DOC("(i0, i1, j0, j1, k0, k1)")},
  {"SetDimensions", VBPY_FC(g_set_dims), VBPY_DOC("SetDimensions(i, j, k) / SetDimensions(dims)")},
  {"GetDimensions", g_dims, METH_O, VBPY_DOC("GetDimensions(out): fills out with the dimensions")},
  {"GetCellDims", g_cell_dims, METH_O, VBPY_DOC("GetCellDims(out)")},
  {"GetDataDimension", g_data_dim, METH_NOARGS, VBPY_DOC("0..3")},
  {"GetDataDescription", g_data_desc, METH_NOARGS, VBPY_DOC("vtkStructuredData's VTK_STRUCTURED_* value")},
  {"GetMaxSpatialDimension", g_data_dim, METH_NOARGS, VBPY_DOC("")},
  {"GetMinSpatialDimension", g_data_dim, METH_NOARGS, VBPY_DOC("")},
  {"GetPoint", VBPY_FC(g_point), VBPY_DOC("GetPoint(id[, out]) / GetPoint(i, j, k, p, adjustForExtent=True)")},
  {"BlankPoint", g_blank_pt, METH_O, VBPY_DOC("BlankPoint(ptId)")},
  {"UnBlankPoint", g_unblank_pt, METH_O, VBPY_DOC("UnBlankPoint(ptId)")},
  {"BlankCell", g_blank_cell, METH_O, VBPY_DOC("BlankCell(cellId)")},
  {"UnBlankCell", g_unblank_cell, METH_O, VBPY_DOC("UnBlankCell(cellId)")},
  {"IsPointVisible", g_pt_visible, METH_O, VBPY_DOC("1 / 0")},
  {"IsCellVisible", g_cell_visible, METH_O, VBPY_DOC("1 / 0")},
  {"HasAnyBlankPoints", g_any_blank_pts, METH_NOARGS, VBPY_DOC("")},
  {"HasAnyBlankCells", g_any_blank_cells, METH_NOARGS, VBPY_DOC("")},
  {"", NULL, 0, NULL},
};

static vbpy_getset sg_props[] = {
  {"extent", VBPY_GET, VBPY_SET, VBPY_DOC(""), "GetExtent"},
  {"data_dimension", VBPY_GET, NULL, VBPY_DOC(""), "GetDataDimension"},
  {"data_description", VBPY_GET, NULL, VBPY_DOC(""), "GetDataDescription"},
  {"", NULL, NULL, NULL, ""},
};

PyTypeObject VbStructuredGrid_Type = {
  PyVarObject_HEAD_INIT(NULL, 0)
  .tp_name = "vtkbuf.vtkStructuredGrid",
  .tp_basicsize = sizeof(VbObject),
  .tp_dealloc = vbpy_object_dealloc,
  .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
  .tp_doc = VBPY_DOC("vtkStructuredGrid: explicit points on an extent (quads / hexahedra), with blanking."),
  .tp_methods = VBPY_METHODS(sg_methods),
  .tp_getset = VBPY_GETSETS(sg_props),
  .tp_new = sg_new,
};
