/* vbpy_array.c - vtkDataArray: Python face of vb_array (AOS, SOA, scaled SOA).
 *
 * Concrete classes (vtkFloatArray, vtkAOSDataArrayTemplate['float32'],
 * vtkSOADataArrayTemplate['float64'], ...) are Python subclasses setting
 * _vb_type (VTK type id) and _vb_layout (VB_LAYOUT_*); see vtkbuf/_templates.py.
 *
 * Method semantics follow VTK's Python wrapping (GetTuple returns a tuple of
 * floats, GetValue an int for integer arrays, InsertNextTuple takes a sequence
 * or the components as separate scalars, ...), except that every index is
 * checked (IndexError) and every bad argument raises before the array is
 * touched.  Calls that may fire events end with vbpy_done() so an exception
 * raised by a Python observer reaches the caller after the call completed.
 *
 * Buffer protocol: the values (not the capacity) as 1-D (values,) when the
 * array has one component, else 2-D (tuples, components); AOS arrays and
 * one-component unscaled SOA arrays only. The export holds the memory block.
 */
#include "vbpy.h"

#define ARR(op) VBPY_ARR(op)
#define PyList_GET_ITEM_PTR(l) (((PyListObject *)(l))->ob_item)
#define SMALL 16

static int check_nargs(const char *fn, Py_ssize_t n, Py_ssize_t lo, Py_ssize_t hi) {
  if (n >= lo && n <= hi) return 0;
  if (lo == hi)
    PyErr_Format(PyExc_TypeError, "%s() takes exactly %zd argument%s (%zd given)", fn, lo,
                 lo == 1 ? "" : "s", n);
  else
    PyErr_Format(PyExc_TypeError, "%s() takes %zd to %zd arguments (%zd given)", fn, lo, hi, n);
  return -1;
}

/* An index argument: an integer (IndexError if it does not fit int64). */
static int index_arg(const char *fn, PyObject *o, int64_t *out) {
  if (!PyIndex_Check(o) || PyFloat_Check(o)) {
    PyErr_Format(PyExc_TypeError, "%s(): index must be an integer, not %.100s", fn,
                 Py_TYPE(o)->tp_name);
    return -1;
  }
  long long v = PyLong_AsLongLong(o);
  if (v == -1 && PyErr_Occurred()) {
    if (!PyErr_ExceptionMatches(PyExc_OverflowError)) return -1;
    PyErr_Clear();
    PyErr_Format(PyExc_IndexError, "%s(): index out of range", fn);
    return -1;
  }
  *out = (int64_t)v;
  return 0;
}

static int comp_arg(const char *fn, PyObject *o, int *out) {
  int64_t v;
  if (index_arg(fn, o, &v) < 0) return -1;
  if (v < -1 || v > 0x7fffffff) {
    PyErr_Format(PyExc_IndexError, "%s(): component %lld out of range", fn, (long long)v);
    return -1;
  }
  *out = (int)v;
  return 0;
}

static int number_arg(const char *fn, PyObject *o, double *d) {
  if (PyFloat_CheckExact(o)) { *d = PyFloat_AS_DOUBLE(o); return 0; }
  if (PyUnicode_Check(o) || PyBytes_Check(o) || PyComplex_Check(o)) goto bad;
  *d = PyFloat_AsDouble(o);
  if (*d == -1.0 && PyErr_Occurred()) {
    if (!PyErr_ExceptionMatches(PyExc_TypeError)) return -1;
    PyErr_Clear();
    goto bad;
  }
  return 0;
bad:
  PyErr_Format(PyExc_TypeError, "%s(): expected a real number, not %.100s", fn, Py_TYPE(o)->tp_name);
  return -1;
}

static int is_number(PyObject *o) {
  return PyFloat_Check(o) || PyLong_Check(o) ||
         (!PySequence_Check(o) && (PyIndex_Check(o) || Py_TYPE(o)->tp_as_number != NULL) &&
          !PyUnicode_Check(o) && !PyBytes_Check(o));
}

static VbArrayObject *array_arg(const char *fn, PyObject *o) {
  if (!PyObject_TypeCheck(o, &VbArray_Type)) {
    PyErr_Format(PyExc_TypeError, "%s(): expected a vtkDataArray, not %.100s", fn,
                 Py_TYPE(o)->tp_name);
    return NULL;
  }
  return (VbArrayObject *)o;
}

/* ---- construction ---- */

static PyObject *array_new(PyTypeObject *cls, PyObject *args, PyObject *kwds) {
  if (PyTuple_GET_SIZE(args) != 0 || (kwds && PyDict_GET_SIZE(kwds) != 0)) {
    PyErr_Format(PyExc_TypeError, "%s() takes no arguments", cls->tp_name);
    return NULL;
  }
  int type = vbpy_class_int(cls, "_vb_type", -1);
  if (type < 0) return NULL;
  int layout = vbpy_class_int(cls, "_vb_layout", VB_LAYOUT_AOS);
  if (layout < 0) return NULL;
  vb_array *a = vb_array_new_layout(type, layout);
  if (!a) return vbpy_error(vb_last_status());
  PyObject *self = cls->tp_alloc(cls, 0);
  if (!self) { vb_array_release(a); return NULL; }
  ((VbObject *)self)->obj = vb_array_object(a);
  if (vbpy_register(self) < 0) { Py_DECREF(self); return NULL; }
  return self;
}

static void array_dealloc(PyObject *op) {
  Py_CLEAR(((VbArrayObject *)op)->name);
  vbpy_object_dealloc(op);
}

/* ---- status helper ---- */
static PyObject *done(int s, PyObject *result) {
  if (s < 0) { Py_XDECREF(result); return vbpy_error(s); }
  return vbpy_done(result);
}
#define RET_NONE(s) return done((s), Py_NewRef(Py_None))

/* ---- description / shape ---- */

static PyObject *a_type(PyObject *op, PyObject *u) { (void)u; return PyLong_FromLong(vb_array_type(ARR(op))); }
static PyObject *a_type_size(PyObject *op, PyObject *u) { (void)u; return PyLong_FromSize_t(vb_array_elem_size(ARR(op))); }
static PyObject *a_type_str(PyObject *op, PyObject *u) { (void)u; return PyUnicode_FromString(vb_type_name(vb_array_type(ARR(op)))); }
static PyObject *a_type_min(PyObject *op, PyObject *u) { (void)u; return PyFloat_FromDouble(vb_type_min(vb_array_type(ARR(op)))); }
static PyObject *a_type_max(PyObject *op, PyObject *u) { (void)u; return PyFloat_FromDouble(vb_type_max(vb_array_type(ARR(op)))); }
static PyObject *a_ncomp(PyObject *op, PyObject *u) { (void)u; return PyLong_FromLong(vb_array_get_number_of_components(ARR(op))); }
static PyObject *a_ntup(PyObject *op, PyObject *u) { (void)u; return PyLong_FromLongLong(vb_array_get_number_of_tuples(ARR(op))); }
static PyObject *a_nval(PyObject *op, PyObject *u) { (void)u; return PyLong_FromLongLong(vb_array_get_number_of_values(ARR(op))); }
static PyObject *a_maxid(PyObject *op, PyObject *u) { (void)u; return PyLong_FromLongLong(vb_array_get_max_id(ARR(op))); }
static PyObject *a_size(PyObject *op, PyObject *u) { (void)u; return PyLong_FromLongLong(vb_array_get_size(ARR(op))); }
static PyObject *a_scale(PyObject *op, PyObject *u) { (void)u; return PyFloat_FromDouble(vb_array_get_scale(ARR(op))); }

static PyObject *a_set_ncomp(PyObject *op, PyObject *arg) {
  int64_t n;
  if (index_arg("SetNumberOfComponents", arg, &n) < 0) return NULL;
  if (n < 1 || n > 0x7fffffff) {
    PyErr_Format(PyExc_ValueError, "SetNumberOfComponents(): need at least 1 component, got %lld",
                 (long long)n);
    return NULL;
  }
  RET_NONE(vb_array_set_number_of_components(ARR(op), (int)n));
}

#define COUNT_SETTER(pyname, cfn)                                                     \
  static PyObject *pyname(PyObject *op, PyObject *arg) {                               \
    int64_t n;                                                                         \
    if (vbpy_count_arg(arg, &n) < 0) return NULL;                                      \
    RET_NONE(cfn(ARR(op), n));                                                         \
  }
COUNT_SETTER(a_set_ntup, vb_array_set_number_of_tuples)
COUNT_SETTER(a_set_nval, vb_array_set_number_of_values)
COUNT_SETTER(a_reserve, vb_array_reserve_tuples)

static PyObject *a_resize(PyObject *op, PyObject *arg) {
  int64_t n;
  if (vbpy_count_arg(arg, &n) < 0) return NULL;
  int s = vb_array_resize(ARR(op), n);
  return done(s, Py_NewRef(Py_True));
}

static PyObject *a_allocate(PyObject *op, PyObject *const *args, Py_ssize_t nargs) {
  if (check_nargs("Allocate", nargs, 1, 2) < 0) return NULL;
  int64_t n, ext = 1000;
  if (vbpy_count_arg(args[0], &n) < 0) return NULL;
  if (nargs == 2 && vbpy_count_arg(args[1], &ext) < 0) return NULL;
  int s = vb_array_allocate(ARR(op), n, ext);
  return done(s, Py_NewRef(Py_True));
}

static PyObject *a_squeeze(PyObject *op, PyObject *u) { (void)u; RET_NONE(vb_array_squeeze(ARR(op))); }
static PyObject *a_initialize(PyObject *op, PyObject *u) { (void)u; RET_NONE(vb_array_initialize(ARR(op))); }

static PyObject *a_set_scale(PyObject *op, PyObject *arg) {
  double d;
  if (number_arg("SetScale", arg, &d) < 0) return NULL;
  RET_NONE(vb_array_set_scale(ARR(op), d));
}

/* ---- values ---- */

static PyObject *value_out(vb_array *a, int64_t i) {
  int t = vb_array_type(a);
  int s;
  if (vb_type_is_integer(t)) {
    if (t == VB_UNSIGNED_LONG_LONG || (t == VB_UNSIGNED_LONG && vb_type_size(t) == 8)) {
      uint64_t u;
      if ((s = vb_array_get_value_u64(a, i, &u)) < 0) return vbpy_error(s);
      return PyLong_FromUnsignedLongLong(u);
    }
    int64_t v;
    if ((s = vb_array_get_value_i64(a, i, &v)) < 0) return vbpy_error(s);
    return PyLong_FromLongLong(v);
  }
  double d;
  if ((s = vb_array_get_value(a, i, &d)) < 0) return vbpy_error(s);
  return PyFloat_FromDouble(d);
}

/* kind: 0 double, 1 int64, 2 uint64 */
typedef struct { int kind; double d; int64_t i; uint64_t u; } scalar;

static int scalar_in(const char *fn, vb_array *a, PyObject *o, scalar *out) {
  if (vb_type_is_integer(vb_array_type(a)) && !PyFloat_Check(o) &&
      (PyLong_Check(o) || PyIndex_Check(o))) {
    PyObject *n = PyNumber_Index(o);
    if (!n) return -1;
    int of = 0;
    long long v = PyLong_AsLongLongAndOverflow(n, &of);
    if (!of) {
      Py_DECREF(n);
      if (v == -1 && PyErr_Occurred()) return -1;
      out->kind = 1; out->i = v;
      return 0;
    }
    unsigned long long u = of > 0 ? PyLong_AsUnsignedLongLong(n) : 0;
    Py_DECREF(n);
    if (of < 0 || (u == (unsigned long long)-1 && PyErr_Occurred())) {
      PyErr_Clear();
      PyErr_Format(PyExc_OverflowError, "%s(): integer does not fit 64 bits", fn);
      return -1;
    }
    out->kind = 2; out->u = u;
    return 0;
  }
  out->kind = 0;
  return number_arg(fn, o, &out->d);
}

static int set_scalar(vb_array *a, int64_t i, const scalar *v) {
  switch (v->kind) {
  case 1: return vb_array_set_value_i64(a, i, v->i);
  case 2: return vb_array_set_value_u64(a, i, v->u);
  default: return vb_array_set_value(a, i, v->d);
  }
}

static PyObject *a_get_value(PyObject *op, PyObject *arg) {
  int64_t i;
  if (index_arg("GetValue", arg, &i) < 0) return NULL;
  return value_out(ARR(op), i);
}

static PyObject *a_set_value(PyObject *op, PyObject *const *args, Py_ssize_t nargs) {
  if (check_nargs("SetValue", nargs, 2, 2) < 0) return NULL;
  int64_t i;
  scalar v;
  if (index_arg("SetValue", args[0], &i) < 0 || scalar_in("SetValue", ARR(op), args[1], &v) < 0)
    return NULL;
  RET_NONE(set_scalar(ARR(op), i, &v));
}

static PyObject *a_insert_next_value(PyObject *op, PyObject *arg) {
  vb_array *a = ARR(op);
  scalar v;
  if (scalar_in("InsertNextValue", a, arg, &v) < 0) return NULL;
  int s;
  switch (v.kind) {
  case 1: s = vb_array_insert_next_value_i64(a, v.i); break;
  case 2: s = vb_array_insert_next_value_u64(a, v.u); break;
  default: s = vb_array_insert_next_value(a, v.d); break;
  }
  return done(s, PyLong_FromLongLong(vb_array_get_max_id(a)));
}

static PyObject *a_insert_value(PyObject *op, PyObject *const *args, Py_ssize_t nargs) {
  if (check_nargs("InsertValue", nargs, 2, 2) < 0) return NULL;
  vb_array *a = ARR(op);
  int64_t i;
  scalar v;
  if (index_arg("InsertValue", args[0], &i) < 0 || scalar_in("InsertValue", a, args[1], &v) < 0)
    return NULL;
  if (i < 0) {
    PyErr_Format(PyExc_IndexError, "InsertValue(): negative index %lld", (long long)i);
    return NULL;
  }
  int64_t nv = vb_array_get_number_of_values(a);
  int s = vb_array_insert_value(a, i, v.kind == 0 ? v.d : 0.0);
  if (s == VB_OK && v.kind != 0) {
    s = set_scalar(a, i, &v);
    (void)nv;
  }
  RET_NONE(s);
}

/* ---- tuples ---- */

/* Tuple modes: doubles (VTK's interface), or exact 64-bit integers for the
 * 64-bit integer arrays (int64_t / uint64_t components). */
enum { TM_D = 0, TM_I64 = 1, TM_U64 = 2 };

/* exact mode for this array: an unscaled 8-byte integer array */
static int tuple_mode(vb_array *a) {
  int t = vb_array_type(a);
  if (!vb_type_is_integer(t) || vb_type_size(t) != 8 || vb_array_layout(a) == VB_LAYOUT_SCALED_SOA)
    return TM_D;
  return vb_type_is_signed(t) ? TM_I64 : TM_U64;
}

/* One component: a Python int exactly (OverflowError if it does not fit the
 * array's 64-bit type), any other real number as the core's double interface
 * (truncated, saturating, NaN -> 0). */
static int item_in(const char *fn, PyObject *o, int mode, void *out, Py_ssize_t k) {
  if (mode == TM_D) return number_arg(fn, o, &((double *)out)[k]);
  if (!PyFloat_Check(o) && PyIndex_Check(o)) {
    PyObject *n = PyNumber_Index(o);
    if (!n) return -1;
    if (mode == TM_I64) {
      int of = 0;
      long long v = PyLong_AsLongLongAndOverflow(n, &of);
      if (of) {
        PyErr_Format(PyExc_OverflowError, "%s(): %S does not fit int64", fn, n);
        Py_DECREF(n);
        return -1;
      }
      Py_DECREF(n);
      if (v == -1 && PyErr_Occurred()) return -1;
      ((int64_t *)out)[k] = (int64_t)v;
      return 0;
    }
    unsigned long long u = 0;
    int of = 0;
    long long sv = PyLong_AsLongLongAndOverflow(n, &of); /* only for the sign */
    if (of < 0 || (!of && sv < 0) ||
        ((u = PyLong_AsUnsignedLongLong(n)) == (unsigned long long)-1 && PyErr_Occurred())) {
      PyErr_Clear();
      PyErr_Format(PyExc_OverflowError, "%s(): %S does not fit uint64", fn, n);
      Py_DECREF(n);
      return -1;
    }
    Py_DECREF(n);
    ((uint64_t *)out)[k] = (uint64_t)u;
    return 0;
  }
  double d;
  if (number_arg(fn, o, &d) < 0) return -1;
  if (mode == TM_I64) {
    int64_t v = d != d ? 0 : d <= -9223372036854775808.0 ? INT64_MIN : d >= 9223372036854775808.0 ? INT64_MAX : (int64_t)d;
    ((int64_t *)out)[k] = v;
  } else {
    uint64_t v = d != d || d <= 0.0 ? 0 : d >= 18446744073709551616.0 ? UINT64_MAX : (uint64_t)d;
    ((uint64_t *)out)[k] = v;
  }
  return 0;
}

/* Read `comps` components from args: one sequence, or `comps` scalars. */
static int tuple_in(const char *fn, PyObject *const *args, Py_ssize_t nargs, int comps, int mode, void *out) {
  if (nargs == 1 && !is_number(args[0])) {
    PyObject *seq = args[0];
    if (PyUnicode_Check(seq) || PyBytes_Check(seq) || !PySequence_Check(seq)) {
      PyErr_Format(PyExc_TypeError, "%s(): expected a sequence of %d numbers, not %.100s", fn,
                   comps, Py_TYPE(seq)->tp_name);
      return -1;
    }
    PyObject *fast = PySequence_Fast(seq, "expected a sequence");
    if (!fast) return -1;
    Py_ssize_t n = PySequence_Fast_GET_SIZE(fast);
    if (n != comps) {
      Py_DECREF(fast);
      PyErr_Format(PyExc_ValueError, "%s(): expected %d components, got %zd", fn, comps, n);
      return -1;
    }
    PyObject **items = PySequence_Fast_ITEMS(fast);
    for (Py_ssize_t k = 0; k < n; k++)
      if (item_in(fn, items[k], mode, out, k) < 0) { Py_DECREF(fast); return -1; }
    Py_DECREF(fast);
    return 0;
  }
  if (nargs != comps) {
    PyErr_Format(PyExc_ValueError, "%s(): expected a sequence or %d numbers, got %zd arguments",
                 fn, comps, nargs);
    return -1;
  }
  for (Py_ssize_t k = 0; k < nargs; k++)
    if (item_in(fn, args[k], mode, out, k) < 0) return -1;
  return 0;
}

static PyObject *tuple_out(const double *v, int n) {
  PyObject *t = PyTuple_New(n);
  if (!t) return NULL;
  for (int k = 0; k < n; k++) {
    PyObject *f = PyFloat_FromDouble(v[k]);
    if (!f) { Py_DECREF(t); return NULL; }
    PyTuple_SET_ITEM(t, k, f);
  }
  return t;
}

/* scratch for one tuple: comps doubles, int64_t or uint64_t (8 bytes each) */
/* 64-bit tuples come back as Python ints (exact) */
static PyObject *int_out(int mode, const void *v, int k) {
  return mode == TM_I64 ? PyLong_FromLongLong(((const int64_t *)v)[k])
                        : PyLong_FromUnsignedLongLong(((const uint64_t *)v)[k]);
}

static PyObject *tuple_out_int(int mode, const void *v, int n) {
  PyObject *t = PyTuple_New(n);
  if (!t) return NULL;
  for (int k = 0; k < n; k++) {
    PyObject *x = int_out(mode, v, k);
    if (!x) { Py_DECREF(t); return NULL; }
    PyTuple_SET_ITEM(t, k, x);
  }
  return t;
}

typedef struct { union { double d[SMALL]; int64_t i[SMALL]; uint64_t u[SMALL]; } small; void *p; } tmpbuf;
static void *tmp_get(tmpbuf *t, int n) {
  t->p = n <= SMALL ? (void *)&t->small : PyMem_Malloc(8 * (size_t)n);
  if (!t->p) PyErr_NoMemory();
  return t->p;
}
static void tmp_free(tmpbuf *t) { if (t->p && t->p != (void *)&t->small) PyMem_Free(t->p); }

/* GetTuple(t) / GetTupleN(t) (want = N, or 0 for any) */
static PyObject *get_tuple(PyObject *op, PyObject *arg, int want, const char *fn) {
  vb_array *a = ARR(op);
  int comps = vb_array_get_number_of_components(a);
  if (want && comps != want) {
    PyErr_Format(PyExc_ValueError, "%s(): the array has %d components, not %d", fn, comps, want);
    return NULL;
  }
  int64_t t;
  if (index_arg(fn, arg, &t) < 0) return NULL;
  tmpbuf tb;
  void *v = tmp_get(&tb, comps);
  if (!v) return NULL;
  int mode = tuple_mode(a);
  int s = mode == TM_I64 ? vb_array_get_tuple_i64(a, t, v)
          : mode == TM_U64 ? vb_array_get_tuple_u64(a, t, v) : vb_array_get_tuple(a, t, v);
  PyObject *r;
  if (s < 0) r = vbpy_error(s);
  else if (mode == TM_D) r = want == 1 ? PyFloat_FromDouble(((double *)v)[0]) : tuple_out(v, comps);
  else r = want == 1 ? int_out(mode, v, 0) : tuple_out_int(mode, v, comps);
  tmp_free(&tb);
  return r;
}

/* op: 0 SetTuple(t, ...), 1 InsertTuple(t, ...), 2 InsertNextTuple(...) */
static PyObject *put_tuple(PyObject *op, PyObject *const *args, Py_ssize_t nargs, int want,
                           int kind, const char *fn) {
  vb_array *a = ARR(op);
  int comps = vb_array_get_number_of_components(a);
  if (kind == 2 && nargs == 1 && comps <= SMALL && (PyTuple_CheckExact(args[0]) || PyList_CheckExact(args[0])) &&
      (!want || comps == want)) {
    /* hot path: InsertNextTuple((x, y, z)) */
    PyObject *seq = args[0];
    PyObject **items = PyTuple_CheckExact(seq) ? &PyTuple_GET_ITEM(seq, 0) : PyList_GET_ITEM_PTR(seq);
    if (Py_SIZE(seq) == comps) {
      double v[SMALL];
      int k = 0;
      for (; k < comps && PyFloat_CheckExact(items[k]); k++) v[k] = PyFloat_AS_DOUBLE(items[k]);
      if (k == comps) {
        int s = vb_array_insert_next_tuple(a, v);
        if (s < 0) return vbpy_error(s);
        return vbpy_done(PyLong_FromLongLong(vb_array_get_number_of_tuples(a) - 1));
      }
    }
  }
  if (want && comps != want) {
    PyErr_Format(PyExc_ValueError, "%s(): the array has %d components, not %d", fn, comps, want);
    return NULL;
  }
  int64_t t = 0;
  if (kind != 2) {
    if (nargs < 2) {
      PyErr_Format(PyExc_TypeError, "%s() takes a tuple index and a tuple (%zd arguments given)",
                   fn, nargs);
      return NULL;
    }
    if (index_arg(fn, args[0], &t) < 0) return NULL;
    args++; nargs--;
  } else if (nargs < 1) {
    PyErr_Format(PyExc_TypeError, "%s() takes a tuple (0 arguments given)", fn);
    return NULL;
  }
  tmpbuf tb;
  void *v = tmp_get(&tb, comps);
  if (!v) return NULL;
  int s, mode = tuple_mode(a);
  if (!want && nargs == 2 && PyObject_TypeCheck(args[1], &VbArray_Type)) {
    /* (srcTupleIdx, srcArray) */
    int64_t st;
    vb_array *src = ARR(args[1]);
    if (index_arg(fn, args[0], &st) < 0) { tmp_free(&tb); return NULL; }
    if (vb_array_get_number_of_components(src) != comps) {
      tmp_free(&tb);
      PyErr_Format(PyExc_ValueError, "%s(): source has %d components, this array %d", fn,
                   vb_array_get_number_of_components(src), comps);
      return NULL;
    }
    s = mode == TM_I64 ? vb_array_get_tuple_i64(src, st, v)
        : mode == TM_U64 ? vb_array_get_tuple_u64(src, st, v) : vb_array_get_tuple(src, st, v);
    if (s < 0) { tmp_free(&tb); return vbpy_error(s); }
  } else if (tuple_in(fn, args, nargs, comps, mode, v) < 0) {
    tmp_free(&tb);
    return NULL;
  }
  PyObject *res;
  if (kind == 0) {
    s = mode == TM_I64 ? vb_array_set_tuple_i64(a, t, v)
        : mode == TM_U64 ? vb_array_set_tuple_u64(a, t, v) : vb_array_set_tuple(a, t, v);
    res = Py_NewRef(Py_None);
  } else if (kind == 1) {
    if (t < 0) {
      tmp_free(&tb);
      PyErr_Format(PyExc_IndexError, "%s(): negative tuple index %lld", fn, (long long)t);
      return NULL;
    }
    s = mode == TM_I64 ? vb_array_insert_tuple_i64(a, t, v)
        : mode == TM_U64 ? vb_array_insert_tuple_u64(a, t, v) : vb_array_insert_tuple(a, t, v);
    res = Py_NewRef(Py_None);
  } else {
    s = mode == TM_I64 ? vb_array_insert_next_tuple_i64(a, v)
        : mode == TM_U64 ? vb_array_insert_next_tuple_u64(a, v) : vb_array_insert_next_tuple(a, v);
    res = s < 0 ? NULL : PyLong_FromLongLong(vb_array_get_number_of_tuples(a) - 1);
    if (s >= 0 && !res) { tmp_free(&tb); return vbpy_done(NULL); }
  }
  tmp_free(&tb);
  return done(s, res);
}

static PyObject *a_get_tuple(PyObject *op, PyObject *arg) { return get_tuple(op, arg, 0, "GetTuple"); }
static PyObject *a_set_tuple(PyObject *op, PyObject *const *a, Py_ssize_t n) { return put_tuple(op, a, n, 0, 0, "SetTuple"); }
static PyObject *a_insert_tuple(PyObject *op, PyObject *const *a, Py_ssize_t n) { return put_tuple(op, a, n, 0, 1, "InsertTuple"); }
static PyObject *a_insert_next_tuple(PyObject *op, PyObject *const *a, Py_ssize_t n) { return put_tuple(op, a, n, 0, 2, "InsertNextTuple"); }

#define TUPLE_N(N)                                                                                   \
  static PyObject *a_get_tuple##N(PyObject *op, PyObject *arg) { return get_tuple(op, arg, N, "GetTuple" #N); } \
  static PyObject *a_set_tuple##N(PyObject *op, PyObject *const *a, Py_ssize_t n) {                  \
    if (check_nargs("SetTuple" #N, n, N + 1, N + 1) < 0) return NULL;                                \
    return put_tuple(op, a, n, N, 0, "SetTuple" #N);                                                 \
  }                                                                                                  \
  static PyObject *a_insert_tuple##N(PyObject *op, PyObject *const *a, Py_ssize_t n) {               \
    if (check_nargs("InsertTuple" #N, n, N + 1, N + 1) < 0) return NULL;                             \
    return put_tuple(op, a, n, N, 1, "InsertTuple" #N);                                              \
  }                                                                                                  \
  static PyObject *a_insert_next_tuple##N(PyObject *op, PyObject *const *a, Py_ssize_t n) {          \
    if (check_nargs("InsertNextTuple" #N, n, N, N) < 0) return NULL;                                 \
    return put_tuple(op, a, n, N, 2, "InsertNextTuple" #N);                                          \
  }
TUPLE_N(1) TUPLE_N(2) TUPLE_N(3) TUPLE_N(4) TUPLE_N(6) TUPLE_N(9)

static PyObject *a_get_component(PyObject *op, PyObject *const *args, Py_ssize_t nargs) {
  if (check_nargs("GetComponent", nargs, 2, 2) < 0) return NULL;
  int64_t t;
  int c;
  double d;
  if (index_arg("GetComponent", args[0], &t) < 0 || comp_arg("GetComponent", args[1], &c) < 0)
    return NULL;
  int s = vb_array_get_component(ARR(op), t, c, &d);
  if (s < 0) return vbpy_error(s);
  return PyFloat_FromDouble(d);
}

static PyObject *a_set_component(PyObject *op, PyObject *const *args, Py_ssize_t nargs) {
  if (check_nargs("SetComponent", nargs, 3, 3) < 0) return NULL;
  int64_t t;
  int c;
  double d;
  if (index_arg("SetComponent", args[0], &t) < 0 || comp_arg("SetComponent", args[1], &c) < 0 ||
      number_arg("SetComponent", args[2], &d) < 0)
    return NULL;
  RET_NONE(vb_array_set_component(ARR(op), t, c, d));
}

static PyObject *a_get_range(PyObject *op, PyObject *const *args, Py_ssize_t nargs) {
  if (check_nargs("GetRange", nargs, 0, 1) < 0) return NULL;
  int c = 0;
  if (nargs == 1 && comp_arg("GetRange", args[0], &c) < 0) return NULL;
  double r[2];
  int s = vb_array_get_range(ARR(op), c, r);
  if (s < 0) return vbpy_error(s);
  return Py_BuildValue("(dd)", r[0], r[1]);
}

/* ---- copies ---- */

static PyObject *a_deep_copy(PyObject *op, PyObject *arg) {
  VbArrayObject *src = array_arg("DeepCopy", arg);
  if (!src) return NULL;
  RET_NONE(vb_array_deep_copy(ARR(op), ARR(src)));
}

static PyObject *a_shallow_copy(PyObject *op, PyObject *arg) {
  VbArrayObject *src = array_arg("ShallowCopy", arg);
  if (!src) return NULL;
  RET_NONE(vb_array_shallow_copy(ARR(op), ARR(src)));
}

/* ---- buffers ---- */

static PyObject *a_get_buffer(PyObject *op, PyObject *u) {
  (void)u;
  vb_buffer *b = vb_array_get_buffer(ARR(op));
  if (!b) {
    PyErr_Format(PyExc_TypeError, "GetBuffer(): %s has one buffer per component; use "
                 "GetComponentBuffer(c)", vb_array_class_name(ARR(op)));
    return NULL;
  }
  return vbpy_wrap(vb_buffer_object(b));
}

static PyObject *a_get_component_buffer(PyObject *op, PyObject *arg) {
  int c;
  if (comp_arg("GetComponentBuffer", arg, &c) < 0) return NULL;
  vb_array *a = ARR(op);
  if (vb_array_layout(a) == VB_LAYOUT_AOS) {
    PyErr_Format(PyExc_TypeError, "GetComponentBuffer(): %s is an AOS array; use GetBuffer()",
                 vb_array_class_name(a));
    return NULL;
  }
  vb_buffer *b = vb_array_get_component_buffer(a, c);
  if (!b) return vbpy_error(vb_last_status());
  return vbpy_wrap(vb_buffer_object(b));
}

static vb_buffer *buffer_arg(const char *fn, vb_array *a, PyObject *o) {
  if (!PyObject_TypeCheck(o, &VbBuffer_Type)) {
    PyErr_Format(PyExc_TypeError, "%s(): expected a vtkBuffer, not %.100s", fn, Py_TYPE(o)->tp_name);
    return NULL;
  }
  vb_buffer *b = VBPY_BUF(o);
  if (vb_buffer_type(b) != vb_array_type(a)) {
    PyErr_Format(PyExc_TypeError, "%s(): buffer holds %s, the array %s", fn,
                 vb_type_name(vb_buffer_type(b)), vb_type_name(vb_array_type(a)));
    return NULL;
  }
  return b;
}

static int bool_arg(const char *fn, PyObject *o, int *out) {
  int v = PyObject_IsTrue(o);
  if (v < 0) return -1;
  if (!PyLong_Check(o)) {
    PyErr_Format(PyExc_TypeError, "%s(): expected a bool/int flag, not %.100s", fn, Py_TYPE(o)->tp_name);
    return -1;
  }
  *out = v;
  return 0;
}

static PyObject *a_set_buffer(PyObject *op, PyObject *const *args, Py_ssize_t nargs) {
  if (check_nargs("SetBuffer", nargs, 1, 2) < 0) return NULL;
  vb_array *a = ARR(op);
  if (vb_array_layout(a) != VB_LAYOUT_AOS) {
    PyErr_SetString(PyExc_TypeError, "SetBuffer(): SOA arrays use SetComponentBuffer(c, buffer)");
    return NULL;
  }
  int upd = 1;
  vb_buffer *b = buffer_arg("SetBuffer", a, args[0]);
  if (!b || (nargs == 2 && bool_arg("SetBuffer", args[1], &upd) < 0)) return NULL;
  RET_NONE(vb_array_set_buffer(a, b, upd));
}

static PyObject *a_set_component_buffer(PyObject *op, PyObject *const *args, Py_ssize_t nargs) {
  if (check_nargs("SetComponentBuffer", nargs, 2, 3) < 0) return NULL;
  vb_array *a = ARR(op);
  int c, upd = 1;
  if (comp_arg("SetComponentBuffer", args[0], &c) < 0) return NULL;
  vb_buffer *b = buffer_arg("SetComponentBuffer", a, args[1]);
  if (!b || (nargs == 3 && bool_arg("SetComponentBuffer", args[2], &upd) < 0)) return NULL;
  RET_NONE(vb_array_set_component_buffer(a, c, b, upd));
}

/* Adopt obj's memory: a new buffer over [0, size) of the adopted block. */
static vb_buffer *adopt_buffer(const char *fn, vb_array *a, PyObject *obj, PyObject *size_arg) {
  int64_t size;
  if (vbpy_count_arg(size_arg, &size) < 0) return NULL;
  int64_t n;
  vb_block *blk = vbpy_adopt(obj, vb_array_type(a), &n);
  if (!blk) return NULL;
  if (size < 0 || size > n) {
    vb_block_release(blk);
    PyErr_Format(PyExc_ValueError, "%s(): size %lld not in [0, %lld] (elements available)", fn,
                 (long long)size, (long long)n);
    return NULL;
  }
  vb_buffer *b = vb_buffer_new(vb_array_type(a));
  int s = b ? vb_buffer_set_block(b, blk, size) : vb_last_status();
  vb_block_release(blk);
  if (s < 0) { vb_buffer_release(b); vbpy_error(s); return NULL; }
  return b;
}

/* AOS: SetArray(array, size, save)   SOA: SetArray(comp, array, size, updateMaxId, save)
 * `save` is accepted for VTK compatibility: the memory's exporter is always
 * held (never freed by vtkbuf) until the last holder of the block lets go. */
static PyObject *a_set_array(PyObject *op, PyObject *const *args, Py_ssize_t nargs) {
  vb_array *a = ARR(op);
  int save, upd;
  if (vb_array_layout(a) == VB_LAYOUT_AOS) {
    if (check_nargs("SetArray", nargs, 3, 3) < 0 || bool_arg("SetArray", args[2], &save) < 0)
      return NULL;
    vb_buffer *b = adopt_buffer("SetArray", a, args[0], args[1]);
    if (!b) return NULL;
    int s = vb_array_set_buffer(a, b, 1);
    vb_buffer_release(b);
    RET_NONE(s);
  }
  int c;
  if (check_nargs("SetArray", nargs, 5, 5) < 0 || comp_arg("SetArray", args[0], &c) < 0 ||
      bool_arg("SetArray", args[3], &upd) < 0 || bool_arg("SetArray", args[4], &save) < 0)
    return NULL;
  if (c < 0 || c >= vb_array_get_number_of_components(a)) {
    PyErr_Format(PyExc_IndexError, "SetArray(): component %d not in [0, %d)", c,
                 vb_array_get_number_of_components(a));
    return NULL;
  }
  vb_buffer *b = adopt_buffer("SetArray", a, args[1], args[2]);
  if (!b) return NULL;
  int s = vb_array_set_component_buffer(a, c, b, upd);
  vb_buffer_release(b);
  RET_NONE(s);
}

static PyObject *a_get_void_pointer(PyObject *op, PyObject *arg) {
  vb_array *a = ARR(op);
  int64_t i;
  if (index_arg("GetVoidPointer", arg, &i) < 0) return NULL;
  if (vb_array_layout(a) != VB_LAYOUT_AOS && vb_array_get_number_of_components(a) != 1) {
    PyErr_SetString(PyExc_TypeError, "GetVoidPointer(): SOA array with several components");
    return NULL;
  }
  if (i < 0 || i > vb_array_get_size(a)) {
    PyErr_Format(PyExc_IndexError, "GetVoidPointer(): index %lld not in [0, %lld]", (long long)i,
                 (long long)vb_array_get_size(a));
    return NULL;
  }
  char *p = vb_array_data(a);
  return PyLong_FromVoidPtr(p ? p + (size_t)i * vb_array_elem_size(a) : NULL);
}

static PyObject *a_get_name(PyObject *op, PyObject *u) {
  (void)u;
  const char *n = vb_array_get_name(ARR(op));
  if (!n) Py_RETURN_NONE;
  return PyUnicode_FromString(n);
}

/* The name lives in the core array (vb_array_set_name), so vtkDataSetAttributes
 * finds arrays by it; a changed name fires ModifiedEvent. */
static PyObject *a_set_name(PyObject *op, PyObject *arg) {
  if (arg != Py_None && !PyUnicode_Check(arg)) {
    PyErr_Format(PyExc_TypeError, "SetName(): expected str or None, not %.100s", Py_TYPE(arg)->tp_name);
    return NULL;
  }
  const char *n = NULL;
  if (arg != Py_None && !(n = PyUnicode_AsUTF8(arg))) return NULL;
  RET_NONE(vb_array_set_name(ARR(op), n));
}

/* ---- buffer protocol ---- */

static int array_getbuffer(PyObject *op, Py_buffer *view, int flags) {
  vb_array *a = ARR(op);
  int comps = vb_array_get_number_of_components(a);
  int layout = vb_array_layout(a);
  vb_buffer *b;
  if (layout == VB_LAYOUT_AOS) {
    b = vb_array_get_buffer(a);
  } else if (layout == VB_LAYOUT_SOA && comps == 1) {
    b = vb_array_get_component_buffer(a, 0);
  } else {
    view->obj = NULL;
    PyErr_Format(PyExc_BufferError, "%s with %d component(s) has no single contiguous export "
                 "(values are per component%s); use GetComponentBuffer(c) or "
                 "numpy_support.vtk_soa_to_numpy", vb_array_class_name(a), comps,
                 layout == VB_LAYOUT_SCALED_SOA ? " and scaled" : "");
    return -1;
  }
  int64_t nv = vb_array_get_number_of_values(a);
  int64_t nt = nv / comps;
  return vbpy_export(view, flags, vb_buffer_block(b), vb_buffer_data(b), vb_array_type(a),
                     (Py_ssize_t)(comps > 1 ? nt : nv), comps, comps > 1 ? 2 : 1);
}

static PyBufferProcs array_as_buffer = {.bf_getbuffer = array_getbuffer, .bf_releasebuffer = NULL};

#define FC(f) (PyCFunction)(void (*)(void))(f), METH_FASTCALL
#define TUPLE_DEFS(N)                                                                   \
  {"GetTuple" #N, a_get_tuple##N, METH_O, "GetTuple" #N "(t)"},                          \
  {"SetTuple" #N, FC(a_set_tuple##N), "SetTuple" #N "(t, ...)"},                         \
  {"InsertTuple" #N, FC(a_insert_tuple##N), "InsertTuple" #N "(t, ...)"},                \
  {"InsertNextTuple" #N, FC(a_insert_next_tuple##N), "InsertNextTuple" #N "(...) -> tuple index"},

static PyMethodDef array_methods[] = {
  {"GetDataType", a_type, METH_NOARGS, "VTK type id"},
  {"GetDataTypeSize", a_type_size, METH_NOARGS, "bytes per value"},
  {"GetDataTypeAsString", a_type_str, METH_NOARGS, "C type name"},
  {"GetDataTypeMin", a_type_min, METH_NOARGS, "smallest value of the type"},
  {"GetDataTypeMax", a_type_max, METH_NOARGS, "largest value of the type"},
  {"GetNumberOfComponents", a_ncomp, METH_NOARGS, ""},
  {"SetNumberOfComponents", a_set_ncomp, METH_O, ""},
  {"GetNumberOfTuples", a_ntup, METH_NOARGS, ""},
  {"SetNumberOfTuples", a_set_ntup, METH_O, ""},
  {"GetNumberOfValues", a_nval, METH_NOARGS, ""},
  {"SetNumberOfValues", a_set_nval, METH_O, ""},
  {"GetMaxId", a_maxid, METH_NOARGS, ""},
  {"GetSize", a_size, METH_NOARGS, "allocated values"},
  {"Resize", a_resize, METH_O, "Resize(ntuples)"},
  {"ReserveTuples", a_reserve, METH_O, "ReserveTuples(ntuples)"},
  {"Allocate", FC(a_allocate), "Allocate(size[, ext])"},
  {"Squeeze", a_squeeze, METH_NOARGS, ""},
  {"Initialize", a_initialize, METH_NOARGS, ""},
  {"GetValue", a_get_value, METH_O, "GetValue(i)"},
  {"SetValue", FC(a_set_value), "SetValue(i, v)"},
  {"InsertValue", FC(a_insert_value), "InsertValue(i, v)"},
  {"InsertNextValue", a_insert_next_value, METH_O, "InsertNextValue(v) -> value index"},
  {"GetTuple", a_get_tuple, METH_O, "GetTuple(t) -> tuple of floats"},
  {"SetTuple", FC(a_set_tuple), "SetTuple(t, seq | *scalars) or SetTuple(t, srcT, srcArray)"},
  {"InsertTuple", FC(a_insert_tuple), "InsertTuple(t, seq | *scalars | srcT, srcArray)"},
  {"InsertNextTuple", FC(a_insert_next_tuple), "InsertNextTuple(seq | *scalars | srcT, srcArray)"},
  TUPLE_DEFS(1) TUPLE_DEFS(2) TUPLE_DEFS(3) TUPLE_DEFS(4) TUPLE_DEFS(6) TUPLE_DEFS(9)
  {"GetComponent", FC(a_get_component), "GetComponent(t, c)"},
  {"SetComponent", FC(a_set_component), "SetComponent(t, c, v)"},
  {"GetRange", FC(a_get_range), "GetRange(comp=0) -> (min, max); comp -1: magnitude"},
  {"DeepCopy", a_deep_copy, METH_O, ""},
  {"ShallowCopy", a_shallow_copy, METH_O, ""},
  {"GetBuffer", a_get_buffer, METH_NOARGS, "AOS: the array's vtkBuffer"},
  {"GetComponentBuffer", a_get_component_buffer, METH_O, "SOA: the vtkBuffer of component c"},
  {"SetBuffer", FC(a_set_buffer), "SetBuffer(buffer[, updateMaxId=True])"},
  {"SetComponentBuffer", FC(a_set_component_buffer), "SetComponentBuffer(c, buffer[, updateMaxId])"},
  {"SetArray", FC(a_set_array), "AOS SetArray(obj, size, save); SOA SetArray(c, obj, size, updateMaxId, save)"},
  {"SetVoidArray", FC(a_set_array), "same as SetArray"},
  {"GetVoidPointer", a_get_void_pointer, METH_O, "address of value i"},
  {"GetScale", a_scale, METH_NOARGS, "scaled SOA: scale (1.0 otherwise)"},
  {"SetScale", a_set_scale, METH_O, "scaled SOA: SetScale(s)"},
  {"GetName", a_get_name, METH_NOARGS, ""},
  {"SetName", a_set_name, METH_O, ""},
  {NULL, NULL, 0, NULL},
};

PyTypeObject VbArray_Type = {
  PyVarObject_HEAD_INIT(NULL, 0)
  .tp_name = "vtkbuf.vtkDataArray",
  .tp_basicsize = sizeof(VbArrayObject),
  .tp_dealloc = array_dealloc,
  .tp_as_buffer = &array_as_buffer,
  .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
  .tp_doc = "VTK data array (AOS, SOA or scaled SOA storage); supports the buffer protocol.",
  .tp_methods = array_methods,
  .tp_new = array_new,
};

int vbpy_array_init_type(PyObject *module) {
  VbArray_Type.tp_base = &VbObject_Type;
  if (PyType_Ready(&VbArray_Type) < 0) return -1;
  return PyModule_AddObjectRef(module, "vtkDataArray", (PyObject *)&VbArray_Type);
}
