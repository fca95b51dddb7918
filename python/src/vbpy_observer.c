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

static const struct { const char *name; unsigned long id; } events[] = {
  {"AnyEvent", VB_ANY_EVENT},
  {"DeleteEvent", VB_DELETE_EVENT},
  {"ModifiedEvent", VB_MODIFIED_EVENT},
  {"BufferChangedEvent", VB_BUFFER_CHANGED_EVENT},
};

const char *vbpy_event_name(unsigned long event) {
  for (size_t i = 0; i < sizeof events / sizeof events[0]; i++)
    if (events[i].id == event) return events[i].name;
  return NULL;
}

int vbpy_event_arg(PyObject *arg, unsigned long *event) {
  if (PyUnicode_Check(arg)) {
    for (size_t i = 0; i < sizeof events / sizeof events[0]; i++)
      if (PyUnicode_CompareWithASCIIString(arg, events[i].name) == 0) {
        *event = events[i].id;
        return 0;
      }
    PyErr_Format(PyExc_ValueError,
                 "unknown event %R (known: AnyEvent, DeleteEvent, ModifiedEvent, "
                 "BufferChangedEvent)", arg);
    return -1;
  }
  if (PyIndex_Check(arg) && !PyBool_Check(arg)) {
    long long v = PyLong_AsLongLong(arg);
    if (v == -1 && PyErr_Occurred()) return -1;
    if (v < 0 || !vbpy_event_name((unsigned long)v)) {
      PyErr_Format(PyExc_ValueError, "unknown event id %lld", v);
      return -1;
    }
    *event = (unsigned long)v;
    return 0;
  }
  PyErr_Format(PyExc_TypeError, "event must be an event id (int) or name (str), not %.100s",
               Py_TYPE(arg)->tp_name);
  return -1;
}

static void callback(vb_object *caller, unsigned long event, void *calldata, void *clientdata) {
  (void)calldata;
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
    const char *n = vbpy_event_name(event);
    PyObject *name = n ? PyUnicode_FromString(n) : PyLong_FromUnsignedLong(event);
    if (name) {
      r = PyObject_CallFunctionObjArgs((PyObject *)clientdata, self, name, NULL);
      Py_DECREF(name);
    }
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
  if (nargs == 3) {
    double pr = PyFloat_AsDouble(args[2]);
    if (pr == -1.0 && PyErr_Occurred()) return NULL;
    if (pr != 0.0) {
      PyErr_SetString(PyExc_ValueError, "AddObserver: only priority 0.0 is supported");
      return NULL;
    }
  }
  PyObject *fn = Py_NewRef(args[1]);
  unsigned long id = vb_object_add_observer(((VbObject *)op)->obj, event, callback, fn,
                                            free_clientdata);
  if (id == 0) {
    Py_DECREF(fn);
    return vbpy_error(vb_last_status() ? vb_last_status() : VB_ENOMEM);
  }
  return PyLong_FromUnsignedLong(id);
}

PyObject *vbpy_observer_remove(PyObject *op, PyObject *arg) {
  if (!PyIndex_Check(arg) || PyBool_Check(arg)) {
    PyErr_Format(PyExc_TypeError, "RemoveObserver expects the id returned by AddObserver, "
                 "not %.100s", Py_TYPE(arg)->tp_name);
    return NULL;
  }
  long long id = PyLong_AsLongLong(arg);
  if (id == -1 && PyErr_Occurred()) return NULL;
  if (id <= 0 || vb_object_remove_observer(((VbObject *)op)->obj, (unsigned long)id) != VB_OK) {
    PyErr_Format(PyExc_ValueError, "RemoveObserver: no observer with id %lld", id);
    return NULL;
  }
  return vbpy_done(Py_NewRef(Py_None));
}

PyObject *vbpy_observer_has(PyObject *op, PyObject *arg) {
  unsigned long event;
  if (vbpy_event_arg(arg, &event) < 0) return NULL;
  return PyBool_FromLong(vb_object_has_observer(((VbObject *)op)->obj, event));
}

PyObject *vbpy_observer_invoke(PyObject *op, PyObject *arg) {
  unsigned long event;
  if (vbpy_event_arg(arg, &event) < 0) return NULL;
  vb_object_invoke(((VbObject *)op)->obj, event, NULL);
  return vbpy_done(Py_NewRef(Py_None));
}
