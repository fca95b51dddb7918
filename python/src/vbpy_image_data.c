/* vbpy_image_data.c - vtkImageData and vtkRectilinearGrid: the Python faces
 * of vb_image_data.h and vb_rectilinear_grid.h.  What every data set has
 * (points, cells, attributes, bounds, copies) is on vtkDataSet
 * (vbpy_dataset.c); here the structured geometry. */
#include "vbpy_types.h"

#define IM(op) vb_image_data_from_object(VBPY_OBJ(op))
#define RG(op) vb_rectilinear_grid_from_object(VBPY_OBJ(op))

/* n numbers as separate arguments or one sequence (VTK's two forms) */
static int nums(const char *fn, PyObject *const *args, Py_ssize_t nargs, double *out, Py_ssize_t n) {
  PyObject *f = NULL;
  PyObject *const *items = args;
  int ok;
  if (nargs == 1 && n > 1) {
    if (!(f = PySequence_Fast(args[0], ""))) {
      PyErr_Format(PyExc_TypeError, "%s(): expected %zd numbers or a sequence of them", fn, n);
      return -1;
    }
    nargs = PySequence_Fast_GET_SIZE(f);
    items = PySequence_Fast_ITEMS(f);
  }
  ok = nargs == n;
  if (!ok) PyErr_Format(PyExc_TypeError, "%s(): expected %zd numbers, got %zd", fn, n, nargs);
  for (Py_ssize_t i = 0; ok && i < n; i++) ok = vbpy_real_arg(fn, items[i], &out[i]) == 0;
  Py_XDECREF(f);
  return ok ? 0 : -1;
}

static int ints(const char *fn, PyObject *const *args, Py_ssize_t nargs, int *out, Py_ssize_t n) {
  double d[6];
  if (nums(fn, args, nargs, d, n) < 0) return -1;
  for (Py_ssize_t i = 0; i < n; i++) {
    if (d[i] != (int)d[i]) {
      PyErr_Format(PyExc_TypeError, "%s(): expected integers", fn);
      return -1;
    }
    out[i] = (int)d[i];
  }
  return 0;
}

static PyObject *tuple_i(const int *v, int n) {
  PyObject *t = PyTuple_New(n);
  for (int i = 0; t && i < n; i++) PyTuple_SET_ITEM(t, i, PyLong_FromLong(v[i]));
  return t;
}

/* ---- vtkImageData ---- */

static PyObject *im_new(PyTypeObject *cls, PyObject *args, PyObject *kwds) {
  /* keywords: vtkObject's tp_init sets them (VTK 9.7's properties) */
  if (PyTuple_GET_SIZE(args) && vbpy_no_args(cls, args, kwds) < 0) return NULL;
  vb_image_data *im = vb_image_data_new();
  return vbpy_wrap_new(im ? vb_data_object_object(vb_image_data_data_object(im)) : NULL, cls);
}

static PyObject *im_set_extent(PyObject *op, PyObject *const *a, Py_ssize_t n) {
  int e[6];
  if (ints("SetExtent", a, n, e, 6) < 0) return NULL;
  VBPY_RETURN_NONE(vb_image_data_set_extent(IM(op), e));
}
static PyObject *im_set_dims(PyObject *op, PyObject *const *a, Py_ssize_t n) {
  int d[3];
  if (ints("SetDimensions", a, n, d, 3) < 0) return NULL;
  VBPY_RETURN_NONE(vb_image_data_set_dimensions(IM(op), d[0], d[1], d[2]));
}
#define SET3(pyname, cfn, vtk, N)                                         \
  static PyObject *pyname(PyObject *op, PyObject *const *a, Py_ssize_t n) { \
    double v[N];                                                          \
    if (nums(vtk, a, n, v, N) < 0) return NULL;                           \
    VBPY_RETURN_NONE(cfn(IM(op), v));                                     \
  }
SET3(im_set_spacing, vb_image_data_set_spacing, "SetSpacing", 3)
SET3(im_set_origin, vb_image_data_set_origin, "SetOrigin", 3)
SET3(im_set_dir, vb_image_data_set_direction_matrix, "SetDirectionMatrix", 9)
#define GETD(pyname, cfn, N)                                 \
  static PyObject *pyname(PyObject *op, PyObject *u) {       \
    double v[N];                                             \
    (void)u;                                                 \
    int s = cfn(IM(op), v);                                  \
    return s < 0 ? vbpy_error(s) : vbpy_tuple_d(v, N);       \
  }
GETD(im_get_spacing, vb_image_data_get_spacing, 3)
GETD(im_get_origin, vb_image_data_get_origin, 3)
GETD(im_get_dir, vb_image_data_get_direction_matrix, 9)
static PyObject *im_get_extent(PyObject *op, PyObject *u) {
  int e[6];
  (void)u;
  int s = vb_image_data_get_extent(IM(op), e);
  return s < 0 ? vbpy_error(s) : tuple_i(e, 6);
}
static PyObject *im_get_dims(PyObject *op, PyObject *u) {
  int d[3];
  (void)u;
  int s = vb_image_data_get_dimensions(IM(op), d);
  return s < 0 ? vbpy_error(s) : tuple_i(d, 3);
}
static PyObject *im_data_dim(PyObject *op, PyObject *u) { (void)u; return PyLong_FromLong(vb_image_data_get_data_dimension(IM(op))); }

static PyObject *im_point_id(PyObject *op, PyObject *arg) {
  int ijk[3];
  if (ints("ComputePointId", &arg, 1, ijk, 3) < 0) return NULL;
  return PyLong_FromLongLong(vb_image_data_compute_point_id(IM(op), ijk));
}
static PyObject *im_cell_id(PyObject *op, PyObject *arg) {
  int ijk[3];
  if (ints("ComputeCellId", &arg, 1, ijk, 3) < 0) return NULL;
  return PyLong_FromLongLong(vb_image_data_compute_cell_id(IM(op), ijk));
}
static PyObject *im_find_point(PyObject *op, PyObject *const *a, Py_ssize_t n) {
  double x[3];
  if (nums("FindPoint", a, n, x, 3) < 0) return NULL;
  return PyLong_FromLongLong(vb_image_data_find_point(IM(op), x));
}

/* sets out[0..n) (a mutable sequence) to ints */
static int fill_ints(const char *fn, PyObject *out, const int *v, int n) {
  for (int i = 0; i < n; i++) {
    PyObject *x = PyLong_FromLong(v[i]);
    int r = x ? PySequence_SetItem(out, i, x) : -1;
    Py_XDECREF(x);
    if (r < 0) {
      PyErr_Format(PyExc_TypeError, "%s(): the output must be a mutable sequence of 3", fn);
      return -1;
    }
  }
  return 0;
}

/* ComputeStructuredCoordinates(x, ijk_out, pcoords_out) -> 1 inside / 0 */
static PyObject *im_struct_coords(PyObject *op, PyObject *const *a, Py_ssize_t n) {
  double x[3], pc[3];
  int ijk[3];
  if (vbpy_nargs("ComputeStructuredCoordinates", n, 3, 3) < 0 || nums("ComputeStructuredCoordinates", a, 1, x, 3) < 0)
    return NULL;
  int r = vb_image_data_compute_structured_coordinates(IM(op), x, ijk, pc);
  if (r < 0) return vbpy_error(r);
  if (fill_ints("ComputeStructuredCoordinates", a[1], ijk, 3) < 0 ||
      vbpy_fill_out("ComputeStructuredCoordinates", a[2], pc, 3) < 0)
    return NULL;
  return PyLong_FromLong(r);
}

/* Transform*(i, j, k, out) / (ijk, out) */
static PyObject *transform(PyObject *op, PyObject *const *a, Py_ssize_t n, const char *fn, int to_physical) {
  double in[3], out[3];
  if (vbpy_nargs(fn, n, 2, 4) < 0 || n == 3 || nums(fn, a, n - 1, in, 3) < 0) {
    if (!PyErr_Occurred()) PyErr_Format(PyExc_TypeError, "%s(): expected (x, y, z, out) or (xyz, out)", fn);
    return NULL;
  }
  int s = to_physical ? vb_image_data_transform_continuous_index_to_physical_point(IM(op), in, out)
                      : vb_image_data_transform_physical_point_to_continuous_index(IM(op), in, out);
  if (s < 0) return vbpy_error(s);
  if (vbpy_fill_out(fn, a[n - 1], out, 3) < 0) return NULL;
  Py_RETURN_NONE;
}
static PyObject *im_c2p(PyObject *op, PyObject *const *a, Py_ssize_t n) {
  return transform(op, a, n, "TransformContinuousIndexToPhysicalPoint", 1);
}
static PyObject *im_i2p(PyObject *op, PyObject *const *a, Py_ssize_t n) {
  return transform(op, a, n, "TransformIndexToPhysicalPoint", 1);
}
static PyObject *im_p2c(PyObject *op, PyObject *const *a, Py_ssize_t n) {
  return transform(op, a, n, "TransformPhysicalPointToContinuousIndex", 0);
}

static PyObject *im_points(PyObject *op, PyObject *u) {
  (void)u;
  vb_points *p = vb_image_data_get_points(IM(op));
  return p ? vbpy_wrap(vb_points_object(p), NULL) : vbpy_error(vb_last_status());
}

static PyObject *im_alloc(PyObject *op, PyObject *const *a, Py_ssize_t n) {
  int type, nc;
  if (vbpy_nargs("AllocateScalars", n, 2, 2) < 0 || vbpy_int_arg("AllocateScalars", a[0], &type) < 0 ||
      vbpy_int_arg("AllocateScalars", a[1], &nc) < 0)
    return NULL;
  return vbpy_done(vbpy_status(vb_image_data_allocate_scalars(IM(op), type, nc), Py_NewRef(Py_None)));
}

static vb_array *scalars(PyObject *op) {
  vb_attributes *pd = vb_data_set_get_point_data(vb_image_data_data_object(IM(op)));
  return vb_attributes_get_scalars(pd);
}
static PyObject *im_scalar_type(PyObject *op, PyObject *u) {
  (void)u;
  vb_array *s = scalars(op);
  return PyLong_FromLong(s ? vb_array_type(s) : VB_DOUBLE);
}
static PyObject *im_scalar_ncomp(PyObject *op, PyObject *u) {
  (void)u;
  vb_array *s = scalars(op);
  return PyLong_FromLong(s ? vb_array_get_number_of_components(s) : 1);
}

static vbpy_method im_methods[] = {
  {"SetExtent", VBPY_FC(im_set_extent), VBPY_DOC("SetExtent(i0, i1, j0, j1, k0, k1) / (extent)")},
  {"GetExtent", im_get_extent, METH_NOARGS, VBPY_DOC("")},
  {"SetDimensions", VBPY_FC(im_set_dims), VBPY_DOC("SetDimensions(i, j, k) / (dims)")},
  {"GetDimensions", im_get_dims, METH_NOARGS, VBPY_DOC("")},
  {"SetSpacing", VBPY_FC(im_set_spacing), VBPY_DOC("SetSpacing(x, y, z) / (spacing)")},
  {"GetSpacing", im_get_spacing, METH_NOARGS, VBPY_DOC("")},
  {"SetOrigin", VBPY_FC(im_set_origin), VBPY_DOC("SetOrigin(x, y, z) / (origin)")},
  {"GetOrigin", im_get_origin, METH_NOARGS, VBPY_DOC("")},
  {"SetDirectionMatrix", VBPY_FC(im_set_dir), VBPY_DOC("SetDirectionMatrix(9 numbers, row-major)")},
  {"GetDirectionMatrix", im_get_dir, METH_NOARGS, VBPY_DOC("the 9 elements, row-major (VTK: a vtkMatrix3x3)")},
  {"GetDataDimension", im_data_dim, METH_NOARGS, VBPY_DOC("")},
  {"ComputePointId", im_point_id, METH_O, VBPY_DOC("ComputePointId(ijk)")},
  {"ComputeCellId", im_cell_id, METH_O, VBPY_DOC("ComputeCellId(ijk)")},
  {"FindPoint", VBPY_FC(im_find_point), VBPY_DOC("FindPoint(x, y, z) / (x) -> id or -1")},
  {"ComputeStructuredCoordinates", VBPY_FC(im_struct_coords), VBPY_DOC("(x, ijk, pcoords) -> 1 inside, 0 outside")},
  {"TransformContinuousIndexToPhysicalPoint", VBPY_FC(im_c2p), VBPY_DOC("(i, j, k, out) / (ijk, out)")},
  {"TransformIndexToPhysicalPoint", VBPY_FC(im_i2p), VBPY_DOC("(i, j, k, out) / (ijk, out)")},
  {"TransformPhysicalPointToContinuousIndex", VBPY_FC(im_p2c), VBPY_DOC("(x, y, z, out) / (xyz, out)")},
  {"GetPoints", im_points, METH_NOARGS, VBPY_DOC("vtkPoints over a vtkStructuredPointArray (nothing stored)")},
  {"AllocateScalars", VBPY_FC(im_alloc), VBPY_DOC("AllocateScalars(type, ncomp): point scalars 'ImageScalars'")},
  {"GetScalarType", im_scalar_type, METH_NOARGS, VBPY_DOC("")},
  {"GetNumberOfScalarComponents", im_scalar_ncomp, METH_NOARGS, VBPY_DOC("")},
  {"", NULL, 0, NULL},
};

static vbpy_getset im_props[] = {
  {"extent", VBPY_GET, VBPY_SET, VBPY_DOC(""), "GetExtent"},
  {"dimensions", VBPY_GET, VBPY_SET, VBPY_DOC(""), "GetDimensions"},
  {"spacing", VBPY_GET, VBPY_SET, VBPY_DOC(""), "GetSpacing"},
  {"origin", VBPY_GET, VBPY_SET, VBPY_DOC(""), "GetOrigin"},
  {"points", VBPY_GET, NULL, VBPY_DOC(""), "GetPoints"},
  {"data_dimension", VBPY_GET, NULL, VBPY_DOC(""), "GetDataDimension"},
  {"", NULL, NULL, NULL, ""},
};

PyTypeObject VbImageData_Type = {
  PyVarObject_HEAD_INIT(NULL, 0)
  .tp_name = "vtkbuf.vtkImageData",
  .tp_basicsize = sizeof(VbObject),
  .tp_dealloc = vbpy_object_dealloc,
  .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
  .tp_doc = VBPY_DOC("vtkImageData: a regular grid (extent, spacing, origin, direction); points computed."),
  .tp_methods = VBPY_METHODS(im_methods),
  .tp_getset = VBPY_GETSETS(im_props),
  .tp_new = im_new,
};

/* ---- vtkRectilinearGrid ---- */

static PyObject *rg_new(PyTypeObject *cls, PyObject *args, PyObject *kwds) {
  /* keywords: vtkObject's tp_init sets them (VTK 9.7's properties) */
  if (PyTuple_GET_SIZE(args) && vbpy_no_args(cls, args, kwds) < 0) return NULL;
  vb_rectilinear_grid *g = vb_rectilinear_grid_new();
  return vbpy_wrap_new(g ? vb_data_object_object(vb_rectilinear_grid_data_object(g)) : NULL, cls);
}
static PyObject *rg_set_extent(PyObject *op, PyObject *const *a, Py_ssize_t n) {
  int e[6];
  if (ints("SetExtent", a, n, e, 6) < 0) return NULL;
  VBPY_RETURN_NONE(vb_rectilinear_grid_set_extent(RG(op), e));
}
static PyObject *rg_set_dims(PyObject *op, PyObject *const *a, Py_ssize_t n) {
  int d[3];
  if (ints("SetDimensions", a, n, d, 3) < 0) return NULL;
  VBPY_RETURN_NONE(vb_rectilinear_grid_set_dimensions(RG(op), d[0], d[1], d[2]));
}
static PyObject *rg_get_extent(PyObject *op, PyObject *u) {
  int e[6];
  (void)u;
  int s = vb_rectilinear_grid_get_extent(RG(op), e);
  return s < 0 ? vbpy_error(s) : tuple_i(e, 6);
}
static PyObject *rg_get_dims(PyObject *op, PyObject *u) {
  int d[3];
  (void)u;
  int s = vb_rectilinear_grid_get_dimensions(RG(op), d);
  return s < 0 ? vbpy_error(s) : tuple_i(d, 3);
}
static PyObject *rg_data_dim(PyObject *op, PyObject *u) {
  (void)u;
  return PyLong_FromLong(vb_rectilinear_grid_get_data_dimension(RG(op)));
}
#define COORDS(X, axis)                                                                    \
  static PyObject *rg_get_##X(PyObject *op, PyObject *u) {                                \
    (void)u;                                                                              \
    vb_array *a = vb_rectilinear_grid_get_coordinates(RG(op), axis);                      \
    return a ? vbpy_wrap(vb_array_object(a), NULL) : Py_NewRef(Py_None);                 \
  }                                                                                       \
  static PyObject *rg_set_##X(PyObject *op, PyObject *arg) {                              \
    vb_array *a = vbpy_array_arg("Set" #X "Coordinates", arg, 0, NULL);                  \
    if (!a) return NULL;                                                                  \
    VBPY_RETURN_NONE(vb_rectilinear_grid_set_coordinates(RG(op), axis, a));              \
  }
COORDS(X, 0)
COORDS(Y, 1)
COORDS(Z, 2)
static PyObject *rg_point_id(PyObject *op, PyObject *arg) {
  int ijk[3];
  if (ints("ComputePointId", &arg, 1, ijk, 3) < 0) return NULL;
  return PyLong_FromLongLong(vb_rectilinear_grid_compute_point_id(RG(op), ijk));
}
static PyObject *rg_cell_id(PyObject *op, PyObject *arg) {
  int ijk[3];
  if (ints("ComputeCellId", &arg, 1, ijk, 3) < 0) return NULL;
  return PyLong_FromLongLong(vb_rectilinear_grid_compute_cell_id(RG(op), ijk));
}
static PyObject *rg_points(PyObject *op, PyObject *u) {
  (void)u;
  vb_points *p = vb_rectilinear_grid_get_points(RG(op));
  return p ? vbpy_wrap(vb_points_object(p), NULL) : vbpy_error(vb_last_status());
}

static vbpy_method rg_methods[] = {
  {"SetExtent", VBPY_FC(rg_set_extent), VBPY_DOC("SetExtent(i0, i1, j0, j1, k0, k1) / (extent)")},
  {"GetExtent", rg_get_extent, METH_NOARGS, VBPY_DOC("")},
  {"SetDimensions", VBPY_FC(rg_set_dims), VBPY_DOC("SetDimensions(i, j, k) / (dims)")},
  {"GetDimensions", rg_get_dims, METH_NOARGS, VBPY_DOC("")},
  {"GetDataDimension", rg_data_dim, METH_NOARGS, VBPY_DOC("")},
  {"GetXCoordinates", rg_get_X, METH_NOARGS, VBPY_DOC("")},
  {"SetXCoordinates", rg_set_X, METH_O, VBPY_DOC("SetXCoordinates(array): shared")},
  {"GetYCoordinates", rg_get_Y, METH_NOARGS, VBPY_DOC("")},
  {"SetYCoordinates", rg_set_Y, METH_O, VBPY_DOC("SetYCoordinates(array): shared")},
  {"GetZCoordinates", rg_get_Z, METH_NOARGS, VBPY_DOC("")},
  {"SetZCoordinates", rg_set_Z, METH_O, VBPY_DOC("SetZCoordinates(array): shared")},
  {"ComputePointId", rg_point_id, METH_O, VBPY_DOC("ComputePointId(ijk)")},
  {"ComputeCellId", rg_cell_id, METH_O, VBPY_DOC("ComputeCellId(ijk)")},
  {"GetPoints", rg_points, METH_NOARGS, VBPY_DOC("vtkPoints over a vtkStructuredPointArray of the coordinates")},
  {"", NULL, 0, NULL},
};

static vbpy_getset rg_props[] = {
  {"extent", VBPY_GET, VBPY_SET, VBPY_DOC(""), "GetExtent"},
  {"dimensions", VBPY_GET, VBPY_SET, VBPY_DOC(""), "GetDimensions"},
  {"x_coordinates", VBPY_GET, VBPY_SET, VBPY_DOC(""), "GetXCoordinates"},
  {"y_coordinates", VBPY_GET, VBPY_SET, VBPY_DOC(""), "GetYCoordinates"},
  {"z_coordinates", VBPY_GET, VBPY_SET, VBPY_DOC(""), "GetZCoordinates"},
  {"points", VBPY_GET, NULL, VBPY_DOC(""), "GetPoints"},
  {"data_dimension", VBPY_GET, NULL, VBPY_DOC(""), "GetDataDimension"},
  {"", NULL, NULL, NULL, ""},
};

PyTypeObject VbRectilinearGrid_Type = {
  PyVarObject_HEAD_INIT(NULL, 0)
  .tp_name = "vtkbuf.vtkRectilinearGrid",
  .tp_basicsize = sizeof(VbObject),
  .tp_dealloc = vbpy_object_dealloc,
  .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
  .tp_doc = VBPY_DOC("vtkRectilinearGrid: a structured grid over x/y/z coordinate arrays; points computed."),
  .tp_methods = VBPY_METHODS(rg_methods),
  .tp_getset = VBPY_GETSETS(rg_props),
  .tp_new = rg_new,
};
