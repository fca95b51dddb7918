/* vbpy_array_typed.c - vtkDataArray: VTK 9.7's typed accessors.
 *
 * GetTypedComponent/SetTypedComponent, GetTypedTuple/SetTypedTuple,
 * InsertTypedTuple, InsertNextTypedTuple, InsertTypedComponent (a vtkbuf
 * extension: VTK 9.7.1 does not wrap it), ReserveValues/ReserveTuples,
 * GetCapacity, GetValueRange and LookupValue.  Values go to the core as
 * tagged scalars under VB_RULES_VALUE (exact; OverflowError / TypeError as
 * VTK); the core checks indices (IndexError) and components.  Argument
 * shapes follow VTK's wrapping: GetTypedTuple(t, out) fills the mutable
 * sequence `out`; a tuple of the wrong length is a TypeError.
 */
#include "vbpy_types.h"

#include <ctype.h>
#include <errno.h>
#include <stdlib.h>

#define ARR(op) VBPY_ARR(op)


/* a sequence of exactly n items (TypeError otherwise, as VTK); new ref */
static PyObject *sequence_of(const char *fn, PyObject *o, int n) {
  if (PyUnicode_Check(o) || PyBytes_Check(o) || !PySequence_Check(o)) {
    PyErr_Format(PyExc_TypeError, "%s(): expected a sequence of %d values, not %.100s", fn, n,
                 Py_TYPE(o)->tp_name);
    return NULL;
  }
  Py_ssize_t len = PySequence_Size(o);
  if (len < 0) return NULL;
  if (len != n) {
    PyErr_Format(PyExc_TypeError, "%s(): expected a sequence of %d values, got %zd values", fn, n, len);
    return NULL;
  }
  return Py_NewRef(o);
}

/* the n scalars of sequence o */
static int scalars_of(const char *fn, PyObject *o, int n, vb_scalar *out) {
  PyObject *seq = sequence_of(fn, o, n);
  if (!seq) return -1;
  int r = 0;
  for (int k = 0; r == 0 && k < n; k++) {
    PyObject *x = PySequence_GetItem(seq, k);
    r = x ? vbpy_scalar_arg(fn, x, &out[k]) : -1;
    Py_XDECREF(x);
  }
  Py_DECREF(seq);
  return r;
}

static int comps_of(PyObject *op) { return vb_array_get_number_of_components(ARR(op)); }

/* ---- components ---- */

PyObject *vbpy_array_typed_get_component(PyObject *op, PyObject *const *args, Py_ssize_t nargs) {
  return vbpy_component_get(op, args, nargs, "GetTypedComponent", VB_RULES_VALUE);
}

PyObject *vbpy_array_typed_set_component(PyObject *op, PyObject *const *args, Py_ssize_t nargs) {
  return vbpy_component_set(op, args, nargs, "SetTypedComponent", VB_RULES_VALUE);
}

PyObject *vbpy_array_typed_insert_component(PyObject *op, PyObject *const *args, Py_ssize_t nargs) {
  int64_t t;
  int c;
  vb_scalar v;
  if (vbpy_nargs("InsertTypedComponent", nargs, 3, 3) < 0 ||
      vbpy_index_arg("InsertTypedComponent", args[0], &t) < 0 ||
      vbpy_component_arg("InsertTypedComponent", args[1], &c) < 0 ||
      vbpy_scalar_arg("InsertTypedComponent", args[2], &v) < 0)
    return NULL;
  VBPY_RETURN_NONE(vb_array_insert_component_s(ARR(op), t, c, VB_RULES_VALUE, &v));
}

/* ---- tuples ---- */

/* GetTypedTuple(t, out): out (a mutable sequence of comps items) is filled */
PyObject *vbpy_array_typed_get_tuple(PyObject *op, PyObject *const *args, Py_ssize_t nargs) {
  int64_t t;
  vbpy_scratch sc;
  int n = comps_of(op);
  if (vbpy_nargs("GetTypedTuple", nargs, 2, 2) < 0 || vbpy_index_arg("GetTypedTuple", args[0], &t) < 0)
    return NULL;
  PyObject *seq = sequence_of("GetTypedTuple", args[1], n);
  if (!seq) return NULL;
  PyObject *res = NULL;
  if (vbpy_scratch_get(&sc, n)) {
    int s = vb_array_get_tuple_s(ARR(op), t, VB_RULES_VALUE, sc.p);
    if (s < 0) {
      vbpy_error(s);
    } else {
      int k;
      for (k = 0; k < n; k++) {
        PyObject *x = vbpy_scalar_out(&sc.p[k]);
        if (!x || PySequence_SetItem(seq, k, x) < 0) {
          Py_XDECREF(x);
          break;
        }
        Py_DECREF(x);
      }
      if (k == n) res = Py_NewRef(Py_None);
    }
    vbpy_scratch_free(&sc);
  }
  Py_DECREF(seq);
  return res;
}

enum { PUT_SET, PUT_INSERT, PUT_NEXT };

static PyObject *put(PyObject *op, PyObject *const *args, Py_ssize_t nargs, int kind, const char *fn) {
  vb_array *a = ARR(op);
  int64_t t = 0;
  int n = comps_of(op);
  vbpy_scratch sc;
  Py_ssize_t want = kind == PUT_NEXT ? 1 : 2;
  if (vbpy_nargs(fn, nargs, want, want) < 0) return NULL;
  if (kind != PUT_NEXT && vbpy_index_arg(fn, args[0], &t) < 0) return NULL;
  if (!vbpy_scratch_get(&sc, n)) return NULL;
  PyObject *res = NULL;
  if (scalars_of(fn, args[want - 1], n, sc.p) == 0) {
    int s;
    if (kind == PUT_SET) {
      res = vbpy_status(vb_array_set_tuple_s(a, t, VB_RULES_VALUE, sc.p), Py_NewRef(Py_None));
    } else if (kind == PUT_INSERT) {
      res = vbpy_status(vb_array_insert_tuple_s(a, t, VB_RULES_VALUE, sc.p), Py_NewRef(Py_None));
    } else {
      s = vb_array_insert_next_tuple_s(a, VB_RULES_VALUE, sc.p);
      res = s < 0 ? vbpy_error(s) : vbpy_done(PyLong_FromLongLong(vb_array_get_number_of_tuples(a) - 1));
    }
  }
  vbpy_scratch_free(&sc);
  return res;
}

PyObject *vbpy_array_typed_set_tuple(PyObject *op, PyObject *const *a, Py_ssize_t n) {
  return put(op, a, n, PUT_SET, "SetTypedTuple");
}
PyObject *vbpy_array_typed_insert_tuple(PyObject *op, PyObject *const *a, Py_ssize_t n) {
  return put(op, a, n, PUT_INSERT, "InsertTypedTuple");
}
PyObject *vbpy_array_typed_insert_next_tuple(PyObject *op, PyObject *const *a, Py_ssize_t n) {
  return put(op, a, n, PUT_NEXT, "InsertNextTypedTuple");
}

/* ---- storage ---- */

/* ReserveValues / ReserveTuples return 1 as VTK's vtkTypeBool */
PyObject *vbpy_array_typed_reserve_values(PyObject *op, PyObject *arg) {
  int64_t n;
  if (vbpy_count_arg("ReserveValues", arg, &n) < 0) return NULL;
  return vbpy_status(vb_array_reserve_values(ARR(op), n), PyLong_FromLong(1));
}

PyObject *vbpy_array_typed_reserve_tuples(PyObject *op, PyObject *arg) {
  int64_t n;
  if (vbpy_count_arg("ReserveTuples", arg, &n) < 0) return NULL;
  return vbpy_status(vb_array_reserve_tuples(ARR(op), n), PyLong_FromLong(1));
}

PyObject *vbpy_array_typed_capacity(PyObject *op, PyObject *u) {
  (void)u;
  return PyLong_FromLongLong(vb_array_get_size(ARR(op)));
}

/* ---- range and lookup ---- */

/* (min, max) in the value type; a char array's pair is bytes of 2, as VTK */
PyObject *vbpy_array_typed_value_range(PyObject *op, PyObject *const *args, Py_ssize_t nargs) {
  int c = 0;
  vb_scalar r[2];
  if (vbpy_nargs("GetValueRange", nargs, 0, 1) < 0 ||
      (nargs == 1 && vbpy_component_arg("GetValueRange", args[0], &c) < 0))
    return NULL;
  int s = vb_array_get_value_range(ARR(op), c, r);
  if (s < 0) return vbpy_error(s);
  if (r[0].kind == VB_SCALAR_CHAR && r[1].kind == VB_SCALAR_CHAR) {
    char b[2] = {(char)r[0].v.i, (char)r[1].v.i};
    return PyBytes_FromStringAndSize(b, 2);
  }
  PyObject *lo = vbpy_scalar_out(&r[0]), *hi = lo ? vbpy_scalar_out(&r[1]) : NULL;
  if (!hi) {
    Py_XDECREF(lo);
    return NULL;
  }
  return Py_BuildValue("(NN)", lo, hi);
}

/* A string as a number, the way VTK 9.7.1's vtkVariant reads one for
 * LookupValue: an integer (INT, past int64 UINT or BIG), else a real; 0 if
 * it is neither (not found).  Parsed here, in C: C's strtoll/strtod. */
static int parse_number(const char *t, vb_scalar *v) {
  char *end;
  while (isspace((unsigned char)*t)) t++;
  if (!*t) return 0;
  errno = 0;
  long long n = strtoll(t, &end, 10);
  while (isspace((unsigned char)*end)) end++;
  if (!*end && errno == 0) {
    *v = vb_scalar_int(n);
    return 1;
  }
  if (!*end && errno == ERANGE) { /* an integer past int64 */
    errno = 0;
    unsigned long long u = *t == '-' ? 0 : strtoull(t, NULL, 10);
    v->kind = errno == 0 && *t != '-' ? VB_SCALAR_UINT : VB_SCALAR_BIG;
    if (v->kind == VB_SCALAR_UINT) v->v.u = u;
    else v->v.d = strtod(t, NULL);
    return 1;
  }
  double d = strtod(t, &end);
  while (isspace((unsigned char)*end)) end++;
  if (end == t || *end) return 0;
  v->kind = VB_SCALAR_REAL;
  v->v.d = d;
  return 1;
}

PyObject *vbpy_array_typed_lookup(PyObject *op, PyObject *arg) {
  vb_scalar v;
  int64_t i;
  if (arg == Py_None) return PyLong_FromLong(-1); /* VTK: an invalid vtkVariant finds nothing */
  if (PyUnicode_Check(arg) && (PyUnicode_GET_LENGTH(arg) != 1 || vb_type_size(vb_array_type(ARR(op))) != 1)) {
    /* VTK 9.7.1 parses a string (through vtkVariant) for the other types */
    const char *t = PyUnicode_AsUTF8(arg);
    if (!t) return NULL;
    if (!parse_number(t, &v)) return PyLong_FromLong(-1);
  } else if (vbpy_scalar_arg("LookupValue", arg, &v) < 0) {
    return NULL;
  }
  int s = vb_array_lookup_value_s(ARR(op), &v, &i);
  return s < 0 ? vbpy_error(s) : PyLong_FromLongLong(i);
}
