/* vbpy_span.c - _vtkbuf._span_convert(out, src): bulk assignment of the
 * NumPy-native arrays (python/vtkbuf/_assign.py) through the core's checked
 * span conversion (vb_span.h).  `out` is a writable C-contiguous buffer (a
 * fresh ndarray of the target dtype); `src` is a C-contiguous buffer of as
 * many elements of any numeric format, or a list of as many Python objects
 * (big ints, strings, mixed sequences), each translated to a vb_scalar: a
 * str/bytes is parsed as NumPy parses it for the target (int() for an
 * integer type, float() for a real one).  The core decides what is refused;
 * nothing is written to `out` then.  Both buffers are released on return. */
#include "vbpy_types.h"

/* VTK type of a buffer format ("d", "=l", "<i", ...); VB_VOID if unknown */
static int format_type(const char *fmt) {
  if (!fmt) return VB_UNSIGNED_CHAR; /* "B" by default */
  while (*fmt == '@' || *fmt == '=' || *fmt == '<') fmt++; /* native or little-endian (every vtkbuf host) */
  if (fmt[0] && fmt[1]) return VB_VOID;
  return vb_type_from_key(fmt);
}

static int buffer_type(Py_buffer *b, const char *what) {
  int t = format_type(b->format);
  if (t == VB_VOID || t == VB_BIT) {
    PyErr_Format(PyExc_TypeError, "cannot assign from a buffer of format '%s' (%s)", b->format ? b->format : "B", what);
    return VB_VOID;
  }
  return t;
}

/* one Python object as the core's scalar; strings parsed for the target type */
static int object_scalar(PyObject *o, int dtype, vb_scalar *out) {
  PyObject *num = NULL;
  int r;
  if (PyUnicode_Check(o) || PyBytes_Check(o)) {
    num = vb_type_is_integer(dtype) ? PyNumber_Long(o) : PyFloat_FromString(o);
    if (!num) return -1; /* int('1.5'): ValueError, as NumPy */
    o = num;
  }
  r = vbpy_scalar_arg("__setitem__", o, out);
  Py_XDECREF(num);
  return r;
}

PyObject *vbpy_span_convert(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
  (void)self;
  Py_buffer out, src;
  PyObject *res = NULL;
  if (vbpy_nargs("_span_convert", nargs, 2, 2) < 0) return NULL;
  if (PyObject_GetBuffer(args[0], &out, PyBUF_FORMAT | PyBUF_C_CONTIGUOUS | PyBUF_WRITABLE) < 0) return NULL;
  int dtype = buffer_type(&out, "target");
  Py_ssize_t n = out.itemsize ? out.len / out.itemsize : 0;
  if (dtype == VB_VOID) goto done;
  if (PyList_CheckExact(args[1])) {
    Py_ssize_t m = PyList_GET_SIZE(args[1]);
    vb_scalar *s;
    if (m != n) {
      PyErr_Format(PyExc_ValueError, "_span_convert: %zd values for %zd elements", m, n);
      goto done;
    }
    s = PyMem_Malloc((size_t)(m ? m : 1) * sizeof *s);
    if (!s) {
      PyErr_NoMemory();
      goto done;
    }
    for (Py_ssize_t k = 0; k < m; k++)
      if (object_scalar(PyList_GET_ITEM(args[1], k), dtype, &s[k]) < 0) {
        PyMem_Free(s);
        goto done;
      }
    int st = vb_span_convert_scalars(dtype, out.buf, s, (int64_t)m);
    PyMem_Free(s);
    res = st < 0 ? vbpy_error(st) : Py_NewRef(Py_None);
    goto done;
  }
  if (PyObject_GetBuffer(args[1], &src, PyBUF_FORMAT | PyBUF_C_CONTIGUOUS) < 0) goto done;
  int stype = buffer_type(&src, "source");
  if (stype != VB_VOID) {
    if (src.itemsize * n != src.len) {
      PyErr_Format(PyExc_ValueError, "_span_convert: %zd source bytes for %zd elements", src.len, n);
    } else {
      int st = vb_span_convert(dtype, out.buf, stype, src.buf, (int64_t)n);
      res = st < 0 ? vbpy_error(st) : Py_NewRef(Py_None);
    }
  }
  PyBuffer_Release(&src);
done:
  PyBuffer_Release(&out);
  return res;
}

