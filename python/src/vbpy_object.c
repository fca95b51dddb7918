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

/* The wrapper class of a core object: a data object type, or the class
 * vtkbuf._templates chooses for an array or buffer (new reference). */
static PyTypeObject *class_of(vb_object *o) {
  static PyTypeObject *const assoc[] = {&VbAttributes_Type, &VbPointData_Type, &VbCellData_Type};
  vb_attributes *at = vb_attributes_from_object(o);
  PyTypeObject *t = vb_points_from_object(o)       ? &VbPoints_Type
                    : vb_cell_array_from_object(o) ? &VbCellArray_Type
                    : at                           ? assoc[vb_attributes_get_association(at) + 1]
                    : vb_field_data_from_object(o) ? &VbFieldData_Type
                    : vb_polydata_from_object(o)   ? &VbPolyData_Type
                    : vb_data_object_from_object(o) ? &VbDataObject_Type
                    : vb_sphere_source_from_object(o) ? &VbSphere_Type
                                                      : NULL;
  if (t) return (PyTypeObject *)Py_NewRef((PyObject *)t);
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

static PyObject *object_new(PyTypeObject *cls, PyObject *args, PyObject *kwds) {
  (void)args; (void)kwds;
  PyErr_Format(PyExc_TypeError, "%s is abstract: use a concrete class, e.g. vtkFloatArray",
               cls->tp_name);
  return NULL;
}

static PyObject *obj_class_name(PyObject *op, PyObject *unused) {
  (void)unused;
  return PyUnicode_FromString(vb_object_class_name(VBPY_OBJ(op)));
}

static PyObject *obj_isa(PyObject *op, PyObject *arg) {
  if (!PyUnicode_Check(arg)) {
    PyErr_Format(PyExc_TypeError, "IsA() expects a class name (str), got %.100s",
                 Py_TYPE(arg)->tp_name);
    return NULL;
  }
  const char *want = PyUnicode_AsUTF8(arg);
  if (!want) return NULL;
  for (PyTypeObject *t = Py_TYPE(op); t; t = t->tp_base) {
    const char *n = strrchr(t->tp_name, '.');
    n = n ? n + 1 : t->tp_name;
    if (strcmp(n, want) == 0) Py_RETURN_TRUE;
  }
  PyObject *cn = obj_class_name(op, NULL);
  if (!cn) return NULL;
  int eq = PyUnicode_CompareWithASCIIString(cn, want) == 0;
  Py_DECREF(cn);
  return PyBool_FromLong(eq);
}

static PyObject *obj_modified(PyObject *op, PyObject *unused) {
  (void)unused;
  vb_object_modified(((VbObject *)op)->obj);
  return vbpy_done(Py_NewRef(Py_None));
}

static PyObject *obj_mtime(PyObject *op, PyObject *unused) {
  (void)unused;
  return PyLong_FromUnsignedLongLong(vb_object_mtime(((VbObject *)op)->obj));
}

static PyObject *obj_refcount(PyObject *op, PyObject *unused) {
  (void)unused;
  return PyLong_FromLong(vb_object_refcount(((VbObject *)op)->obj));
}

static PyObject *obj_repr(PyObject *op) {
  PyObject *cn = obj_class_name(op, NULL);
  if (!cn) return NULL;
  PyObject *r = PyUnicode_FromFormat("<%U at %p>", cn, op);
  Py_DECREF(cn);
  return r;
}

static PyMethodDef object_methods[] = {
  {"GetClassName", obj_class_name, METH_NOARGS, "VTK class name"},
  {"IsA", obj_isa, METH_O, "IsA(name): True if this object is (derived from) the named class"},
  {"Modified", obj_modified, METH_NOARGS, "bump the modified time, fire ModifiedEvent"},
  {"GetMTime", obj_mtime, METH_NOARGS, "modified time"},
  {"GetReferenceCount", obj_refcount, METH_NOARGS, "core reference count"},
  {NULL, NULL, 0, NULL},
};

PyTypeObject VbObject_Type = {
  PyVarObject_HEAD_INIT(NULL, 0)
  .tp_name = "vtkbuf.vtkObject",
  .tp_basicsize = sizeof(VbObject),
  .tp_dealloc = vbpy_object_dealloc,
  .tp_repr = obj_repr,
  .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC,
  .tp_traverse = vbpy_object_traverse,
  .tp_clear = vbpy_object_clear,
  .tp_finalize = vbpy_observers_finalize,
  .tp_doc = "Base of vtkbuf objects: observers, modified time, class name.",
  .tp_weaklistoffset = offsetof(VbObject, weakrefs),
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
  /* merge the observer methods into the base's method table */
  static PyMethodDef all[32];
  size_t k = 0;
  for (PyMethodDef *m = object_methods; m->ml_name; m++) all[k++] = *m;
  for (PyMethodDef *m = vbpy_observer_methods; m->ml_name; m++) all[k++] = *m;
  VbObject_Type.tp_methods = all;
  if (PyType_Ready(&VbObject_Type) < 0) return -1;
  if (PyModule_AddFunctions(module, module_fns) < 0) return -1;
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

int vbpy_objects_init_types(PyObject *module) {
  return vbpy_id_list_init_type(module);
}
