/* vbpy_object.c - vtkObject: the common base of every wrapper: its Python
 * surface (one method table: VTK 9.7.1's vtkObjectBase/vtkObject API over the
 * core's vb_object, the observer methods of vbpy_observer.c and the override
 * class method of vbpy_object_new.c), and the slots every wrapper type
 * inherits: tp_new of vtkObject() (a plain core vtkObject), tp_init (keyword
 * properties), tp_getattro / tp_setattro (snake_case properties), tp_dealloc
 * (forget the wrapper, release the core object) and the GC slots that see the
 * Python observers.  Wrappers are made in vbpy_wrap.c.
 */
#include "vbpy_types.h"

#include <string.h>

void vbpy_object_dealloc(PyObject *op) {
  VbObject *self = (VbObject *)op;
  /* subtype_dealloc ran tp_finalize for a Python subclass; a built-in class
   * runs it here (the ghost of a wrapper given attributes) */
  if (!(Py_TYPE(op)->tp_flags & Py_TPFLAGS_HEAPTYPE) && PyObject_CallFinalizerFromDealloc(op) < 0) return;
  PyObject_GC_UnTrack(op);
  vbpy_forget(op);
  if (self->weakrefs) PyObject_ClearWeakRefs(op);
  Py_CLEAR(self->dict);
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
  Py_VISIT(((VbObject *)op)->dict);
  return vbpy_observers_traverse(op, visit, arg);
}

int vbpy_object_clear(PyObject *op) {
  Py_CLEAR(((VbObject *)op)->dict);
  vbpy_observers_clear(op);
  return 0;
}

void vbpy_object_finalize(PyObject *op) {
  vbpy_observers_finalize(op);
  vbpy_ghost_keep(op);
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

/* ---- VTK 9.7.1's vtkObjectBase / vtkObject methods ---- */

/* "vtkPoints" for "vtkbuf.vtkPoints" */
static const char *short_name(const PyTypeObject *t) {
  const char *n = strrchr(t->tp_name, '.');
  return n ? n + 1 : t->tp_name;
}

/* the VTK class names of cls and its bases, most derived first ("vtkObject",
 * then "vtkObjectBase", VTK's root, which vtkbuf folds into vtkObject);
 * Python subclasses are not VTK classes (VTK's IsA answers 0 for them) */
static int generations(PyTypeObject *cls, const char *want) {
  int k = 0;
  for (PyTypeObject *t = cls; t; t = t->tp_base) {
    const char *n = short_name(t);
    if (strncmp(n, "vtk", 3) != 0) continue;
    if (strcmp(n, want) == 0) return k;
    k++;
    if (t == &VbObject_Type) return strcmp(want, "vtkObjectBase") == 0 ? k : -1;
  }
  return -1;
}

static int str_arg(const char *fn, PyObject *arg, const char **out) {
  if (!PyUnicode_Check(arg)) {
    PyErr_Format(PyExc_TypeError, "%s argument: expected a class name (str), got %.100s", fn,
                 Py_TYPE(arg)->tp_name);
    return -1;
  }
  return (*out = PyUnicode_AsUTF8(arg)) ? 0 : -1;
}

static PyObject *class_name(PyObject *op, PyObject *unused) {
  (void)unused;
  return PyUnicode_FromString(vb_object_class_name(VBPY_OBJ(op)));
}

/* IsA(name): the object's concrete class (the core's name, e.g. an AOS
 * float array is a vtkFloatArray) or one of its VTK bases */
static PyObject *is_a(PyObject *op, PyObject *arg) {
  const char *want;
  if (str_arg("IsA", arg, &want) < 0) return NULL;
  int yes = strcmp(vb_object_class_name(VBPY_OBJ(op)), want) == 0 || generations(Py_TYPE(op), want) >= 0;
  return PyLong_FromLong(yes);
}

/* IsTypeOf(name), a static method in VTK: here a class method */
static PyObject *is_type_of(PyObject *cls, PyObject *arg) {
  const char *want;
  if (str_arg("IsTypeOf", arg, &want) < 0) return NULL;
  return PyLong_FromLong(generations((PyTypeObject *)cls, want) >= 0);
}

/* -(2^63 - 1), VTK's answer for a class that is no base */
#define NOT_A_BASE (-INT64_MAX)

static PyObject *generations_of(PyTypeObject *cls, PyObject *arg, const char *fn) {
  const char *want;
  if (str_arg(fn, arg, &want) < 0) return NULL;
  int k = generations(cls, want);
  return PyLong_FromLongLong(k >= 0 ? k : NOT_A_BASE);
}
static PyObject *gen_from_base(PyObject *op, PyObject *arg) {
  return generations_of(Py_TYPE(op), arg, "GetNumberOfGenerationsFromBase");
}
static PyObject *gen_from_base_type(PyObject *cls, PyObject *arg) {
  return generations_of((PyTypeObject *)cls, arg, "GetNumberOfGenerationsFromBaseType");
}

/* SafeDownCast(obj): obj if it is a cls, else None (VTK's static method) */
static PyObject *safe_down_cast(PyObject *cls, PyObject *arg) {
  if (arg == Py_None) Py_RETURN_NONE;
  if (!PyObject_TypeCheck(arg, &VbObject_Type)) {
    PyErr_SetString(PyExc_TypeError, "SafeDownCast argument 1: method requires a VTK object");
    return NULL;
  }
  return Py_NewRef(PyObject_TypeCheck(arg, (PyTypeObject *)cls) ? arg : Py_None);
}

/* NewInstance(): a new empty object of the same concrete class (the class
 * a wrapper of this core object gets: Python subclasses are not kept, as
 * in VTK) */
static PyObject *new_instance(PyObject *op, PyObject *unused) {
  (void)unused;
  PyTypeObject *cls = vbpy_class_of(VBPY_OBJ(op));
  if (!cls) return NULL;
  PyObject *r = PyObject_CallNoArgs((PyObject *)cls);
  Py_DECREF(cls);
  return vbpy_new_instance(r);
}

static PyObject *address_as_string(PyObject *op, PyObject *arg) {
  const char *cls;
  if (str_arg("GetAddressAsString", arg, &cls) < 0) return NULL;
  return PyUnicode_FromFormat("Addr=%p", (void *)VBPY_OBJ(op));
}

static PyObject *description(PyObject *op, PyObject *unused) {
  (void)unused;
  char small[256];
  int n = vb_object_describe(VBPY_OBJ(op), small, sizeof small);
  if (n < (int)sizeof small) return PyUnicode_FromString(small);
  char *big = PyMem_Malloc((size_t)n + 1);
  if (!big) return PyErr_NoMemory();
  vb_object_describe(VBPY_OBJ(op), big, (size_t)n + 1);
  PyObject *r = PyUnicode_FromString(big);
  PyMem_Free(big);
  return r;
}

/* ---- references ----
 * Register(obj) takes a core reference the wrapper keeps count of;
 * UnRegister(obj) drops one of those.  VTK lets UnRegister drop references
 * it does not own, which frees the object under its wrapper (a crash): the
 * one rule, (a); vtkbuf refuses with ValueError.  The result of NewInstance
 * (CreateArray, CreateDataArray) ignores both, as VTK's (vbpy_new_instance). */
static PyObject *reg(PyObject *op, PyObject *arg) {
  (void)arg;
  if (((VbObject *)op)->ignore_register) Py_RETURN_NONE;
  vb_object_retain(VBPY_OBJ(op));
  ((VbObject *)op)->registered++;
  Py_RETURN_NONE;
}

static PyObject *unreg(PyObject *op, PyObject *arg) {
  (void)arg;
  VbObject *self = (VbObject *)op;
  if (self->ignore_register) Py_RETURN_NONE;
  if (self->registered <= 0) {
    PyErr_SetString(PyExc_ValueError, "UnRegister: no reference taken with Register() to drop "
                    "(dropping the wrapper's own reference would free an object in use)");
    return NULL;
  }
  self->registered--;
  vb_object_release(self->obj);
  return vbpy_done(Py_NewRef(Py_None));
}

static PyObject *refcount(PyObject *op, PyObject *unused) {
  (void)unused;
  return PyLong_FromLong(vb_object_refcount(VBPY_OBJ(op)));
}

/* SetReferenceCount(n): only the current count (anything else would free
 * an object in use or leak it: the one rule, (a)) */
static PyObject *set_refcount(PyObject *op, PyObject *arg) {
  long n = PyLong_AsLong(arg);
  if (n == -1 && PyErr_Occurred()) return NULL;
  if (n != vb_object_refcount(VBPY_OBJ(op))) {
    PyErr_SetString(PyExc_ValueError, "SetReferenceCount: vtkbuf keeps the reference count "
                    "(use Register/UnRegister)");
    return NULL;
  }
  Py_RETURN_NONE;
}

static PyObject *none0(PyObject *op, PyObject *unused) {
  (void)op; (void)unused;
  Py_RETURN_NONE;
}

static PyObject *false0(PyObject *op, PyObject *unused) {
  (void)op; (void)unused;
  Py_RETURN_FALSE;
}

/* ---- vtkObject: debug, name, warnings, modified time ---- */
static PyObject *get_debug(PyObject *op, PyObject *unused) {
  (void)unused;
  return PyBool_FromLong(vb_object_get_debug(VBPY_OBJ(op)));
}

static PyObject *set_debug(PyObject *op, PyObject *arg) {
  int on = PyObject_IsTrue(arg);
  if (on < 0) return NULL;
  vb_object_set_debug(VBPY_OBJ(op), on);
  Py_RETURN_NONE;
}
static PyObject *debug_on(PyObject *op, PyObject *u) {
  vb_object_set_debug(VBPY_OBJ(op), 1);
  return none0(op, u);
}
static PyObject *debug_off(PyObject *op, PyObject *u) {
  vb_object_set_debug(VBPY_OBJ(op), 0);
  return none0(op, u);
}

static PyObject *get_name(PyObject *op, PyObject *unused) {
  (void)unused;
  return PyUnicode_FromString(vb_object_get_name(VBPY_OBJ(op)));
}

static PyObject *set_name(PyObject *op, PyObject *arg) {
  const char *n = NULL;
  if (arg != Py_None && !(n = PyUnicode_Check(arg) ? PyUnicode_AsUTF8(arg) : NULL)) {
    if (!PyErr_Occurred())
      PyErr_Format(PyExc_TypeError, "SetObjectName argument 1: expected a str, got %.100s",
                   Py_TYPE(arg)->tp_name);
    return NULL;
  }
  int s = vb_object_set_name(VBPY_OBJ(op), n);
  return s < 0 ? vbpy_error(s) : Py_NewRef(Py_None);
}

static PyObject *get_gwd(PyObject *cls, PyObject *unused) {
  (void)cls; (void)unused;
  return PyLong_FromLong(vb_object_get_global_warning_display());
}

static PyObject *set_gwd(PyObject *cls, PyObject *arg) {
  (void)cls;
  int on = PyObject_IsTrue(arg);
  if (on < 0) return NULL;
  vb_object_set_global_warning_display(on);
  Py_RETURN_NONE;
}
static PyObject *gwd_on(PyObject *cls, PyObject *u) { (void)u; return set_gwd(cls, Py_True); }
static PyObject *gwd_off(PyObject *cls, PyObject *u) { (void)u; return set_gwd(cls, Py_False); }

static PyObject *modified(PyObject *op, PyObject *unused) {
  (void)unused;
  vb_object_modified(VBPY_OBJ(op));
  return vbpy_done(Py_NewRef(Py_None));
}

static PyObject *mtime(PyObject *op, PyObject *unused) {
  (void)unused;
  return PyLong_FromUnsignedLongLong(vb_object_mtime(VBPY_OBJ(op)));
}

/* __this__: VTK's pointer string "_<16 hex digits>_p_<class>"; the
 * constructor of any vtkbuf class takes it back (vbpy_object_new.c) */
static PyObject *this_string(PyObject *op, void *closure) {
  (void)closure;
  char buf[160];
  PyOS_snprintf(buf, sizeof buf, "_%016llx_p_%s", (unsigned long long)(uintptr_t)VBPY_OBJ(op),
                vb_object_class_name(VBPY_OBJ(op)));
  return PyUnicode_FromString(buf);
}

/* vtkObject's whole Python surface */
static vbpy_method object_methods[] = {
  {"GetClassName", class_name, METH_NOARGS, VBPY_DOC("GetClassName() -> VTK class name")},
  {"IsA", is_a, METH_O, VBPY_DOC("IsA(name) -> 1 if this object is (derived from) the named VTK class")},
  {"IsTypeOf", is_type_of, METH_O | METH_CLASS, VBPY_DOC("IsTypeOf(name) -> 1 if this class is (derived from) name")},
  {"GetNumberOfGenerationsFromBase", gen_from_base, METH_O, VBPY_DOC("steps from the named base class")},
  {"GetNumberOfGenerationsFromBaseType", gen_from_base_type, METH_O | METH_CLASS,
   VBPY_DOC("steps from the named base class (class method)")},
  {"SafeDownCast", safe_down_cast, METH_O | METH_CLASS, VBPY_DOC("SafeDownCast(obj) -> obj if a cls, else None")},
  {"NewInstance", new_instance, METH_NOARGS, VBPY_DOC("NewInstance() -> a new empty object of this class")},
  {"GetAddressAsString", address_as_string, METH_O, VBPY_DOC("GetAddressAsString(classname) -> 'Addr=0x...'")},
  {"GetObjectDescription", description, METH_NOARGS, VBPY_DOC("'vtkObject (0x...)' [+ \" 'name'\"]")},
  {"Register", reg, METH_O, VBPY_DOC("Register(owner): take a core reference")},
  {"UnRegister", unreg, METH_O, VBPY_DOC("UnRegister(owner): drop a reference taken by Register")},
  {"FastDelete", unreg, METH_NOARGS, VBPY_DOC("as UnRegister(None)")},
  {"GetReferenceCount", refcount, METH_NOARGS, VBPY_DOC("core reference count")},
  {"SetReferenceCount", set_refcount, METH_O, VBPY_DOC("only the current count is accepted")},
  {"InitializeObjectBase", none0, METH_NOARGS, VBPY_DOC("no-op (the object is initialized)")},
  {"UsesGarbageCollector", false0, METH_NOARGS, VBPY_DOC("False (vtkbuf has no VTK garbage collector)")},
  {"GetDebug", get_debug, METH_NOARGS, VBPY_DOC("GetDebug() -> bool (vtkbuf prints no debug output)")},
  {"SetDebug", set_debug, METH_O, VBPY_DOC("SetDebug(flag)")},
  {"DebugOn", debug_on, METH_NOARGS, VBPY_DOC("SetDebug(True)")},
  {"DebugOff", debug_off, METH_NOARGS, VBPY_DOC("SetDebug(False)")},
  {"BreakOnError", none0, METH_NOARGS | METH_STATIC, VBPY_DOC("no-op (VTK: a place for a debugger breakpoint)")},
  {"GetObjectName", get_name, METH_NOARGS, VBPY_DOC("GetObjectName() -> str ('' when unset)")},
  {"SetObjectName", set_name, METH_O, VBPY_DOC("SetObjectName(name)")},
  {"GetGlobalWarningDisplay", get_gwd, METH_NOARGS | METH_CLASS, VBPY_DOC("1 or 0")},
  {"SetGlobalWarningDisplay", set_gwd, METH_O | METH_CLASS, VBPY_DOC("SetGlobalWarningDisplay(flag)")},
  {"GlobalWarningDisplayOn", gwd_on, METH_NOARGS | METH_CLASS, VBPY_DOC("")},
  {"GlobalWarningDisplayOff", gwd_off, METH_NOARGS | METH_CLASS, VBPY_DOC("")},
  {"Modified", modified, METH_NOARGS, VBPY_DOC("bump the modified time, fire ModifiedEvent")},
  {"GetMTime", mtime, METH_NOARGS, VBPY_DOC("modified time")},
  {"AddObserver", VBPY_FC(vbpy_observer_add),
   VBPY_DOC("AddObserver(event, callable[, priority]) -> id; callable(caller, event_name[, calldata])")},
  {"RemoveObserver", vbpy_observer_remove, METH_O, VBPY_DOC("RemoveObserver(id or observer)")},
  {"RemoveObservers", VBPY_FC(vbpy_observer_remove_event), VBPY_DOC("RemoveObservers(event[, observer])")},
  {"RemoveAllObservers", vbpy_observer_remove_all, METH_NOARGS, VBPY_DOC("RemoveAllObservers()")},
  {"HasObserver", VBPY_FC(vbpy_observer_has), VBPY_DOC("HasObserver(event[, observer]) -> 1 or 0")},
  {"GetCommand", vbpy_observer_get_command, METH_O, VBPY_DOC("GetCommand(id) -> the observer (None: no such id)")},
  {"InvokeEvent", VBPY_FC(vbpy_observer_invoke), VBPY_DOC("InvokeEvent(event[, calldata]) -> 0")},
  {"override", vbpy_object_override, METH_O | METH_CLASS,
   VBPY_DOC("override(subclass or None): construct the subclass instead")},
  {"", NULL, 0, NULL},
};

static vbpy_getset object_props[] = {
  {"__this__", this_string, NULL, VBPY_DOC("VTK's pointer string of the object"), ""},
  {"class_name", VBPY_GET, NULL, VBPY_DOC("GetClassName"), "GetClassName"},
  {"reference_count", VBPY_GET, NULL, VBPY_DOC("GetReferenceCount"), "GetReferenceCount"},
  {"object_description", VBPY_GET, NULL, VBPY_DOC("GetObjectDescription"), "GetObjectDescription"},
  {"debug", VBPY_GET, VBPY_SET, VBPY_DOC("GetDebug / SetDebug"), "GetDebug"},
  {"global_warning_display", VBPY_GET, VBPY_SET, VBPY_DOC(""), "GetGlobalWarningDisplay"},
  {"m_time", VBPY_GET, NULL, VBPY_DOC("GetMTime"), "GetMTime"},
  {"object_name", VBPY_GET, VBPY_SET, VBPY_DOC("GetObjectName / SetObjectName"), "GetObjectName"},
  {"", NULL, NULL, NULL, ""},
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
  .tp_doc = VBPY_DOC("vtkObject: observers, modified time, class name; VTK's vtkObjectBase/vtkObject API."),
  .tp_weaklistoffset = offsetof(VbObject, weakrefs),
  .tp_dictoffset = offsetof(VbObject, dict),
  .tp_methods = VBPY_METHODS(object_methods),
  .tp_getset = VBPY_GETSETS(object_props),
  .tp_getattro = vbpy_object_getattro,
  .tp_setattro = vbpy_object_setattro,
  .tp_init = vbpy_object_init,
  .tp_new = object_new,
};
