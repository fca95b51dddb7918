/* vbpy_ids.c - the argument forms of the data-object methods: point/cell id
 * lists in (a sequence of ints, or any object with VTK's vtkIdList API:
 * GetNumberOfIds/GetId), id lists out (a vtkIdList-like object gets
 * SetNumberOfIds/SetId; a list gets its contents replaced), VTK's output
 * sequences (GetBounds(out): a sequence of the right length, filled) and
 * VTK's pass-by-reference objects (vtkmodules' `reference`: .set(value)). */
#include <string.h>

#include "vbpy_types.h"

/* the core vtkIdList behind a wrapper, NULL for anything else */
static vb_id_list *core_id_list(PyObject *o) {
  return PyObject_TypeCheck(o, &VbObject_Type) ? vb_id_list_from_object(VBPY_OBJ(o)) : NULL;
}

static int is_id_list(PyObject *o) {
  return !PySequence_Check(o) && PyObject_HasAttrString(o, "GetNumberOfIds") && PyObject_HasAttrString(o, "GetId");
}

int vbpy_ids_arg(const char *fn, PyObject *o, vb_id **ids, int64_t *n) {
  PyObject *seq = NULL;
  Py_ssize_t len, i;
  vb_id_list *l = core_id_list(o);
  if (l) { /* a vtkIdList: its ids, copied */
    int64_t k = vb_id_list_get_number_of_ids(l);
    vb_id *v = PyMem_Malloc((size_t)(k ? k : 1) * sizeof *v);
    if (!v) return PyErr_NoMemory(), -1;
    if (k) memcpy(v, vb_id_list_data(l), (size_t)k * sizeof *v);
    *ids = v;
    *n = k;
    return 0;
  }
  if (is_id_list(o)) {
    PyObject *r = PyObject_CallMethod(o, "GetNumberOfIds", NULL);
    if (!r) return -1;
    len = PyLong_AsSsize_t(r);
    Py_DECREF(r);
    if (len < 0) return PyErr_Occurred() ? -1 : 0;
  } else if (PySequence_Check(o) && !PyUnicode_Check(o) && !PyBytes_Check(o)) {
    if (!(seq = PySequence_Fast(o, ""))) return -1;
    len = PySequence_Fast_GET_SIZE(seq);
  } else {
    PyErr_Format(PyExc_TypeError, "%s(): expected a sequence of ids or a vtkIdList, not %.100s", fn,
                 Py_TYPE(o)->tp_name);
    return -1;
  }
  vb_id *v = PyMem_Malloc((size_t)(len ? len : 1) * sizeof *v);
  if (!v) {
    Py_XDECREF(seq);
    PyErr_NoMemory();
    return -1;
  }
  for (i = 0; i < len; i++) {
    int64_t x;
    PyObject *item = seq ? Py_NewRef(PySequence_Fast_GET_ITEM(seq, i)) : PyObject_CallMethod(o, "GetId", "n", i);
    int bad = !item || vbpy_index_arg(fn, item, &x) < 0;
    Py_XDECREF(item);
    if (bad) {
      PyMem_Free(v);
      Py_XDECREF(seq);
      return -1;
    }
    v[i] = (vb_id)x;
  }
  Py_XDECREF(seq);
  *ids = v;
  *n = (int64_t)len;
  return 0;
}

PyObject *vbpy_ids_tuple(const vb_id *ids, int64_t n) {
  PyObject *t = PyTuple_New((Py_ssize_t)n);
  for (int64_t i = 0; t && i < n; i++) {
    PyObject *v = PyLong_FromLongLong(ids[i]);
    if (!v) {
      Py_CLEAR(t);
      break;
    }
    PyTuple_SET_ITEM(t, (Py_ssize_t)i, v);
  }
  return t;
}

int vbpy_ids_out(const char *fn, PyObject *out, const vb_id *ids, int64_t n) {
  vb_id_list *l = core_id_list(out);
  if (l) {
    int s = vb_id_list_set_list(l, ids, n);
    return s < 0 ? (vbpy_error(s), -1) : 0;
  }
  if (PyList_Check(out)) {
    PyObject *t = vbpy_ids_tuple(ids, n);
    int r = t ? PyList_SetSlice(out, 0, PyList_GET_SIZE(out), t) : -1;
    Py_XDECREF(t);
    return r;
  }
  if (!PyObject_HasAttrString(out, "SetNumberOfIds") || !PyObject_HasAttrString(out, "SetId")) {
    PyErr_Format(PyExc_TypeError, "%s(): expected a vtkIdList (or a list) for the ids, not %.100s", fn,
                 Py_TYPE(out)->tp_name);
    return -1;
  }
  PyObject *r = PyObject_CallMethod(out, "SetNumberOfIds", "L", (long long)n);
  if (!r) return -1;
  Py_DECREF(r);
  for (int64_t i = 0; i < n; i++) {
    if (!(r = PyObject_CallMethod(out, "SetId", "LL", (long long)i, (long long)ids[i]))) return -1;
    Py_DECREF(r);
  }
  return 0;
}

int vbpy_fill_out(const char *fn, PyObject *out, const double *v, int n) {
  Py_ssize_t len = PySequence_Check(out) && !PyUnicode_Check(out) ? PySequence_Size(out) : -1;
  if (len != n) {
    if (len < 0) PyErr_Clear();
    PyErr_Format(PyExc_TypeError, "%s(): expected a sequence of %d floats to fill, not %.100s", fn, n,
                 Py_TYPE(out)->tp_name);
    return -1;
  }
  for (int i = 0; i < n; i++) {
    PyObject *x = PyFloat_FromDouble(v[i]);
    int r = x ? PySequence_SetItem(out, i, x) : -1;
    Py_XDECREF(x);
    if (r < 0) return -1;
  }
  return 0;
}

int vbpy_is_reference(PyObject *o) {
  return !PyList_Check(o) && !PyTuple_Check(o) && !PyDict_Check(o) && PyObject_HasAttrString(o, "set") &&
         PyObject_HasAttrString(o, "get");
}

int vbpy_ref_set(PyObject *ref, PyObject *value) {
  if (!value) return -1;
  PyObject *name = PyUnicode_FromString("set");
  PyObject *r = name ? PyObject_CallMethodOneArg(ref, name, value) : NULL; /* a tuple is one argument */
  Py_XDECREF(name);
  Py_DECREF(value);
  if (!r) return -1;
  Py_DECREF(r);
  return 0;
}
