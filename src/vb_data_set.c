/* vb_data_set.c - vtkDataSet / vtkPointSet over every data set class:
 * points, cells, bounds, scalar range, ghosts (through the class record,
 * vb_data_set_impl.h). */
#include "vb_data_set_impl.h"

#define CHECK_DS(d) VB_CHECK(vb_data_object_is_data_set(d), VB_ETYPE, "not a data set")

int64_t vb_data_set_get_number_of_points(const vb_data_object *d) {
  const vb_data_class *c = vb__data_class(d);
  if (!vb_data_object_is_data_set(d)) return 0;
  return c->npoints ? c->npoints(d) : vb_points_get_number_of_points(d->points);
}

int64_t vb_data_set_get_number_of_cells(const vb_data_object *d) {
  const vb_data_class *c = vb__data_class(d);
  return vb_data_object_is_data_set(d) && c->ncells ? c->ncells(d) : 0;
}

int64_t vb_data_set_get_max_cell_size(const vb_data_object *d) {
  const vb_data_class *c = vb__data_class(d);
  return vb_data_object_is_data_set(d) && c->max_cell_size ? c->max_cell_size(d) : 0;
}

int vb_data_set_get_point(const vb_data_object *d, int64_t id, double x[3]) {
  const vb_data_class *c = vb__data_class(d);
  int64_t n = vb_data_set_get_number_of_points(d);
  CHECK_DS(d);
  VB_CHECK(x != NULL, VB_EINVAL, "output is NULL");
  VB_CHECK(c->point || d->points || !vb_data_object_is_point_set(d), VB_ESTATE, "data set has no points");
  VB_CHECK(id >= 0 && id < n, VB_ERANGE, "point %lld not in [0, %lld)", (long long)id, (long long)n);
  return c->point ? c->point(d, id, x) : vb_points_get_point(d->points, id, x);
}

static int cell_of(vb_data_object *d, int64_t id, vb_id_list *ids, const char *fn) {
  int64_t n = vb_data_set_get_number_of_cells(d);
  VB_CHECK_IN(fn, vb_data_object_is_data_set(d), VB_ETYPE, "not a data set");
  VB_CHECK_IN(fn, id >= 0 && id < n, VB_ERANGE, "cell %lld not in [0, %lld)", (long long)id, (long long)n);
  return vb__named(fn, vb__data_class(d)->cell(d, id, ids));
}
int vb_data_set_get_cell_type(vb_data_object *d, int64_t id) { return cell_of(d, id, NULL, "GetCellType"); }
int vb_data_set_get_cell_points(vb_data_object *d, int64_t id, vb_id_list *ids) {
  VB_CHECK(ids != NULL, VB_EINVAL, "id list is NULL");
  return cell_of(d, id, ids, "GetCellPoints");
}

int64_t vb_data_set_get_cell_size(vb_data_object *d, int64_t id) {
  const vb_data_class *c = vb__data_class(d);
  vb_id_list *ids;
  int64_t n;
  int st;
  if (c && c->cell_size && (st = cell_of(d, id, NULL, "GetCellSize")) < 0) return st; /* checks id */
  if (c && c->cell_size) return c->cell_size(d, id);
  if (!(ids = vb_id_list_new())) return VB_NAMED(vb_last_status());
  st = cell_of(d, id, ids, "GetCellSize");
  n = st < 0 ? st : vb_id_list_get_number_of_ids(ids);
  vb_id_list_release(ids);
  return n;
}

vb_attributes *vb_data_set_get_point_data(const vb_data_object *d) { return d ? d->point_data : NULL; }
vb_attributes *vb_data_set_get_cell_data(const vb_data_object *d) { return d ? d->cell_data : NULL; }

int vb_data_set_copy_structure(vb_data_object *dst, const vb_data_object *src) {
  const vb_data_class *c = vb__data_class(dst);
  int st;
  VB_CHECK(dst && src, VB_EINVAL, "data object is NULL");
  VB_CHECK(c == vb__data_class(src) && (c->flags & VB__DATA_SET), VB_ETYPE, "%s is not a %s",
           vb_object_class_name(&src->obj), vb_object_class_name(&dst->obj));
  if (dst == src) return VB_OK;
  if (c->copy_structure && (st = c->copy_structure(dst, src, VB__COPY_SHARE)) != VB_OK) return st;
  if (dst->points != src->points) {
    vb_points_retain(src->points);
    vb_points_release(dst->points);
    dst->points = src->points;
  }
  vb_object_modified(&dst->obj);
  return VB_OK;
}

vb_points *vb_point_set_get_points(const vb_data_object *d) { return d ? d->points : NULL; }

int vb_point_set_set_points(vb_data_object *d, vb_points *pts) {
  VB_CHECK(vb_data_object_is_point_set(d), VB_ETYPE, "not a point set");
  if (pts == d->points) return VB_OK;
  vb_points_retain(pts);
  vb_points_release(d->points);
  d->points = pts;
  vb_object_modified(&d->obj);
  return VB_OK;
}

int vb_data_object_get_scalar_range(const vb_data_object *d, double r[2]) {
  double r1[2], r2[2];
  int ip, ic;
  CHECK_DS(d);
  VB_CHECK(r != NULL, VB_EINVAL, "output is NULL");
  ip = vb_attributes_get_active_attribute_index(d->point_data, VB_ATTRIBUTE_SCALARS);
  ic = vb_attributes_get_active_attribute_index(d->cell_data, VB_ATTRIBUTE_SCALARS);
  vb_field_data_get_range_at(vb_attributes_field_data(d->point_data), ip, 0, r1);
  vb_field_data_get_range_at(vb_attributes_field_data(d->cell_data), ic, 0, r2);
  if (ip >= 0 && ic >= 0) {
    r[0] = r1[0] < r2[0] ? r1[0] : r2[0];
    r[1] = r1[1] > r2[1] ? r1[1] : r2[1];
  } else if (ip >= 0 || ic >= 0) {
    r[0] = ip >= 0 ? r1[0] : r2[0];
    r[1] = ip >= 0 ? r1[1] : r2[1];
  } else {
    r[0] = 0.0;
    r[1] = 1.0;
  }
  return VB_OK;
}

int vb_data_object_get_bounds(const vb_data_object *d, double b[6]) {
  const vb_data_class *c = vb__data_class(d);
  CHECK_DS(d);
  VB_CHECK(b != NULL, VB_EINVAL, "output is NULL");
  if (c->bounds) return c->bounds(d, b);
  if (!d->points) { /* VTK's uninitialized bounds */
    b[0] = b[2] = b[4] = 1.0;
    b[1] = b[3] = b[5] = -1.0;
    return VB_OK;
  }
  return vb_points_get_bounds(d->points, b);
}

int vb_data_object_get_center(const vb_data_object *d, double c[3]) {
  double b[6];
  int st;
  VB_CHECK(c != NULL, VB_EINVAL, "output is NULL");
  if ((st = vb_data_object_get_bounds(d, b)) != VB_OK) return st;
  for (int i = 0; i < 3; i++) c[i] = (b[2 * i + 1] + b[2 * i]) / 2.0;
  return VB_OK;
}

int vb_data_object_get_length2(const vb_data_object *d, double *out) {
  double b[6], l = 0;
  int st;
  VB_CHECK(out != NULL, VB_EINVAL, "output is NULL");
  if ((st = vb_data_object_get_bounds(d, b)) != VB_OK) return st;
  if (vb_data_set_get_number_of_points(d) > 0)
    for (int i = 0; i < 3; i++) l += (b[2 * i + 1] - b[2 * i]) * (b[2 * i + 1] - b[2 * i]);
  *out = l;
  return VB_OK;
}

int vb_data_object_has_any_ghost(const vb_data_object *d, int type, int bits) {
  vb_attributes *at = vb_data_object_get_attributes(d, type);
  return at ? vb_field_data_has_any_ghost_bit_set(vb_attributes_field_data(at), bits) : 0;
}

int vb_data_object_allocate_ghost_array(vb_data_object *d, int type) {
  vb_attributes *at = vb_data_object_get_attributes(d, type);
  vb_field_data *fd = vb_attributes_field_data(at);
  int64_t n = vb_data_object_get_number_of_elements(d, type);
  vb_array *g = vb_field_data_get_ghost_array(fd);
  int st;
  VB_CHECK(at != NULL, VB_ETYPE, "not the point or cell data of a data set");
  if (g && vb_array_get_number_of_tuples(g) == n) return VB_OK; /* VTK: kept */
  if (!(g = vb_array_new(VB_UNSIGNED_CHAR))) return vb_last_status();
  if ((st = vb_array_set_name(g, VB_GHOST_ARRAY_NAME)) == VB_OK && (st = vb_array_set_number_of_tuples(g, n)) == VB_OK)
    for (int64_t i = 0; i < n; i++) vb_array_set_value(g, i, 0);
  if (st == VB_OK) st = vb_field_data_add_array(fd, g) < 0 ? vb_last_status() : VB_OK;
  vb_array_release(g);
  return st;
}

int vb_data_object_get_attribute_type_for_array(const vb_data_object *d, const vb_array *a) {
  for (int t = 0; t < 7; t++) { /* vtkDataObject::NUMBER_OF_ATTRIBUTE_TYPES */
    vb_field_data *fd = vb_data_object_get_attributes_as_field_data(d, t);
    for (int k = 0; fd && k < vb_field_data_get_number_of_arrays(fd); k++)
      if (vb_field_data_get_array(fd, k) == a) return t;
  }
  return -1;
}
