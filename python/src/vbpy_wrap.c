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
 * chooses; a class registered with cls.override(sub) takes cls's place.
 *
 * Ghosts: a Python subclass instance outlives its wrapper.  When the wrapper
 * of a Python subclass, or of any object given attributes (class and
 * __dict__), goes while the core object lives
 * on (held by a collection, a data object, ...), the class and dict are kept
 * and the next wrapper of the object gets them back, as VTK does: overrides
 * stay visible to every caller.  An internal DeleteEvent observer forgets the
 * ghost when the core object ends.
 */
#include "vbpy.h"

PyTypeObject *vbpy_cell_class(vb_object *o); /* vbpy_cell.c */

static PyObject *wrapper_map;          /* dict int -> int */
static PyObject *ghosts;               /* {address: (type, dict or None, observer id)} */
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

PyTypeObject *vbpy_class_of(vb_object *o) {
  PyTypeObject *cell = vbpy_cell_class(o); /* a class per cell type (vbpy_cell.c) */
  if (cell) return vbpy_overridden((PyTypeObject *)Py_NewRef((PyObject *)cell));
  for (const vbpy_type_row *r = type_rows; r && r->type; r++)
    if (r->wraps && r->wraps(o)) return vbpy_overridden((PyTypeObject *)Py_NewRef((PyObject *)r->type));
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
  return cls ? vbpy_overridden((PyTypeObject *)cls) : NULL;
}

/* ---- ghosts ---- */

static void ghost_gone(vb_object *caller, unsigned long event, void *calldata, void *clientdata) {
  (void)event; (void)calldata; (void)clientdata;
  PyGILState_STATE g = PyGILState_Ensure();
  PyObject *key = PyLong_FromVoidPtr(caller), *saved = vbpy_fetch_exc();
  if (key && PyDict_DelItem(ghosts, key) < 0) PyErr_Clear();
  Py_XDECREF(key);
  vbpy_restore_exc(saved);
  PyGILState_Release(g);
}

void vbpy_ghost_keep(PyObject *op) {
  vb_object *o = VBPY_OBJ(op);
  PyTypeObject *tp = Py_TYPE(op);
  PyObject *d = ((VbObject *)op)->dict; /* attributes set on the wrapper */
  int has_dict = d && PyDict_Check(d) && PyDict_GET_SIZE(d) > 0;
  if (!o || vb_object_refcount(o) <= 1 || (!(tp->tp_flags & Py_TPFLAGS_HEAPTYPE) && !has_dict)) return;
  PyObject *saved = vbpy_fetch_exc();
  PyTypeObject *dflt = (ghosts || (ghosts = PyDict_New())) ? vbpy_class_of(o) : NULL;
  if (dflt && (dflt != tp || has_dict)) {
    PyObject *dict = Py_NewRef(has_dict ? d : Py_None);
    unsigned long id = dict ? vb_object_add_internal_observer(o, VB_DELETE_EVENT, ghost_gone, NULL) : 0;
    PyObject *key = PyLong_FromVoidPtr(o);
    /* the dying wrapper's address too: its revival gets another one (below) */
    PyObject *val = id && key ? Py_BuildValue("(OOkn)", (PyObject *)tp, dict, id, (Py_ssize_t)(uintptr_t)op) : NULL;
    if (!val || PyDict_SetItem(ghosts, key, val) < 0) {
      if (id) vb_object_remove_internal_observer(o, id);
      PyErr_Clear();
    }
    Py_XDECREF(val);
    Py_XDECREF(key);
    Py_XDECREF(dict);
  }
  Py_XDECREF(dflt);
  PyErr_Clear();
  vbpy_restore_exc(saved);
}

/* the ghost of o, if any, as a new wrapper (new reference), else NULL with
 * no exception set (*err: an exception was set) */
static PyObject *revive(vb_object *o, int *err) {
  *err = 0;
  if (!ghosts || PyDict_GET_SIZE(ghosts) == 0) return NULL;
  PyObject *key = PyLong_FromVoidPtr(o);
  PyObject *g = key ? PyDict_GetItemWithError(ghosts, key) : NULL; /* borrowed */
  if (!g) {
    Py_XDECREF(key);
    *err = PyErr_Occurred() != NULL;
    return NULL;
  }
  Py_INCREF(g);
  if (PyDict_DelItem(ghosts, key) < 0) PyErr_Clear();
  Py_DECREF(key);
  PyTypeObject *cls = (PyTypeObject *)PyTuple_GET_ITEM(g, 0);
  PyObject *dict = PyTuple_GET_ITEM(g, 1);
  vb_object_remove_internal_observer(o, PyLong_AsUnsignedLong(PyTuple_GET_ITEM(g, 2)));
  PyObject *w = cls->tp_alloc(cls, 0);
  if (w && (uintptr_t)w == (uintptr_t)PyLong_AsSsize_t(PyTuple_GET_ITEM(g, 3))) {
    /* a revived object is a new Python object, as VTK's (TestGhost checks id()):
     * never at the address of the wrapper it replaces, which the allocator may hand
     * back when something freed in between took the first free slot */
    PyObject *other = cls->tp_alloc(cls, 0);
    Py_DECREF(w);
    w = other;
  }
  if (w) {
    vb_object_retain(o);
    VBPY_OBJ(w) = o;
    if (register_wrapper(w) < 0 || (dict != Py_None && PyObject_GenericSetDict(w, dict, NULL) < 0)) Py_CLEAR(w);
  }
  Py_DECREF(g);
  *err = w == NULL;
  return w;
}

PyObject *vbpy_wrap(vb_object *o, PyTypeObject *tp) {
  if (!o) Py_RETURN_NONE;
  PyObject *w = vbpy_lookup(o);
  if (w) return Py_NewRef(w);
  int err;
  if (!tp && (w = revive(o, &err)) != NULL) return w;
  if (!tp && err) return NULL;
  PyTypeObject *cls = tp ? (PyTypeObject *)Py_NewRef((PyObject *)tp) : vbpy_class_of(o);
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

PyObject *vbpy_new_instance(PyObject *w) {
  if (w && PyObject_TypeCheck(w, root_type)) ((VbObject *)w)->ignore_register = 1;
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
  /* the VTK class an override (a Python subclass) stands for: its __vtkname__ */
  PyObject *v = PyObject_GetAttrString((PyObject *)Py_TYPE(op), "__vtkname__");
  if (v && PyUnicode_Check(v)) return v;
  Py_XDECREF(v);
  PyErr_Clear();
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


int vbpy_add_int_constants(PyTypeObject *tp, const vbpy_int_constant *k, size_t n) {
  for (size_t i = 0; i < n; i++) {
    if (k[i].name[VBPY_NAME_SIZE - 1]) { /* no terminating NUL: too long for the row */
      PyErr_Format(PyExc_SystemError, "%s: a constant name longer than %d characters", tp->tp_name,
                   VBPY_NAME_SIZE - 1);
      return -1;
    }
    PyObject *v = PyLong_FromLong(k[i].value);
    int r = v ? PyDict_SetItemString(tp->tp_dict, k[i].name, v) : -1;
    Py_XDECREF(v);
    if (r < 0) return -1;
  }
  PyType_Modified(tp);
  return 0;
}
