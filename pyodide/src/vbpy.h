/* vbpy.h - shared declarations of the _vtkbuf CPython extension.
 *
 * One set of sources, built for the host CPython and as a Pyodide side module.
 * The extension adds no semantics of its own: every operation is a call into
 * the C core (src/), whose errors become Python exceptions via vbpy_error().
 */
#ifndef VBPY_H
#define VBPY_H
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include "vtkbuf.h"

/* Raise the Python exception for a failed core call (status < 0) using the
 * core's last error message; returns NULL so callers can `return vbpy_error(s)`. */
PyObject *vbpy_error(int status);

/* struct-module format character for a VTK type id ('d' for VB_DOUBLE, ...);
 * NULL for an unknown type. Borrowed static string. */
const char *vbpy_format(int type);

/* BlockRef: a tiny Python object that holds one reference to a vb_block. It is
 * the `obj` of every Py_buffer we export, so an export keeps the memory it
 * points into alive, not the buffer (which may move to a new block). */
extern PyTypeObject VbBlockRef_Type;
/* Fill `view` for 1-D or 2-D C-contiguous memory inside `blk` (may be NULL when
 * len is 0). Returns 0 or -1 with an exception set. view->obj is a new BlockRef. */
int vbpy_export(Py_buffer *view, int flags, vb_block *blk, void *data, int type,
                Py_ssize_t rows, Py_ssize_t cols, int ndim);

/* vtkAbstractBuffer: wraps one vb_buffer (a new reference owned by the object). */
typedef struct {
  PyObject_HEAD
  vb_buffer *buf;
  PyObject *weakrefs;
} VbBufferObject;
extern PyTypeObject VbBuffer_Type;
/* New Python wrapper for an existing core buffer (retains it). */
PyObject *vbpy_buffer_wrap(PyTypeObject *cls, vb_buffer *b);

int vbpy_buffer_init_type(PyObject *module);
int vbpy_blockref_init_type(PyObject *module);
#endif
