/* vbpy_lookup_table.c - vtkLookupTable: Python face of vb_lookup_table
 * (src/vb_lookup_table.h).  The property setters and getters are made by
 * python/vtkbuf/_lookup_table.py from two generic methods, _d and _i. */
#include "vbpy_types.h"

#define LUT(op) vb_lookup_table_from_object(VBPY_OBJ(op))

static PyObject *lut_new(PyTypeObject *cls, PyObject *args, PyObject *kwds) {
  (void)args; (void)kwds;
  return vbpy_wrap_new(vb_lookup_table_object(vb_lookup_table_new()), cls);
}

/* _d(kind): the double property as a tuple (a float for Alpha);
 * _d(kind, v0, ...): set it (as many values as it has) */
static PyObject *lut_d(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  int which;
  double v[4];
  if (n < 1 || vbpy_int_arg("_d", args[0], &which) < 0) return NULL;
  int k = vb_lookup_table_doubles_size(which);
  if (n == 1) {
    int s = vb_lookup_table_get_doubles(LUT(op), which, v);
    if (s < 0) return vbpy_error(s);
    return k == 1 ? PyFloat_FromDouble(v[0]) : vbpy_tuple_d(v, k);
  }
  if (n - 1 != k) return PyErr_Format(PyExc_TypeError, "expected %d values, got %zd", k, n - 1);
  for (int i = 0; i < k; i++)
    if (vbpy_real_arg("Set", args[i + 1], &v[i]) < 0) return NULL;
  VBPY_RETURN_NONE(vb_lookup_table_set_doubles(LUT(op), which, v));
}

/* _i(kind) / _i(kind, value): an int property */
static PyObject *lut_i(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  int which, v;
  if (vbpy_nargs("_i", n, 1, 2) < 0 || vbpy_int_arg("_i", args[0], &which) < 0) return NULL;
  if (n == 1) return PyLong_FromLong(vb_lookup_table_get_int(LUT(op), which));
  if (vbpy_int_arg("Set", args[1], &v) < 0) return NULL;
  VBPY_RETURN_NONE(vb_lookup_table_set_int(LUT(op), which, v));
}

static PyObject *lut_set_n(PyObject *op, PyObject *arg) {
  int64_t n;
  if (vbpy_index_arg("SetNumberOfTableValues", arg, &n) < 0) return NULL;
  VBPY_RETURN_NONE(vb_lookup_table_set_number_of_table_values(LUT(op), n));
}

static PyObject *lut_get_n(PyObject *op, PyObject *u) {
  (void)u;
  return PyLong_FromLongLong(vb_lookup_table_get_number_of_colors(LUT(op)));
}

static PyObject *lut_build(PyObject *op, PyObject *u) {
  (void)u;
  VBPY_RETURN_NONE(vb_lookup_table_build(LUT(op)));
}

static PyObject *lut_force_build(PyObject *op, PyObject *u) {
  (void)u;
  VBPY_RETURN_NONE(vb_lookup_table_force_build(LUT(op)));
}

/* SetTableValue(i, r, g, b[, a=1]) or SetTableValue(i, (r, g, b, a)) */
static PyObject *lut_set_value(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  int64_t i;
  double c[4] = {0, 0, 0, 1};
  if (vbpy_nargs("SetTableValue", n, 2, 5) < 0 || vbpy_index_arg("SetTableValue", args[0], &i) < 0)
    return NULL;
  if (n == 2) {
    PyObject *seq = PySequence_Fast(args[1], "SetTableValue(i, rgba): expected a sequence of 4");
    if (!seq) return NULL;
    int bad = PySequence_Fast_GET_SIZE(seq) != 4;
    for (int k = 0; !bad && k < 4; k++)
      bad = vbpy_real_arg("SetTableValue", PySequence_Fast_GET_ITEM(seq, k), &c[k]) < 0 ? 2 : 0;
    Py_DECREF(seq);
    if (bad == 1) PyErr_SetString(PyExc_TypeError, "SetTableValue(i, rgba): expected 4 values");
    if (bad) return NULL;
  } else {
    if (n < 4) return PyErr_Format(PyExc_TypeError, "SetTableValue(i, r, g, b[, a])");
    for (int k = 0; k < n - 1; k++)
      if (vbpy_real_arg("SetTableValue", args[k + 1], &c[k]) < 0) return NULL;
  }
  VBPY_RETURN_NONE(vb_lookup_table_set_table_value(LUT(op), i, c));
}

static PyObject *lut_get_value(PyObject *op, PyObject *arg) {
  int64_t i;
  double c[4];
  if (vbpy_index_arg("GetTableValue", arg, &i) < 0) return NULL;
  int s = vb_lookup_table_get_table_value(LUT(op), i, c);
  return s < 0 ? vbpy_error(s) : vbpy_tuple_d(c, 4);
}

/* _map(v) -> (r, g, b, a) bytes of MapValue; GetColor/GetOpacity/GetIndex in Python */
static PyObject *lut_map(PyObject *op, PyObject *arg) {
  double v;
  unsigned char c[4];
  if (vbpy_real_arg("MapValue", arg, &v) < 0) return NULL;
  int s = vb_lookup_table_map_value(LUT(op), v, c);
  if (s < 0) return vbpy_error(s);
  return Py_BuildValue("(iiii)", c[0], c[1], c[2], c[3]);
}

static PyObject *lut_index(PyObject *op, PyObject *arg) {
  double v;
  if (vbpy_real_arg("GetIndex", arg, &v) < 0) return NULL;
  return PyLong_FromLongLong(vb_lookup_table_get_index(LUT(op), v));
}

/* MapScalars(array, colorMode, component) -> vtkUnsignedCharArray (RGBA) */
static PyObject *lut_map_scalars(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  int mode, comp;
  vb_array *a, *out;
  if (vbpy_nargs("MapScalars", n, 3, 3) < 0 || !(a = vbpy_array_arg("MapScalars", args[0], 0, NULL)) ||
      vbpy_int_arg("MapScalars", args[1], &mode) < 0 || vbpy_int_arg("MapScalars", args[2], &comp) < 0)
    return NULL;
  if (!(out = vb_lookup_table_map_scalars(LUT(op), a, mode, comp))) return vbpy_error(vb_last_status());
  PyObject *r = vbpy_wrap(vb_array_object(out), NULL);
  vb_array_release(out);
  return r;
}

static PyMethodDef lut_methods[] = {
  {"_d", VBPY_FC(lut_d), VBPY_DOC("_d(kind[, values...]): a double property")},
  {"_i", VBPY_FC(lut_i), VBPY_DOC("_i(kind[, value]): an int property")},
  {"_map", lut_map, METH_O, VBPY_DOC("MapValue's RGBA bytes")},
  {"SetNumberOfTableValues", lut_set_n, METH_O, VBPY_DOC("")},
  {"GetNumberOfTableValues", lut_get_n, METH_NOARGS, VBPY_DOC("")},
  {"GetNumberOfColors", lut_get_n, METH_NOARGS, VBPY_DOC("")},
  {"Build", lut_build, METH_NOARGS, VBPY_DOC("build the table if a property changed")},
  {"ForceBuild", lut_force_build, METH_NOARGS, VBPY_DOC("")},
  {"SetTableValue", VBPY_FC(lut_set_value), VBPY_DOC("SetTableValue(i, r, g, b[, a] | rgba)")},
  {"GetTableValue", lut_get_value, METH_O, VBPY_DOC("(r, g, b, a)")},
  {"GetIndex", lut_index, METH_O, VBPY_DOC("")},
  {"MapScalars", VBPY_FC(lut_map_scalars), VBPY_DOC("MapScalars(array, colorMode, component)")},
  {NULL, NULL, 0, NULL},
};

PyTypeObject VbLookupTable_Type = {
  PyVarObject_HEAD_INIT(NULL, 0)
  .tp_name = "vtkbuf.vtkLookupTable",
  .tp_basicsize = sizeof(VbObject),
  .tp_dealloc = vbpy_object_dealloc,
  .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
  .tp_doc = VBPY_DOC("vtkLookupTable: scalars to RGBA colours, VTK 9.7's table and numbers."),
  .tp_methods = lut_methods,
  .tp_new = lut_new,
};

PyTypeObject VbScalarsToColors_Type = {
  PyVarObject_HEAD_INIT(NULL, 0)
  .tp_name = "vtkbuf.vtkScalarsToColors",
  .tp_basicsize = sizeof(VbObject),
  .tp_dealloc = vbpy_object_dealloc,
  .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
  .tp_doc = VBPY_DOC("vtkScalarsToColors: the base of vtkLookupTable (not made by itself)."),
};
