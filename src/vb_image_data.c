/* vb_image_data.c - vtkImageData (vb_image_data.h) on the data set base. */
#include <math.h>
#include <string.h>

#include "vb_attributes.h"
#include "vb_data_set_impl.h"
#include "vb_image_data.h"
#include "vb_implicit.h"
#include "vb_structured_impl.h"

struct vb_image_data {
  vb_data_object base;
  int ext[6];
  double spacing[3], origin[3], dir[9];
  vb_points *points; /* GetPoints(): made on first call (structured point array) */
};

static const double IDENTITY[9] = {1, 0, 0, 0, 1, 0, 0, 0, 1};
#define IM(d) ((vb_image_data *)(d))
#define CHECK_IM(im) VB_CHECK((im) != NULL, VB_EINVAL, "image data is NULL")

static int has_dir(const vb_image_data *im) { return memcmp(im->dir, IDENTITY, sizeof IDENTITY) != 0; }

/* physical point of the continuous extent index q */
static void to_physical(const vb_image_data *im, const double q[3], double x[3]) {
  double s[3];
  int c;
  for (c = 0; c < 3; c++) s[c] = im->spacing[c] * q[c];
  for (c = 0; c < 3; c++) x[c] = im->origin[c] + im->dir[3 * c] * s[0] + im->dir[3 * c + 1] * s[1] + im->dir[3 * c + 2] * s[2];
}

static int64_t im_npoints(const vb_data_object *d) { return vb__extent_points(IM(d)->ext); }
static int64_t im_ncells(const vb_data_object *d) { return vb__extent_cells(IM(d)->ext); }

static int im_point(const vb_data_object *d, int64_t id, double x[3]) {
  const vb_image_data *im = IM(d);
  int64_t ijk[3];
  double q[3];
  int c;
  vb__extent_ijk(im->ext, id, ijk);
  for (c = 0; c < 3; c++) q[c] = (double)(ijk[c] + im->ext[2 * c]);
  to_physical(im, q, x);
  return VB_OK;
}

static int im_cell(vb_data_object *d, int64_t id, vb_id_list *ids) { return vb__extent_cell(IM(d)->ext, id, ids); }

static int im_bounds(const vb_data_object *d, double b[6]) {
  const vb_image_data *im = IM(d);
  double q[3], x[3];
  int c, k;
  if (vb__extent_points(im->ext) == 0) {
    for (c = 0; c < 3; c++) b[2 * c] = 1.0, b[2 * c + 1] = -1.0;
    return VB_OK;
  }
  for (k = 0; k < 8; k++) { /* the corners */
    for (c = 0; c < 3; c++) q[c] = im->ext[2 * c + ((k >> c) & 1)];
    to_physical(im, q, x);
    for (c = 0; c < 3; c++) {
      if (k == 0 || x[c] < b[2 * c]) b[2 * c] = x[c];
      if (k == 0 || x[c] > b[2 * c + 1]) b[2 * c + 1] = x[c];
    }
  }
  return VB_OK;
}

static int64_t im_max_cell_size(const vb_data_object *d) { (void)d; return 8; }

/* the points' backend after a change of the geometry (nothing when no points yet) */
static int refresh_points(vb_image_data *im) {
  vb_array *xyz[3] = {NULL, NULL, NULL}, *data;
  int64_t d[3], i;
  double q[3], p0[3];
  int c, st = VB_OK, dir;
  if (!im->points) return VB_OK;
  data = vb_points_get_data(im->points);
  if (vb_array_layout(data) != VB_LAYOUT_STRUCTURED) return VB_OK; /* replaced by the user */
  vb__extent_dims(im->ext, d);
  dir = has_dir(im);
  for (c = 0; c < 3 && st == VB_OK; c++) {
    if (!(xyz[c] = vb_array_new(VB_DOUBLE))) st = vb_last_status();
    else st = vb_array_set_number_of_values(xyz[c], d[c]);
    for (i = 0; st == VB_OK && i < d[c]; i++) /* VTK: origin + spacing * index */
      st = vb_array_set_value(xyz[c], i, im->origin[c] + im->spacing[c] * (double)(im->ext[2 * c] + i));
    q[c] = im->ext[2 * c];
  }
  to_physical(im, q, p0); /* the first point */
  if (st == VB_OK)
    st = vb_structured_point_array_construct_backend(data, xyz[0], xyz[1], xyz[2], im->ext, dir ? im->dir : NULL, p0);
  for (c = 0; c < 3; c++) vb_array_release(xyz[c]);
  return st;
}

vb_points *vb_image_data_get_points(vb_image_data *im) {
  vb_array *a;
  int st;
  VB_CHECK_NULL(im != NULL, VB_EINVAL, "image data is NULL");
  if (im->points) return im->points;
  if (!(im->points = vb_points_new(VB_DOUBLE))) return NULL;
  a = vb_array_new_layout(VB_DOUBLE, VB_LAYOUT_STRUCTURED);
  st = a ? vb_array_set_number_of_components(a, 3) : vb_last_status();
  if (st == VB_OK) st = vb_points_set_data(im->points, a);
  vb_array_release(a);
  if (st == VB_OK) st = refresh_points(im);
  if (st != VB_OK) {
    vb_points_release(im->points);
    im->points = NULL;
    return NULL;
  }
  return im->points;
}

static int im_copy_structure(vb_data_object *dst, const vb_data_object *src, int mode) {
  vb_image_data *d = IM(dst);
  const vb_image_data *s = IM(src);
  (void)mode;
  memcpy(d->ext, s->ext, sizeof d->ext);
  memcpy(d->spacing, s->spacing, sizeof d->spacing);
  memcpy(d->origin, s->origin, sizeof d->origin);
  memcpy(d->dir, s->dir, sizeof d->dir);
  vb_object_modified(&dst->obj);
  return refresh_points(d);
}

static int im_initialize(vb_data_object *d) {
  static const int empty[6] = {0, -1, 0, -1, 0, -1};
  memcpy(IM(d)->ext, empty, sizeof empty);
  return refresh_points(IM(d));
}

static void im_destroy(vb_data_object *d) { vb_points_release(IM(d)->points); }

static const vb_data_class image_data = {.type_id = VB_IMAGE_DATA,
                                         .flags = VB__DATA_SET,
                                         .npoints = im_npoints,
                                         .point = im_point,
                                         .ncells = im_ncells,
                                         .cell = im_cell,
                                         .bounds = im_bounds,
                                         .max_cell_size = im_max_cell_size,
                                         .copy_structure = im_copy_structure,
                                         .initialize = im_initialize,
                                         .destroy = im_destroy};
static const vb_class image_class = {"vtkImageData", vb__data_object_destroy, NULL, &image_data};

vb_image_data *vb_image_data_from_object(vb_object *o) {
  return o && o->cls == &image_class ? (vb_image_data *)o : NULL;
}
vb_data_object *vb_image_data_data_object(vb_image_data *im) { return im ? &im->base : NULL; }

vb_image_data *vb_image_data_new(void) {
  vb_image_data *im = vb__calloc(sizeof *im, VB_MIN_ALIGN);
  int c;
  if (!im) return NULL;
  if (vb__data_object_init(&im->base, &image_class) != VB_OK) {
    vb_object_release(&im->base.obj);
    return NULL;
  }
  for (c = 0; c < 3; c++) im->ext[2 * c + 1] = -1, im->spacing[c] = 1.0;
  memcpy(im->dir, IDENTITY, sizeof IDENTITY);
  return im;
}

/* set n values of a geometry member, then refresh the points */
static int set_geometry(vb_image_data *im, void *member, const void *v, size_t n) {
  if (memcmp(member, v, n) == 0) return VB_OK;
  memcpy(member, v, n);
  vb_object_modified(&im->base.obj);
  return refresh_points(im);
}

int vb_image_data_set_extent(vb_image_data *im, const int ext[6]) {
  int st;
  CHECK_IM(im);
  if ((st = vb__extent_check(VB_FUNC, ext)) != VB_OK) return st;
  return set_geometry(im, im->ext, ext, sizeof im->ext);
}

int vb_image_data_set_dimensions(vb_image_data *im, int i, int j, int k) {
  int ext[6] = {0, i - 1, 0, j - 1, 0, k - 1};
  CHECK_IM(im);
  VB_CHECK(i >= 0 && j >= 0 && k >= 0, VB_EINVAL, "negative dimension (%d, %d, %d)", i, j, k);
  return vb_image_data_set_extent(im, ext);
}

int vb_image_data_set_spacing(vb_image_data *im, const double s[3]) {
  CHECK_IM(im);
  return set_geometry(im, im->spacing, s, sizeof im->spacing);
}
int vb_image_data_set_origin(vb_image_data *im, const double o[3]) {
  CHECK_IM(im);
  return set_geometry(im, im->origin, o, sizeof im->origin);
}
int vb_image_data_set_direction_matrix(vb_image_data *im, const double m[9]) {
  CHECK_IM(im);
  return set_geometry(im, im->dir, m, sizeof im->dir);
}

int vb_image_data_get_extent(const vb_image_data *im, int ext[6]) {
  CHECK_IM(im);
  memcpy(ext, im->ext, sizeof im->ext);
  return VB_OK;
}
int vb_image_data_get_spacing(const vb_image_data *im, double s[3]) {
  CHECK_IM(im);
  memcpy(s, im->spacing, sizeof im->spacing);
  return VB_OK;
}
int vb_image_data_get_origin(const vb_image_data *im, double o[3]) {
  CHECK_IM(im);
  memcpy(o, im->origin, sizeof im->origin);
  return VB_OK;
}
int vb_image_data_get_direction_matrix(const vb_image_data *im, double m[9]) {
  CHECK_IM(im);
  memcpy(m, im->dir, sizeof im->dir);
  return VB_OK;
}

int vb_image_data_get_dimensions(const vb_image_data *im, int dims[3]) {
  int64_t d[3];
  int c;
  CHECK_IM(im);
  vb__extent_dims(im->ext, d);
  for (c = 0; c < 3; c++) dims[c] = (int)d[c];
  return VB_OK;
}

int vb_image_data_get_data_dimension(const vb_image_data *im) { return im ? vb__extent_data_dimension(im->ext) : 0; }

int64_t vb_image_data_compute_point_id(const vb_image_data *im, const int ijk[3]) {
  int64_t d[3];
  if (!im || !ijk) return -1;
  vb__extent_dims(im->ext, d);
  return (ijk[0] - im->ext[0]) + (ijk[1] - im->ext[2]) * d[0] + (int64_t)(ijk[2] - im->ext[4]) * d[0] * d[1];
}

int64_t vb_image_data_compute_cell_id(const vb_image_data *im, const int ijk[3]) {
  int64_t d[3];
  int c;
  if (!im || !ijk) return -1;
  vb__extent_dims(im->ext, d);
  for (c = 0; c < 3; c++) d[c] = d[c] > 1 ? d[c] - 1 : 1;
  return (ijk[0] - im->ext[0]) + (ijk[1] - im->ext[2]) * d[0] + (int64_t)(ijk[2] - im->ext[4]) * d[0] * d[1];
}

int vb_image_data_transform_continuous_index_to_physical_point(const vb_image_data *im, const double ijk[3],
                                                               double x[3]) {
  CHECK_IM(im);
  VB_CHECK(ijk && x, VB_EINVAL, "an argument is NULL");
  to_physical(im, ijk, x);
  return VB_OK;
}

int vb_image_data_transform_physical_point_to_continuous_index(const vb_image_data *im, const double x[3],
                                                               double ijk[3]) {
  double r[3];
  int c;
  CHECK_IM(im);
  VB_CHECK(ijk && x, VB_EINVAL, "an argument is NULL");
  for (c = 0; c < 3; c++) r[c] = x[c] - im->origin[c];
  /* D is orthonormal for VTK's images: its inverse is its transpose */
  for (c = 0; c < 3; c++)
    ijk[c] = (im->dir[c] * r[0] + im->dir[3 + c] * r[1] + im->dir[6 + c] * r[2]) / im->spacing[c];
  return VB_OK;
}

int vb_image_data_compute_structured_coordinates(const vb_image_data *im, const double x[3], int ijk[3],
                                                 double pcoords[3]) {
  double q[3];
  int c, inside = 1;
  int64_t d[3];
  if (vb_image_data_transform_physical_point_to_continuous_index(im, x, q) != VB_OK) return vb_last_status();
  vb__extent_dims(im->ext, d);
  for (c = 0; c < 3; c++) {
    double lo = im->ext[2 * c], hi = im->ext[2 * c + 1], f;
    int in = !(d[c] == 0 || q[c] < lo || q[c] > hi || q[c] != q[c]);
    inside = inside && in;
    f = floor(q[c]);
    if (in && d[c] > 1 && f >= hi) f = hi - 1; /* the last cell holds its far face */
    if (d[c] == 1) f = lo;
    ijk[c] = (int)f;
    pcoords[c] = d[c] == 1 ? 0.0 : q[c] - f;
  }
  return inside;
}

int64_t vb_image_data_find_point(const vb_image_data *im, const double x[3]) {
  double q[3];
  int ijk[3], c;
  if (vb_image_data_transform_physical_point_to_continuous_index(im, x, q) != VB_OK) return -1;
  for (c = 0; c < 3; c++) {
    double r = floor(q[c] + 0.5);
    if (!(r >= im->ext[2 * c] && r <= im->ext[2 * c + 1])) return -1;
    ijk[c] = (int)r;
  }
  return vb_image_data_compute_point_id(im, ijk);
}

int vb_image_data_allocate_scalars(vb_image_data *im, int type, int ncomp) {
  vb_array *a;
  int st;
  CHECK_IM(im);
  VB_CHECK(ncomp >= 1, VB_EINVAL, "%d components", ncomp);
  if (!(a = vb_array_new(type))) return vb_last_status();
  st = vb_array_set_number_of_components(a, ncomp);
  if (st == VB_OK) st = vb_array_set_number_of_tuples(a, vb__extent_points(im->ext));
  if (st == VB_OK) st = vb_array_set_name(a, "ImageScalars");
  if (st == VB_OK) st = vb_attributes_set_scalars(im->base.point_data, a);
  vb_array_release(a);
  return st;
}
