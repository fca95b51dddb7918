/* vbpy_js.c - what JS needs for zero-copy safe views of vtkbuf objects living in
 * Pyodide's memory (js/pyodide.mjs, vtkbufViews): two accessors and the block /
 * object reference counts, called from JS through Pyodide's function table (their
 * addresses come from _js_api()), so a JS view checks its block once per call
 * without entering Python. What a view covers is the core's (src/vb_view.h); when it
 * is stale is the JS SafeView's (js/views.mjs); nothing here changes the core. */
#include "vbpy_types.h"

/* called from JS (function-table entries): what the view covers is the
 * core's answer (vb_view_of), as for every other view */
static vb_block *js_block(vb_object *o, int c) {
  vb_view v;
  return vb_view_of(o, c, &v) < 0 ? NULL : v.block;
}
static void *js_data(vb_object *o, int c) {
  vb_view v;
  return vb_view_of(o, c, &v) < 0 ? NULL : v.data;
}

static PyObject *fnptr(void *p) { return PyLong_FromSize_t((size_t)(uintptr_t)p); }

/* _js_api() -> {name: function-table index} */
static PyObject *js_api(PyObject *self, PyObject *unused) {
  (void)self; (void)unused;
  return Py_BuildValue("{sNsNsNsNsNsN}", "block", fnptr((void *)js_block), "data", fnptr((void *)js_data),
                       "block_retain", fnptr((void *)vb_block_retain),
                       "block_release", fnptr((void *)vb_block_release),
                       "object_retain", fnptr((void *)vb_object_retain),
                       "object_release", fnptr((void *)vb_object_release));
}

/* _js_target(obj, component=-1) -> (object address, VTK type id, number of elements)
 * of the view vb_view_of gives; TypeError (with the core's reason) when it gives none. */
static PyObject *js_target(PyObject *self, PyObject *args) {
  (void)self;
  PyObject *obj;
  int c = -1;
  if (!PyArg_ParseTuple(args, "O|i:_js_target", &obj, &c)) return NULL;
  if (!PyObject_TypeCheck(obj, &VbObject_Type)) {
    return PyErr_Format(PyExc_TypeError, "_js_target: a vtkBuffer or data array expected, got %.100s",
                        Py_TYPE(obj)->tp_name);
  }
  vb_object *o = VBPY_OBJ(obj);
  vb_view v;
  if (vb_view_of(o, c, &v) < 0) {
    return PyErr_Format(PyExc_TypeError, "_js_target: %.100s (component %d): %s", Py_TYPE(obj)->tp_name, c,
                        vb_last_error());
  }
  return Py_BuildValue("(NiL)", fnptr(o), v.type, (long long)v.count);
}

PyMethodDef vbpy_js_methods[] = {
  {"_js_api", js_api, METH_NOARGS, VBPY_DOC("function-table indices of the JS view accessors (js/pyodide.mjs)")},
  {"_js_target", js_target, METH_VARARGS, VBPY_DOC("(address, type id, length) of a buffer/array for a JS view")},
  {NULL, NULL, 0, NULL},
};
