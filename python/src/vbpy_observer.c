/* vbpy_observer.c - Python callables as core observers.
 *
 * AddObserver(event, callable[, priority]) registers `callable` with the core
 * (clientdata = the callable, one reference, dropped by clientdata_free).  The
 * core calls it as callable(caller, event_name) like VTK; caller is the
 * object's wrapper (None during DeleteEvent of an object whose wrapper is gone).
 *
 * Exceptions an observer raises are stashed until the core operation returns
 * (vbpy_stash_exception / vbpy_done, vbpy_error.c).
 */
#include "vbpy_types.h"


const char *vbpy_event_name(unsigned long event) { return vb_event_name(event); }

/* an event name (VTK's names; unknown names are NoEvent, as in VTK) or id */
int vbpy_event_arg(PyObject *arg, unsigned long *event) {
  if (PyUnicode_Check(arg)) {
    const char *n = PyUnicode_AsUTF8(arg);
    if (!n) return -1;
    *event = vb_event_id(n);
    return 0;
  }
  if (PyIndex_Check(arg) && !PyFloat_Check(arg)) {
    PyObject *v = PyNumber_Index(arg);
    if (!v) return -1;
    unsigned long e = PyLong_AsUnsignedLong(v);
    Py_DECREF(v);
    if (e == (unsigned long)-1 && PyErr_Occurred()) return -1;
    *event = e;
    return 0;
  }
  PyErr_Format(PyExc_TypeError, "event must be an event id (int) or name (str), not %.100s",
               Py_TYPE(arg)->tp_name);
  return -1;
}

/* The observer's view of the call data: VTK converts the pointer it gets
 * by the callable's CallDataType; vtkbuf converts the tagged value (a value
 * of another kind than declared gives None where VTK reads garbage). */
static PyObject *calldata_for(PyObject *fn, const vb_calldata *cd) {
  PyObject *t = PyObject_GetAttrString(fn, "CallDataType");
  if (!t) {
    PyErr_Clear();
    return NULL; /* no declared type: called without call data, as VTK */
  }
  long type = -1;
  if (PyLong_Check(t)) type = PyLong_AsLong(t);
  else if (PyUnicode_Check(t) && PyUnicode_CompareWithASCIIString(t, "string0") == 0) type = 13;
  Py_DECREF(t);
  PyErr_Clear();
  switch (type) {
  case 13: /* VTK_STRING */
    return cd->kind == VB_CALLDATA_STRING ? PyUnicode_DecodeUTF8(cd->s, (Py_ssize_t)cd->len, "surrogateescape")
                                          : Py_NewRef(Py_None);
  case 6: case 8: /* VTK_INT, VTK_LONG */
    return cd->kind == VB_CALLDATA_INT ? PyLong_FromLongLong(cd->i) : Py_NewRef(Py_None);
  case 10: case 11: /* VTK_FLOAT, VTK_DOUBLE */
    return cd->kind == VB_CALLDATA_DOUBLE ? PyFloat_FromDouble(type == 10 ? (double)(float)cd->d : cd->d)
                                          : Py_NewRef(Py_None);
  case 21: /* VTK_OBJECT */
    return cd->kind == VB_CALLDATA_OBJECT ? vbpy_wrap(cd->obj, NULL) : Py_NewRef(Py_None);
  default:
    return NULL;
  }
}

static void callback(vb_object *caller, unsigned long event, void *calldata, void *clientdata) {
  PyGILState_STATE g = PyGILState_Ensure();
  PyObject *saved = vbpy_fetch_exc();
  PyObject *self = vbpy_lookup(caller);
  if (self) {
    Py_INCREF(self);
  } else if (event == VB_DELETE_EVENT) {
    self = Py_NewRef(Py_None); /* never resurrect a dying object */
  } else {
    self = vbpy_wrap(caller, NULL);
  }
  PyObject *r = NULL;
  if (self) {
    PyObject *name = PyUnicode_FromString(vb_event_name(event));
    PyObject *cd = calldata ? calldata_for((PyObject *)clientdata, calldata) : NULL;
    if (name && !PyErr_Occurred())
      r = PyObject_CallFunctionObjArgs((PyObject *)clientdata, self, name, cd, NULL);
    Py_XDECREF(name);
    Py_XDECREF(cd);
    Py_DECREF(self);
  }
  if (r) Py_DECREF(r);
  else vbpy_stash_exception((PyObject *)clientdata);
  vbpy_restore_exc(saved);
  PyGILState_Release(g);
}

static void free_clientdata(void *p) {
  PyGILState_STATE g = PyGILState_Ensure();
  Py_DECREF((PyObject *)p);
  PyGILState_Release(g);
}

/* ---- garbage collection ----
 * An observer's callable often refers back to its object (a closure over the
 * array, a bound method of an object holding it): wrapper -> core object ->
 * callable -> wrapper, a cycle only the GC can free.  The wrapper reports the
 * callables it registered as its own references, but only while it is the
 * core object's one owner (core reference count 1): then the callables live
 * exactly as long as the wrapper.  If anything else holds the core object (a
 * data object, another array sharing it, a running dispatch) the callables
 * are not the wrapper's to report, and the cycle waits until it is.
 *
 * When the GC finds such a wrapper in garbage it first calls tp_finalize, with
 * every object of the cycle still intact: the core object is as good as dead,
 * so its Python DeleteEvent (and AnyEvent) observers are called now, with
 * caller None as for any dying object, and then every Python observer is
 * detached, which breaks the cycle.  Nothing the GC later clears is ever
 * called (VTK 9.7.1 calls a half-cleared closure there, or crashes). */
typedef struct {
  visitproc visit;
  void *arg;
} visit_ctx;

static int visit_callable(unsigned long event, void *clientdata, void *arg) {
  (void)event;
  visit_ctx *c = arg;
  return c->visit((PyObject *)clientdata, c->arg);
}

static int sole_owner(PyObject *op) {
  vb_object *o = VBPY_OBJ(op);
  return o && vb_object_refcount(o) == 1;
}

int vbpy_observers_traverse(PyObject *op, visitproc visit, void *arg) {
  if (!sole_owner(op)) return 0;
  visit_ctx c = {visit, arg};
  return vb_object_visit_observers(VBPY_OBJ(op), callback, visit_callable, &c);
}

static int collect_delete(unsigned long event, void *clientdata, void *arg) {
  if (event != VB_DELETE_EVENT && event != VB_ANY_EVENT) return 0;
  return PyList_Append((PyObject *)arg, (PyObject *)clientdata);
}

void vbpy_observers_finalize(PyObject *op) {
  if (!sole_owner(op)) return;
  PyObject *saved = vbpy_fetch_exc();
  PyObject *calls = PyList_New(0);
  if (calls && vb_object_visit_observers(VBPY_OBJ(op), callback, collect_delete, calls) == 0) {
    vb_object_remove_observers_by_fn(VBPY_OBJ(op), callback);
    for (Py_ssize_t i = PyList_GET_SIZE(calls); i-- > 0;) { /* dispatch order */
      PyObject *fn = PyList_GET_ITEM(calls, i);
      PyObject *r = PyObject_CallFunction(fn, "Os", Py_None, "DeleteEvent");
      if (r) Py_DECREF(r);
      else PyErr_WriteUnraisable(fn);
    }
  } else {
    PyErr_WriteUnraisable(op); /* no memory for the list: observers stay */
  }
  Py_XDECREF(calls);
  vbpy_restore_exc(saved);
}

void vbpy_observers_clear(PyObject *op) {
  if (sole_owner(op)) vb_object_remove_observers_by_fn(VBPY_OBJ(op), callback);
}

PyObject *vbpy_observer_add(PyObject *op, PyObject *const *args, Py_ssize_t nargs) {
  if (nargs < 2 || nargs > 3) {
    PyErr_Format(PyExc_TypeError, "AddObserver(event, callable[, priority]) takes 2 or 3 "
                 "arguments (%zd given)", nargs);
    return NULL;
  }
  unsigned long event;
  if (vbpy_event_arg(args[0], &event) < 0) return NULL;
  if (!PyCallable_Check(args[1])) {
    PyErr_Format(PyExc_TypeError, "AddObserver: observer must be callable, not %.100s",
                 Py_TYPE(args[1])->tp_name);
    return NULL;
  }
  double pr = 0.0;
  if (nargs == 3 && (pr = PyFloat_AsDouble(args[2])) == -1.0 && PyErr_Occurred()) return NULL;
  PyObject *fn = Py_NewRef(args[1]);
  unsigned long id = vb_object_add_observer_priority(((VbObject *)op)->obj, event, callback, fn,
                                                     free_clientdata, pr);
  if (id == 0) {
    Py_DECREF(fn);
    return vbpy_error(vb_last_status() ? vb_last_status() : VB_ENOMEM);
  }
  return PyLong_FromUnsignedLong(id);
}

/* RemoveObserver(id) or RemoveObserver(command): an unknown id is ignored, as
 * in VTK; the "command" of a Python observer is its callable (GetCommand) */
PyObject *vbpy_observer_remove(PyObject *op, PyObject *arg) {
  vb_object *o = VBPY_OBJ(op);
  if (PyCallable_Check(arg)) {
    vb_object_remove_observers_where(o, VB_EVERY_EVENT, callback, arg);
  } else if (PyIndex_Check(arg) && !PyFloat_Check(arg)) {
    unsigned long id = PyLong_AsUnsignedLong(arg);
    if (id == (unsigned long)-1 && PyErr_Occurred()) return NULL;
    if (vb_object_observer_clientdata(o, id, callback)) vb_object_remove_observer(o, id);
  } else {
    PyErr_Format(PyExc_TypeError, "RemoveObserver expects the id returned by AddObserver or the "
                 "observer, not %.100s", Py_TYPE(arg)->tp_name);
    return NULL;
  }
  return vbpy_done(Py_NewRef(Py_None));
}

/* (event[, command]) of HasObserver / RemoveObservers */
static int event_command(const char *fn, PyObject *const *args, Py_ssize_t n, unsigned long *event,
                         PyObject **command) {
  *command = NULL;
  if (vbpy_nargs(fn, n, 1, 2) < 0 || vbpy_event_arg(args[0], event) < 0) return -1;
  if (n == 2) *command = args[1];
  return 0;
}

PyObject *vbpy_observer_has(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  unsigned long event;
  PyObject *cmd;
  if (event_command("HasObserver", args, n, &event, &cmd) < 0) return NULL;
  if (cmd == Py_None) return PyLong_FromLong(0);
  return PyLong_FromLong(vb_object_has_observer_where(VBPY_OBJ(op), event, cmd ? callback : NULL, cmd));
}

PyObject *vbpy_observer_remove_event(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  unsigned long event;
  PyObject *cmd;
  if (event_command("RemoveObservers", args, n, &event, &cmd) < 0) return NULL;
  if (cmd != Py_None) vb_object_remove_observers_where(VBPY_OBJ(op), event, cmd ? callback : NULL, cmd);
  return vbpy_done(Py_NewRef(Py_None));
}

PyObject *vbpy_observer_remove_all(PyObject *op, PyObject *unused) {
  (void)unused;
  vb_object_remove_observers_where(VBPY_OBJ(op), VB_EVERY_EVENT, NULL, NULL);
  return vbpy_done(Py_NewRef(Py_None));
}

PyObject *vbpy_observer_get_command(PyObject *op, PyObject *arg) {
  if (!PyIndex_Check(arg) || PyFloat_Check(arg)) {
    PyErr_Format(PyExc_TypeError, "GetCommand expects an observer id, not %.100s", Py_TYPE(arg)->tp_name);
    return NULL;
  }
  unsigned long id = PyLong_AsUnsignedLong(arg);
  if (id == (unsigned long)-1 && PyErr_Occurred()) return NULL;
  PyObject *fn = vb_object_observer_clientdata(VBPY_OBJ(op), id, callback);
  return Py_NewRef(fn ? fn : Py_None);
}

/* InvokeEvent(event[, calldata]) -> 0 (VTK's abort flag): calldata an int,
 * float, str or vtkObject (None: no call data), as VTK's overloads */
PyObject *vbpy_observer_invoke(PyObject *op, PyObject *const *args, Py_ssize_t n) {
  unsigned long event;
  vb_calldata cd = {0, 0, 0.0, NULL, 0, NULL};
  if (vbpy_nargs("InvokeEvent", n, 1, 2) < 0 || vbpy_event_arg(args[0], &event) < 0) return NULL;
  PyObject *v = n == 2 ? args[1] : Py_None;
  if (v == Py_None) {
  } else if (PyLong_Check(v)) {
    long long i = PyLong_AsLongLong(v);
    if (i == -1 && PyErr_Occurred()) return NULL;
    cd.kind = VB_CALLDATA_INT;
    cd.i = i;
  } else if (PyFloat_Check(v)) {
    cd.kind = VB_CALLDATA_DOUBLE;
    cd.d = PyFloat_AS_DOUBLE(v);
  } else if (PyUnicode_Check(v)) {
    Py_ssize_t len;
    if (!(cd.s = PyUnicode_AsUTF8AndSize(v, &len))) return NULL;
    cd.kind = VB_CALLDATA_STRING;
    cd.len = (size_t)len;
  } else if (PyObject_TypeCheck(v, &VbObject_Type)) {
    cd.kind = VB_CALLDATA_OBJECT;
    cd.obj = VBPY_OBJ(v);
  } else {
    PyErr_Format(PyExc_TypeError, "InvokeEvent: call data must be an int, float, str, vtkObject or "
                 "None, not %.100s", Py_TYPE(v)->tp_name);
    return NULL;
  }
  vb_object_invoke(VBPY_OBJ(op), event, cd.kind ? &cd : NULL);
  return vbpy_done(PyLong_FromLong(0));
}


/* module functions behind vtkCommand (vtkbuf/_command.py) */
PyObject *vbpy_event_name_of(PyObject *mod, PyObject *arg) {
  (void)mod;
  unsigned long e = PyLong_AsUnsignedLong(arg);
  if (e == (unsigned long)-1 && PyErr_Occurred()) {
    if (!PyErr_ExceptionMatches(PyExc_OverflowError)) return NULL;
    PyErr_Clear();
    e = VB_NO_EVENT;
  }
  return PyUnicode_FromString(vb_event_name(e));
}

PyObject *vbpy_event_id_of(PyObject *mod, PyObject *arg) {
  (void)mod;
  const char *n = PyUnicode_Check(arg) ? PyUnicode_AsUTF8(arg) : NULL;
  if (!n) {
    if (!PyErr_Occurred())
      PyErr_Format(PyExc_TypeError, "GetEventIdFromString: expected a str, got %.100s", Py_TYPE(arg)->tp_name);
    return NULL;
  }
  return PyLong_FromUnsignedLong(vb_event_id(n));
}
