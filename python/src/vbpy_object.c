/* vbpy_object.c - vtkObject: the common base of every wrapper.
 *
 * Identity: each core object has at most one live Python wrapper, found
 * through a dict {address of core object: address of wrapper}. A wrapper
 * removes itself in dealloc before dropping its core reference, so the map
 * never names a dead wrapper. vbpy_wrap is the one place wrappers are made;
 * classes of new array/buffer wrappers (e.g. for arr.GetBuffer()) come from a
 * Python callable registered by vtkbuf._templates.
 */
#include "vbpy.h"

static PyObject *wrapper_map;  /* dict int -> int */
static PyObject *ghosts;       /* {address: (type, dict or None, observer id)}: below */
static PyObject *revive(vb_object *o, int *err);
static PyObject *class_lookup; /* callable(kind, type, layout) -> class */

int vbpy_class_int(PyTypeObject *cls, const char *name, int dflt) {
  PyObject *t = PyObject_GetAttrString((PyObject *)cls, name);
  if (!t) {
    PyErr_Clear();
    if (dflt >= 0) return dflt;
    PyErr_Format(PyExc_TypeError, "%s is abstract: use a concrete class, e.g. %s",
                 cls->tp_name, PyType_IsSubtype(cls, &VbBuffer_Type) ? "vtkBuffer['float64']"
                                                                     : "vtkFloatArray");
    return -1;
  }
  long id = PyLong_AsLong(t);
  Py_DECREF(t);
  if (id == -1 && PyErr_Occurred()) return -1;
  return (int)id;
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
  PyObject *key = PyLong_FromVoidPtr(VBPY_OBJ(self));
  PyObject *val = PyLong_FromVoidPtr(self);
  int r = (key && val) ? PyDict_SetItem(wrapper_map, key, val) : -1;
  Py_XDECREF(key);
  Py_XDECREF(val);
  return r;
}

static void unregister_wrapper(PyObject *self) {
  vb_object *o = VBPY_OBJ(self);
  if (!o || !wrapper_map || vbpy_lookup(o) != self) return;
  PyObject *key = PyLong_FromVoidPtr(o);
  if (!key || PyDict_DelItem(wrapper_map, key) < 0) PyErr_Clear();
  Py_XDECREF(key);
}

PyTypeObject *vbpy_overridden(PyTypeObject *cls) {
  PyObject *ov = PyObject_GetAttrString((PyObject *)cls, "_vb_override");
  if (!ov) {
    PyErr_Clear();
    return cls;
  }
  if (PyType_Check(ov) && ov != (PyObject *)cls && PyType_IsSubtype((PyTypeObject *)ov, cls)) {
    Py_DECREF(cls);
    return (PyTypeObject *)ov;
  }
  Py_DECREF(ov);
  return cls;
}

/* The wrapper class of a core object: a data object type, or the class
 * vtkbuf._templates chooses for an array or buffer (new reference). */
PyTypeObject *vbpy_class_of(vb_object *o) {
  PyTypeObject *t = vb_points_from_object(o)       ? &VbPoints_Type
                    : vb_cell_array_from_object(o) ? &VbCellArray_Type
                    : vb_attributes_from_object(o) ? &VbAttributes_Type
                    : vb_polydata_from_object(o)   ? &VbPolyData_Type
                    : vb_sphere_source_from_object(o) ? &VbSphere_Type
                    : vb_id_list_from_object(o)    ? &VbIdList_Type
                    : vbpy_objects_class_of(o);
  if (t) return vbpy_overridden((PyTypeObject *)Py_NewRef((PyObject *)t));
  if (!class_lookup) {
    PyErr_SetString(PyExc_RuntimeError, "vtkbuf: class lookup not registered (import vtkbuf)");
    return NULL;
  }
  vb_array *a = vb_array_from_object(o);
  PyObject *cls = a ? PyObject_CallFunction(class_lookup, "sii", "array", vb_array_type(a), vb_array_layout(a))
                    : PyObject_CallFunction(class_lookup, "sii", "buffer",
                                            vb_buffer_type(vb_buffer_from_object(o)), 0);
  if (cls && (!PyType_Check(cls) || !PyType_IsSubtype((PyTypeObject *)cls, &VbObject_Type))) {
    Py_DECREF(cls);
    PyErr_SetString(PyExc_TypeError, "vtkbuf: class lookup returned a non-vtkObject class");
    return NULL;
  }
  return cls ? vbpy_overridden((PyTypeObject *)cls) : NULL;
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

void vbpy_object_dealloc(PyObject *op) {
  VbObject *self = (VbObject *)op;
  PyObject_GC_UnTrack(op);
  unregister_wrapper(op);
  if (self->weakrefs) PyObject_ClearWeakRefs(op);
  vb_object *o = self->obj;
  self->obj = NULL;
  if (o) {
    vb_object_release(o); /* may fire DeleteEvent: observers get caller None */
    if (vbpy_observer_pending()) {
      PyObject *r = vbpy_done(Py_None);
      if (!r) PyErr_WriteUnraisable(op);
    }
  }
  /* subtype_dealloc drops the heap subclass's type reference */
  Py_TYPE(op)->tp_free(op);
}

int vbpy_object_traverse(PyObject *op, visitproc visit, void *arg) {
  return vbpy_observers_traverse(op, visit, arg);
}

int vbpy_object_clear(PyObject *op) {
  vbpy_observers_clear(op);
  return 0;
}

/* vtkObject() and Python subclasses of it: a plain core vtkObject.  The
 * abstract bases that inherit this slot (vtkAbstractArray, ...) refuse. */
static PyObject *object_new(PyTypeObject *cls, PyObject *args, PyObject *kwds) {
  (void)args; (void)kwds;
  PyTypeObject *solid = cls;
  while (solid->tp_flags & Py_TPFLAGS_HEAPTYPE) solid = solid->tp_base;
  if (solid != &VbObject_Type) {
    PyErr_Format(PyExc_TypeError, "%s is abstract: use a concrete class, e.g. vtkFloatArray",
                 cls->tp_name);
    return NULL;
  }
  return vbpy_wrap_new(vb_object_new(), cls);
}

static PyObject *obj_repr(PyObject *op) {
  return PyUnicode_FromFormat("<%s(%p) at %p>", Py_TYPE(op)->tp_name, (void *)VBPY_OBJ(op), op);
}

PyTypeObject VbObject_Type = {
  PyVarObject_HEAD_INIT(NULL, 0)
  .tp_name = "vtkbuf.vtkObject",
  .tp_basicsize = sizeof(VbObject),
  .tp_dealloc = vbpy_object_dealloc,
  .tp_repr = obj_repr,
  .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC,
  .tp_traverse = vbpy_object_traverse,
  .tp_clear = vbpy_object_clear,
  .tp_finalize = vbpy_object_finalize,
  .tp_doc = "vtkObject: observers, modified time, class name; VTK's vtkObjectBase/vtkObject API.",
  .tp_weaklistoffset = offsetof(VbObject, weakrefs),
  .tp_getset = vbpy_object_props,
  .tp_getattro = vbpy_object_getattro,
  .tp_setattro = vbpy_object_setattro,
  .tp_init = vbpy_object_init,
  .tp_new = object_new,
};

static PyObject *set_class_lookup(PyObject *mod, PyObject *fn) {
  (void)mod;
  if (!PyCallable_Check(fn)) {
    PyErr_SetString(PyExc_TypeError, "class lookup must be callable");
    return NULL;
  }
  Py_XSETREF(class_lookup, Py_NewRef(fn));
  Py_RETURN_NONE;
}

static PyMethodDef module_fns[] = {
  {"_set_class_lookup", set_class_lookup, METH_O, "internal: fn(kind, type, layout) -> class"},
  {NULL, NULL, 0, NULL},
};

int vbpy_object_init_type(PyObject *module) {
  if (!wrapper_map && !(wrapper_map = PyDict_New())) return -1;
  if (!ghosts && !(ghosts = PyDict_New())) return -1;
  /* merge the API and observer methods into the base's method table */
  static PyMethodDef all[64];
  size_t k = 0;
  for (PyMethodDef *m = vbpy_object_new_methods; m->ml_name; m++) all[k++] = *m;
  for (PyMethodDef *m = vbpy_object_api_methods; m->ml_name; m++) all[k++] = *m;
  for (PyMethodDef *m = vbpy_observer_methods; m->ml_name; m++) all[k++] = *m;
  VbObject_Type.tp_methods = all;
  if (PyType_Ready(&VbObject_Type) < 0 || vbpy_hook_type(&VbObject_Type) < 0) return -1;
  if (PyModule_AddFunctions(module, module_fns) < 0 ||
      PyModule_AddFunctions(module, vbpy_event_module_methods) < 0)
    return -1;
  return PyModule_AddObjectRef(module, "vtkObject", (PyObject *)&VbObject_Type);
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

/* ---- ghosts: a Python subclass instance outlives its wrapper ----
 * When the wrapper of a Python subclass (class and __dict__) goes while the
 * core object lives on (held by a collection, a data object, ...), the
 * class and dict are kept and the next wrapper of the object gets them
 * back, as VTK does: overrides stay visible to every caller.  An internal
 * DeleteEvent observer forgets the ghost when the core object ends. */

static void ghost_gone(vb_object *caller, unsigned long event, void *calldata, void *clientdata) {
  (void)event; (void)calldata; (void)clientdata;
  PyGILState_STATE g = PyGILState_Ensure();
  PyObject *key = PyLong_FromVoidPtr(caller), *saved = vbpy_fetch_exc();
  if (key && PyDict_DelItem(ghosts, key) < 0) PyErr_Clear();
  Py_XDECREF(key);
  vbpy_restore_exc(saved);
  PyGILState_Release(g);
}

void vbpy_object_finalize(PyObject *op) {
  vbpy_observers_finalize(op);
  vb_object *o = VBPY_OBJ(op);
  PyTypeObject *tp = Py_TYPE(op);
  if (!o || vb_object_refcount(o) <= 1 || !(tp->tp_flags & Py_TPFLAGS_HEAPTYPE) || !ghosts) return;
  PyObject *saved = vbpy_fetch_exc();
  PyTypeObject *dflt = vbpy_class_of(o);
  if (dflt && dflt != tp) {
    PyObject *dict = tp->tp_dictoffset ? PyObject_GenericGetDict(op, NULL) : Py_NewRef(Py_None);
    unsigned long id = dict ? vb_object_add_internal_observer(o, VB_DELETE_EVENT, ghost_gone, NULL) : 0;
    PyObject *key = PyLong_FromVoidPtr(o);
    PyObject *val = id && key ? Py_BuildValue("(OOk)", (PyObject *)tp, dict, id) : NULL;
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
  PyDict_DelItem(ghosts, key);
  Py_DECREF(key);
  PyTypeObject *cls = (PyTypeObject *)PyTuple_GET_ITEM(g, 0);
  PyObject *dict = PyTuple_GET_ITEM(g, 1);
  vb_object_remove_internal_observer(o, PyLong_AsUnsignedLong(PyTuple_GET_ITEM(g, 2)));
  PyObject *w = cls->tp_alloc(cls, 0);
  if (w) {
    vb_object_retain(o);
    VBPY_OBJ(w) = o;
    if (register_wrapper(w) < 0 || (dict != Py_None && PyObject_GenericSetDict(w, dict, NULL) < 0)) Py_CLEAR(w);
  }
  Py_DECREF(g);
  *err = w == NULL;
  return w;
}

PyTypeObject *vbpy_objects_class_of(vb_object *o) {
  vb_collection *c = vb_collection_from_object(o);
  if (c) return vb_collection_is_data_array_collection(c) ? &VbDataArrayCollection_Type : &VbCollection_Type;
  return strcmp(vb_object_class_name(o), "vtkObject") == 0 ? &VbObject_Type : NULL;
}

int vbpy_objects_init_types(PyObject *module) {
  return vbpy_id_list_init_type(module) < 0 || vbpy_collection_init_types(module) < 0 ||
                 vbpy_variant_init_type(module) < 0
             ? -1
             : 0;
}
