/* vbpy_cell_types.c - vtkCellTypes: Python face of vb_cell_types
 * (src/vb_cell_types.h), with the static helpers of vb_cell.h
 * (GetClassNameFromTypeId, GetTypeIdFromClassName, IsLinear, GetDimension). */
#include "vbpy_types.h"

#define CT(op) vb_cell_types_from_object(VBPY_OBJ(op))

/* an unsigned char argument, as VTK's wrapping converts it */
int vbpy_uchar_arg(const char *fn, PyObject *o, int *out) {
  if (vbpy_int_arg(fn, o, out) < 0) return -1;
  if (*out < 0 || *out > 255) {
    PyErr_Format(PyExc_OverflowError, "%s argument 1: value is out of range for unsigned char", fn);
    return -1;
  }
  return 0;
}

static PyObject *ct_new(PyTypeObject *cls, PyObject *args, PyObject *kwds) {
  if (vbpy_no_args(cls, args, kwds) < 0) return NULL;
  return vbpy_wrap_new(vb_cell_types_object(vb_cell_types_new()), cls);
}

static PyObject *ct_allocate(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  int64_t sz = 512;
  if (vbpy_nargs("Allocate", n, 0, 2) < 0 || (n > 0 && vbpy_count_arg("Allocate", args[0], &sz) < 0)) return NULL;
  return vbpy_status(vb_cell_types_allocate(CT(op), sz), PyLong_FromLong(1));
}

/* InsertCell(id, type[, location]) */
static PyObject *ct_insert(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  int64_t id;
  int t;
  if (vbpy_nargs("InsertCell", n, 2, 3) < 0 || vbpy_index_arg("InsertCell", args[0], &id) < 0 ||
      vbpy_uchar_arg("InsertCell", args[1], &t) < 0)
    return NULL;
  VBPY_RETURN_NONE(vb_cell_types_insert_cell(CT(op), id, t));
}

static PyObject *insert_next(PyObject *op, PyObject *const *args, Py_ssize_t n, const char *fn, Py_ssize_t hi) {
  int t;
  if (vbpy_nargs(fn, n, 1, hi) < 0 || vbpy_uchar_arg(fn, args[0], &t) < 0) return NULL;
  int64_t r = vb_cell_types_insert_next_cell(CT(op), t);
  return r < 0 ? vbpy_error((int)r) : PyLong_FromLongLong(r);
}
static PyObject *ct_insert_next(PyObject *op, PyObject *const *a, Py_ssize_t n) { return insert_next(op, a, n, "InsertNextCell", 2); }
static PyObject *ct_insert_type(PyObject *op, PyObject *const *a, Py_ssize_t n) { return insert_next(op, a, n, "InsertNextType", 1); }

static PyObject *ct_set(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  int64_t nc;
  vb_array *a;
  if (vbpy_nargs("SetCellTypes", n, 2, 2) < 0 || vbpy_index_arg("SetCellTypes", args[0], &nc) < 0 ||
      !(a = vbpy_array_arg("SetCellTypes", args[1], 0, NULL)))
    return NULL;
  VBPY_RETURN_NONE(vb_cell_types_set_cell_types(CT(op), nc, a));
}

static PyObject *ct_delete(PyObject *op, PyObject *arg) {
  int64_t id;
  if (vbpy_index_arg("DeleteCell", arg, &id) < 0) return NULL;
  VBPY_RETURN_NONE(vb_cell_types_delete_cell(CT(op), id));
}

static PyObject *ct_count(PyObject *op, PyObject *u) { (void)u; return PyLong_FromLongLong(vb_cell_types_get_number_of_types(CT(op))); }

static PyObject *ct_is_type(PyObject *op, PyObject *arg) {
  int t;
  if (vbpy_uchar_arg("IsType", arg, &t) < 0) return NULL;
  return PyLong_FromLong(vb_cell_types_is_type(CT(op), t));
}

static PyObject *ct_get(PyObject *op, PyObject *arg) {
  int64_t id;
  if (vbpy_index_arg("GetCellType", arg, &id) < 0) return NULL;
  int t = vb_cell_types_get_cell_type(CT(op), id);
  return t < 0 ? vbpy_error(t) : PyLong_FromLong(t);
}

static PyObject *ct_squeeze(PyObject *op, PyObject *u) { (void)u; VBPY_RETURN_NONE(vb_cell_types_squeeze(CT(op))); }
static PyObject *ct_reset(PyObject *op, PyObject *u) { (void)u; vb_cell_types_reset(CT(op)); Py_RETURN_NONE; }
static PyObject *ct_memory(PyObject *op, PyObject *u) { (void)u; return PyLong_FromLongLong(vb_cell_types_get_actual_memory_size(CT(op))); }
static PyObject *ct_array(PyObject *op, PyObject *u) { (void)u; return vbpy_wrap(vb_array_object(vb_cell_types_get_array(CT(op))), NULL); }

static PyObject *ct_copy(PyObject *op, PyObject *arg) {
  if (!PyObject_TypeCheck(arg, &VbCellTypes_Type)) {
    PyErr_Format(PyExc_TypeError, "DeepCopy argument: expected a vtkCellTypes, got %.100s", Py_TYPE(arg)->tp_name);
    return NULL;
  }
  VBPY_RETURN_NONE(vb_cell_types_deep_copy(CT(op), CT(arg)));
}

/* ---- static helpers ---- */
static PyObject *ct_class_name(PyObject *u, PyObject *arg) {
  int t;
  (void)u;
  if (vbpy_int_arg("GetClassNameFromTypeId", arg, &t) < 0) return NULL;
  return PyUnicode_FromString(vb_cell_type_class_name(t));
}

static PyObject *ct_type_id(PyObject *u, PyObject *arg) {
  (void)u;
  const char *s = PyUnicode_Check(arg) ? PyUnicode_AsUTF8(arg) : NULL;
  if (!s) {
    if (!PyErr_Occurred())
      PyErr_Format(PyExc_TypeError, "GetTypeIdFromClassName argument 1: expected str, got %.100s", Py_TYPE(arg)->tp_name);
    return NULL;
  }
  return PyLong_FromLong(vb_cell_type_from_class_name(s));
}

static PyObject *ct_linear(PyObject *u, PyObject *arg) {
  int t;
  (void)u;
  if (vbpy_uchar_arg("IsLinear", arg, &t) < 0) return NULL;
  return PyLong_FromLong(vb_cell_type_is_linear(t));
}

static PyObject *ct_dim(PyObject *u, PyObject *arg) {
  int t;
  (void)u;
  if (vbpy_uchar_arg("GetDimension", arg, &t) < 0) return NULL;
  return PyLong_FromLong(vb_cell_type_dimension(t));
}

static vbpy_method ct_methods[] = {
  {"Allocate", VBPY_FC(ct_allocate), VBPY_DOC("Allocate(sz=512, ext=1000) -> 1")},
  {"InsertCell", VBPY_FC(ct_insert), VBPY_DOC("InsertCell(id, type)")},
  {"InsertNextCell", VBPY_FC(ct_insert_next), VBPY_DOC("InsertNextCell(type) -> id")},
  {"InsertNextType", VBPY_FC(ct_insert_type), VBPY_DOC("InsertNextType(type) -> id")},
  {"SetCellTypes", VBPY_FC(ct_set), VBPY_DOC("SetCellTypes(ncells, vtkUnsignedCharArray): shared")},
  {"DeleteCell", ct_delete, METH_O, VBPY_DOC("DeleteCell(id): VTK_EMPTY_CELL")},
  {"GetNumberOfTypes", ct_count, METH_NOARGS, VBPY_DOC("")},
  {"IsType", ct_is_type, METH_O, VBPY_DOC("IsType(type) -> 1 / 0")},
  {"GetCellType", ct_get, METH_O, VBPY_DOC("GetCellType(id)")},
  {"Squeeze", ct_squeeze, METH_NOARGS, VBPY_DOC("")},
  {"Reset", ct_reset, METH_NOARGS, VBPY_DOC("")},
  {"GetActualMemorySize", ct_memory, METH_NOARGS, VBPY_DOC("")},
  {"DeepCopy", ct_copy, METH_O, VBPY_DOC("")},
  {"GetCellTypesArray", ct_array, METH_NOARGS, VBPY_DOC("the vtkUnsignedCharArray")},
  {"GetClassNameFromTypeId", ct_class_name, METH_O | METH_STATIC, VBPY_DOC("")},
  {"GetTypeIdFromClassName", ct_type_id, METH_O | METH_STATIC, VBPY_DOC("")},
  {"IsLinear", ct_linear, METH_O | METH_STATIC, VBPY_DOC("")},
  {"GetDimension", ct_dim, METH_O | METH_STATIC, VBPY_DOC("")},
  {"", NULL, 0, NULL},
};

static vbpy_getset ct_props[] = {
  {"actual_memory_size", VBPY_GET, NULL, VBPY_DOC(""), "GetActualMemorySize"},
  {"cell_types_array", VBPY_GET, NULL, VBPY_DOC(""), "GetCellTypesArray"},
  {"number_of_types", VBPY_GET, NULL, VBPY_DOC(""), "GetNumberOfTypes"},
  {"", NULL, NULL, NULL, ""},
};

PyTypeObject VbCellTypes_Type = {
  PyVarObject_HEAD_INIT(NULL, 0)
  .tp_name = "vtkbuf.vtkCellTypes",
  .tp_basicsize = sizeof(VbObject),
  .tp_dealloc = vbpy_object_dealloc,
  .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
  .tp_doc = VBPY_DOC("vtkCellTypes: a list of cell types."),
  .tp_methods = VBPY_METHODS(ct_methods),
  .tp_getset = VBPY_GETSETS(ct_props),
  .tp_new = ct_new,
};
