/* vb_cell_types.c - vtkCellTypes (vb_cell_types.h) over an unsigned char
 * data array. */
#include "vb_cell_types.h"

#include "vb_internal.h"

struct vb_cell_types {
  vb_object obj;
  vb_array *types; /* VB_UNSIGNED_CHAR, 1 component */
  int64_t max_id;
};

static void cell_types_destroy(vb_object *o) {
  vb_cell_types *t = (vb_cell_types *)o;
  vb_array_release(t->types);
  vb__free(t);
}

VB_DEFINE_CLASS(cell_types, vb_cell_types, "vtkCellTypes", cell_types_destroy, NULL)

#define CHECK_T(t) VB_CHECK((t) != NULL, VB_EINVAL, "cell types is NULL")
#define CHECK_TYPE(type) VB_CHECK((type) >= 0 && (type) <= 255, VB_ENOFIT, "cell type %d is not an unsigned char", (type))

vb_cell_types *vb_cell_types_new(void) {
  vb_cell_types *t = vb__calloc(sizeof *t, VB_MIN_ALIGN);
  if (!t) return VB_NAMED(VB_ENOMEM), NULL;
  vb__object_init(&t->obj, &cell_types_class);
  t->max_id = -1;
  if (!(t->types = vb_array_new(VB_UNSIGNED_CHAR))) {
    vb_cell_types_release(t);
    return VB_NAMED(VB_ENOMEM), NULL;
  }
  return t;
}

int vb_cell_types_allocate(vb_cell_types *t, int64_t sz) {
  CHECK_T(t);
  VB_CHECK(sz >= 0, VB_EOVERFLOW, "negative size %lld", (long long)sz);
  /* VTK: Initialize() then ReserveValues(sz): capacity sz */
  int st = sz >= vb_array_get_size(t->types) ? vb_array_allocate(t->types, sz, 0)
                                              : (vb_array_initialize(t->types), vb_array_reserve_values(t->types, sz));
  if (st < 0) return VB_NAMED(st);
  t->max_id = -1;
  return VB_OK;
}

int vb_cell_types_insert_cell(vb_cell_types *t, int64_t id, int type) {
  CHECK_T(t);
  CHECK_TYPE(type);
  VB_CHECK(id >= 0, VB_ERANGE, "cell id %lld is negative", (long long)id);
  int st = vb_array_insert_value(t->types, id, type);
  if (st < 0) return VB_NAMED(st);
  if (id > t->max_id) t->max_id = id;
  return VB_OK;
}

int64_t vb_cell_types_insert_next_cell(vb_cell_types *t, int type) {
  CHECK_T(t);
  int st = vb_cell_types_insert_cell(t, t->max_id + 1, type);
  return st < 0 ? st : t->max_id;
}

int vb_cell_types_set_cell_types(vb_cell_types *t, int64_t ncells, vb_array *types) {
  CHECK_T(t);
  VB_CHECK(types && vb_array_type(types) == VB_UNSIGNED_CHAR && vb_array_get_number_of_components(types) == 1,
           VB_ETYPE, "expected a vtkUnsignedCharArray of 1 component");
  VB_CHECK(ncells >= 0 && ncells <= vb_array_get_number_of_values(types), VB_ERANGE,
           "%lld cells but the array has %lld values", (long long)ncells,
           (long long)vb_array_get_number_of_values(types));
  vb_array_retain(types);
  vb_array_release(t->types);
  t->types = types;
  t->max_id = ncells - 1;
  return VB_OK;
}

int vb_cell_types_get_cell_type(const vb_cell_types *t, int64_t id) {
  double v;
  CHECK_T(t);
  int st = vb_array_get_value(t->types, id, &v);
  return st < 0 ? VB_NAMED(st) : (int)v;
}

int vb_cell_types_delete_cell(vb_cell_types *t, int64_t id) {
  CHECK_T(t);
  return VB_NAMED(vb_array_set_value(t->types, id, 0));
}

int64_t vb_cell_types_get_number_of_types(const vb_cell_types *t) { return t ? t->max_id + 1 : 0; }

int vb_cell_types_is_type(const vb_cell_types *t, int type) {
  for (int64_t i = 0; t && i <= t->max_id; i++)
    if (vb_cell_types_get_cell_type(t, i) == type) return 1;
  return 0;
}

int vb_cell_types_squeeze(vb_cell_types *t) {
  CHECK_T(t);
  return VB_NAMED(vb_array_squeeze(t->types));
}

void vb_cell_types_reset(vb_cell_types *t) {
  if (t) t->max_id = -1;
}

int vb_cell_types_deep_copy(vb_cell_types *t, const vb_cell_types *src) {
  CHECK_T(t);
  VB_CHECK(src != NULL, VB_EINVAL, "source is NULL");
  if (t == src) return VB_OK;
  int st = vb_array_deep_copy(t->types, src->types);
  if (st < 0) return VB_NAMED(st);
  t->max_id = src->max_id;
  return VB_OK;
}

vb_array *vb_cell_types_get_array(const vb_cell_types *t) { return t ? t->types : NULL; }

int64_t vb_cell_types_get_actual_memory_size(const vb_cell_types *t) {
  int64_t kib = t ? vb_array_get_actual_memory_size(t->types) : 0;
  return (kib + 1023) / 1024; /* VTK divides the array's KiB by 1024 again */
}
