/* vbpy_object.c - vtkObject: the common base of every wrapper: its Python
 * surface (one method table, observers included), and the slots every wrapper
 * type inherits: tp_dealloc (forget the wrapper, release the core object) and
 * the GC slots that see the Python observers (vbpy_observer.c).  Wrappers are
 * made in vbpy_wrap.c.
 */
#include "vbpy_types.h"

void vbpy_object_dealloc(PyObject *op) {
  VbObject *self = (VbObject *)op;
  PyObject_GC_UnTrack(op);
  vbpy_forget(op);
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

/* vtkObject's whole Python surface (observers: vbpy_observer.c) */
static PyMethodDef object_methods[] = {
  {"GetClassName", obj_class_name, METH_NOARGS, "VTK class name"},
  {"IsA", obj_isa, METH_O, "IsA(name): True if this object is (derived from) the named class"},
  {"Modified", obj_modified, METH_NOARGS, "bump the modified time, fire ModifiedEvent"},
  {"GetMTime", obj_mtime, METH_NOARGS, "modified time"},
  {"GetReferenceCount", obj_refcount, METH_NOARGS, "core reference count"},
  {"AddObserver", VBPY_FC(vbpy_observer_add), "AddObserver(event, callable) -> id; callable(caller, event_name)"},
  {"RemoveObserver", vbpy_observer_remove, METH_O, "RemoveObserver(id)"},
  {"HasObserver", vbpy_observer_has, METH_O, "HasObserver(event) -> bool"},
  {"InvokeEvent", vbpy_observer_invoke, METH_O, "InvokeEvent(event): call the observers of event"},
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
  .tp_methods = object_methods,
};
