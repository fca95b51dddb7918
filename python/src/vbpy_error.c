/* vbpy_error.c - errors: a failed core call as a Python exception (the one
 * status -> exception mapping), and the exception a Python observer raised
 * while a core call ran, kept until that call returns.
 *
 * Observer exceptions: the first exception raised by an observer during a core
 * operation is stashed (vbpy_stash_exception) and re-raised by vbpy_done()
 * after the operation returned, i.e. with the object already in its new
 * state; later ones are reported through sys.unraisablehook (they would
 * otherwise be lost).
 */
#include "vbpy.h"

static PyObject *pending; /* exception object or NULL */

PyObject *vbpy_fetch_exc(void) {
#if PY_VERSION_HEX >= 0x030C0000
  return PyErr_GetRaisedException();
#else
  PyObject *t, *v, *tb;
  PyErr_Fetch(&t, &v, &tb);
  if (!t) return NULL;
  PyErr_NormalizeException(&t, &v, &tb);
  if (tb && v) PyException_SetTraceback(v, tb);
  Py_XDECREF(t);
  Py_XDECREF(tb);
  return v;
#endif
}

void vbpy_restore_exc(PyObject *v) {
  if (!v) return;
#if PY_VERSION_HEX >= 0x030C0000
  PyErr_SetRaisedException(v);
#else
  PyErr_Restore(Py_NewRef((PyObject *)Py_TYPE(v)), v, PyException_GetTraceback(v));
#endif
}

int vbpy_observer_pending(void) { return pending != NULL; }

void vbpy_stash_exception(PyObject *culprit) {
  PyObject *e = vbpy_fetch_exc();
  if (!pending) {
    pending = e;
  } else {
    vbpy_restore_exc(e);
    PyErr_WriteUnraisable(culprit);
  }
}

PyObject *vbpy_done(PyObject *result) {
  if (!pending) return result;
  Py_XDECREF(result);
  PyObject *e = pending;
  pending = NULL;
  vbpy_restore_exc(e);
  return NULL;
}

void vbpy_drop_pending(void) { Py_CLEAR(pending); }

/* vtkbuf.IndexValueError: an index vtkbuf checks.  VTK 9.7.1's wrapper checks
 * indices with ValueError ("expects 0 <= valueIdx && ..."), Python's habit is
 * IndexError: the class is both (as numpy's AxisError), so either `except`
 * works.  Made once; every VB_ERANGE maps to it. */
PyObject *vbpy_IndexValueError;

int vbpy_error_init(PyObject *m) {
  if (!vbpy_IndexValueError) {
    PyObject *bases = PyTuple_Pack(2, PyExc_ValueError, PyExc_IndexError);
    if (!bases) return -1;
    vbpy_IndexValueError = PyErr_NewExceptionWithDoc(
        "vtkbuf.IndexValueError",
        "An index out of range: both ValueError (what VTK 9.7.1 raises) and IndexError.", bases, NULL);
    Py_DECREF(bases);
    if (!vbpy_IndexValueError) return -1;
  }
  return PyModule_AddObjectRef(m, "IndexValueError", vbpy_IndexValueError);
}

PyObject *vbpy_error(int status) {
  vbpy_drop_pending();
  const char *msg = vb_last_error();
  if (!msg || !*msg) msg = vb_strerror(status);
  PyObject *exc;
  switch (status) {
  case VB_ENOMEM: exc = PyExc_MemoryError; break;
  case VB_EINVAL: exc = PyExc_ValueError; break;
  case VB_ERANGE: exc = vbpy_IndexValueError; break;
  case VB_EOVERFLOW: exc = PyExc_ValueError; break;
  case VB_ETYPE: exc = PyExc_TypeError; break;
  case VB_ESTATE: exc = PyExc_RuntimeError; break;
  case VB_EDOMAIN: exc = PyExc_ValueError; break;
  case VB_ENOFIT: exc = PyExc_OverflowError; break;
  default: exc = PyExc_SystemError; break; /* not a vb_status: a bug */
  }
  PyErr_SetString(exc, msg);
  return NULL;
}

PyObject *vbpy_status(int status, PyObject *result) {
  if (status < 0) {
    Py_XDECREF(result);
    return vbpy_error(status);
  }
  return vbpy_done(result);
}
