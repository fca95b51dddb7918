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
 * Also here: vtkDataArray's tp_dealloc and GC slots. */
#include "vbpy_types.h"

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

PyObject *vbpy_array_view(PyObject *op, PyObject *u) {
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

PyObject *vbpy_array_set_view(PyObject *op, PyObject *v) {
  VbArrayObject *self = SELF(op);
  vb_array *a = VBPY_ARR(op);
  if (watch(self, op) < 0) return NULL;
  self->view_nv = vb_array_get_number_of_values(a);
  self->view_nc = vb_array_get_number_of_components(a);
  self->view_data = first_data(a);
  Py_XSETREF(self->view, Py_NewRef(v));
  return Py_NewRef(v);
}

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
