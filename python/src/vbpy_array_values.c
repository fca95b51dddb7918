/* vbpy_array_values.c - vtkDataArray values, tuples, components and range.
 *
 * Every number goes to the core as a tagged vb_scalar (vbpy_scalar_arg) and
 * the core applies VTK's rules: the value API (GetValue, SetValue,
 * InsertValue, InsertNextValue) with VB_RULES_VALUE, the tuple/component API
 * (Get/Set/Insert/InsertNextTuple[N], Get/SetComponent) with VB_RULES_DOUBLE.
 * Results come back as the core gives them (vbpy_scalar_out): GetTuple is
 * floats for every type (as VTK 9.7.1), GetValue of a char array is a
 * 1-character str.
 *
 * One shortcut: InsertNextTuple whose components are all Python floats goes
 * through the core's double function vb_array_insert_next_tuple, which the
 * core defines to behave as REAL scalars under VB_RULES_DOUBLE.
 */
#include "vbpy_types.h"

#define ARR(op) VBPY_ARR(op)
#define SMALL 16


/* ---- values: VB_RULES_VALUE ---- */

PyObject *vbpy_array_get_value(PyObject *op, PyObject *arg) {
  int64_t i;
  vb_scalar v;
  if (vbpy_index_arg("GetValue", arg, &i) < 0) return NULL;
  int s = vb_array_get_value_s(ARR(op), i, &v);
  return s < 0 ? vbpy_error(s) : vbpy_scalar_out(&v);
}

PyObject *vbpy_array_set_value(PyObject *op, PyObject *const *args, Py_ssize_t nargs) {
  int64_t i;
  vb_scalar v;
  if (vbpy_nargs("SetValue", nargs, 2, 2) < 0 || vbpy_index_arg("SetValue", args[0], &i) < 0 ||
      vbpy_scalar_arg("SetValue", args[1], &v) < 0)
    return NULL;
  VBPY_RETURN_NONE(vb_array_set_value_s(ARR(op), i, &v));
}

PyObject *vbpy_array_insert_value(PyObject *op, PyObject *const *args, Py_ssize_t nargs) {
  int64_t i;
  vb_scalar v;
  if (vbpy_nargs("InsertValue", nargs, 2, 2) < 0 || vbpy_index_arg("InsertValue", args[0], &i) < 0 ||
      vbpy_scalar_arg("InsertValue", args[1], &v) < 0)
    return NULL;
  VBPY_RETURN_NONE(vb_array_insert_value_s(ARR(op), i, &v));
}

PyObject *vbpy_array_insert_next_value(PyObject *op, PyObject *arg) {
  vb_array *a = ARR(op);
  vb_scalar v;
  if (vbpy_scalar_arg("InsertNextValue", arg, &v) < 0) return NULL;
  int s = vb_array_insert_next_value_s(a, &v);
  if (s < 0) return vbpy_error(s);
  return vbpy_done(PyLong_FromLongLong(vb_array_get_max_id(a)));
}

/* ---- tuples: VB_RULES_DOUBLE ---- */

static PyObject *tuple_out(const vb_scalar *v, int n) {
  PyObject *t = PyTuple_New(n);
  for (int k = 0; t && k < n; k++) {
    PyObject *x = vbpy_scalar_out(&v[k]);
    if (!x) Py_CLEAR(t);
    else PyTuple_SET_ITEM(t, k, x);
  }
  return t;
}

static int components(const char *fn, vb_array *a, int want) {
  int comps = vb_array_get_number_of_components(a);
  if (want && comps != want) {
    PyErr_Format(PyExc_ValueError, "%s(): the array has %d components, not %d", fn, comps, want);
    return -1;
  }
  return comps;
}

/* GetTuple(t) / GetTupleN(t) (want = N, or 0 for any) */
static PyObject *get_tuple(PyObject *op, PyObject *arg, int want, const char *fn) {
  vb_array *a = ARR(op);
  int64_t t;
  vbpy_scratch sc;
  int comps = components(fn, a, want);
  if (comps < 0 || vbpy_index_arg(fn, arg, &t) < 0 || !vbpy_scratch_get(&sc, comps)) return NULL;
  int s = vb_array_get_tuple_s(a, t, VB_RULES_DOUBLE, sc.p);
  PyObject *r = s < 0 ? vbpy_error(s) : want == 1 ? vbpy_scalar_out(sc.p) : tuple_out(sc.p, comps);
  vbpy_scratch_free(&sc);
  return r;
}

static int is_number(PyObject *o) {
  return PyFloat_Check(o) || PyLong_Check(o) ||
         (!PySequence_Check(o) && (PyIndex_Check(o) || Py_TYPE(o)->tp_as_number != NULL) &&
          !PyUnicode_Check(o) && !PyBytes_Check(o));
}

static int scalars_in(const char *fn, PyObject *const *items, Py_ssize_t n, vb_scalar *out) {
  for (Py_ssize_t k = 0; k < n; k++)
    if (vbpy_scalar_arg(fn, items[k], &out[k]) < 0) return -1;
  return 0;
}

/* Components of the tuple form: one sequence of `comps` numbers, or `comps`
 * numbers as separate arguments. */
static int tuple_in(const char *fn, PyObject *const *args, Py_ssize_t nargs, int comps, vb_scalar *out) {
  if (nargs == 1 && !is_number(args[0])) {
    PyObject *seq = args[0];
    if (PyUnicode_Check(seq) || PyBytes_Check(seq) || !PySequence_Check(seq)) {
      PyErr_Format(PyExc_TypeError, "%s(): expected a sequence of %d numbers, not %.100s", fn, comps,
                   Py_TYPE(seq)->tp_name);
      return -1;
    }
    PyObject *fast = PySequence_Fast(seq, "expected a sequence");
    if (!fast) return -1;
    Py_ssize_t n = PySequence_Fast_GET_SIZE(fast);
    int r = -1;
    if (n != comps)
      PyErr_Format(PyExc_ValueError, "%s(): expected %d components, got %zd", fn, comps, n);
    else
      r = scalars_in(fn, PySequence_Fast_ITEMS(fast), n, out);
    Py_DECREF(fast);
    return r;
  }
  if (nargs != comps) {
    PyErr_Format(PyExc_ValueError, "%s(): expected a sequence or %d numbers, got %zd arguments", fn,
                 comps, nargs);
    return -1;
  }
  return scalars_in(fn, args, nargs, out);
}

/* The hot path of InsertNextTuple((x, y, z)) and InsertNextTuple3(x, y, z):
 * all components exact floats.  1 done (result in *res), 0 not applicable. */
static int insert_next_floats(vb_array *a, PyObject *const *items, Py_ssize_t n, int comps,
                              PyObject **res) {
  double v[SMALL];
  if (n != comps || comps > SMALL) return 0;
  for (int k = 0; k < comps; k++) {
    if (!PyFloat_CheckExact(items[k])) return 0;
    v[k] = PyFloat_AS_DOUBLE(items[k]);
  }
  int s = vb_array_insert_next_tuple(a, v);
  *res = s < 0 ? vbpy_error(s) : vbpy_done(PyLong_FromLongLong(vb_array_get_number_of_tuples(a) - 1));
  return 1;
}

enum { PUT_SET = 0, PUT_INSERT = 1, PUT_INSERT_NEXT = 2 };

/* SetTuple(t, ...), InsertTuple(t, ...), InsertNextTuple(...) and their N
 * forms (want = N: exactly N numbers as arguments). */
static PyObject *put_tuple(PyObject *op, PyObject *const *args, Py_ssize_t nargs, int want, int kind,
                           const char *fn) {
  vb_array *a = ARR(op);
  int comps = vb_array_get_number_of_components(a);
  PyObject *res = NULL;
  if (kind == PUT_INSERT_NEXT && (!want || comps == want)) {
    if (!want && nargs == 1 && (PyTuple_CheckExact(args[0]) || PyList_CheckExact(args[0]))) {
      PyObject *seq = args[0];
      PyObject **items = PyTuple_CheckExact(seq) ? &PyTuple_GET_ITEM(seq, 0) : ((PyListObject *)seq)->ob_item;
      if (insert_next_floats(a, items, Py_SIZE(seq), comps, &res)) return res;
    } else if (insert_next_floats(a, args, nargs, comps, &res)) {
      return res;
    }
  }
  if (components(fn, a, want) < 0) return NULL;
  int64_t t = 0;
  if (kind != PUT_INSERT_NEXT) {
    if (nargs < 2) {
      PyErr_Format(PyExc_TypeError, "%s() takes a tuple index and a tuple (%zd arguments given)", fn, nargs);
      return NULL;
    }
    if (vbpy_index_arg(fn, args[0], &t) < 0) return NULL;
    args++;
    nargs--;
  } else if (nargs < 1) {
    PyErr_Format(PyExc_TypeError, "%s() takes a tuple (0 arguments given)", fn);
    return NULL;
  }
  vbpy_scratch sc;
  if (!vbpy_scratch_get(&sc, comps)) return NULL;
  int s;
  if (!want && nargs == 2 && vbpy_is_array(args[1])) {
    /* (srcTupleIdx, srcArray) */
    int64_t st;
    vb_array *src = ARR(args[1]);
    if (vbpy_index_arg(fn, args[0], &st) < 0) goto fail;
    if (vb_array_get_number_of_components(src) != comps) {
      PyErr_Format(PyExc_ValueError, "%s(): source has %d components, this array %d", fn,
                   vb_array_get_number_of_components(src), comps);
      goto fail;
    }
    /* read exactly (64-bit ids survive the copy); a char array's codes as numbers */
    int src_rules = vb_array_type(src) == VB_CHAR ? VB_RULES_DOUBLE : VB_RULES_VALUE;
    if ((s = vb_array_get_tuple_s(src, st, src_rules, sc.p)) < 0) {
      vbpy_error(s);
      goto fail;
    }
  } else if ((want ? scalars_in(fn, args, nargs, sc.p) : tuple_in(fn, args, nargs, comps, sc.p)) < 0) {
    goto fail;
  }
  if (kind == PUT_SET) {
    res = vbpy_status(vb_array_set_tuple_s(a, t, VB_RULES_DOUBLE, sc.p), Py_NewRef(Py_None));
  } else if (kind == PUT_INSERT) {
    res = vbpy_status(vb_array_insert_tuple_s(a, t, VB_RULES_DOUBLE, sc.p), Py_NewRef(Py_None));
  } else {
    s = vb_array_insert_next_tuple_s(a, VB_RULES_DOUBLE, sc.p);
    res = s < 0 ? vbpy_error(s) : vbpy_done(PyLong_FromLongLong(vb_array_get_number_of_tuples(a) - 1));
  }
fail:
  vbpy_scratch_free(&sc);
  return res;
}

PyObject *vbpy_array_get_tuple(PyObject *op, PyObject *arg) { return get_tuple(op, arg, 0, "GetTuple"); }
PyObject *vbpy_array_set_tuple(PyObject *op, PyObject *const *a, Py_ssize_t n) {
  return put_tuple(op, a, n, 0, PUT_SET, "SetTuple");
}
PyObject *vbpy_array_insert_tuple(PyObject *op, PyObject *const *a, Py_ssize_t n) {
  return put_tuple(op, a, n, 0, PUT_INSERT, "InsertTuple");
}
PyObject *vbpy_array_insert_next_tuple(PyObject *op, PyObject *const *a, Py_ssize_t n) {
  return put_tuple(op, a, n, 0, PUT_INSERT_NEXT, "InsertNextTuple");
}

#define TUPLE_N(N)                                                                              \
  PyObject *vbpy_array_get_tuple##N(PyObject *op, PyObject *arg) {                               \
    return get_tuple(op, arg, N, "GetTuple" #N);                                               \
  }                                                                                             \
  PyObject *vbpy_array_set_tuple##N(PyObject *op, PyObject *const *a, Py_ssize_t n) {             \
    if (vbpy_nargs("SetTuple" #N, n, N + 1, N + 1) < 0) return NULL;                            \
    return put_tuple(op, a, n, N, PUT_SET, "SetTuple" #N);                                      \
  }                                                                                             \
  PyObject *vbpy_array_insert_tuple##N(PyObject *op, PyObject *const *a, Py_ssize_t n) {          \
    if (vbpy_nargs("InsertTuple" #N, n, N + 1, N + 1) < 0) return NULL;                         \
    return put_tuple(op, a, n, N, PUT_INSERT, "InsertTuple" #N);                                \
  }                                                                                             \
  PyObject *vbpy_array_insert_next_tuple##N(PyObject *op, PyObject *const *a, Py_ssize_t n) {     \
    if (vbpy_nargs("InsertNextTuple" #N, n, N, N) < 0) return NULL;                             \
    PyObject *r_ = put_tuple(op, a, n, N, PUT_INSERT_NEXT, "InsertNextTuple" #N);               \
    if (!r_) return NULL;                                                                       \
    Py_DECREF(r_); /* VTK 9.7.1's InsertNextTupleN returns nothing (InsertNextTuple the id) */  \
    Py_RETURN_NONE;                                                                             \
  }
TUPLE_N(1) TUPLE_N(2) TUPLE_N(3) TUPLE_N(4) TUPLE_N(6) TUPLE_N(9)

/* (t, c) -> value and (t, c, value): GetComponent/SetComponent under the double
 * rules, GetTypedComponent/SetTypedComponent (vbpy_array_typed.c) under the value rules */
PyObject *vbpy_component_get(PyObject *op, PyObject *const *args, Py_ssize_t nargs, const char *fn,
                             int rules) {
  int64_t t;
  int c;
  vb_scalar v;
  if (vbpy_nargs(fn, nargs, 2, 2) < 0 || vbpy_index_arg(fn, args[0], &t) < 0 ||
      vbpy_component_arg(fn, args[1], &c) < 0)
    return NULL;
  int s = vb_array_get_component_s(ARR(op), t, c, rules, &v);
  return s < 0 ? vbpy_error(s) : vbpy_scalar_out(&v);
}

PyObject *vbpy_component_set(PyObject *op, PyObject *const *args, Py_ssize_t nargs, const char *fn,
                             int rules) {
  int64_t t;
  int c;
  vb_scalar v;
  if (vbpy_nargs(fn, nargs, 3, 3) < 0 || vbpy_index_arg(fn, args[0], &t) < 0 ||
      vbpy_component_arg(fn, args[1], &c) < 0 || vbpy_scalar_arg(fn, args[2], &v) < 0)
    return NULL;
  VBPY_RETURN_NONE(vb_array_set_component_s(ARR(op), t, c, rules, &v));
}

PyObject *vbpy_array_get_component(PyObject *op, PyObject *const *args, Py_ssize_t nargs) {
  return vbpy_component_get(op, args, nargs, "GetComponent", VB_RULES_DOUBLE);
}

PyObject *vbpy_array_set_component(PyObject *op, PyObject *const *args, Py_ssize_t nargs) {
  return vbpy_component_set(op, args, nargs, "SetComponent", VB_RULES_DOUBLE);
}

PyObject *vbpy_array_get_range(PyObject *op, PyObject *const *args, Py_ssize_t nargs) {
  int c = 0;
  double r[2];
  if (vbpy_nargs("GetRange", nargs, 0, 1) < 0 || (nargs == 1 && vbpy_component_arg("GetRange", args[0], &c) < 0))
    return NULL;
  int s = vb_array_get_range(ARR(op), c, r);
  return s < 0 ? vbpy_error(s) : vbpy_tuple_d(r, 2);
}
