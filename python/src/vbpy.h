/* vbpy.h - the plumbing of the _vtkbuf CPython extension, shared by every file.
 *
 * One set of sources, built for the host CPython and as a Pyodide side module.
 * The extension is a thin translator: it turns Python arguments into core
 * arguments (a Python number into a tagged vb_scalar, saying only what Python
 * gave), calls the C core (src/), and turns results and statuses back into
 * Python objects and exceptions.  VTK's number rules, type properties and
 * "not found" answers are the core's; nothing here decides them.
 *
 * Files depend in one direction, plumbing first (each uses only files above it
 * in this list); the classes' own declarations are in vbpy_types.h:
 *   vbpy_error.c         status -> exception (vbpy_error), observer exceptions
 *                        held until the core call returns (vbpy_done)
 *   vbpy_export.c        Py_buffer exports holding blocks
 *   vbpy_dlpack.c        __dlpack__
 *   vbpy_adopt.c         adopting Python memory
 *   vbpy_wrap.c          wrapper identity map, vbpy_wrap, the class of a new
 *                        wrapper (override), ghosts of Python subclass
 *                        instances, tp_new/tp_init helpers
 *   vbpy_tables.c        compact method/property tables (vbpy_method, vbpy_getset)
 *                        made into the PyMethodDef/PyGetSetDef arrays CPython reads
 *   vbpy_object_new.c    every class's construction: pointer strings,
 *                        cls.override(sub), keyword constructor, snake_case
 *                        properties of every Get<X>/Set<X> pair
 *   vbpy_observer.c      Python observers (vtkObject's AddObserver, ...) and
 *                        their garbage collection
 *   vbpy_object.c        vtkObject: VTK 9.7.1's vtkObjectBase/vtkObject API
 *   vbpy_args.c          argument helpers: counts, indices, components, flags,
 *                        reals, Python <-> vb_scalar, tuples of doubles, arrays
 *   vbpy_ids.c           id lists in/out, output sequences, references
 *   vbpy_buffer.c        vtkAbstractBuffer
 *   vbpy_array_values.c  vtkDataArray: values, tuples, components, range
 *   vbpy_array_typed.c   vtkDataArray: VTK 9.7's typed accessors, reserve,
 *                        value range, lookup
 *   vbpy_array_view.c    vtkDataArray: the cached NumPy view (vtkbuf._ndarray)
 *   vbpy_array_api.c     vtkAbstractArray / vtkDataArray: component names, fill,
 *                        remove, tuples from arrays, interpolation, int64 tuples
 *   vbpy_array_info.c    vtkAbstractArray / vtkDataArray: type range and info,
 *                        sizes, finite range, properties, NewInstance
 *   vbpy_array.c         vtkAbstractArray, vtkDataArray: construction, shape,
 *                        storage, buffers; the type's one method table
 *   vbpy_points.c        vtkPoints
 *   vbpy_cell_array.c    vtkCellArray
 *   vbpy_field_data.c    vtkFieldData
 *   vbpy_attributes.c    vtkDataSetAttributes, vtkPointData, vtkCellData
 *   vbpy_dataobject.c    vtkDataObject, vtkPointSet
 *   vbpy_dataset.c       vtkDataSet
 *   vbpy_polydata.c      vtkPolyData
 *   vbpy_sphere.c        vtkSphereSource
 *   vbpy_id_list.c       vtkIdList
 *   vbpy_cell.c          vtkCell and the cell classes, GetCell of the data sets
 *   vbpy_cell_types.c    vtkCellTypes
 *   vbpy_unstructured_grid.c  vtkUnstructuredGridBase, vtkUnstructuredGrid
 *   vbpy_collection.c    vtkCollection, vtkDataArrayCollection
 *   vbpy_variant.c       vtkVariant (a value type, not a vtkObject)
 *   vbpy_module.c        the module: its functions, the type table, PyInit__vtkbuf
 *
 * Registering a type: define its PyTypeObject (with .tp_methods = its one
 * PyMethodDef table) in its file, declare it in vbpy_types.h and add one row
 * to the type table in vbpy_module.c.  A method: a row in its type's table
 * (a function of another file: declared in vbpy_types.h).
 */
#ifndef VBPY_H
#define VBPY_H
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include "vtkbuf.h"

/* ---- errors (vbpy_error.c) ---- */
/* Raise the Python exception of a failed core call (status < 0) with the
 * core's last error message; returns NULL so callers can `return vbpy_error(s)`.
 * The one mapping: ENOMEM MemoryError, EINVAL ValueError, ERANGE IndexValueError,
 * EOVERFLOW ValueError, ETYPE TypeError, ESTATE RuntimeError, EDOMAIN
 * ValueError, ENOFIT OverflowError.  A pending observer exception is dropped:
 * the failure wins. */
PyObject *vbpy_error(int status);
/* vtkbuf.IndexValueError (ValueError and IndexError): VB_ERANGE and every
 * index check; made once by vbpy_error_init (module exec) */
extern PyObject *vbpy_IndexValueError;
int vbpy_error_init(PyObject *module);
/* The result of a core call that may fire events: status < 0 raises (result
 * dropped), else result, or NULL with an observer's exception (vbpy_done). */
PyObject *vbpy_status(int status, PyObject *result);
#define VBPY_RETURN_NONE(s) return vbpy_status((s), Py_NewRef(Py_None))
/* An exception raised by a Python observer is stashed (the first one; later
 * ones go to sys.unraisablehook with `culprit`) while the core operation runs
 * and re-raised when it returns: vbpy_done(result) returns result, or NULL
 * with the stashed exception set (result dropped). */
void vbpy_stash_exception(PyObject *culprit); /* takes the current exception */
PyObject *vbpy_done(PyObject *result);
int vbpy_observer_pending(void);
void vbpy_drop_pending(void);
/* the current exception taken out (new reference, NULL if none) / set again
 * (steals v; NULL does nothing) */
PyObject *vbpy_fetch_exc(void);
void vbpy_restore_exc(PyObject *v);

/* ---- argument helpers (vbpy_args.c) ---- */
int vbpy_nargs(const char *fn, Py_ssize_t n, Py_ssize_t lo, Py_ssize_t hi); /* TypeError */
int vbpy_index_arg(const char *fn, PyObject *o, int64_t *out); /* int; IndexError past int64 */
int vbpy_int_arg(const char *fn, PyObject *o, int *out);       /* C int; OverflowError */
int vbpy_component_arg(const char *fn, PyObject *o, int *out); /* component (-1 allowed) */
int vbpy_count_arg(const char *fn, PyObject *arg, int64_t *n); /* integer >= 0 */
int vbpy_bool_arg(const char *fn, PyObject *o, int *out);      /* bool / int flag */
int vbpy_real_arg(const char *fn, PyObject *o, double *d);     /* a C double parameter */
/* Three reals: x, y, z as separate arguments or one sequence of 3. */
int vbpy_xyz_args(const char *fn, PyObject *const *args, Py_ssize_t n, double x[3]);
/* Python number -> the tagged scalar saying what it is (int -> INT/UINT/BIG,
 * float -> REAL, str/bytes -> CHAR with its code, -1 unless 1 character);
 * anything else TypeError.  The core applies the rules. */
int vbpy_scalar_arg(const char *fn, PyObject *o, vb_scalar *out);
/* Core result -> Python: INT/UINT int, REAL float, CHAR 1-character str. */
PyObject *vbpy_scalar_out(const vb_scalar *s);
PyObject *vbpy_tuple_d(const double *v, int n); /* tuple of floats */
/* 1 if o is a wrapper of a core data array (vtkDataArray and its subclasses) */
int vbpy_is_array(PyObject *o);
/* a vtkDataArray argument (allow_none: None -> NULL without an error);
 * NULL + TypeError otherwise */
vb_array *vbpy_array_arg(const char *fn, PyObject *o, int allow_none, int *is_none);
/* Room for one tuple of scalars: on the stack up to 16 components, else
 * PyMem. vbpy_scratch_get: NULL + MemoryError on failure. */
typedef struct {
  vb_scalar small[16];
  vb_scalar *p;
} vbpy_scratch;
vb_scalar *vbpy_scratch_get(vbpy_scratch *s, int n);
void vbpy_scratch_free(vbpy_scratch *s);

/* ---- data-object argument forms (vbpy_ids.c) ---- */
/* ids from a sequence of ints or a vtkIdList-like object (PyMem_Free them) */
int vbpy_ids_arg(const char *fn, PyObject *o, vb_id **ids, int64_t *n);
PyObject *vbpy_ids_tuple(const vb_id *ids, int64_t n);
/* ids into a vtkIdList-like object (SetNumberOfIds/SetId) or a list */
int vbpy_ids_out(const char *fn, PyObject *out, const vb_id *ids, int64_t n);
/* VTK's output arrays: fill a sequence of exactly n items with floats */
int vbpy_fill_out(const char *fn, PyObject *out, const double *v, int n);
/* VTK's pass-by-reference objects (vtkmodules' reference): set(value);
 * vbpy_ref_set steals value (NULL: -1) */
int vbpy_is_reference(PyObject *o);
int vbpy_ref_set(PyObject *ref, PyObject *value);

/* ---- exports (vbpy_export.c) ---- */
/* struct-module format of a VTK type id: the core type table's `format`. */
const char *vbpy_format(int type);
/* BlockRef: holds one reference to a vb_block; the `obj` of every Py_buffer
 * we export, so an export keeps the memory it points into alive. */
extern PyTypeObject VbBlockRef_Type;
/* Fill `view` for 1-D or 2-D C-contiguous memory inside `blk` (may be NULL when
 * len is 0). Returns 0 or -1 with an exception set. view->obj is a BlockRef
 * (a new reference): the one in *cache when it holds the same block and shape,
 * else a new one, which then replaces *cache (cache may be NULL: no reuse). */
int vbpy_export(Py_buffer *view, int flags, vb_block *blk, void *data, int type,
                Py_ssize_t rows, Py_ssize_t cols, int ndim, PyObject **cache);
/* __dlpack__ for a memory span (vbpy_dlpack.c) */
PyObject *vbpy_dlpack(vb_block *blk, void *data, int type, int64_t n, PyObject *const *args,
                      Py_ssize_t nargs, PyObject *kwnames);

/* ---- adopting Python memory (vbpy_adopt.c) ---- */
/* Export `obj` (C-contiguous, writable, element type compatible with `type`),
 * and make a block that holds the export until its last holder lets go.
 * *n = number of elements. New block reference or NULL + exception. */
vb_block *vbpy_adopt(PyObject *obj, int type, int64_t *n);

/* ---- wrappers (vbpy_wrap.c) ---- */
/* The common head of every wrapper (the vtkObject type: vbpy_object.c) */
typedef struct {
  PyObject_HEAD
  vb_object *obj; /* one reference owned by the wrapper */
  PyObject *weakrefs;
  PyObject *dict;      /* instance attributes (VTK's objects have one; ghosts keep it) */
  long registered;     /* core references taken by Register() (UnRegister drops them) */
  int ignore_register; /* a VTK_NEWINSTANCE result (NewInstance, CreateDataArray):
                          Register/UnRegister do nothing, as VTK's flag
                          VTK_PYTHON_IGNORE_UNREGISTER */
} VbObject;
extern PyTypeObject VbObject_Type;
#define VBPY_OBJ(op) (((VbObject *)(op))->obj)

/* One row of the module's type table (vbpy_module.c): the types are readied in
 * table order (a base before its subclasses) and added to the module. */
typedef struct {
  PyTypeObject *type;
  PyTypeObject *base;         /* NULL: vtkObject */
  const char *name;           /* module attribute; NULL: not one */
  int (*wraps)(vb_object *o); /* 1 if vbpy_wrap(o, NULL) wraps o in this type; NULL: never */
} vbpy_type_row;
/* The table vbpy_wrap chooses classes from (rows up to a NULL type; borrowed
 * for the module's life) and the root every wrapper class derives from. */
void vbpy_wrap_set_types(const vbpy_type_row *rows, PyTypeObject *root);

/* The one function that makes wrappers.  Returns the live wrapper of o if
 * there is one, else a new wrapper of class tp (NULL: the class of o's kind:
 * the type table's, else vtkbuf._templates' class for arrays and buffers),
 * holding its own reference to o.  NULL o gives None.  New reference. */
PyObject *vbpy_wrap(vb_object *o, PyTypeObject *tp);
/* A freshly created core object (NULL: raise the core's error) as a new
 * wrapper of cls; the creator's reference is released (tp_new helper). */
PyObject *vbpy_wrap_new(vb_object *o, PyTypeObject *cls);
/* The class a new wrapper of o gets (new reference; NULL + exception): its
 * type table row's or vtkbuf._templates' class, or the class registered with
 * cls.override(sub) in its place. */
PyTypeObject *vbpy_class_of(vb_object *o);
/* cls's override (cls.override(sub)) if any, else cls (steals cls, returns a
 * new reference; vbpy_object_new.c) */
PyTypeObject *vbpy_overridden(PyTypeObject *cls);
/* After PyType_Ready of a vtkObject type (vbpy_module.c's add_types): its
 * constructor takes VTK's pointer strings (cls(obj.__this__) is obj) and
 * honours cls.override(sub); sets __vtkname__ (vbpy_object_new.c). */
int vbpy_hook_type(PyTypeObject *tp);
/* Ghosts: when the wrapper of a Python subclass instance goes while its core
 * object lives on, vbpy_ghost_keep (vtkObject's tp_finalize) keeps its class
 * and __dict__, and the next vbpy_wrap of the object brings them back. */
void vbpy_ghost_keep(PyObject *op);
/* The result of a method VTK marks VTK_NEWINSTANCE (NewInstance,
 * CreateArray, CreateDataArray): the wrapper w (passed through; NULL gives
 * NULL) ignores Register/UnRegister from now on, as VTK's does. */
PyObject *vbpy_new_instance(PyObject *w);
/* Existing wrapper or NULL (borrowed; no exception). */
PyObject *vbpy_lookup(vb_object *o);
/* Remove a dying wrapper from the identity map (vtkObject's tp_dealloc). */
void vbpy_forget(PyObject *self);
/* _set_class_lookup(fn): fn(kind, type, layout) -> class of a new array or
 * buffer wrapper (module function; vtkbuf._templates registers it). */
PyObject *vbpy_set_class_lookup(PyObject *mod, PyObject *fn);
/* Class attribute `name` of cls as an int (e.g. _vb_layout); dflt (>= 0) if
 * missing. */
int vbpy_class_int(PyTypeObject *cls, const char *name, int dflt);
/* The class's VTK type id (_vb_type), or -1 + TypeError naming `example` as a
 * concrete class to use instead. */
int vbpy_class_type(PyTypeObject *cls, const char *example);
/* tp_new of classes taking no arguments: TypeError for any. */
int vbpy_no_args(PyTypeObject *cls, PyObject *args, PyObject *kwds);
/* tp_init through Python: vtkbuf._mesh.<fn>(self, args, kwargs) (VTK 9.7's
 * keyword constructors); 0 or -1 with an exception. */
int vbpy_init_by(PyObject *self, PyObject *args, PyObject *kwds, const char *fn);
/* the size of a name held in a table row (the longest name + 1; a longer one fails
 * to compile, one of exactly this size fails at import with SystemError): class
 * constants here, methods and properties below */
#define VBPY_NAME_SIZE 40
/* A class constant (VTK's enums as ints) and the loop that sets a table of
 * them on a readied type: 0, or -1 with an exception (vbpy_wrap.c) */
typedef struct {
  char name[VBPY_NAME_SIZE]; /* held, not pointed to: see vbpy_method below */
  long value;
} vbpy_int_constant;
int vbpy_add_int_constants(PyTypeObject *tp, const vbpy_int_constant *k, size_t n);
#define VBPY_ADD_INT_CONSTANTS(tp, table) vbpy_add_int_constants((tp), (table), sizeof(table) / sizeof *(table))
/* PyGetSetDef helpers for VTK 9.7's snake_case properties: the closure is
 * the getter's name ("GetData"); the setter calls "SetData" (in vbpy_getset
 * rows: VBPY_GET, VBPY_SET). */
PyObject *vbpy_prop_get(PyObject *self, void *getter);
int vbpy_prop_set(PyObject *self, PyObject *value, void *getter);
/* tp_init of vtkObject (inherited): VTK 9.7's keyword constructor,
 * cls(name=value, ...) sets each property in order (TypeError for a name
 * that is none); positional arguments are ignored as VTK ignores them (they
 * are for an override's __init__) (vbpy_object_new.c) */
int vbpy_object_init(PyObject *self, PyObject *args, PyObject *kwds);
/* vtkObject's tp_getattro / tp_setattro: VTK 9.7's snake_case property of
 * every Get<X>/Set<X> pair the class has no attribute for */
PyObject *vbpy_object_getattro(PyObject *self, PyObject *name);
int vbpy_object_setattro(PyObject *self, PyObject *name, PyObject *value);
/* "vtkPointData" for the Python class vtkbuf.vtkPointData */
PyObject *vbpy_short_class_name(PyObject *op, PyObject *unused);

/* ---- observers (vbpy_observer.c) ---- */
int vbpy_event_arg(PyObject *arg, unsigned long *event);
const char *vbpy_event_name(unsigned long event);
/* GC support of every wrapper (tp_traverse / tp_finalize / tp_clear of
 * vtkObject): the Python observers of the core object, while the wrapper is
 * its sole owner.  finalize (garbage found) calls the DeleteEvent observers
 * and detaches all; clear detaches all. */
int vbpy_observers_traverse(PyObject *op, visitproc visit, void *arg);
void vbpy_observers_finalize(PyObject *op);
void vbpy_observers_clear(PyObject *op);

/* a METH_FASTCALL row of a method table: {"Name", VBPY_FC(fn), VBPY_DOC("doc")} */
#define VBPY_FC(f) (PyCFunction)(void (*)(void))(f), METH_FASTCALL

/* Compact method and property tables of the types in vbpy_module.c's type table:
 * the same rows as PyMethodDef / PyGetSetDef ({"Name", fn, METH_X, doc} and
 * {"name", get, set, doc, "GetName"}; end: {{0}}) with the name and the closure
 * string held in the row instead of pointed to.  In the Pyodide side module every
 * pointer in static data costs load-time relocation code (about 15 bytes each,
 * docs/python.md, Sizes); these rows hold one pointer per method instead of two
 * (-5.1 KB in the wheel).  A type points to its table with VBPY_METHODS(t) /
 * VBPY_GETSETS(t) (a tagged pointer); vbpy_expand_tables (vbpy_tables.c) makes
 * the PyMethodDef / PyGetSetDef arrays before PyType_Ready, pointing into the rows
 * (kept for the module's life). */
typedef struct {
  char name[VBPY_NAME_SIZE];
  PyCFunction meth;
  int flags;
  const char *doc;
} vbpy_method;
typedef struct {
  char name[VBPY_NAME_SIZE];
  getter get;
  setter set;
  const char *doc;
  char closure[VBPY_NAME_SIZE]; /* "" gives a NULL closure */
} vbpy_getset;
/* In vbpy_getset rows only: vbpy_prop_get / vbpy_prop_set by number, not by
 * pointer (one relocation less each, ~190 rows); vbpy_expand_tables puts the
 * functions in. */
#define VBPY_GET ((getter)(uintptr_t)1)
#define VBPY_SET ((setter)(uintptr_t)1)
#define VBPY_METHODS(t) ((PyMethodDef *)(void *)((char *)(t) + 1))
#define VBPY_GETSETS(t) ((PyGetSetDef *)(void *)((char *)(t) + 1))
/* tp's tagged tables replaced by PyMethodDef / PyGetSetDef arrays (allocated
 * once, never freed: the type lives as long as the process); 0 or -1 +
 * MemoryError */
int vbpy_expand_tables(PyTypeObject *tp);
/* A docstring (method and property rows, tp_doc), as CPython's PyDoc_STR: kept in
 * the native build; the Pyodide side module is built with VBPY_NO_DOCSTRINGS
 * (python/CMakeLists.txt) and has none (__doc__ None): the strings and the load-time
 * relocation of each pointer to them cost the wheel 8 KB (docs/python.md, Sizes).
 * tools/wrap_docstrings.py wraps the docs of new rows (--check lists unwrapped ones). */
#ifdef VBPY_NO_DOCSTRINGS
#define VBPY_DOC(s) NULL
#else
#define VBPY_DOC(s) s
#endif
#endif
