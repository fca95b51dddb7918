/* vbpy_wrap.c - wrappers: the one place they are made, and the helpers every
 * class's tp_new / tp_init / properties use.
 *
 * Identity: each core object has at most one live Python wrapper, found
 * through a dict {address of core object: address of wrapper}. A wrapper
 * removes itself (vbpy_forget, from vtkObject's tp_dealloc) before dropping
 * its core reference, so the map never names a dead wrapper. vbpy_wrap is the
 * one place wrappers are made; the class of a new wrapper is the type of the
 * module's type table whose `wraps` accepts the core object (vbpy_module.c
 * hands the table over at import), or for arrays and buffers (e.g.
 * arr.GetBuffer()) the class a Python callable registered by vtkbuf._templates
 * chooses.
 */
#include "vbpy.h"

static PyObject *wrapper_map;          /* dict int -> int */
static PyObject *class_lookup;         /* callable(kind, type, layout) -> class */
static const vbpy_type_row *type_rows; /* the module's type table */
static PyTypeObject *root_type;        /* vtkObject: every wrapper class derives from it */

void vbpy_wrap_set_types(const vbpy_type_row *rows, PyTypeObject *root) {
  type_rows = rows;
  root_type = root;
}

static int type_id_of(PyTypeObject *cls, const char *name, int dflt, const char *example) {
  PyObject *t = PyObject_GetAttrString((PyObject *)cls, name);
  if (!t) {
    PyErr_Clear();
    if (dflt >= 0) return dflt;
    PyErr_Format(PyExc_TypeError, "%s is abstract: use a concrete class, e.g. %s", cls->tp_name,
                 example);
    return -1;
  }
  long id = PyLong_AsLong(t);
  Py_DECREF(t);
  if (id == -1 && PyErr_Occurred()) return -1;
  return (int)id;
}

int vbpy_class_int(PyTypeObject *cls, const char *name, int dflt) {
  return type_id_of(cls, name, dflt, "a concrete subclass");
}

int vbpy_class_type(PyTypeObject *cls, const char *example) {
  return type_id_of(cls, "_vb_type", -1, example);
}

PyObject *vbpy_lookup(vb_object *o) {
  if (!wrapper_map || !o) return NULL;
  PyObject *key = PyLong_FromVoidPtr(o);
  if (!key) { PyErr_Clear(); return NULL; }
  PyObject *v = PyDict_GetItemWithError(wrapper_map, key); /* borrowed */
  Py_DECREF(key);
  if (!v) { PyErr_Clear(); return NULL; }
  return (PyObject *)PyLong_AsVoidPtr(v);
}

static int register_wrapper(PyObject *self) {
  if (!wrapper_map && !(wrapper_map = PyDict_New())) return -1;
  PyObject *key = PyLong_FromVoidPtr(VBPY_OBJ(self));
  PyObject *val = PyLong_FromVoidPtr(self);
  int r = (key && val) ? PyDict_SetItem(wrapper_map, key, val) : -1;
  Py_XDECREF(key);
  Py_XDECREF(val);
  return r;
}

void vbpy_forget(PyObject *self) {
  vb_object *o = VBPY_OBJ(self);
  if (!o || !wrapper_map || vbpy_lookup(o) != self) return;
  PyObject *key = PyLong_FromVoidPtr(o);
  if (!key || PyDict_DelItem(wrapper_map, key) < 0) PyErr_Clear();
  Py_XDECREF(key);
}

/* The wrapper class of a core object: the type of its table row, or the class
 * vtkbuf._templates chooses for an array or buffer (new reference). */
static PyTypeObject *class_of(vb_object *o) {
  for (const vbpy_type_row *r = type_rows; r && r->type; r++)
    if (r->wraps && r->wraps(o)) return (PyTypeObject *)Py_NewRef((PyObject *)r->type);
  if (!class_lookup) {
    PyErr_SetString(PyExc_RuntimeError, "vtkbuf: class lookup not registered (import vtkbuf)");
    return NULL;
  }
  vb_array *a = vb_array_from_object(o);
  PyObject *cls = a ? PyObject_CallFunction(class_lookup, "sii", "array", vb_array_type(a), vb_array_layout(a))
                    : PyObject_CallFunction(class_lookup, "sii", "buffer",
                                            vb_buffer_type(vb_buffer_from_object(o)), 0);
  if (cls && (!PyType_Check(cls) || !PyType_IsSubtype((PyTypeObject *)cls, root_type))) {
    Py_DECREF(cls);
    PyErr_SetString(PyExc_TypeError, "vtkbuf: class lookup returned a non-vtkObject class");
    return NULL;
  }
  return (PyTypeObject *)cls;
}

PyObject *vbpy_wrap(vb_object *o, PyTypeObject *tp) {
  if (!o) Py_RETURN_NONE;
  PyObject *w = vbpy_lookup(o);
  if (w) return Py_NewRef(w);
  PyTypeObject *cls = tp ? (PyTypeObject *)Py_NewRef((PyObject *)tp) : class_of(o);
  if (!cls) return NULL;
  w = cls->tp_alloc(cls, 0);
  Py_DECREF(cls);
  if (!w) return NULL;
  vb_object_retain(o);
  VBPY_OBJ(w) = o;
  if (register_wrapper(w) < 0) {
    Py_DECREF(w);
    return NULL;
  }
  return w;
}

PyObject *vbpy_wrap_new(vb_object *o, PyTypeObject *cls) {
  if (!o) return vbpy_error(vb_last_status());
  PyObject *w = vbpy_wrap(o, cls);
  vb_object_release(o); /* the wrapper holds its own reference */
  return w;
}

PyObject *vbpy_set_class_lookup(PyObject *mod, PyObject *fn) {
  (void)mod;
  if (!PyCallable_Check(fn)) {
    PyErr_SetString(PyExc_TypeError, "class lookup must be callable");
    return NULL;
  }
  Py_XSETREF(class_lookup, Py_NewRef(fn));
  Py_RETURN_NONE;
}

int vbpy_no_args(PyTypeObject *cls, PyObject *args, PyObject *kwds) {
  if (PyTuple_GET_SIZE(args) == 0 && (!kwds || PyDict_GET_SIZE(kwds) == 0)) return 0;
  PyErr_Format(PyExc_TypeError, "%s() takes no arguments", cls->tp_name);
  return -1;
}

PyObject *vbpy_short_class_name(PyObject *op, PyObject *unused) {
  (void)unused;
  const char *n = strrchr(Py_TYPE(op)->tp_name, '.');
  return PyUnicode_FromString(n ? n + 1 : Py_TYPE(op)->tp_name);
}

/* ---- Python-level constructors and VTK 9.7's snake_case properties ---- */

int vbpy_init_by(PyObject *self, PyObject *args, PyObject *kwds, const char *fn) {
  PyObject *mod = PyImport_ImportModule("vtkbuf._mesh");
  if (!mod) return -1;
  PyObject *kw = kwds ? Py_NewRef(kwds) : PyDict_New();
  PyObject *r = kw ? PyObject_CallMethod(mod, fn, "OOO", self, args, kw) : NULL;
  Py_XDECREF(kw);
  Py_DECREF(mod);
  if (!r) return -1;
  Py_DECREF(r);
  return 0;
}

PyObject *vbpy_prop_get(PyObject *self, void *getter) {
  return PyObject_CallMethod(self, (const char *)getter, NULL);
}

int vbpy_prop_set(PyObject *self, PyObject *value, void *getter) {
  char name[64];
  const char *g = getter;
  if (!value) {
    PyErr_Format(PyExc_AttributeError, "cannot delete the property of %s", g + 3);
    return -1;
  }
  PyOS_snprintf(name, sizeof name, "S%s", g + 1); /* GetX -> SetX */
  PyObject *r = PyObject_CallMethod(self, name, "O", value);
  if (!r) return -1;
  Py_DECREF(r);
  return 0;
}

int vbpy_object_init(PyObject *self, PyObject *args, PyObject *kwds) {
  if (PyTuple_GET_SIZE(args) > 0) {
    PyErr_Format(PyExc_TypeError, "%s() takes no positional arguments (keyword properties only)",
                 Py_TYPE(self)->tp_name);
    return -1;
  }
  if (!kwds) return 0;
  PyObject *k, *v;
  Py_ssize_t pos = 0;
  while (PyDict_Next(kwds, &pos, &k, &v))
    if (PyObject_SetAttr(self, k, v) < 0) return -1;
  return 0;
}
