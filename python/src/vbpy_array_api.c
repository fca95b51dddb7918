/* vbpy_array_api.c - vtkAbstractArray / vtkDataArray: VTK 9.7.1's editing
 * API over the core's vb_array_edit.c, vb_array_info.c and vb_array_int64.c.
 *
 * Component names, Fill / FillComponent / FillValue / FillTypedComponent,
 * InsertComponent, CopyComponent, RemoveTuple / RemoveFirstTuple /
 * RemoveLastTuple, Reset, InsertTuples / InsertTuplesStartingAt / GetTuples,
 * InterpolateTuple, the 64-bit integer tuples, GetData.  Id lists are a
 * vtkIdList (anything with GetNumberOfIds / GetId) or a sequence of
 * integers.  The core checks everything; this file only translates.  What
 * an array says about itself is vbpy_array_info.c's.
 */
#include "vbpy_types.h"

#include <limits.h>

#define ARR(op) VBPY_ARR(op)

static PyObject *done_none(int s) { VBPY_RETURN_NONE(s); }

/* ---- id lists ---- */

/* ids of a vtkIdList or a sequence of ints -> PyMem array (*out, free with
 * PyMem_Free; NULL when n is 0) */
static int ids_arg(const char *fn, PyObject *o, int64_t **out, int64_t *n) {
  PyObject *seq = NULL;
  *out = NULL;
  *n = 0;
  if (PyObject_HasAttrString(o, "GetNumberOfIds") && PyObject_HasAttrString(o, "GetId")) {
    PyObject *cnt = PyObject_CallMethod(o, "GetNumberOfIds", NULL);
    if (!cnt) return -1;
    long long m = PyLong_AsLongLong(cnt);
    Py_DECREF(cnt);
    if (m < 0) return PyErr_Occurred() ? -1 : 0;
    if (m && !(*out = PyMem_Malloc((size_t)m * sizeof **out))) { PyErr_NoMemory(); return -1; }
    for (long long k = 0; k < m; k++) {
      PyObject *v = PyObject_CallMethod(o, "GetId", "L", k);
      if (!v || vbpy_index_arg(fn, v, &(*out)[k]) < 0) { Py_XDECREF(v); PyMem_Free(*out); *out = NULL; return -1; }
      Py_DECREF(v);
    }
    *n = m;
    return 0;
  }
  if (PyUnicode_Check(o) || PyBytes_Check(o) || !(seq = PySequence_Fast(o, ""))) {
    PyErr_Clear();
    PyErr_Format(PyExc_TypeError, "%s(): expected a vtkIdList or a sequence of ids, not %.100s", fn,
                 Py_TYPE(o)->tp_name);
    return -1;
  }
  Py_ssize_t m = PySequence_Fast_GET_SIZE(seq);
  if (m && !(*out = PyMem_Malloc((size_t)m * sizeof **out))) { Py_DECREF(seq); PyErr_NoMemory(); return -1; }
  for (Py_ssize_t k = 0; k < m; k++)
    if (vbpy_index_arg(fn, PySequence_Fast_GET_ITEM(seq, k), &(*out)[k]) < 0) {
      Py_DECREF(seq); PyMem_Free(*out); *out = NULL; return -1;
    }
  Py_DECREF(seq);
  *n = m;
  return 0;
}

/* ---- component names ---- */

PyObject *vbpy_array_set_component_name(PyObject *op, PyObject *const *args, Py_ssize_t nargs) {
  int64_t c;
  if (vbpy_nargs("SetComponentName", nargs, 2, 2) < 0 || vbpy_index_arg("SetComponentName", args[0], &c) < 0)
    return NULL;
  if (args[1] != Py_None && !PyUnicode_Check(args[1])) {
    PyErr_Format(PyExc_TypeError, "SetComponentName(): expected str or None, not %.100s", Py_TYPE(args[1])->tp_name);
    return NULL;
  }
  const char *n = NULL;
  if (args[1] != Py_None && !(n = PyUnicode_AsUTF8(args[1]))) return NULL;
  return done_none(vb_array_set_component_name(ARR(op), c, n));
}

PyObject *vbpy_array_get_component_name(PyObject *op, PyObject *arg) {
  int64_t c;
  if (vbpy_index_arg("GetComponentName", arg, &c) < 0) return NULL;
  const char *n = vb_array_get_component_name(ARR(op), c);
  if (!n) Py_RETURN_NONE;
  return PyUnicode_FromString(n);
}

PyObject *vbpy_array_has_component_name(PyObject *op, PyObject *u) {
  (void)u;
  return PyBool_FromLong(vb_array_has_a_component_name(ARR(op)));
}

PyObject *vbpy_array_copy_component_names(PyObject *op, PyObject *arg) {
  int none, copied = 0;
  vb_array *src = vbpy_array_arg("CopyComponentNames", arg, 1, &none);
  if (!src && !none) return NULL;
  int s = vb_array_copy_component_names(ARR(op), src, &copied);
  return s < 0 ? vbpy_error(s) : PyLong_FromLong(copied);
}

/* ---- fill ---- */

static PyObject *fill(PyObject *op, PyObject *arg, int rules, const char *fn) {
  vb_scalar v;
  if (vbpy_scalar_arg(fn, arg, &v) < 0) return NULL;
  return done_none(vb_array_fill_s(ARR(op), rules, &v));
}
PyObject *vbpy_array_fill(PyObject *op, PyObject *arg) { return fill(op, arg, VB_RULES_DOUBLE, "Fill"); }
PyObject *vbpy_array_fill_value(PyObject *op, PyObject *arg) { return fill(op, arg, VB_RULES_VALUE, "FillValue"); }

static PyObject *fill_comp(PyObject *op, PyObject *const *args, Py_ssize_t nargs, int rules, const char *fn) {
  int c;
  vb_scalar v;
  if (vbpy_nargs(fn, nargs, 2, 2) < 0 || vbpy_int_arg(fn, args[0], &c) < 0 || vbpy_scalar_arg(fn, args[1], &v) < 0)
    return NULL;
  return done_none(vb_array_fill_component_s(ARR(op), c, rules, &v));
}
PyObject *vbpy_array_fill_component(PyObject *op, PyObject *const *a, Py_ssize_t n) {
  return fill_comp(op, a, n, VB_RULES_DOUBLE, "FillComponent");
}
PyObject *vbpy_array_fill_typed_component(PyObject *op, PyObject *const *a, Py_ssize_t n) {
  return fill_comp(op, a, n, VB_RULES_VALUE, "FillTypedComponent");
}

/* CopyComponent(dstComponent, src, srcComponent) -> bool: False where VTK
 * reports a mismatch (tuple counts, components); a value that would wrap
 * raises (the core refuses it) */
PyObject *vbpy_array_copy_component(PyObject *op, PyObject *const *args, Py_ssize_t nargs) {
  int dc, sc;
  vb_array *src;
  if (vbpy_nargs("CopyComponent", nargs, 3, 3) < 0 || vbpy_int_arg("CopyComponent", args[0], &dc) < 0 ||
      !(src = vbpy_array_arg("CopyComponent", args[1], 0, NULL)) || vbpy_int_arg("CopyComponent", args[2], &sc) < 0)
    return NULL;
  int s = vb_array_copy_component(ARR(op), dc, src, sc);
  if (s == VB_EINVAL || s == VB_ERANGE) Py_RETURN_FALSE;
  return vbpy_status(s, Py_NewRef(Py_True));
}

/* InsertComponent(t, c, v): double rules; grows to t + 1 tuples, MaxId to
 * the component (VTK) */
PyObject *vbpy_array_insert_component(PyObject *op, PyObject *const *args, Py_ssize_t nargs) {
  int64_t t;
  int c;
  vb_scalar v;
  if (vbpy_nargs("InsertComponent", nargs, 3, 3) < 0 || vbpy_index_arg("InsertComponent", args[0], &t) < 0 ||
      vbpy_int_arg("InsertComponent", args[1], &c) < 0 || vbpy_scalar_arg("InsertComponent", args[2], &v) < 0)
    return NULL;
  return done_none(vb_array_insert_one_component_s(ARR(op), t, c, VB_RULES_DOUBLE, &v));
}

/* ---- remove / reset ---- */

PyObject *vbpy_array_remove_tuple(PyObject *op, PyObject *arg) {
  int64_t t;
  if (vbpy_index_arg("RemoveTuple", arg, &t) < 0) return NULL;
  return done_none(vb_array_remove_tuple(ARR(op), t));
}
PyObject *vbpy_array_remove_first(PyObject *op, PyObject *u) { (void)u; return done_none(vb_array_remove_first_tuple(ARR(op))); }
PyObject *vbpy_array_remove_last(PyObject *op, PyObject *u) { (void)u; return done_none(vb_array_remove_last_tuple(ARR(op))); }
PyObject *vbpy_array_reset(PyObject *op, PyObject *u) { (void)u; return done_none(vb_array_reset(ARR(op))); }

/* ---- tuples from other arrays ---- */

/* InsertTuples(dstIds, srcIds, source) | InsertTuples(dstStart, n, srcStart, source) */
PyObject *vbpy_array_insert_tuples(PyObject *op, PyObject *const *args, Py_ssize_t nargs) {
  const char *fn = "InsertTuples";
  vb_array *src;
  if (vbpy_nargs(fn, nargs, 3, 4) < 0) return NULL;
  if (nargs == 4) {
    int64_t d0, n, s0;
    if (vbpy_index_arg(fn, args[0], &d0) < 0 || vbpy_index_arg(fn, args[1], &n) < 0 ||
        vbpy_index_arg(fn, args[2], &s0) < 0 || !(src = vbpy_array_arg(fn, args[3], 0, NULL)))
      return NULL;
    return done_none(vb_array_insert_tuples_range(ARR(op), d0, n, s0, src));
  }
  int64_t *d = NULL, *s = NULL, nd, ns;
  if (!(src = vbpy_array_arg(fn, args[2], 0, NULL)) || ids_arg(fn, args[0], &d, &nd) < 0) return NULL;
  if (ids_arg(fn, args[1], &s, &ns) < 0) { PyMem_Free(d); return NULL; }
  int st = nd != ns ? VB_EINVAL : vb_array_insert_tuples(ARR(op), d, s, nd, src);
  PyMem_Free(d);
  PyMem_Free(s);
  if (nd != ns) {
    PyErr_Format(PyExc_ValueError, "InsertTuples(): mismatched number of tuple ids: source %lld, destination %lld",
                 (long long)ns, (long long)nd);
    return NULL;
  }
  return done_none(st);
}

PyObject *vbpy_array_insert_tuples_at(PyObject *op, PyObject *const *args, Py_ssize_t nargs) {
  const char *fn = "InsertTuplesStartingAt";
  int64_t d0, *s = NULL, ns;
  vb_array *src;
  if (vbpy_nargs(fn, nargs, 3, 3) < 0 || vbpy_index_arg(fn, args[0], &d0) < 0 ||
      !(src = vbpy_array_arg(fn, args[2], 0, NULL)) || ids_arg(fn, args[1], &s, &ns) < 0)
    return NULL;
  int st = vb_array_insert_tuples_starting_at(ARR(op), d0, s, ns, src);
  PyMem_Free(s);
  return done_none(st);
}

/* GetTuples(ids, output) | GetTuples(p1, p2, output) */
PyObject *vbpy_array_get_tuples(PyObject *op, PyObject *const *args, Py_ssize_t nargs) {
  const char *fn = "GetTuples";
  vb_array *out;
  if (vbpy_nargs(fn, nargs, 2, 3) < 0 || !(out = vbpy_array_arg(fn, args[nargs - 1], 0, NULL))) return NULL;
  if (nargs == 3) {
    int64_t p1, p2;
    if (vbpy_index_arg(fn, args[0], &p1) < 0 || vbpy_index_arg(fn, args[1], &p2) < 0) return NULL;
    return done_none(vb_array_get_tuples_range(ARR(op), p1, p2, out));
  }
  int64_t *ids, n;
  if (ids_arg(fn, args[0], &ids, &n) < 0) return NULL;
  int st = vb_array_get_tuples(ARR(op), ids, n, out);
  PyMem_Free(ids);
  return done_none(st);
}

/* InterpolateTuple(i, ids, source, weights) |
 * InterpolateTuple(i, id1, source1, id2, source2, t) */
PyObject *vbpy_array_interpolate(PyObject *op, PyObject *const *args, Py_ssize_t nargs) {
  const char *fn = "InterpolateTuple";
  int64_t i;
  if (nargs != 4 && nargs != 6) {
    PyErr_Format(PyExc_TypeError, "%s() takes 4 or 6 arguments (%zd given)", fn, nargs);
    return NULL;
  }
  if (vbpy_index_arg(fn, args[0], &i) < 0) return NULL;
  if (nargs == 6) {
    int64_t j1, j2;
    double t;
    vb_array *s1, *s2;
    if (vbpy_index_arg(fn, args[1], &j1) < 0 || !(s1 = vbpy_array_arg(fn, args[2], 0, NULL)) ||
        vbpy_index_arg(fn, args[3], &j2) < 0 || !(s2 = vbpy_array_arg(fn, args[4], 0, NULL)) ||
        vbpy_real_arg(fn, args[5], &t) < 0)
      return NULL;
    return done_none(vb_array_interpolate_tuple2(ARR(op), i, j1, s1, j2, s2, t));
  }
  vb_array *src = vbpy_array_arg(fn, args[2], 0, NULL);
  int64_t *ids, n;
  if (!src || ids_arg(fn, args[1], &ids, &n) < 0) return NULL;
  PyObject *w = PySequence_Fast(args[3], "");
  double *wv = NULL;
  if (!w || PyUnicode_Check(args[3])) {
    PyErr_Clear();
    PyErr_Format(PyExc_TypeError, "%s(): weights must be a sequence of numbers", fn);
    goto fail;
  }
  if (PySequence_Fast_GET_SIZE(w) < n) {
    PyErr_Format(PyExc_ValueError, "%s(): %lld ids but %zd weights", fn, (long long)n, PySequence_Fast_GET_SIZE(w));
    goto fail;
  }
  if (n && !(wv = PyMem_Malloc((size_t)n * sizeof *wv))) { PyErr_NoMemory(); goto fail; }
  for (int64_t k = 0; k < n; k++)
    if (vbpy_real_arg(fn, PySequence_Fast_GET_ITEM(w, k), &wv[k]) < 0) goto fail;
  int st = vb_array_interpolate_tuple(ARR(op), i, ids, n, src, wv);
  Py_DECREF(w);
  PyMem_Free(ids);
  PyMem_Free(wv);
  return done_none(st);
fail:
  Py_XDECREF(w);
  PyMem_Free(ids);
  PyMem_Free(wv);
  return NULL;
}


/* ---- 64-bit integer tuples, GetData ---- */

/* GetIntegerTuple(t, out) / GetUnsignedTuple(t, out): fill the mutable
 * sequence out (comps items) with Python ints */
static PyObject *int_tuple_get(PyObject *op, PyObject *const *args, Py_ssize_t nargs, int is_unsigned, const char *fn) {
  int64_t t;
  vb_array *a = ARR(op);
  int n = vb_array_get_number_of_components(a);
  if (vbpy_nargs(fn, nargs, 2, 2) < 0 || vbpy_index_arg(fn, args[0], &t) < 0) return NULL;
  PyObject *out = args[1];
  if (!PySequence_Check(out) || PyUnicode_Check(out) || PyTuple_Check(out) || PySequence_Size(out) != n) {
    PyErr_Clear();
    PyErr_Format(PyExc_TypeError, "%s(): expected a mutable sequence of %d values, not %.100s", fn, n, Py_TYPE(out)->tp_name);
    return NULL;
  }
  uint64_t *v = PyMem_Malloc(sizeof *v * (size_t)n);
  if (!v) return PyErr_NoMemory();
  int s = is_unsigned ? vb_array_get_unsigned_tuple(a, t, v) : vb_array_get_integer_tuple(a, t, (int64_t *)v);
  if (s < 0) { PyMem_Free(v); return vbpy_error(s); }
  for (int k = 0; k < n; k++) {
    PyObject *x = is_unsigned ? PyLong_FromUnsignedLongLong(v[k]) : PyLong_FromLongLong((int64_t)v[k]);
    if (!x || PySequence_SetItem(out, k, x) < 0) { Py_XDECREF(x); PyMem_Free(v); return NULL; }
    Py_DECREF(x);
  }
  PyMem_Free(v);
  Py_RETURN_NONE;
}
PyObject *vbpy_array_get_int_tuple(PyObject *op, PyObject *const *a, Py_ssize_t n) { return int_tuple_get(op, a, n, 0, "GetIntegerTuple"); }
PyObject *vbpy_array_get_uint_tuple(PyObject *op, PyObject *const *a, Py_ssize_t n) { return int_tuple_get(op, a, n, 1, "GetUnsignedTuple"); }

/* SetIntegerTuple(t, seq) / SetUnsignedTuple(t, seq): Python ints only */
static PyObject *int_tuple_set(PyObject *op, PyObject *const *args, Py_ssize_t nargs, int is_unsigned, const char *fn) {
  int64_t t;
  vb_array *a = ARR(op);
  int n = vb_array_get_number_of_components(a);
  if (vbpy_nargs(fn, nargs, 2, 2) < 0 || vbpy_index_arg(fn, args[0], &t) < 0) return NULL;
  PyObject *seq = PyUnicode_Check(args[1]) ? NULL : PySequence_Fast(args[1], "");
  if (!seq || PySequence_Fast_GET_SIZE(seq) != n) {
    Py_XDECREF(seq);
    PyErr_Clear();
    PyErr_Format(PyExc_TypeError, "%s(): expected a sequence of %d integers", fn, n);
    return NULL;
  }
  uint64_t *v = PyMem_Malloc(sizeof *v * (size_t)n);
  if (!v) { Py_DECREF(seq); return PyErr_NoMemory(); }
  for (int k = 0; k < n; k++) {
    PyObject *x = PySequence_Fast_GET_ITEM(seq, k);
    if (!PyLong_Check(x)) {
      PyErr_Format(PyExc_TypeError, "%s(): integer argument expected, got %.100s", fn, Py_TYPE(x)->tp_name);
      goto fail;
    }
    v[k] = is_unsigned ? PyLong_AsUnsignedLongLong(x) : (uint64_t)PyLong_AsLongLong(x);
    if (PyErr_Occurred()) goto fail; /* OverflowError past 64 bits (VTK's wrapping too) */
  }
  Py_DECREF(seq);
  int s = is_unsigned ? vb_array_set_unsigned_tuple(a, t, v) : vb_array_set_integer_tuple(a, t, (const int64_t *)v);
  PyMem_Free(v);
  return done_none(s);
fail:
  Py_DECREF(seq);
  PyMem_Free(v);
  return NULL;
}
PyObject *vbpy_array_set_int_tuple(PyObject *op, PyObject *const *a, Py_ssize_t n) { return int_tuple_set(op, a, n, 0, "SetIntegerTuple"); }
PyObject *vbpy_array_set_uint_tuple(PyObject *op, PyObject *const *a, Py_ssize_t n) { return int_tuple_set(op, a, n, 1, "SetUnsignedTuple"); }

/* GetData(tupleMin, tupleMax, compMin, compMax, out): a vtkDoubleArray */
PyObject *vbpy_array_get_data(PyObject *op, PyObject *const *args, Py_ssize_t nargs) {
  const char *fn = "GetData";
  int64_t t0, t1;
  int c0, c1;
  vb_array *out;
  if (vbpy_nargs(fn, nargs, 5, 5) < 0 || vbpy_index_arg(fn, args[0], &t0) < 0 || vbpy_index_arg(fn, args[1], &t1) < 0 ||
      vbpy_int_arg(fn, args[2], &c0) < 0 || vbpy_int_arg(fn, args[3], &c1) < 0 || !(out = vbpy_array_arg(fn, args[4], 0, NULL)))
    return NULL;
  return done_none(vb_array_get_data(ARR(op), t0, t1, c0, c1, out));
}

/* ---- raw memory ---- */

/* ExportToVoidPointer(obj): the values into a writable C-contiguous buffer
 * exporter (a NumPy array, bytearray, ...) large enough to hold them; a bare
 * address is refused (vtkbuf cannot check it) */
PyObject *vbpy_array_export(PyObject *op, PyObject *arg) {
  Py_buffer view;
  if (PyLong_Check(arg) || PyUnicode_Check(arg)) {
    PyErr_SetString(PyExc_TypeError, "ExportToVoidPointer(): expected a writable buffer (e.g. a NumPy array), not an address");
    return NULL;
  }
  if (PyObject_GetBuffer(arg, &view, PyBUF_WRITABLE | PyBUF_C_CONTIGUOUS) < 0) return NULL;
  int s = vb_array_export_to(ARR(op), view.buf, (size_t)view.len);
  PyBuffer_Release(&view);
  return done_none(s);
}

/* WritePointer(i, n) -> address of value i (int), after making [i, i + n) addressable */
PyObject *vbpy_array_write_pointer(PyObject *op, PyObject *const *args, Py_ssize_t nargs) {
  int64_t i, n;
  void *p = NULL;
  if (vbpy_nargs("WritePointer", nargs, 2, 2) < 0 || vbpy_index_arg("WritePointer", args[0], &i) < 0 ||
      vbpy_index_arg("WritePointer", args[1], &n) < 0)
    return NULL;
  int s = vb_array_write_pointer(ARR(op), i, n, &p);
  return vbpy_status(s, s < 0 ? NULL : PyLong_FromVoidPtr(p));
}

/* GetPointer(i): GetVoidPointer(i) (an int address) */
PyObject *vbpy_array_get_pointer(PyObject *op, PyObject *arg) { return PyObject_CallMethod(op, "GetVoidPointer", "O", arg); }

/* GetComponentArrayPointer(c): address of component c's values (SOA) */
PyObject *vbpy_array_component_pointer(PyObject *op, PyObject *arg) {
  int c;
  if (vbpy_component_arg("GetComponentArrayPointer", arg, &c) < 0) return NULL;
  vb_buffer *b = vb_array_get_component_buffer(ARR(op), c);
  return b ? PyLong_FromVoidPtr(vb_buffer_data(b)) : vbpy_error(vb_last_status());
}

PyObject *vbpy_array_element_changed(PyObject *op, PyObject *arg) {
  int64_t i;
  (void)op;
  if (vbpy_index_arg("DataElementChanged", arg, &i) < 0) return NULL;
  Py_RETURN_NONE; /* nothing cached (LookupValue scans) */
}

