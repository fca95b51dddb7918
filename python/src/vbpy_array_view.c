/* vbpy_array_view.c - the cached NumPy view behind a data array wrapper.
 *
 * vtkbuf._ndarray makes every data array behave as a NumPy array; the
 * zero-copy view(s) it builds are cached in the wrapper (VbArrayObject.view)
 * so that arr[i], len(arr), arr + 1 do not rebuild them.  The cache is never
 * stale and never dangles:
 *  - it is dropped as soon as the array fires BufferChangedEvent (an internal
 *    core observer registered by the wrapper, invisible to HasObserver and
 *    RemoveObserver, removed when the wrapper dies), so the old memory block
 *    is released promptly; so is the BlockRef kept for buffer exports
 *    (vbpy_export's cache: np.asarray(arr) in a loop allocates no holder);
 *  - on every use it is checked against the array's current shape (values,
 *    components) and first buffer address, which also catches changes that
 *    move no memory (SetNumberOfTuples shrinking, SetNumberOfComponents).
 * A view the user already took holds its own memory block (vbpy_export), so
 * it stays valid (detached) whatever happens to the cache.
 *
 * Python side: arr._vb_view() -> the cached object or None;
 * arr._vb_set_view(obj) caches obj for the current state and returns it.
 * Also here: vtkDataArray's tp_dealloc, and _vtkbuf._set_type_attr, which lets
 * the pure-Python layer add properties (point_data, ...) to the static data
 * object types. */
#include "vbpy.h"

#define SELF(op) ((VbArrayObject *)(op))

/* address of the first value's storage: AOS buffer, or component 0 */
static const void *first_data(vb_array *a) {
  vb_buffer *b = vb_array_layout(a) == VB_LAYOUT_AOS ? vb_array_get_buffer(a)
                                                     : vb_array_get_component_buffer(a, 0);
  return b ? vb_buffer_data(b) : NULL;
}

static void drop_view(vb_object *caller, unsigned long event, void *calldata, void *clientdata) {
  (void)caller; (void)event; (void)calldata;
  VbArrayObject *self = clientdata;
  PyObject *v = self->view, *r = self->export_ref;
  self->view = NULL;
  self->export_ref = NULL;
  Py_XDECREF(v); /* may release the old memory block now */
  Py_XDECREF(r);
}

/* the observer emptying the caches when the storage moves (added once) */
static int watch(VbArrayObject *self, PyObject *op) {
  if (!self->view_obs)
    self->view_obs = vb_object_add_internal_observer(VBPY_OBJ(op), VB_BUFFER_CHANGED_EVENT, drop_view, self);
  if (self->view_obs) return 0;
  PyErr_NoMemory();
  return -1;
}

PyObject **vbpy_array_export_cache(PyObject *op) {
  return watch(SELF(op), op) < 0 ? NULL : &SELF(op)->export_ref;
}

static PyObject *a_view(PyObject *op, PyObject *u) {
  (void)u;
  VbArrayObject *self = SELF(op);
  if (self->view) {
    vb_array *a = VBPY_ARR(op);
    if (self->view_nv == vb_array_get_number_of_values(a) &&
        self->view_nc == vb_array_get_number_of_components(a) && self->view_data == first_data(a))
      return Py_NewRef(self->view);
    Py_CLEAR(self->view);
  }
  Py_RETURN_NONE;
}

static PyObject *a_set_view(PyObject *op, PyObject *v) {
  VbArrayObject *self = SELF(op);
  vb_array *a = VBPY_ARR(op);
  if (watch(self, op) < 0) return NULL;
  self->view_nv = vb_array_get_number_of_values(a);
  self->view_nc = vb_array_get_number_of_components(a);
  self->view_data = first_data(a);
  Py_XSETREF(self->view, Py_NewRef(v));
  return Py_NewRef(v);
}

PyMethodDef vbpy_array_view_methods[] = {
  {"_vb_view", a_view, METH_NOARGS, "internal: the cached NumPy view(s) if still valid, else None"},
  {"_vb_set_view", a_set_view, METH_O, "internal: cache NumPy view(s) for the current storage"},
  {NULL, NULL, 0, NULL},
};

int vbpy_array_traverse(PyObject *op, visitproc visit, void *arg) {
  Py_VISIT(SELF(op)->view);
  Py_VISIT(SELF(op)->export_ref);
  return vbpy_object_traverse(op, visit, arg);
}

int vbpy_array_clear(PyObject *op) {
  Py_CLEAR(SELF(op)->view);
  Py_CLEAR(SELF(op)->export_ref);
  return vbpy_object_clear(op);
}

void vbpy_array_dealloc(PyObject *op) {
  VbArrayObject *self = SELF(op);
  PyObject_GC_UnTrack(op);
  if (self->view_obs && VBPY_OBJ(op)) vb_object_remove_internal_observer(VBPY_OBJ(op), self->view_obs);
  self->view_obs = 0;
  Py_CLEAR(self->view);
  Py_CLEAR(self->export_ref);
  vbpy_object_dealloc(op);
}

/* _set_type_attr(type, name, value): set an attribute of one of this module's
 * static types (they refuse setattr from Python). */
static PyObject *set_type_attr(PyObject *mod, PyObject *const *args, Py_ssize_t nargs) {
  (void)mod;
  if (vbpy_nargs("_set_type_attr", nargs, 3, 3) < 0) return NULL;
  if (!PyType_Check(args[0]) || !PyType_IsSubtype((PyTypeObject *)args[0], &VbObject_Type) ||
      (((PyTypeObject *)args[0])->tp_flags & Py_TPFLAGS_HEAPTYPE) || !PyUnicode_Check(args[1])) {
    PyErr_SetString(PyExc_TypeError, "_set_type_attr(static vtkbuf type, str, value)");
    return NULL;
  }
  PyTypeObject *tp = (PyTypeObject *)args[0];
  /* an extension's static type keeps its own tp_dict (not per-interpreter) */
  if (PyDict_SetItem(tp->tp_dict, args[1], args[2]) < 0) return NULL;
  PyType_Modified(tp);
  Py_RETURN_NONE;
}

PyMethodDef vbpy_view_module_methods[] = {
  {"_set_type_attr", VBPY_FC(set_type_attr), "internal: add an attribute to a static vtkbuf type"},
  {NULL, NULL, 0, NULL},
};
