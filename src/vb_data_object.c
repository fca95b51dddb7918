/* vb_data_object.c - vtkDataObject (field data) and the vtkDataSet /
 * vtkPointSet methods over vtkPolyData. */
#include "vb_composite_impl.h"

#include <math.h>

static void data_object_destroy(vb_object *o) {
  vb_data_object *d = (vb_data_object *)o;
  vb_field_data_release(d->field_data);
  vb__free(d);
}

static const vb_class data_object_class = {"vtkDataObject", data_object_destroy, NULL};

vb_object *vb_data_object_object(vb_data_object *d) { return d ? &d->obj : NULL; }
vb_data_object *vb_data_object_from_object(vb_object *o) {
  return o && (o->cls == &data_object_class || vb_polydata_from_object(o) || vb_composite_from_object(o))
             ? (vb_data_object *)o
             : NULL;
}

vb_data_object *vb_data_object_new(void) {
  vb_data_object *d = vb__calloc(sizeof *d, VB_MIN_ALIGN);
  if (!d) return NULL;
  vb__object_init(&d->obj, &data_object_class);
  if (!(d->field_data = vb_field_data_new())) {
    vb__free(d);
    return NULL;
  }
  return d;
}

/* the polydata of a data set, NULL for a plain data object (const dropped:
 * the caller's constness is kept by its own signature) */
static vb_polydata *pdof(const vb_data_object *d) {
  return d ? vb_polydata_from_object((vb_object *)&d->obj) : NULL;
}

int vb_data_object_is_data_set(const vb_data_object *d) { return pdof(d) != NULL; }

vb_field_data *vb_data_object_get_field_data(const vb_data_object *d) { return d ? d->field_data : NULL; }

int vb_data_object_set_field_data(vb_data_object *d, vb_field_data *fd) {
  VB_CHECK(d != NULL, VB_EINVAL, "data object is NULL");
  if (fd == d->field_data) return VB_OK;
  vb_field_data_retain(fd);
  vb_field_data_release(d->field_data);
  d->field_data = fd;
  vb_object_modified(&d->obj);
  return VB_OK;
}

int vb_data_object_get_data_object_type(const vb_data_object *d) {
  return pdof(d) ? VB_POLY_DATA : vb__composite_of(d) ? vb_composite_get_type(vb__composite_of(d)) : VB_DATA_OBJECT;
}

vb_attributes *vb_data_object_get_attributes(const vb_data_object *d, int type) {
  vb_polydata *pd = pdof(d);
  if (!pd) return NULL;
  return type == VB_DATA_POINT ? pd->point_data : type == VB_DATA_CELL ? pd->cell_data : NULL;
}

vb_field_data *vb_data_object_get_attributes_as_field_data(const vb_data_object *d, int type) {
  vb_attributes *at = vb_data_object_get_attributes(d, type);
  if (at) return vb_attributes_field_data(at);
  return type == VB_DATA_FIELD ? vb_data_object_get_field_data(d) : NULL;
}

int64_t vb_data_object_get_number_of_elements(const vb_data_object *d, int type) {
  vb_polydata *pd = pdof(d);
  if (pd && type == VB_DATA_POINT) return vb_polydata_get_number_of_points(pd);
  if (pd && type == VB_DATA_CELL) return vb_polydata_get_number_of_cells(pd);
  return type == VB_DATA_FIELD ? vb_field_data_get_number_of_tuples(vb_data_object_get_field_data(d)) : 0;
}

int64_t vb_data_object_get_actual_memory_size(const vb_data_object *d) {
  vb_polydata *pd = pdof(d);
  int64_t s = vb_field_data_get_actual_memory_size(vb_data_object_get_field_data(d));
  if (!pd) return s;
  s += vb_field_data_get_actual_memory_size(vb_attributes_field_data(pd->point_data));
  s += vb_field_data_get_actual_memory_size(vb_attributes_field_data(pd->cell_data));
  s += vb_points_get_actual_memory_size(pd->points);
  /* VTK has no cell array until one is given or allocated: empty ones count 0 */
  for (int k = 0; k < VB__NCELLTYPES; k++)
    if (vb_cell_array_get_number_of_cells(pd->cells[k]) > 0) s += vb_cell_array_get_actual_memory_size(pd->cells[k]);
  return s;
}

int vb_data_object_initialize(vb_data_object *d) {
  VB_CHECK(d != NULL, VB_EINVAL, "data object is NULL");
  if (pdof(d)) return vb_polydata_initialize(pdof(d));
  if (d->field_data) vb_field_data_initialize(d->field_data);
  return VB_OK;
}

/* dst's field data becomes a copy of src's (a new object, as VTK), or
 * shares its arrays (shallow, dst's object kept) */
static int copy_field_data(vb_data_object *dst, const vb_data_object *src, int deep) {
  vb_field_data *fd;
  int st;
  if (!src->field_data) return vb_data_object_set_field_data(dst, NULL);
  if (!deep && dst->field_data) return vb_field_data_shallow_copy(dst->field_data, src->field_data);
  if (!(fd = vb_field_data_new())) return vb_last_status();
  st = deep ? vb_field_data_deep_copy(fd, src->field_data) : vb_field_data_shallow_copy(fd, src->field_data);
  if (st == VB_OK) st = vb_data_object_set_field_data(dst, fd);
  vb_field_data_release(fd);
  return st;
}

static int copy_points(vb_polydata *dst, const vb_polydata *src, int deep) {
  int st;
  vb_points *p;
  if (!deep) return vb_polydata_set_points(dst, src->points);
  if (!src->points) { /* VTK's vtkPointSet::DeepCopy gives new empty points */
    if (!(p = vb_points_new(VB_FLOAT))) return vb_last_status();
    st = vb_polydata_set_points(dst, p);
    vb_points_release(p);
    return st;
  }
  if (dst->points && dst->points != src->points) {
    if ((st = vb_points_set_data_type(dst->points, vb_points_get_data_type(src->points))) != VB_OK) return st;
    return vb_points_deep_copy(dst->points, src->points);
  }
  if (!(p = vb_points_new(vb_points_get_data_type(src->points)))) return vb_last_status();
  if ((st = vb_points_deep_copy(p, src->points)) == VB_OK) st = vb_polydata_set_points(dst, p);
  vb_points_release(p);
  return st;
}

static int copy_common(vb_data_object *dst, const vb_data_object *src, int deep, const char *fn) {
  vb_polydata *pd = pdof(dst), *ps = pdof(src);
  int st, k;
  VB_CHECK_IN(fn, dst && src, VB_EINVAL, "data object is NULL");
  if (dst == src) return VB_OK;
  if (pd && ps) {
    vb_cell_array *c[VB__NCELLTYPES] = {0};
    for (k = 0; k < VB__NCELLTYPES; k++) { /* new cell arrays first: failure changes nothing */
      if (!deep) continue;
      if (!(c[k] = vb_cell_array_new()) || (st = vb_cell_array_deep_copy(c[k], ps->cells[k])) != VB_OK) {
        st = c[k] ? st : vb_last_status();
        while (k >= 0) vb_cell_array_release(c[k--]);
        return st;
      }
    }
    st = copy_points(pd, ps, deep);
    for (k = 0; k < VB__NCELLTYPES; k++) {
      vb_cell_array *ca = deep ? c[k] : ps->cells[k];
      if (st == VB_OK) {
        vb_cell_array_retain(ca);
        vb_cell_array_release(pd->cells[k]);
        pd->cells[k] = ca;
      }
      vb_cell_array_release(c[k]);
    }
    if (st != VB_OK) return st;
    vb__polydata_copy_map(pd, ps); /* VTK copies (deep) or shares (shallow) the cell map */
    if ((st = (deep ? vb_field_data_deep_copy : vb_field_data_shallow_copy)(
             vb_attributes_field_data(pd->point_data), vb_attributes_field_data(ps->point_data))) != VB_OK ||
        (st = (deep ? vb_field_data_deep_copy : vb_field_data_shallow_copy)(
             vb_attributes_field_data(pd->cell_data), vb_attributes_field_data(ps->cell_data))) != VB_OK)
      return st;
  }
  if ((st = copy_field_data(dst, src, deep)) != VB_OK) return st;
  vb_object_modified(&dst->obj);
  return VB_OK;
}

int vb_data_object_deep_copy(vb_data_object *dst, const vb_data_object *src) {
  return copy_common(dst, src, 1, "DeepCopy");
}
int vb_data_object_shallow_copy(vb_data_object *dst, const vb_data_object *src) {
  return copy_common(dst, src, 0, "ShallowCopy");
}

#define CHECK_DS(d) VB_CHECK(pdof(d) != NULL, VB_ETYPE, "not a data set")

int vb_data_object_get_scalar_range(const vb_data_object *d, double r[2]) {
  vb_polydata *pd = pdof(d);
  double r1[2], r2[2];
  int ip, ic;
  CHECK_DS(d);
  VB_CHECK(r != NULL, VB_EINVAL, "output is NULL");
  ip = vb_attributes_get_active_attribute_index(pd->point_data, VB_ATTRIBUTE_SCALARS);
  ic = vb_attributes_get_active_attribute_index(pd->cell_data, VB_ATTRIBUTE_SCALARS);
  vb_field_data_get_range_at(vb_attributes_field_data(pd->point_data), ip, 0, r1);
  vb_field_data_get_range_at(vb_attributes_field_data(pd->cell_data), ic, 0, r2);
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
  CHECK_DS(d);
  return vb_polydata_get_bounds(pdof(d), b);
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
  if (vb_polydata_get_number_of_points(pdof(d)) > 0)
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
