/* vb_data_object.c - vtkDataObject over every data object class: the base
 * (field data, and for data sets point/cell data and points), the class
 * record, copies and Initialize (vb_data_set_impl.h). */
#include "vb_data_set_impl.h"

static const vb_data_class plain_data = {.type_id = VB_DATA_OBJECT};
static const vb_class data_object_class = {"vtkDataObject", vb__data_object_destroy, NULL, &plain_data};

const vb_data_class *vb__data_class(const vb_data_object *d) { return d ? d->obj.cls->data : NULL; }

int vb__data_object_init(vb_data_object *d, const vb_class *cls) {
  vb__object_init(&d->obj, cls);
  if (!(d->field_data = vb_field_data_new())) return VB_ENOMEM;
  if (cls->data->flags & VB__DATA_SET) {
    d->point_data = vb_attributes_new_association(VB_ASSOCIATION_POINTS);
    d->cell_data = d->point_data ? vb_attributes_new_association(VB_ASSOCIATION_CELLS) : NULL;
    if (!d->cell_data) return VB_ENOMEM;
  }
  return VB_OK;
}

void vb__data_object_destroy(vb_object *o) {
  vb_data_object *d = (vb_data_object *)o;
  if (o->cls->data->destroy) o->cls->data->destroy(d);
  vb_points_release(d->points);
  vb_attributes_release(d->point_data);
  vb_attributes_release(d->cell_data);
  vb_field_data_release(d->field_data);
  vb__free(d);
}

vb_object *vb_data_object_object(vb_data_object *d) { return d ? &d->obj : NULL; }
vb_data_object *vb_data_object_from_object(vb_object *o) {
  return o && o->cls->data ? (vb_data_object *)o : NULL;
}

vb_data_object *vb_data_object_new(void) {
  vb_data_object *d = vb__calloc(sizeof *d, VB_MIN_ALIGN);
  if (d && vb__data_object_init(d, &data_object_class) != VB_OK) {
    vb_object_release(&d->obj);
    return NULL;
  }
  return d;
}

int vb_data_object_is_data_set(const vb_data_object *d) { return d && (vb__data_class(d)->flags & VB__DATA_SET); }
int vb_data_object_is_point_set(const vb_data_object *d) {
  return d && (vb__data_class(d)->flags & VB__POINT_SET) == VB__POINT_SET;
}

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

int vb_data_object_get_data_object_type(const vb_data_object *d) { return d ? vb__data_class(d)->type_id : -1; }

vb_attributes *vb_data_object_get_attributes(const vb_data_object *d, int type) {
  if (!d) return NULL;
  if (vb__data_class(d)->attributes) return vb__data_class(d)->attributes(d, type);
  return type == VB_DATA_POINT ? d->point_data : type == VB_DATA_CELL ? d->cell_data : NULL;
}

vb_field_data *vb_data_object_get_attributes_as_field_data(const vb_data_object *d, int type) {
  vb_attributes *at = vb_data_object_get_attributes(d, type);
  if (at) return vb_attributes_field_data(at);
  return type == VB_DATA_FIELD ? vb_data_object_get_field_data(d) : NULL;
}

int64_t vb_data_object_get_number_of_elements(const vb_data_object *d, int type) {
  if (d && vb__data_class(d)->elements) return vb__data_class(d)->elements(d, type);
  if (vb_data_object_is_data_set(d) && type == VB_DATA_POINT) return vb_data_set_get_number_of_points(d);
  if (vb_data_object_is_data_set(d) && type == VB_DATA_CELL) return vb_data_set_get_number_of_cells(d);
  /* FIELD: the field data's tuples; another association with attributes
   * (vtkTable's ROW): their tuples */
  return vb_field_data_get_number_of_tuples(vb_data_object_get_attributes_as_field_data(d, type));
}

int64_t vb_data_object_get_actual_memory_size(const vb_data_object *d) {
  const vb_data_class *c = vb__data_class(d);
  int64_t s;
  if (!d) return 0;
  s = vb_field_data_get_actual_memory_size(d->field_data);
  if (c->flags & VB__COMPOSITE) return c->memory(d); /* VTK: the leaves' sum only */
  if (!(c->flags & VB__DATA_SET)) return s;
  s += vb_field_data_get_actual_memory_size(vb_attributes_field_data(d->point_data));
  s += vb_field_data_get_actual_memory_size(vb_attributes_field_data(d->cell_data));
  s += vb_points_get_actual_memory_size(d->points);
  return c->memory ? s + c->memory(d) : s;
}

int vb_data_object_initialize(vb_data_object *d) {
  const vb_data_class *c = vb__data_class(d);
  int st;
  VB_CHECK(d != NULL, VB_EINVAL, "data object is NULL");
  if (c->initialize && (st = c->initialize(d)) != VB_OK) return st;
  vb_points_release(d->points);
  d->points = NULL;
  if (d->field_data) vb_field_data_initialize(d->field_data);
  if (d->point_data) vb_attributes_initialize(d->point_data);
  if (d->cell_data) vb_attributes_initialize(d->cell_data);
  vb_object_modified(&d->obj);
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

/* The points dst gets from src: src's (shallow) or a new copy (deep; VTK's
 * vtkPointSet::DeepCopy gives new empty float points when src has none).
 * New reference in *out (NULL: src has none, shallow). */
static int copied_points(const vb_data_object *src, int deep, vb_points **out) {
  vb_points *p;
  int st;
  *out = NULL;
  if (!deep) {
    vb_points_retain(*out = src->points);
    return VB_OK;
  }
  if (!(p = vb_points_new(src->points ? vb_points_get_data_type(src->points) : VB_FLOAT))) return vb_last_status();
  if (src->points && (st = vb_points_deep_copy(p, src->points)) != VB_OK) {
    vb_points_release(p);
    return st;
  }
  *out = p;
  return VB_OK;
}

/* deep: dst's own points object is kept (VTK), given the copy's data */
static void install_points(vb_data_object *dst, const vb_data_object *src, vb_points *p, int deep) {
  if (deep && dst->points && src->points && dst->points != src->points && vb_points_shallow_copy(dst->points, p) == VB_OK)
    return;
  if (p == dst->points) return;
  vb_points_retain(p);
  vb_points_release(dst->points);
  dst->points = p;
}

static int copy_attributes(vb_data_object *dst, const vb_data_object *src, int deep) {
  int (*copy)(vb_field_data *, const vb_field_data *) = deep ? vb_field_data_deep_copy : vb_field_data_shallow_copy;
  int st = copy(vb_attributes_field_data(dst->point_data), vb_attributes_field_data(src->point_data));
  return st == VB_OK ? copy(vb_attributes_field_data(dst->cell_data), vb_attributes_field_data(src->cell_data)) : st;
}

static int copy_common(vb_data_object *dst, const vb_data_object *src, int deep, const char *fn) {
  const vb_data_class *c;
  vb_points *p = NULL;
  int st, pts;
  VB_CHECK_IN(fn, dst && src, VB_EINVAL, "data object is NULL");
  if (dst == src) return VB_OK;
  c = vb__data_class(dst);
  if (c->copy) return c->copy(dst, src, deep, fn); /* e.g. vtkDataObjectTree's copies */
  /* VTK: the structure between objects of one class, the points between
   * point sets, the point/cell data between data sets; the new points
   * first, then the class's structure: a failure changes nothing */
  pts = vb_data_object_is_point_set(dst) && vb_data_object_is_point_set(src);
  if (pts && (st = copied_points(src, deep, &p)) != VB_OK) return st;
  if (c == vb__data_class(src) && c->copy_structure &&
      (st = c->copy_structure(dst, src, deep ? VB__COPY_DEEP : VB__COPY_SHALLOW)) != VB_OK) {
    vb_points_release(p);
    return st;
  }
  if (pts) install_points(dst, src, p, deep);
  vb_points_release(p);
  if (vb_data_object_is_data_set(dst) && vb_data_object_is_data_set(src) &&
      (st = copy_attributes(dst, src, deep)) != VB_OK)
    return st;
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
