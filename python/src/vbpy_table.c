/* vbpy_table.c - vtkTable: Python face of vb_table (src/vb_table.h).  A
 * vtkDataObject whose row data holds the columns; values in and out as
 * vtkVariant (vbpy_variant.c).  Where VTK prints an error and does nothing
 * (a column of another row count, a name not found) nothing happens, as VTK. */
#include "vbpy_types.h"

#define TB(op) vb_table_from_object(VBPY_OBJ(op))
#define ROWS(op) vb_attributes_field_data(vb_table_get_row_data(TB(op)))

static PyObject *t_new(PyTypeObject *cls, PyObject *args, PyObject *kwds) {
  if (PyTuple_GET_SIZE(args) && vbpy_no_args(cls, args, kwds) < 0) return NULL;
  return vbpy_wrap_new(vb_data_object_object(vb_table_data_object(vb_table_new())), cls);
}

static PyObject *wrap_array(vb_array *a) { return vbpy_wrap(vb_array_object(a), NULL); }

static PyObject *t_row_data(PyObject *op, PyObject *u) { (void)u; return vbpy_wrap(vb_attributes_object(vb_table_get_row_data(TB(op))), NULL); }
static PyObject *t_set_row_data(PyObject *op, PyObject *arg) {
  vb_field_data *fd = vbpy_field_data_arg("SetRowData", arg, 0);
  vb_attributes *at = fd ? vb_attributes_from_object(vb_field_data_object(fd)) : NULL;
  if (!at) return fd ? PyErr_Format(PyExc_TypeError, "SetRowData(): expected vtkDataSetAttributes") : NULL;
  VBPY_RETURN_NONE(vb_table_set_row_data(TB(op), at));
}
static PyObject *t_nrows(PyObject *op, PyObject *u) { (void)u; return PyLong_FromLongLong(vb_table_get_number_of_rows(TB(op))); }
static PyObject *t_ncols(PyObject *op, PyObject *u) { (void)u; return PyLong_FromLong(vb_table_get_number_of_columns(TB(op))); }
static PyObject *t_set_nrows(PyObject *op, PyObject *arg) {
  int64_t n;
  if (vbpy_index_arg("SetNumberOfRows", arg, &n) < 0) return NULL;
  VBPY_RETURN_NONE(vb_table_set_number_of_rows(TB(op), n));
}
static PyObject *t_squeeze(PyObject *op, PyObject *u) { (void)u; VBPY_RETURN_NONE(vb_field_data_squeeze(ROWS(op))); }

static PyObject *insert_col(PyObject *op, PyObject *col, int64_t at, const char *fn) {
  vb_array *a = vbpy_array_arg(fn, col, 0, NULL);
  if (!a) return NULL;
  int r = vb_table_insert_column(TB(op), a, at);
  return r < 0 ? vbpy_error(r) : Py_NewRef(Py_None);
}
static PyObject *t_add_col(PyObject *op, PyObject *arg) { return insert_col(op, arg, INT64_MAX, "AddColumn"); }
static PyObject *t_insert_col(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  int64_t at;
  if (vbpy_nargs("InsertColumn", n, 2, 2) < 0 || vbpy_id_arg("InsertColumn", args[1], &at) < 0) return NULL;
  return insert_col(op, args[0], at, "InsertColumn");
}
static PyObject *t_rm_col(PyObject *op, PyObject *arg) {
  int64_t c;
  if (vbpy_id_arg("RemoveColumn", arg, &c) < 0) return NULL;
  int r = vb_table_remove_column(TB(op), c);
  return r < 0 ? vbpy_error(r) : Py_NewRef(Py_None);
}
static const char *name_arg(const char *fn, PyObject *arg) {
  if (PyUnicode_Check(arg)) return PyUnicode_AsUTF8(arg);
  PyErr_Format(PyExc_TypeError, "%s(): expected str, not %.100s", fn, Py_TYPE(arg)->tp_name);
  return NULL;
}
static PyObject *t_rm_col_name(PyObject *op, PyObject *arg) {
  const char *s = name_arg("RemoveColumnByName", arg);
  return s ? (vb_field_data_remove_array(ROWS(op), s), Py_NewRef(Py_None)) : NULL;
}
static PyObject *t_rm_all_cols(PyObject *op, PyObject *u) {
  (void)u;
  while (vb_table_get_number_of_columns(TB(op)) > 0) vb_table_remove_column(TB(op), 0);
  Py_RETURN_NONE;
}
static PyObject *t_col(PyObject *op, PyObject *arg) {
  int64_t c;
  if (vbpy_id_arg("GetColumn", arg, &c) < 0) return NULL;
  return wrap_array(vb_table_get_column(TB(op), c));
}
static PyObject *t_col_by_name(PyObject *op, PyObject *arg) {
  const char *s = name_arg("GetColumnByName", arg);
  return s ? wrap_array(vb_field_data_get_array_by_name(ROWS(op), s, NULL)) : NULL;
}
static PyObject *t_col_name(PyObject *op, PyObject *arg) {
  int64_t c;
  if (vbpy_id_arg("GetColumnName", arg, &c) < 0) return NULL;
  vb_array *a = vb_table_get_column(TB(op), c);
  const char *s = a ? vb_array_get_name(a) : NULL;
  return s ? PyUnicode_FromString(s) : Py_NewRef(Py_None);
}
static PyObject *t_col_index(PyObject *op, PyObject *arg) {
  const char *s = name_arg("GetColumnIndex", arg);
  int i = -1;
  if (!s) return NULL;
  vb_field_data_get_array_by_name(ROWS(op), s, &i);
  return PyLong_FromLong(i);
}
static PyObject *t_blank_row(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  double d = 0.0;
  if (vbpy_nargs("InsertNextBlankRow", n, 0, 1) < 0 || (n == 1 && vbpy_real_arg("InsertNextBlankRow", args[0], &d) < 0))
    return NULL;
  int64_t r = vb_table_insert_next_blank_row(TB(op), d);
  return r < 0 ? vbpy_error((int)r) : PyLong_FromLongLong(r);
}

/* InsertRow(row) / InsertRows(row, n) / RemoveRow(row) / RemoveRows(row, n) */
static PyObject *rows_op(PyObject *op, PyObject *const *args, Py_ssize_t n, int count, const char *fn,
                         int (*f)(vb_table *, int64_t, int64_t)) {
  int64_t row, k = 1;
  if (vbpy_nargs(fn, n, 1 + count, 1 + count) < 0 || vbpy_id_arg(fn, args[0], &row) < 0 ||
      (count && vbpy_id_arg(fn, args[1], &k) < 0))
    return NULL;
  VBPY_RETURN_NONE(f(TB(op), row, k));
}
static PyObject *t_insert_row(PyObject *op, PyObject *const *a, Py_ssize_t n) { return rows_op(op, a, n, 0, "InsertRow", vb_table_insert_rows); }
static PyObject *t_insert_rows(PyObject *op, PyObject *const *a, Py_ssize_t n) { return rows_op(op, a, n, 1, "InsertRows", vb_table_insert_rows); }
static PyObject *t_remove_row(PyObject *op, PyObject *const *a, Py_ssize_t n) { return rows_op(op, a, n, 0, "RemoveRow", vb_table_remove_rows); }
static PyObject *t_remove_rows(PyObject *op, PyObject *const *a, Py_ssize_t n) { return rows_op(op, a, n, 1, "RemoveRows", vb_table_remove_rows); }
static PyObject *t_remove_all_rows(PyObject *op, PyObject *u) { (void)u; VBPY_RETURN_NONE(vb_table_remove_all_rows(TB(op))); }

/* the column index of a GetValueByName/SetValueByName name (-1: none) */
static int col_of(PyObject *op, PyObject *name, const char *fn, int64_t *col) {
  const char *s = name_arg(fn, name);
  int i = -1;
  if (!s) return -1;
  vb_field_data_get_array_by_name(ROWS(op), s, &i);
  *col = i;
  return 0;
}

static PyObject *get_value(PyObject *op, PyObject *const *args, Py_ssize_t n, const char *fn, int by_name) {
  int64_t row, col;
  vb_variant v;
  int st;
  if (vbpy_nargs(fn, n, 2, 2) < 0 || vbpy_id_arg(fn, args[0], &row) < 0 ||
      (by_name ? col_of(op, args[1], fn, &col) : vbpy_id_arg(fn, args[1], &col)) < 0)
    return NULL;
  vb_variant_init(&v);
  if ((st = col < 0 ? VB_OK : vb_table_get_value(TB(op), row, col, &v)) < 0) return vbpy_error(st);
  return vbpy_variant_out(&v);
}
static PyObject *t_get_value(PyObject *op, PyObject *const *a, Py_ssize_t n) { return get_value(op, a, n, "GetValue", 0); }
static PyObject *t_get_value_name(PyObject *op, PyObject *const *a, Py_ssize_t n) { return get_value(op, a, n, "GetValueByName", 1); }

static PyObject *set_value(PyObject *op, PyObject *const *args, Py_ssize_t n, const char *fn, int by_name) {
  int64_t row, col;
  vb_variant v;
  int st;
  if (vbpy_nargs(fn, n, 3, 3) < 0 || vbpy_id_arg(fn, args[0], &row) < 0 ||
      (by_name ? col_of(op, args[1], fn, &col) : vbpy_id_arg(fn, args[1], &col)) < 0)
    return NULL;
  vb_variant_init(&v);
  if (vbpy_variant_arg(args[2], &v) < 0) return NULL;
  st = col < 0 ? VB_OK : vb_table_set_value(TB(op), row, col, &v);
  vb_variant_clear(&v);
  VBPY_RETURN_NONE(st);
}
static PyObject *t_set_value(PyObject *op, PyObject *const *a, Py_ssize_t n) { return set_value(op, a, n, "SetValue", 0); }
static PyObject *t_set_value_name(PyObject *op, PyObject *const *a, Py_ssize_t n) { return set_value(op, a, n, "SetValueByName", 1); }

static vbpy_method t_methods[] = {
  {"GetRowData", t_row_data, METH_NOARGS, VBPY_DOC("the columns (vtkDataSetAttributes)")},
  {"SetRowData", t_set_row_data, METH_O, VBPY_DOC("SetRowData(vtkDataSetAttributes)")},
  {"GetNumberOfRows", t_nrows, METH_NOARGS, VBPY_DOC("the first column's tuples")},
  {"SetNumberOfRows", t_set_nrows, METH_O, VBPY_DOC("every column gets n tuples")},
  {"SqueezeRows", t_squeeze, METH_NOARGS, VBPY_DOC("")},
  {"GetNumberOfColumns", t_ncols, METH_NOARGS, VBPY_DOC("")},
  {"AddColumn", t_add_col, METH_O, VBPY_DOC("AddColumn(array): not added if its tuples differ from the rows")},
  {"InsertColumn", VBPY_FC(t_insert_col), VBPY_DOC("InsertColumn(array, index)")},
  {"RemoveColumn", t_rm_col, METH_O, VBPY_DOC("RemoveColumn(col)")},
  {"RemoveColumnByName", t_rm_col_name, METH_O, VBPY_DOC("RemoveColumnByName(name)")},
  {"RemoveAllColumns", t_rm_all_cols, METH_NOARGS, VBPY_DOC("")},
  {"GetColumn", t_col, METH_O, VBPY_DOC("GetColumn(col) -> array or None")},
  {"GetColumnByName", t_col_by_name, METH_O, VBPY_DOC("GetColumnByName(name) -> array or None")},
  {"GetColumnName", t_col_name, METH_O, VBPY_DOC("GetColumnName(col) -> str or None")},
  {"GetColumnIndex", t_col_index, METH_O, VBPY_DOC("GetColumnIndex(name) -> index or -1")},
  {"InsertNextBlankRow", VBPY_FC(t_blank_row), VBPY_DOC("InsertNextBlankRow(default=0.0) -> row")},
  {"InsertRow", VBPY_FC(t_insert_row), VBPY_DOC("InsertRow(row)")},
  {"InsertRows", VBPY_FC(t_insert_rows), VBPY_DOC("InsertRows(row, n)")},
  {"RemoveRow", VBPY_FC(t_remove_row), VBPY_DOC("RemoveRow(row)")},
  {"RemoveRows", VBPY_FC(t_remove_rows), VBPY_DOC("RemoveRows(row, n)")},
  {"RemoveAllRows", t_remove_all_rows, METH_NOARGS, VBPY_DOC("every column emptied")},
  {"GetValue", VBPY_FC(t_get_value), VBPY_DOC("GetValue(row, col) -> vtkVariant")},
  {"GetValueByName", VBPY_FC(t_get_value_name), VBPY_DOC("GetValueByName(row, name) -> vtkVariant")},
  {"SetValue", VBPY_FC(t_set_value), VBPY_DOC("SetValue(row, col, value)")},
  {"SetValueByName", VBPY_FC(t_set_value_name), VBPY_DOC("SetValueByName(row, name, value)")},
  {"", NULL, 0, NULL},
};

static vbpy_getset t_props[] = {
  {"row_data", VBPY_GET, VBPY_SET, VBPY_DOC(""), "GetRowData"},
  {"number_of_rows", VBPY_GET, VBPY_SET, VBPY_DOC(""), "GetNumberOfRows"},
  {"number_of_columns", VBPY_GET, NULL, VBPY_DOC(""), "GetNumberOfColumns"},
  {"", NULL, NULL, NULL, ""},
};

PyTypeObject VbTable_Type = {
  PyVarObject_HEAD_INIT(NULL, 0)
  .tp_name = "vtkbuf.vtkTable",
  .tp_basicsize = sizeof(VbObject),
  .tp_dealloc = vbpy_object_dealloc,
  .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
  .tp_doc = VBPY_DOC("vtkTable: columns (data arrays) in its row data."),
  .tp_methods = VBPY_METHODS(t_methods),
  .tp_getset = VBPY_GETSETS(t_props),
  .tp_new = t_new,
};
