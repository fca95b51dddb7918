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

/* cls's override (cls.override(sub)), if any, else cls; steals cls */
static PyTypeObject *overridden(PyTypeObject *cls) {
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
  if (t) return overridden((PyTypeObject *)Py_NewRef((PyObject *)t));
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
  return cls ? overridden((PyTypeObject *)cls) : NULL;
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

/* ---- pointer strings and overrides: every vtkbuf class's constructor ----
 * cls(ptr) with VTK's pointer string of a live object (obj.__this__) gives
 * that object's wrapper (VTK would wrap any address: only live wrappers are
 * found here, anything else is a ValueError); cls(...) of a class with an
 * override (cls.override(sub)) makes a sub, whose __init__ gets the
 * arguments.  The original slots are kept per type and found through the
 * bases, so Python subclasses inherit them. */
enum { MAX_HOOKED = 48 };
static struct {
  PyTypeObject *tp;
  newfunc new_;
  initproc init;
} hooked[MAX_HOOKED];
static int nhooked;

static int find_hook(PyTypeObject *cls) {
  for (PyTypeObject *t = cls; t; t = t->tp_base)
    for (int i = 0; i < nhooked; i++)
      if (hooked[i].tp == t) return i;
  return -1;
}

/* the wrapper named by a pointer string "_<hex>_p_<name>", borrowed; NULL
 * (no exception) if arg is not one, NULL + ValueError if no live wrapper */
static PyObject *pointer_target(PyObject *args, PyObject *kwds, int *is_ptr) {
  *is_ptr = 0;
  if (PyTuple_GET_SIZE(args) != 1 || (kwds && PyDict_GET_SIZE(kwds)) || !PyUnicode_Check(PyTuple_GET_ITEM(args, 0)))
    return NULL;
  const char *p = PyUnicode_AsUTF8(PyTuple_GET_ITEM(args, 0));
  unsigned long long addr = 0;
  int nd = 0;
  if (!p) {
    PyErr_Clear();
    return NULL;
  }
  if (*p++ != '_') return NULL;
  for (; (*p >= '0' && *p <= '9') || (*p >= 'a' && *p <= 'f'); p++, nd++)
    addr = addr * 16 + (unsigned long long)(*p <= '9' ? *p - '0' : *p - 'a' + 10);
  if (nd == 0 || nd > 16 || strncmp(p, "_p_", 3) != 0) return NULL;
  *is_ptr = 1;
  PyObject *w = vbpy_lookup((vb_object *)(uintptr_t)addr);
  if (!w)
    PyErr_Format(PyExc_ValueError, "%s: no live vtkbuf object at this address", PyUnicode_AsUTF8(PyTuple_GET_ITEM(args, 0)));
  return w;
}

static PyObject *generic_new(PyTypeObject *cls, PyObject *args, PyObject *kwds) {
  int is_ptr;
  PyObject *w = pointer_target(args, kwds, &is_ptr);
  if (is_ptr) {
    if (w && !PyObject_TypeCheck(w, cls)) {
      PyErr_Format(PyExc_TypeError, "%s: the object at this address is a %s", cls->tp_name, Py_TYPE(w)->tp_name);
      return NULL;
    }
    return w ? Py_NewRef(w) : NULL;
  }
  cls = overridden((PyTypeObject *)Py_NewRef((PyObject *)cls));
  int i = find_hook(cls);
  PyObject *r = i >= 0 ? hooked[i].new_(cls, args, kwds) : NULL;
  if (i < 0) PyErr_Format(PyExc_TypeError, "%s cannot be constructed", cls->tp_name);
  Py_DECREF(cls);
  return r;
}

static int generic_init(PyObject *self, PyObject *args, PyObject *kwds) {
  int is_ptr;
  PyObject *w = pointer_target(args, kwds, &is_ptr);
  if (is_ptr) return w == self ? 0 : (PyErr_Occurred() ? -1 : 0);
  /* the nearest original tp_init (a type that inherited it has none of its own) */
  for (PyTypeObject *t = Py_TYPE(self); t; t = t->tp_base) {
    int i = find_hook(t);
    if (i < 0) break;
    if (hooked[i].init) return hooked[i].init(self, args, kwds);
    t = hooked[i].tp;
  }
  return 0;
}

int vbpy_hook_type(PyTypeObject *tp) {
  PyObject *name = PyUnicode_FromString(strrchr(tp->tp_name, '.') ? strrchr(tp->tp_name, '.') + 1 : tp->tp_name);
  int r = name ? PyDict_SetItemString(tp->tp_dict, "__vtkname__", name) : -1;
  Py_XDECREF(name);
  if (r < 0) return -1;
  if (tp->tp_new != generic_new) {
    if (nhooked == MAX_HOOKED) {
      PyErr_SetString(PyExc_RuntimeError, "vtkbuf: too many types (MAX_HOOKED)");
      return -1;
    }
    hooked[nhooked].tp = tp;
    hooked[nhooked].new_ = tp->tp_new;
    hooked[nhooked].init = tp->tp_init == generic_init ? NULL : tp->tp_init;
    nhooked++;
    tp->tp_new = generic_new;
    tp->tp_init = generic_init;
  }
  PyType_Modified(tp);
  return 0;
}

/* ---- VTK 9.7's snake_case properties, for every Get<X>/Set<X> pair ----
 * obj.theta_resolution reads GetThetaResolution(), obj.theta_resolution = v
 * calls SetThetaResolution(v), when the class has no attribute of that name
 * (classes may declare their properties; this is the fallback for the rest). */
static PyObject *accessor(PyObject *self, PyObject *name, const char *prefix) {
  const char *n = PyUnicode_Check(name) ? PyUnicode_AsUTF8(name) : NULL;
  char buf[128];
  size_t k = strlen(prefix);
  if (!n || !*n || *n < 'a' || *n > 'z' || strlen(n) + k >= sizeof buf) {
    PyErr_Clear();
    return NULL;
  }
  memcpy(buf, prefix, k);
  for (int up = 1; *n; n++) {
    if (*n == '_') { up = 1; continue; }
    if (!((*n >= 'a' && *n <= 'z') || (*n >= '0' && *n <= '9'))) return NULL;
    buf[k++] = up && *n >= 'a' && *n <= 'z' ? (char)(*n - 'a' + 'A') : *n;
    up = 0;
  }
  buf[k] = 0;
  PyObject *key = PyUnicode_FromString(buf);
  if (!key) return NULL;
  PyObject *m = PyObject_GenericGetAttr(self, key);
  Py_DECREF(key);
  if (!m) PyErr_Clear();
  return m;
}

static PyObject *obj_getattro(PyObject *self, PyObject *name) {
  PyObject *r = PyObject_GenericGetAttr(self, name);
  if (r || !PyErr_ExceptionMatches(PyExc_AttributeError)) return r;
  PyObject *exc = vbpy_fetch_exc();
  PyObject *get = accessor(self, name, "Get");
  if (!get) {
    vbpy_restore_exc(exc);
    return NULL;
  }
  Py_XDECREF(exc);
  r = PyObject_CallNoArgs(get);
  Py_DECREF(get);
  return r;
}

static int obj_setattro(PyObject *self, PyObject *name, PyObject *value) {
  PyObject *cls_attr = value ? PyObject_GetAttr((PyObject *)Py_TYPE(self), name) : NULL;
  if (!cls_attr) PyErr_Clear();
  PyObject *set = value && !cls_attr ? accessor(self, name, "Set") : NULL;
  Py_XDECREF(cls_attr);
  if (!set) return PyObject_GenericSetAttr(self, name, value);
  PyObject *r = PyObject_CallOneArg(set, value);
  Py_DECREF(set);
  if (!r) return -1;
  Py_DECREF(r);
  return 0;
}

/* cls.override(sub): cls(...) makes a sub from now on (None: no override);
 * sub must be a subclass of cls, as in VTK */
static PyObject *obj_override(PyObject *cls, PyObject *sub) {
  if (sub != Py_None && (!PyType_Check(sub) || !PyType_IsSubtype((PyTypeObject *)sub, (PyTypeObject *)cls))) {
    PyErr_Format(PyExc_TypeError, "override: %R is not a subclass of %s", sub, ((PyTypeObject *)cls)->tp_name);
    return NULL;
  }
  PyTypeObject *tp = (PyTypeObject *)cls;
  int r;
  if (tp->tp_flags & Py_TPFLAGS_HEAPTYPE) {
    r = sub == Py_None ? PyObject_SetAttrString(cls, "_vb_override", Py_None)
                       : PyObject_SetAttrString(cls, "_vb_override", sub);
  } else {
    r = PyDict_SetItemString(tp->tp_dict, "_vb_override", sub);
    PyType_Modified(tp);
  }
  if (r < 0) return NULL;
  Py_RETURN_NONE;
}

static PyMethodDef object_methods[] = {
  {"override", obj_override, METH_O | METH_CLASS, "override(subclass or None): construct the subclass instead"},
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
  .tp_finalize = vbpy_object_finalize,
  .tp_doc = "vtkObject: observers, modified time, class name; VTK's vtkObjectBase/vtkObject API.",
  .tp_weaklistoffset = offsetof(VbObject, weakrefs),
  .tp_getset = vbpy_object_props,
  .tp_getattro = obj_getattro,
  .tp_setattro = obj_setattro,
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
  for (PyMethodDef *m = object_methods; m->ml_name; m++) all[k++] = *m;
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

/* VTK 9.7's constructor: keyword properties set in order; positional
 * arguments are ignored as VTK ignores them (they are for an override's
 * __init__) */
int vbpy_object_init(PyObject *self, PyObject *args, PyObject *kwds) {
  (void)args;
  if (!kwds) return 0;
  PyObject *k, *v;
  Py_ssize_t pos = 0;
  while (PyDict_Next(kwds, &pos, &k, &v)) {
    PyObject *attr = PyObject_GetAttr((PyObject *)Py_TYPE(self), k);
    if (!attr && PyErr_ExceptionMatches(PyExc_AttributeError)) {
      PyErr_Clear();
      attr = accessor(self, k, "Set");
    }
    if (!attr) {
      if (PyErr_Occurred()) return -1;
      PyErr_Format(PyExc_TypeError, "Unexpected keyword argument %R for '%s' constructor", k,
                   Py_TYPE(self)->tp_name);
      return -1;
    }
    Py_DECREF(attr);
    if (PyObject_SetAttr(self, k, v) < 0) return -1;
  }
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
