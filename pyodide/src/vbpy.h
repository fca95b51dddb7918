/* vbpy.h - shared declarations of the _vtkbuf CPython extension.
 *
 * One set of sources, built for the host CPython and as a Pyodide side module.
 * The extension adds no semantics of its own: every operation is a call into
 * the C core (src/), whose errors become Python exceptions via vbpy_error().
 *
 * Files: vbpy_module.c (module, errors), vbpy_object.c (vtkObject base:
 * wrapper identity map, class lookup), vbpy_observer.c (Python observers and
 * their exceptions), vbpy_export.c (Py_buffer exports holding blocks),
 * vbpy_dlpack.c (__dlpack__), vbpy_adopt.c (adopting Python memory),
 * vbpy_buffer.c (vtkAbstractBuffer), vbpy_array.c (vtkDataArray),
 * vbpy_dataobject.c (vtkPoints, vtkCellArray, vtkDataSetAttributes, vtkPolyData,
 * vtkSphereSource).
 */
#ifndef VBPY_H
#define VBPY_H
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include "vtkbuf.h"

/* Raise the Python exception for a failed core call (status < 0) using the
 * core's last error message; returns NULL so callers can `return vbpy_error(s)`.
 * A pending observer exception (see below) is dropped: the failure wins. */
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

/* ---- vtkObject: common head of every wrapper ---- */
typedef struct {
  PyObject_HEAD
  vb_object *obj; /* one reference owned by the wrapper */
  PyObject *weakrefs;
} VbObject;
extern PyTypeObject VbObject_Type;

/* vtkAbstractBuffer */
typedef struct {
  VbObject base;
} VbBufferObject;
#define VBPY_BUF(op) vb_buffer_from_object(((VbObject *)(op))->obj)
extern PyTypeObject VbBuffer_Type;

/* vtkDataArray (AOS/SOA/scaled SOA) */
typedef struct {
  VbObject base;
  PyObject *name; /* unused: the name lives in the core array (vb_array_get_name) */
} VbArrayObject;
#define VBPY_ARR(op) vb_array_from_object(((VbObject *)(op))->obj)
extern PyTypeObject VbArray_Type;

/* The one Python wrapper of a core object (identity: arr.GetBuffer() is
 * arr.GetBuffer() while a wrapper lives). New reference; creates a wrapper of
 * the class chosen by vtkbuf._templates (registered with _set_class_lookup). */
PyObject *vbpy_wrap(vb_object *o);
/* Existing wrapper or NULL (borrowed; no exception). */
PyObject *vbpy_lookup(vb_object *o);
/* Register a freshly constructed wrapper (tp_new) / forget it (dealloc). */
int vbpy_register(PyObject *self);
void vbpy_unregister(PyObject *self);
/* Class attribute `name` of cls as an int (e.g. _vb_type); -1 + TypeError if missing. */
int vbpy_class_int(PyTypeObject *cls, const char *name, int dflt);
void vbpy_object_dealloc(PyObject *op);

/* ---- observers ---- */
/* Parse an event (int id or name such as "BufferChangedEvent"). */
int vbpy_event_arg(PyObject *arg, unsigned long *event);
const char *vbpy_event_name(unsigned long event);
/* An exception raised by a Python observer is stashed (the first one) while
 * the core operation runs and re-raised when it returns: vbpy_done(result)
 * returns result, or NULL with the stashed exception set (result dropped). */
PyObject *vbpy_done(PyObject *result);
int vbpy_observer_pending(void);
extern PyMethodDef vbpy_observer_methods[]; /* AddObserver, RemoveObserver, ... */

/* ---- adopting Python memory (buffer protocol) into a block ---- */
/* Export `obj` (C-contiguous, writable, element type compatible with `type`),
 * and make a block that holds the export until its last holder lets go.
 * *n = number of elements. New block reference or NULL + exception. */
vb_block *vbpy_adopt(PyObject *obj, int type, int64_t *n);

/* ---- argument helpers ---- */
int vbpy_count_arg(PyObject *arg, int64_t *n); /* integer >= 0, else TypeError/ValueError */
void vbpy_drop_pending(void);

/* __dlpack__ / __dlpack_device__ for a memory span */
PyObject *vbpy_dlpack(vb_block *blk, void *data, int type, int64_t n, PyObject *const *args,
                      Py_ssize_t nargs, PyObject *kwnames);

int vbpy_object_init_type(PyObject *module);
int vbpy_buffer_init_type(PyObject *module);
int vbpy_array_init_type(PyObject *module);
int vbpy_blockref_init_type(PyObject *module);

/* ---- data objects (vbpy_dataobject.c) ---- */
extern PyTypeObject VbPoints_Type, VbCellArray_Type, VbAttributes_Type, VbPointData_Type,
    VbCellData_Type, VbPolyData_Type, VbSphere_Type;
/* Wrapper class of a core data object (points, cell array, attributes,
 * polydata, sphere source); NULL for anything else (arrays, buffers). */
PyTypeObject *vbpy_dataobject_type(vb_object *o);
int vbpy_dataobject_init_types(PyObject *module);
#endif
