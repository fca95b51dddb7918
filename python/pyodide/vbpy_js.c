/* vbpy_js.c - what JS needs for zero-copy safe views of vtkbuf objects living in
 * Pyodide's memory (js/pyodide.mjs, vtkbufViews): two accessors and the block /
 * object reference counts, called from JS through Pyodide's function table (their
 * addresses come from _js_api()), so a JS view checks its block once per call
 * without entering Python. Policy (what a view holds, when it is stale) is the JS
 * SafeView's (js/views.mjs); nothing here changes the core. */
#include "vbpy_types.h"

/* The storage a view of (o, c) reads: a buffer; an array's AOS buffer (c < 0),
 * the only component of a 1-component SOA array (c < 0) or component c. */
static vb_buffer *target_buffer(vb_object *o, int c) {
  vb_buffer *b = vb_buffer_from_object(o);
  if (b) return c < 0 ? b : NULL;
  vb_array *a = vb_array_from_object(o);
  if (!a) return NULL;
  if (c >= 0) return c < vb_array_get_number_of_components(a) ? vb_array_get_component_buffer(a, c) : NULL;
  if (vb_array_layout(a) == VB_LAYOUT_AOS) return vb_array_get_buffer(a);
  if (vb_array_get_number_of_components(a) == 1) return vb_array_get_component_buffer(a, 0);
  return NULL;
}

/* called from JS (function-table entries) */
static vb_block *js_block(vb_object *o, int c) { return vb_buffer_block(target_buffer(o, c)); }
static void *js_data(vb_object *o, int c) { return vb_buffer_data(target_buffer(o, c)); }

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
 * for a vtkBuffer (capacity) or a data array (values; SOA: tuples of component c);
 * TypeError for anything else or an SOA array with several components and c < 0. */
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
  vb_buffer *b = target_buffer(o, c);
  if (!b) {
    return PyErr_Format(PyExc_TypeError, "_js_target: no single storage to view in %.100s (component %d): "
                        "pass a component of an SOA array", Py_TYPE(obj)->tp_name, c);
  }
  vb_array *a = vb_array_from_object(o);
  long long n = a ? (vb_array_layout(a) == VB_LAYOUT_AOS ? vb_array_get_number_of_values(a)
                                                         : vb_array_get_number_of_tuples(a))
                  : vb_buffer_count(b);
  return Py_BuildValue("(NiL)", fnptr(o), vb_buffer_type(b), n);
}

PyMethodDef vbpy_js_methods[] = {
  {"_js_api", js_api, METH_NOARGS, "function-table indices of the JS view accessors (js/pyodide.mjs)"},
  {"_js_target", js_target, METH_VARARGS, "(address, type id, length) of a buffer/array for a JS view"},
  {NULL, NULL, 0, NULL},
};
