/* vbpy.h - shared declarations of the _vtkbuf CPython extension.
 *
 * One set of sources, built for the host CPython and as a Pyodide side module.
 * The extension is a thin translator: it turns Python arguments into core
 * arguments (a Python number into a tagged vb_scalar, saying only what Python
 * gave), calls the C core (src/), and turns results and statuses back into
 * Python objects and exceptions.  VTK's number rules, type properties and
 * "not found" answers are the core's; nothing here decides them.
 *
 * Files (one per class, mirroring src/):
 *   vbpy_module.c        module, status -> exception (vbpy_error), type table
 *   vbpy_args.c          argument helpers: counts, indices, components, flags,
 *                        reals, Python <-> vb_scalar, tuples of doubles
 *   vbpy_object.c        vtkObject base: wrapper identity map, vbpy_wrap
 *   vbpy_observer.c      Python observers and their exceptions
 *   vbpy_export.c        Py_buffer exports holding blocks
 *   vbpy_dlpack.c        __dlpack__
 *   vbpy_adopt.c         adopting Python memory
 *   vbpy_buffer.c        vtkAbstractBuffer
 *   vbpy_array.c         vtkDataArray: construction, shape, storage, buffers
 *   vbpy_array_values.c  vtkDataArray: values, tuples, components, range
 *   vbpy_array_typed.c   vtkDataArray: VTK 9.7's typed accessors, reserve,
 *                        value range, lookup
 *   vbpy_array_view.c    vtkDataArray: the cached NumPy view (vtkbuf._ndarray)
 *   vbpy_points.c        vtkPoints
 *   vbpy_cell_array.c    vtkCellArray
 *   vbpy_attributes.c    vtkDataSetAttributes, vtkPointData, vtkCellData
 *   vbpy_polydata.c      vtkPolyData
 *   vbpy_ids.c           id lists in/out, output sequences, references
 *   vbpy_field_data.c    vtkFieldData
 *   vbpy_dataobject.c    vtkDataObject, vtkDataSet, vtkPointSet
 *   vbpy_sphere.c        vtkSphereSource
 */
#ifndef VBPY_H
#define VBPY_H
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include "vtkbuf.h"

/* ---- errors (vbpy_module.c) ---- */
/* Raise the Python exception of a failed core call (status < 0) with the
 * core's last error message; returns NULL so callers can `return vbpy_error(s)`.
 * The one mapping: ENOMEM MemoryError, EINVAL ValueError, ERANGE IndexError,
 * EOVERFLOW ValueError, ETYPE TypeError, ESTATE RuntimeError, EDOMAIN
 * ValueError, ENOFIT OverflowError.  A pending observer exception is dropped:
 * the failure wins. */
PyObject *vbpy_error(int status);
/* The result of a core call that may fire events: status < 0 raises (result
 * dropped), else result, or NULL with an observer's exception (vbpy_done). */
PyObject *vbpy_status(int status, PyObject *result);
#define VBPY_RETURN_NONE(s) return vbpy_status((s), Py_NewRef(Py_None))

/* ---- argument helpers (vbpy_args.c) ---- */
int vbpy_nargs(const char *fn, Py_ssize_t n, Py_ssize_t lo, Py_ssize_t hi); /* TypeError */
int vbpy_index_arg(const char *fn, PyObject *o, int64_t *out); /* int; IndexError past int64 */
int vbpy_int_arg(const char *fn, PyObject *o, int *out);       /* C int; OverflowError */
int vbpy_component_arg(const char *fn, PyObject *o, int *out); /* component (-1 allowed) */
int vbpy_count_arg(PyObject *arg, int64_t *n);                 /* integer >= 0 */
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
/* a vtkDataArray argument (allow_none: None -> NULL without an error);
 * NULL + TypeError otherwise */
vb_array *vbpy_array_arg(const char *fn, PyObject *o, int allow_none, int *is_none);

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
/* The slot caching an array wrapper's last BlockRef, with the observer that
 * empties it (and the cached view) when the array's storage moves; NULL with
 * MemoryError if the observer cannot be added. */
PyObject **vbpy_array_export_cache(PyObject *op);
/* Room for one tuple of scalars: on the stack up to 16 components, else
 * PyMem (vbpy_args.c). vbpy_scratch_get: NULL + MemoryError on failure. */
typedef struct {
  vb_scalar small[16];
  vb_scalar *p;
} vbpy_scratch;
vb_scalar *vbpy_scratch_get(vbpy_scratch *s, int n);
void vbpy_scratch_free(vbpy_scratch *s);
/* (t, c) -> value / (t, c, value) under `rules` (vbpy_array_values.c), for
 * Get/SetComponent (VB_RULES_DOUBLE) and Get/SetTypedComponent (VB_RULES_VALUE) */
PyObject *vbpy_component_get(PyObject *op, PyObject *const *args, Py_ssize_t nargs, const char *fn,
                             int rules);
PyObject *vbpy_component_set(PyObject *op, PyObject *const *args, Py_ssize_t nargs, const char *fn,
                             int rules);

/* ---- vtkObject: common head of every wrapper (vbpy_object.c) ---- */
typedef struct {
  PyObject_HEAD
  vb_object *obj; /* one reference owned by the wrapper */
  PyObject *weakrefs;
} VbObject;
extern PyTypeObject VbObject_Type;
#define VBPY_OBJ(op) (((VbObject *)(op))->obj)

typedef struct {
  VbObject base;
} VbBufferObject;
#define VBPY_BUF(op) vb_buffer_from_object(VBPY_OBJ(op))
extern PyTypeObject VbBuffer_Type;

typedef struct {
  VbObject base;
  /* the cached NumPy view(s) of vtkbuf._ndarray and the state they were made
   * for (vbpy_array_view.c) */
  PyObject *view;
  const void *view_data;
  int64_t view_nv;
  int view_nc;
  unsigned long view_obs; /* core BufferChangedEvent observer dropping `view`, 0: none */
  PyObject *export_ref;   /* the BlockRef of the last buffer export, reused while the
                             block and shape are the same; dropped with `view` */
} VbArrayObject;
#define VBPY_ARR(op) vb_array_from_object(VBPY_OBJ(op))
extern PyTypeObject VbArray_Type, VbAbstractArray_Type;

/* ---- object layer: vtkIdList, vtkCollection, ... (vbpy_id_list.c, ...) ---- */
extern PyTypeObject VbIdList_Type;
/* an id (vtkIdType) argument as VTK's wrapping converts it: int only
 * (TypeError), OverflowError past 64 bits */
int vbpy_id_arg(const char *fn, PyObject *o, int64_t *out);
/* a vtkIdList argument; NULL + TypeError otherwise */
vb_id_list *vbpy_id_list_arg(const char *fn, PyObject *o);
/* tp_init of classes whose constructor takes VTK 9.7's keyword properties
 * only: cls(name=value, ...) sets each property; positional args TypeError */
int vbpy_object_init(PyObject *self, PyObject *args, PyObject *kwds);
/* registers vtkIdList and the other object-layer classes */
int vbpy_objects_init_types(PyObject *module);
int vbpy_id_list_init_type(PyObject *module);

extern PyTypeObject VbPoints_Type, VbCellArray_Type, VbAttributes_Type, VbPointData_Type,
    VbCellData_Type, VbPolyData_Type, VbSphere_Type;
extern PyTypeObject VbFieldData_Type, VbDataObject_Type, VbDataSet_Type, VbPointSet_Type;

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
/* the core field data / data object behind a wrapper (NULL + TypeError) */
vb_field_data *vbpy_field_data_arg(const char *fn, PyObject *o, int allow_none);
vb_data_object *vbpy_data_object_arg(const char *fn, PyObject *o);

/* The one function that makes wrappers.  Returns the live wrapper of o if
 * there is one, else a new wrapper of class tp (NULL: the class of o's kind:
 * vtkbuf._templates' class for arrays and buffers, the data object types
 * otherwise), holding its own reference to o.  NULL o gives None.  New
 * reference. */
PyObject *vbpy_wrap(vb_object *o, PyTypeObject *tp);
/* A freshly created core object (NULL: raise the core's error) as a new
 * wrapper of cls; the creator's reference is released (tp_new helper). */
PyObject *vbpy_wrap_new(vb_object *o, PyTypeObject *cls);
/* Existing wrapper or NULL (borrowed; no exception). */
PyObject *vbpy_lookup(vb_object *o);
/* Class attribute `name` of cls as an int (e.g. _vb_type); dflt if missing,
 * or -1 + TypeError when dflt < 0. */
int vbpy_class_int(PyTypeObject *cls, const char *name, int dflt);
/* tp_new of classes taking no arguments: TypeError for any. */
int vbpy_no_args(PyTypeObject *cls, PyObject *args, PyObject *kwds);
void vbpy_object_dealloc(PyObject *op);
/* GC slots of vtkObject (every wrapper type inherits them; vtkDataArray adds
 * its cached view) */
int vbpy_object_traverse(PyObject *op, visitproc visit, void *arg);
int vbpy_object_clear(PyObject *op);
/* tp_init through Python: vtkbuf._mesh.<fn>(self, args, kwargs) (VTK 9.7's
 * keyword constructors); 0 or -1 with an exception. */
int vbpy_init_by(PyObject *self, PyObject *args, PyObject *kwds, const char *fn);
/* PyGetSetDef helpers for VTK 9.7's snake_case properties: the closure is
 * the getter's name ("GetData"); the setter calls "SetData". */
PyObject *vbpy_prop_get(PyObject *self, void *getter);
int vbpy_prop_set(PyObject *self, PyObject *value, void *getter);
/* "vtkPointData" for the Python class vtkbuf.vtkPointData */
PyObject *vbpy_short_class_name(PyObject *op, PyObject *unused);

/* ---- observers (vbpy_observer.c) ---- */
int vbpy_event_arg(PyObject *arg, unsigned long *event);
const char *vbpy_event_name(unsigned long event);
/* An exception raised by a Python observer is stashed (the first one) while
 * the core operation runs and re-raised when it returns: vbpy_done(result)
 * returns result, or NULL with the stashed exception set (result dropped). */
PyObject *vbpy_done(PyObject *result);
int vbpy_observer_pending(void);
void vbpy_drop_pending(void);
extern PyMethodDef vbpy_observer_methods[]; /* AddObserver, RemoveObserver, ... */
/* GC support of every wrapper (tp_traverse / tp_finalize / tp_clear of
 * vtkObject): the Python observers of the core object, while the wrapper is
 * its sole owner.  finalize (garbage found) calls the DeleteEvent observers
 * and detaches all; clear detaches all. */
int vbpy_observers_traverse(PyObject *op, visitproc visit, void *arg);
void vbpy_observers_finalize(PyObject *op);
void vbpy_observers_clear(PyObject *op);

/* ---- adopting Python memory (vbpy_adopt.c) ---- */
/* Export `obj` (C-contiguous, writable, element type compatible with `type`),
 * and make a block that holds the export until its last holder lets go.
 * *n = number of elements. New block reference or NULL + exception. */
vb_block *vbpy_adopt(PyObject *obj, int type, int64_t *n);

/* _js_api / _js_target: JS safe views of objects in Pyodide's memory
 * (python/pyodide/vbpy_js.c; the Pyodide build only) */
#ifdef __EMSCRIPTEN__
extern PyMethodDef vbpy_js_methods[];
#endif

/* __dlpack__ for a memory span (vbpy_dlpack.c) */
PyObject *vbpy_dlpack(vb_block *blk, void *data, int type, int64_t n, PyObject *const *args,
                      Py_ssize_t nargs, PyObject *kwnames);

/* ---- method tables and type setup ---- */
#define VBPY_FC(f) (PyCFunction)(void (*)(void))(f), METH_FASTCALL
extern PyMethodDef vbpy_array_value_methods[]; /* vbpy_array_values.c */
extern PyMethodDef vbpy_array_typed_methods[]; /* vbpy_array_typed.c */
extern PyMethodDef vbpy_array_view_methods[];  /* vbpy_array_view.c: _vb_view, _vb_set_view */
extern PyMethodDef vbpy_view_module_methods[]; /* vbpy_array_view.c: _set_type_attr */
void vbpy_array_dealloc(PyObject *op);          /* drops the cached view, then vbpy_object_dealloc */
int vbpy_array_traverse(PyObject *op, visitproc visit, void *arg); /* + the cached view */
int vbpy_array_clear(PyObject *op);
int vbpy_blockref_init_type(PyObject *module);
int vbpy_object_init_type(PyObject *module);
int vbpy_buffer_init_type(PyObject *module);
int vbpy_array_init_type(PyObject *module);
int vbpy_points_init_type(PyObject *module);
int vbpy_cell_array_init_type(PyObject *module);
int vbpy_attributes_init_types(PyObject *module); /* vtkFieldData too */
int vbpy_polydata_init_type(PyObject *module); /* vtkDataObject/DataSet/PointSet first */
int vbpy_field_data_init_type(PyObject *module);
int vbpy_data_object_init_types(PyObject *module);
int vbpy_sphere_init_type(PyObject *module);
/* PyType_Ready with base VbObject_Type (or `base`) + add to the module */
int vbpy_add_type(PyObject *module, PyTypeObject *tp, PyTypeObject *base, const char *name);
#endif
