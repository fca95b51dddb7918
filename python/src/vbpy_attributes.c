/* vbpy_attributes.c - vtkDataSetAttributes and its named forms vtkPointData /
 * vtkCellData: Python face of vb_attributes (src/vb_attributes.h).
 * Not-found answers are the core's: GetArray('nope') and GetArray(bad index)
 * are None, RemoveArray('nope') does nothing, SetActiveScalars('nope') is -1. */
#include "vbpy_types.h"

#define AT(op) vb_attributes_from_object(VBPY_OBJ(op))

PyTypeObject VbAttributes_Type, VbPointData_Type, VbCellData_Type;

static PyObject *attrs_new(PyTypeObject *cls, PyObject *args, PyObject *kwds) {
  if (vbpy_no_args(cls, args, kwds) < 0) return NULL;
  return vbpy_wrap_new(vb_attributes_object(vb_attributes_new()), cls);
}

/* the array's wrapper, None for NULL */
static PyObject *wrap_arr(vb_array *a) { return vbpy_wrap(vb_array_object(a), NULL); }

static PyObject *at_narrays(PyObject *op, PyObject *u) { (void)u; return PyLong_FromLong(vb_attributes_get_number_of_arrays(AT(op))); }

static PyObject *at_add(PyObject *op, PyObject *arg) {
  vb_array *a = vbpy_array_arg("AddArray", arg, 0, NULL);
  if (!a) return NULL;
  int i = vb_attributes_add_array(AT(op), a);
  if (i < 0) return vbpy_error(i);
  return vbpy_done(PyLong_FromLong(i));
}

/* name (str) -> 1, index (int) -> 0 with *index set; else TypeError (-1). */
static int name_or_index(const char *fn, PyObject *o, const char **name, int *index) {
  if (PyUnicode_Check(o)) {
    *name = PyUnicode_AsUTF8(o);
    return *name ? 1 : -1;
  }
  if (PyIndex_Check(o) && !PyFloat_Check(o)) {
    int64_t v;
    if (vbpy_index_arg(fn, o, &v) < 0) {
      if (!PyErr_ExceptionMatches(PyExc_IndexError)) return -1;
      PyErr_Clear();
      v = -1;
    }
    *index = (int64_t)(int)v == v ? (int)v : -1; /* an index no int can hold: no such array */
    return 0;
  }
  PyErr_Format(PyExc_TypeError, "%s(): expected an array name (str) or index (int), not %.100s",
               fn, Py_TYPE(o)->tp_name);
  return -1;
}

/* GetArray(name | index): None when there is no such array (the core's
 * not-found NULL, as VTK). */
static PyObject *at_get(PyObject *op, PyObject *arg) {
  const char *name = NULL;
  int idx = -1;
  int k = name_or_index("GetArray", arg, &name, &idx);
  if (k < 0) return NULL;
  vb_array *a = k == 1 ? vb_attributes_get_array_by_name(AT(op), name, NULL)
                       : vb_attributes_get_array(AT(op), idx);
  return wrap_arr(a);
}

static PyObject *at_has(PyObject *op, PyObject *arg) {
  if (!PyUnicode_Check(arg)) {
    PyErr_Format(PyExc_TypeError, "HasArray(): expected a name (str), not %.100s", Py_TYPE(arg)->tp_name);
    return NULL;
  }
  const char *name = PyUnicode_AsUTF8(arg);
  if (!name) return NULL;
  return PyLong_FromLong(vb_attributes_has_array(AT(op), name));
}

/* RemoveArray(name | index): an unknown name or bad index does nothing (as VTK). */
static PyObject *at_remove(PyObject *op, PyObject *arg) {
  const char *name = NULL;
  int idx = -1;
  int k = name_or_index("RemoveArray", arg, &name, &idx);
  if (k < 0) return NULL;
  /* the core: 1 removed, 0 no such array (no error) */
  VBPY_RETURN_NONE(k == 1 ? vb_attributes_remove_array(AT(op), name)
                          : vb_attributes_remove_array_by_index(AT(op), idx));
}

static PyObject *at_name(PyObject *op, PyObject *arg) {
  const char *name = NULL;
  int idx = -1;
  if (!PyIndex_Check(arg) || PyFloat_Check(arg) || PyUnicode_Check(arg)) {
    PyErr_Format(PyExc_TypeError, "GetArrayName(): index must be an integer, not %.100s", Py_TYPE(arg)->tp_name);
    return NULL;
  }
  if (name_or_index("GetArrayName", arg, &name, &idx) < 0) return NULL;
  /* NULL for an unnamed array or a bad index (VTK: None for both) */
  const char *n = vb_attributes_get_array_name(AT(op), idx);
  return n ? PyUnicode_FromString(n) : Py_NewRef(Py_None);
}

static PyObject *at_initialize(PyObject *op, PyObject *u) { (void)u; VBPY_RETURN_NONE(vb_attributes_initialize(AT(op))); }

static PyObject *set_attr(PyObject *op, PyObject *arg, int type, const char *fn) {
  int none;
  vb_array *a = vbpy_array_arg(fn, arg, 1, &none);
  if (!a && !none) return NULL;
  int s = vb_attributes_set_attribute(AT(op), a, type);
  if (s < 0) return vbpy_error(s);
  return vbpy_done(PyLong_FromLong(a ? s : -1));
}

static PyObject *set_active(PyObject *op, PyObject *arg, int type, const char *fn) {
  if (arg != Py_None && !PyUnicode_Check(arg)) {
    PyErr_Format(PyExc_TypeError, "%s(): expected an array name (str) or None, not %.100s", fn,
                 Py_TYPE(arg)->tp_name);
    return NULL;
  }
  vb_attributes *at = AT(op);
  if (arg == Py_None) {
    int s = vb_attributes_set_active_attribute(at, -1, type);
    if (s < 0) return vbpy_error(s);
    return vbpy_done(PyLong_FromLong(-1));
  }
  const char *name = PyUnicode_AsUTF8(arg);
  if (!name) return NULL;
  /* the index, -1 when no array has this name (not an error), else a status */
  int s = vb_attributes_set_active_attribute_by_name(at, name, type);
  return vbpy_status(s < -1 ? s : VB_OK, PyLong_FromLong(s < -1 ? -1 : s));
}

#define ATTR_METHODS(NAME, TYPE)                                                            \
  static PyObject *at_get_##NAME(PyObject *op, PyObject *u) {                              \
    (void)u;                                                                               \
    return wrap_arr(vb_attributes_get_attribute(AT(op), TYPE));                            \
  }                                                                                        \
  static PyObject *at_set_##NAME(PyObject *op, PyObject *arg) {                            \
    return set_attr(op, arg, TYPE, "Set" #NAME);                                           \
  }                                                                                        \
  static PyObject *at_active_##NAME(PyObject *op, PyObject *arg) {                         \
    return set_active(op, arg, TYPE, "SetActive" #NAME);                                   \
  }
ATTR_METHODS(Scalars, VB_ATTRIBUTE_SCALARS)
ATTR_METHODS(Vectors, VB_ATTRIBUTE_VECTORS)
ATTR_METHODS(Normals, VB_ATTRIBUTE_NORMALS)
ATTR_METHODS(TCoords, VB_ATTRIBUTE_TCOORDS)
ATTR_METHODS(Tensors, VB_ATTRIBUTE_TENSORS)
#define ATTR_DEFS(NAME)                                                         \
  {"Get" #NAME, at_get_##NAME, METH_NOARGS, "the active " #NAME " array or None"}, \
  {"Set" #NAME, at_set_##NAME, METH_O, "Set" #NAME "(array | None) -> index"},      \
  {"SetActive" #NAME, at_active_##NAME, METH_O, "SetActive" #NAME "(name) -> index, -1 if unknown"},

static PyObject *at_get_attribute(PyObject *op, PyObject *arg) {
  int t;
  if (vbpy_int_arg("GetAttribute", arg, &t) < 0) return NULL;
  return wrap_arr(vb_attributes_get_attribute(AT(op), t));
}

static PyMethodDef attrs_methods[] = {
  {"GetNumberOfArrays", at_narrays, METH_NOARGS, ""},
  {"AddArray", at_add, METH_O, "AddArray(array) -> index (replaces an array of the same name)"},
  {"GetArray", at_get, METH_O, "GetArray(name | index) -> array or None"},
  {"GetAbstractArray", at_get, METH_O, "same as GetArray"},
  {"HasArray", at_has, METH_O, "HasArray(name) -> 1 / 0"},
  {"RemoveArray", at_remove, METH_O, "RemoveArray(name | index)"},
  {"GetArrayName", at_name, METH_O, "GetArrayName(index) -> name or None"},
  {"GetAttribute", at_get_attribute, METH_O, "GetAttribute(type) -> active array or None"},
  {"Initialize", at_initialize, METH_NOARGS, "remove every array"},
  ATTR_DEFS(Scalars) ATTR_DEFS(Vectors) ATTR_DEFS(Normals) ATTR_DEFS(TCoords) ATTR_DEFS(Tensors)
  {NULL, NULL, 0, NULL},
};

static PyMethodDef named_attrs_methods[] = {
  {"GetClassName", vbpy_short_class_name, METH_NOARGS, "VTK class name"},
  {NULL, NULL, 0, NULL},
};

#define ATTRS_TYPE(var, pyname, methods_, doc)                 \
  PyTypeObject var = {                                         \
    PyVarObject_HEAD_INIT(NULL, 0)                             \
    .tp_name = "vtkbuf." pyname,                               \
    .tp_basicsize = sizeof(VbObject),                          \
    .tp_dealloc = vbpy_object_dealloc,                         \
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,      \
    .tp_doc = doc,                                             \
    .tp_methods = methods_,                                    \
    .tp_new = attrs_new,                                       \
  };
ATTRS_TYPE(VbAttributes_Type, "vtkDataSetAttributes", attrs_methods,
           "vtkDataSetAttributes: named data arrays plus active attributes (scalars, normals, ...).")
ATTRS_TYPE(VbPointData_Type, "vtkPointData", named_attrs_methods, "vtkPointData: the point attributes of a data set.")
ATTRS_TYPE(VbCellData_Type, "vtkCellData", named_attrs_methods, "vtkCellData: the cell attributes of a data set.")
