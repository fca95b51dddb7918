/* vb_rectilinear_grid.c - vtkRectilinearGrid (vb_rectilinear_grid.h). */
#include <string.h>

#include "vb_data_set_impl.h"
#include "vb_implicit.h"
#include "vb_rectilinear_grid.h"
#include "vb_structured_impl.h"

struct vb_rectilinear_grid {
  vb_data_object base;
  int ext[6];
  vb_array *xyz[3]; /* owned references, never NULL once made */
  vb_points *points;
};

#define RG(d) ((vb_rectilinear_grid *)(d))
#define CHECK_RG(g) VB_CHECK((g) != NULL, VB_EINVAL, "rectilinear grid is NULL")

static double coord(const vb_array *a, int64_t i) {
  double v = 0.0;
  if (a && i < vb_array_get_number_of_values(a)) vb_array_get_value(a, i, &v);
  return v;
}

static int64_t rg_npoints(const vb_data_object *d) { return vb__extent_points(RG(d)->ext); }
static int64_t rg_ncells(const vb_data_object *d) { return vb__extent_cells(RG(d)->ext); }
static int rg_cell(vb_data_object *d, int64_t id, vb_id_list *ids) { return vb__extent_cell(RG(d)->ext, id, ids); }
static int64_t rg_max_cell_size(const vb_data_object *d) { (void)d; return 8; }

static int rg_point(const vb_data_object *d, int64_t id, double x[3]) {
  int64_t ijk[3];
  int c;
  vb__extent_ijk(RG(d)->ext, id, ijk);
  for (c = 0; c < 3; c++) x[c] = coord(RG(d)->xyz[c], ijk[c]);
  return VB_OK;
}

static int rg_bounds(const vb_data_object *d, double b[6]) {
  int c;
  for (c = 0; c < 3; c++) {
    const vb_array *a = RG(d)->xyz[c];
    int64_t n = a ? vb_array_get_number_of_values(a) : 0;
    double lo = coord(a, 0), hi = n > 0 ? coord(a, n - 1) : 0.0;
    b[2 * c] = lo < hi ? lo : hi;
    b[2 * c + 1] = lo < hi ? hi : lo;
  }
  return VB_OK;
}

static int refresh_points(vb_rectilinear_grid *g) {
  vb_array *data;
  if (!g->points) return VB_OK;
  data = vb_points_get_data(g->points);
  if (vb_array_layout(data) != VB_LAYOUT_STRUCTURED) return VB_OK;
  return vb_structured_point_array_construct_backend(data, g->xyz[0], g->xyz[1], g->xyz[2], g->ext, NULL, NULL);
}

vb_points *vb_rectilinear_grid_get_points(vb_rectilinear_grid *g) {
  vb_array *a;
  int st;
  VB_CHECK_NULL(g != NULL, VB_EINVAL, "rectilinear grid is NULL");
  if (g->points) return g->points;
  if (!(g->points = vb_points_new(VB_DOUBLE))) return NULL;
  a = vb_array_new_layout(VB_DOUBLE, VB_LAYOUT_STRUCTURED);
  st = a ? vb_array_set_number_of_components(a, 3) : vb_last_status();
  if (st == VB_OK) st = vb_points_set_data(g->points, a);
  vb_array_release(a);
  if (st == VB_OK) st = refresh_points(g);
  if (st != VB_OK) {
    vb_points_release(g->points);
    g->points = NULL;
    return NULL;
  }
  return g->points;
}

static int rg_copy_structure(vb_data_object *dst, const vb_data_object *src, int mode) {
  vb_rectilinear_grid *d = RG(dst);
  const vb_rectilinear_grid *s = RG(src);
  vb_array *n[3] = {NULL, NULL, NULL};
  int c, st = VB_OK;
  for (c = 0; c < 3 && st == VB_OK; c++) {
    if (mode != VB__COPY_DEEP || !s->xyz[c]) {
      n[c] = s->xyz[c];
      vb_array_retain(n[c]);
    } else if (!(n[c] = vb_array_new(VB_DOUBLE))) {
      st = vb_last_status();
    } else {
      st = vb_array_deep_copy(n[c], s->xyz[c]);
    }
  }
  if (st != VB_OK) {
    for (c = 0; c < 3; c++) vb_array_release(n[c]);
    return st;
  }
  for (c = 0; c < 3; c++) {
    vb_array_release(d->xyz[c]);
    d->xyz[c] = n[c];
  }
  memcpy(d->ext, s->ext, sizeof d->ext);
  vb_object_modified(&dst->obj);
  return refresh_points(d);
}

static int rg_initialize(vb_data_object *d) {
  static const int empty[6] = {0, -1, 0, -1, 0, -1};
  int c;
  memcpy(RG(d)->ext, empty, sizeof empty);
  for (c = 0; c < 3; c++) { /* VTK: no coordinate arrays */
    vb_array_release(RG(d)->xyz[c]);
    RG(d)->xyz[c] = NULL;
  }
  return refresh_points(RG(d));
}

static void rg_destroy(vb_data_object *d) {
  int c;
  for (c = 0; c < 3; c++) vb_array_release(RG(d)->xyz[c]);
  vb_points_release(RG(d)->points);
}

static const vb_data_class rg_data = {.type_id = VB_RECTILINEAR_GRID,
                                      .flags = VB__DATA_SET,
                                      .npoints = rg_npoints,
                                      .point = rg_point,
                                      .ncells = rg_ncells,
                                      .cell = rg_cell,
                                      .bounds = rg_bounds,
                                      .max_cell_size = rg_max_cell_size,
                                      .copy_structure = rg_copy_structure,
                                      .initialize = rg_initialize,
                                      .destroy = rg_destroy};
static const vb_class rg_class = {"vtkRectilinearGrid", vb__data_object_destroy, NULL, &rg_data};

vb_rectilinear_grid *vb_rectilinear_grid_from_object(vb_object *o) {
  return o && o->cls == &rg_class ? (vb_rectilinear_grid *)o : NULL;
}
vb_data_object *vb_rectilinear_grid_data_object(vb_rectilinear_grid *g) { return g ? &g->base : NULL; }

vb_rectilinear_grid *vb_rectilinear_grid_new(void) {
  vb_rectilinear_grid *g = vb__calloc(sizeof *g, VB_MIN_ALIGN);
  int c, ok;
  if (!g) return NULL;
  ok = vb__data_object_init(&g->base, &rg_class) == VB_OK;
  for (c = 0; c < 3; c++) {
    g->ext[2 * c + 1] = -1;
    ok = ok && (g->xyz[c] = vb_array_new(VB_DOUBLE)) != NULL && vb_array_insert_next_value(g->xyz[c], 0.0) == VB_OK;
  }
  if (!ok) {
    vb_object_release(&g->base.obj);
    return NULL;
  }
  return g;
}

int vb_rectilinear_grid_set_extent(vb_rectilinear_grid *g, const int ext[6]) {
  int st;
  CHECK_RG(g);
  if ((st = vb__extent_check(VB_FUNC, ext)) != VB_OK) return st;
  if (memcmp(g->ext, ext, sizeof g->ext) == 0) return VB_OK;
  memcpy(g->ext, ext, sizeof g->ext);
  vb_object_modified(&g->base.obj);
  return refresh_points(g);
}

int vb_rectilinear_grid_set_dimensions(vb_rectilinear_grid *g, int i, int j, int k) {
  int ext[6] = {0, i - 1, 0, j - 1, 0, k - 1};
  CHECK_RG(g);
  VB_CHECK(i >= 0 && j >= 0 && k >= 0, VB_EINVAL, "negative dimension (%d, %d, %d)", i, j, k);
  return vb_rectilinear_grid_set_extent(g, ext);
}

int vb_rectilinear_grid_get_extent(const vb_rectilinear_grid *g, int ext[6]) {
  CHECK_RG(g);
  memcpy(ext, g->ext, sizeof g->ext);
  return VB_OK;
}

int vb_rectilinear_grid_get_dimensions(const vb_rectilinear_grid *g, int dims[3]) {
  int64_t d[3];
  int c;
  CHECK_RG(g);
  vb__extent_dims(g->ext, d);
  for (c = 0; c < 3; c++) dims[c] = (int)d[c];
  return VB_OK;
}

int vb_rectilinear_grid_get_data_dimension(const vb_rectilinear_grid *g) {
  return g ? vb__extent_data_dimension(g->ext) : 0;
}

int vb_rectilinear_grid_set_coordinates(vb_rectilinear_grid *g, int axis, vb_array *a) {
  CHECK_RG(g);
  VB_CHECK(axis >= 0 && axis < 3, VB_ERANGE, "axis %d not in [0, 3)", axis);
  VB_CHECK(a != NULL, VB_EINVAL, "the coordinates are NULL");
  VB_CHECK(vb_array_get_number_of_components(a) == 1, VB_EINVAL, "the coordinates have %d components",
           vb_array_get_number_of_components(a));
  VB_CHECK(vb_array_layout(a) != VB_LAYOUT_STRUCTURED, VB_ETYPE, "the coordinates are structured points");
  if (a == g->xyz[axis]) return VB_OK;
  vb_array_retain(a);
  vb_array_release(g->xyz[axis]);
  g->xyz[axis] = a;
  vb_object_modified(&g->base.obj);
  return refresh_points(g);
}

vb_array *vb_rectilinear_grid_get_coordinates(const vb_rectilinear_grid *g, int axis) {
  return g && axis >= 0 && axis < 3 ? g->xyz[axis] : NULL;
}

int64_t vb_rectilinear_grid_compute_point_id(const vb_rectilinear_grid *g, const int ijk[3]) {
  int64_t d[3];
  if (!g || !ijk) return -1;
  vb__extent_dims(g->ext, d);
  return (ijk[0] - g->ext[0]) + (ijk[1] - g->ext[2]) * d[0] + (int64_t)(ijk[2] - g->ext[4]) * d[0] * d[1];
}

int64_t vb_rectilinear_grid_compute_cell_id(const vb_rectilinear_grid *g, const int ijk[3]) {
  int64_t d[3];
  int c;
  if (!g || !ijk) return -1;
  vb__extent_dims(g->ext, d);
  for (c = 0; c < 3; c++) d[c] = d[c] > 1 ? d[c] - 1 : 1;
  return (ijk[0] - g->ext[0]) + (ijk[1] - g->ext[2]) * d[0] + (int64_t)(ijk[2] - g->ext[4]) * d[0] * d[1];
}
