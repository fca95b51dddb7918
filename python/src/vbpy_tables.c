/* vbpy_tables.c - the compact method and property tables (vbpy.h) made into
 * the PyMethodDef / PyGetSetDef arrays CPython reads, before PyType_Ready. */
#include "vbpy.h"

#define TAGGED(p) (((uintptr_t)(p)) & 1)
#define UNTAG(p) ((void *)((char *)(p) - 1))

/* a name that fills its row (no terminating NUL: C allows that initializer) */
static int unterminated(PyTypeObject *tp, const char *name) {
  if (!name[VBPY_NAME_SIZE - 1]) return 0;
  PyErr_Format(PyExc_SystemError, "%s: a method or property name longer than %d characters",
               tp->tp_name, VBPY_NAME_SIZE - 1);
  return 1;
}

int vbpy_expand_tables(PyTypeObject *tp) {
  if (TAGGED(tp->tp_methods)) {
    vbpy_method *c = UNTAG(tp->tp_methods);
    size_t n = 0;
    for (; c[n].name[0]; n++)
      if (unterminated(tp, c[n].name)) return -1;
    PyMethodDef *m = PyMem_RawCalloc(n + 1, sizeof *m);
    if (!m) {
      PyErr_NoMemory();
      return -1;
    }
    for (size_t k = 0; k < n; k++)
      m[k] = (PyMethodDef){c[k].name, c[k].meth, c[k].flags, c[k].doc};
    tp->tp_methods = m;
  }
  if (TAGGED(tp->tp_getset)) {
    vbpy_getset *c = UNTAG(tp->tp_getset);
    size_t n = 0;
    for (; c[n].name[0]; n++)
      if (unterminated(tp, c[n].name) || unterminated(tp, c[n].closure)) return -1;
    PyGetSetDef *g = PyMem_RawCalloc(n + 1, sizeof *g);
    if (!g) {
      PyErr_NoMemory();
      return -1;
    }
    for (size_t k = 0; k < n; k++)
      g[k] = (PyGetSetDef){c[k].name, c[k].get == VBPY_GET ? vbpy_prop_get : c[k].get,
                           c[k].set == VBPY_SET ? vbpy_prop_set : c[k].set, c[k].doc,
                           c[k].closure[0] ? c[k].closure : NULL};
    tp->tp_getset = g;
  }
  return 0;
}
