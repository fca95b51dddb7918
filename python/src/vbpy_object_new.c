/* vbpy_object_new.c - how every vtkbuf class is constructed and configured:
 * VTK's pointer strings (cls(obj.__this__) is obj), cls.override(sub), the
 * keyword constructor and VTK 9.7's snake_case properties for every
 * Get<X>/Set<X> pair (tp_getattro / tp_setattro of vtkObject). */
#include "vbpy_types.h"

#include <string.h>

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
  cls = vbpy_overridden((PyTypeObject *)Py_NewRef((PyObject *)cls));
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

PyObject *vbpy_object_getattro(PyObject *self, PyObject *name) {
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

int vbpy_object_setattro(PyObject *self, PyObject *name, PyObject *value) {
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
PyObject *vbpy_object_override(PyObject *cls, PyObject *sub) {
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
