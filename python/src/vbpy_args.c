/* vbpy_args.c - the argument helpers every class uses: Python objects in,
 * core arguments out, and core results back to Python.
 *
 * Numbers: vbpy_scalar_arg only says what Python gave (an int as INT, UINT
 * or BIG, a float as REAL, a str/bytes as CHAR: its code, or -1 when it is
 * not one character); which values an array takes, exactly or saturated,
 * and which error a refused one raises, is decided by the core (vb_scalar.h).
 */
#include <math.h>

#include "vbpy.h"

int vbpy_nargs(const char *fn, Py_ssize_t n, Py_ssize_t lo, Py_ssize_t hi) {
  if (n >= lo && n <= hi) return 0;
  if (lo == hi)
    PyErr_Format(PyExc_TypeError, "%s() takes exactly %zd argument%s (%zd given)", fn, lo,
                 lo == 1 ? "" : "s", n);
  else
    PyErr_Format(PyExc_TypeError, "%s() takes %zd to %zd arguments (%zd given)", fn, lo, hi, n);
  return -1;
}

static int is_integer(PyObject *o) { return PyLong_Check(o) || (PyIndex_Check(o) && !PyFloat_Check(o)); }

int vbpy_index_arg(const char *fn, PyObject *o, int64_t *out) {
  if (!is_integer(o)) {
    PyErr_Format(PyExc_TypeError, "%s(): index must be an integer, not %.100s", fn,
                 Py_TYPE(o)->tp_name);
    return -1;
  }
  long long v = PyLong_AsLongLong(o); /* past 64 bits: OverflowError, as VTK 9.7.1 */
  if (v == -1 && PyErr_Occurred()) {
    if (PyErr_ExceptionMatches(PyExc_OverflowError)) { /* the same error, naming the call */
      PyErr_Clear();
      PyErr_Format(PyExc_OverflowError, "%s(): index %R does not fit a 64-bit integer", fn, o);
    }
    return -1;
  }
  *out = (int64_t)v;
  return 0;
}

int vbpy_int_arg(const char *fn, PyObject *o, int *out) {
  if (!is_integer(o)) {
    PyErr_Format(PyExc_TypeError, "%s(): expected an integer, not %.100s", fn, Py_TYPE(o)->tp_name);
    return -1;
  }
  if (PyArg_Parse(o, "i", out)) return 0; /* CPython's C int conversion (OverflowError) */
  if (PyErr_ExceptionMatches(PyExc_OverflowError)) { /* the same error, naming the call */
    PyErr_Clear();
    PyErr_Format(PyExc_OverflowError, "%s(): %R does not fit a C int", fn, o);
  }
  return -1;
}

int vbpy_component_arg(const char *fn, PyObject *o, int *out) {
  int64_t v;
  if (vbpy_index_arg(fn, o, &v) < 0) return -1;
  if ((int64_t)(int)v != v) { /* not representable as the core's int: no such component */
    PyErr_Format(PyExc_OverflowError, "%s(): component %lld does not fit a C int", fn, (long long)v);
    return -1;
  }
  *out = (int)v;
  return 0;
}

int vbpy_count_arg(const char *fn, PyObject *arg, int64_t *n) {
  if (!is_integer(arg) || PyBool_Check(arg)) {
    PyErr_Format(PyExc_TypeError, "%s(): expected an integer count, got %.100s", fn, Py_TYPE(arg)->tp_name);
    return -1;
  }
  long long v = PyLong_AsLongLong(arg);
  if (v == -1 && PyErr_Occurred()) {
    if (PyErr_ExceptionMatches(PyExc_OverflowError)) {
      PyErr_Clear();
      PyErr_Format(PyExc_ValueError, "%s(): count too large", fn);
    }
    return -1;
  }
  if (v < 0) {
    PyErr_Format(PyExc_ValueError, "%s(): count must not be negative, got %lld", fn, v);
    return -1;
  }
  *n = (int64_t)v;
  return 0;
}

int vbpy_bool_arg(const char *fn, PyObject *o, int *out) {
  if (!PyLong_Check(o)) {
    PyErr_Format(PyExc_TypeError, "%s(): expected a bool/int flag, not %.100s", fn, Py_TYPE(o)->tp_name);
    return -1;
  }
  int v = PyObject_IsTrue(o);
  if (v < 0) return -1;
  *out = v;
  return 0;
}

static int not_real(const char *fn, PyObject *o) {
  PyErr_Format(PyExc_TypeError, "%s(): must be a real number, not %.100s", fn, Py_TYPE(o)->tp_name);
  return -1;
}

int vbpy_real_arg(const char *fn, PyObject *o, double *d) {
  if (PyFloat_CheckExact(o)) {
    *d = PyFloat_AS_DOUBLE(o);
    return 0;
  }
  if (PyUnicode_Check(o) || PyBytes_Check(o) || PyComplex_Check(o) || o == Py_None) return not_real(fn, o);
  *d = PyFloat_AsDouble(o);
  if (*d == -1.0 && PyErr_Occurred()) {
    if (!PyErr_ExceptionMatches(PyExc_TypeError)) return -1;
    PyErr_Clear();
    return not_real(fn, o);
  }
  return 0;
}

int vbpy_xyz_args(const char *fn, PyObject *const *args, Py_ssize_t n, double x[3]) {
  if (n == 3) {
    for (int i = 0; i < 3; i++)
      if (vbpy_real_arg(fn, args[i], &x[i]) < 0) return -1;
    return 0;
  }
  if (n == 1 && PySequence_Check(args[0]) && !PyUnicode_Check(args[0]) && !PyBytes_Check(args[0])) {
    PyObject *seq = PySequence_Fast(args[0], "");
    if (!seq) return -1;
    int r = 0;
    if (PySequence_Fast_GET_SIZE(seq) != 3) {
      PyErr_Format(PyExc_TypeError, "%s(): expected a sequence of 3 numbers, got %zd", fn,
                   PySequence_Fast_GET_SIZE(seq));
      r = -1;
    }
    for (int i = 0; r == 0 && i < 3; i++) r = vbpy_real_arg(fn, PySequence_Fast_GET_ITEM(seq, i), &x[i]);
    Py_DECREF(seq);
    return r;
  }
  PyErr_Format(PyExc_TypeError, "%s(): expected x, y, z or a sequence of 3 numbers", fn);
  return -1;
}

/* A Python int as INT (fits int64), UINT (fits uint64) or BIG (the nearest
 * double, +-inf beyond the double range). */
static int int_scalar(PyObject *o, vb_scalar *out) {
  int of = 0;
  long long v = PyLong_AsLongLongAndOverflow(o, &of);
  if (!of) {
    if (v == -1 && PyErr_Occurred()) return -1;
    out->kind = VB_SCALAR_INT;
    out->v.i = (int64_t)v;
    return 0;
  }
  if (of > 0) {
    unsigned long long u = PyLong_AsUnsignedLongLong(o);
    if (!(u == (unsigned long long)-1 && PyErr_Occurred())) {
      out->kind = VB_SCALAR_UINT;
      out->v.u = (uint64_t)u;
      return 0;
    }
    if (!PyErr_ExceptionMatches(PyExc_OverflowError)) return -1;
    PyErr_Clear();
  }
  out->kind = VB_SCALAR_BIG;
  out->v.d = PyLong_AsDouble(o);
  if (out->v.d == -1.0 && PyErr_Occurred()) {
    if (!PyErr_ExceptionMatches(PyExc_OverflowError)) return -1;
    PyErr_Clear();
    out->v.d = of > 0 ? HUGE_VAL : -HUGE_VAL;
  }
  return 0;
}

/* A string: CHAR with its code when it has one character, else CHAR -1 (the
 * core refuses it: ValueError for char arrays, TypeError for the others). */
static void char_scalar(Py_ssize_t len, long code, vb_scalar *out) {
  out->kind = VB_SCALAR_CHAR;
  out->v.i = len == 1 ? code : -1;
}

int vbpy_scalar_arg(const char *fn, PyObject *o, vb_scalar *out) {
  if (PyFloat_Check(o)) {
    out->kind = VB_SCALAR_REAL;
    out->v.d = PyFloat_AS_DOUBLE(o);
    return 0;
  }
  if (PyLong_Check(o)) return int_scalar(o, out);
  if (PyUnicode_Check(o)) {
    Py_ssize_t len = PyUnicode_GET_LENGTH(o);
    char_scalar(len, len == 1 ? (long)PyUnicode_READ_CHAR(o, 0) : 0, out);
    return 0;
  }
  if (PyBytes_Check(o)) {
    Py_ssize_t len = PyBytes_GET_SIZE(o);
    char_scalar(len, len == 1 ? (long)(unsigned char)PyBytes_AS_STRING(o)[0] : 0, out);
    return 0;
  }
  if (PyComplex_Check(o) || o == Py_None) return not_real(fn, o);
  if (PyIndex_Check(o)) { /* numpy integers and other __index__ types */
    PyObject *n = PyNumber_Index(o);
    if (!n) return -1;
    int r = int_scalar(n, out);
    Py_DECREF(n);
    return r;
  }
  out->kind = VB_SCALAR_REAL; /* numpy floating and other __float__ types */
  return vbpy_real_arg(fn, o, &out->v.d);
}

PyObject *vbpy_scalar_out(const vb_scalar *s) {
  switch (s->kind) {
  case VB_SCALAR_INT: return PyLong_FromLongLong((long long)s->v.i);
  case VB_SCALAR_UINT: return PyLong_FromUnsignedLongLong((unsigned long long)s->v.u);
  case VB_SCALAR_CHAR: return PyUnicode_FromOrdinal((int)s->v.i);
  default: return PyFloat_FromDouble(s->v.d);
  }
}

PyObject *vbpy_tuple_d(const double *v, int n) {
  PyObject *t = PyTuple_New(n);
  if (!t) return NULL;
  for (int i = 0; i < n; i++) {
    PyObject *f = PyFloat_FromDouble(v[i]);
    if (!f) {
      Py_DECREF(t);
      return NULL;
    }
    PyTuple_SET_ITEM(t, i, f);
  }
  return t;
}

int vbpy_is_array(PyObject *o) {
  return PyObject_TypeCheck(o, &VbObject_Type) && VBPY_OBJ(o) && vb_array_from_object(VBPY_OBJ(o));
}

vb_array *vbpy_array_arg(const char *fn, PyObject *o, int allow_none, int *is_none) {
  if (is_none) *is_none = 0;
  if (allow_none && o == Py_None) {
    if (is_none) *is_none = 1;
    return NULL;
  }
  if (!vbpy_is_array(o)) {
    PyErr_Format(PyExc_TypeError, "%s(): expected a vtkDataArray%s, not %.100s", fn,
                 allow_none ? " or None" : "", Py_TYPE(o)->tp_name);
    return NULL;
  }
  return vb_array_from_object(VBPY_OBJ(o));
}

vb_scalar *vbpy_scratch_get(vbpy_scratch *s, int n) {
  s->p = n <= (int)(sizeof s->small / sizeof s->small[0]) ? s->small : PyMem_Malloc(sizeof(vb_scalar) * (size_t)n);
  if (!s->p) PyErr_NoMemory();
  return s->p;
}

void vbpy_scratch_free(vbpy_scratch *s) {
  if (s->p && s->p != s->small) PyMem_Free(s->p);
}
