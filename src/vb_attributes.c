/* vb_attributes.c - vtkDataSetAttributes: named arrays + active attributes. */
#include "vb_attributes.h"

#include <string.h>

#include "vb_internal.h"

struct vb_attributes {
  vb_object obj;
  vb_array **arrays;
  int n, cap;
  int active[VB_NUM_ATTRIBUTES]; /* index into arrays, -1 when unset */
};

static void attributes_destroy(vb_object *o) {
  vb_attributes *at = (vb_attributes *)o;
  int i;
  for (i = 0; i < at->n; i++) vb_array_release(at->arrays[i]);
  if (at->arrays) vb__free(at->arrays);
  vb__free(at);
}

VB_DEFINE_CLASS(attributes, vb_attributes, "vtkDataSetAttributes", attributes_destroy, NULL)

#define CHECK_AT(at) VB_CHECK((at) != NULL, VB_EINVAL, "attributes is NULL")

#define CHECK_TYPE(type) \
  VB_CHECK((type) >= 0 && (type) < VB_NUM_ATTRIBUTES, VB_EINVAL, "unknown attribute type %d", \
           (type))

vb_attributes *vb_attributes_new(void) {
  vb_attributes *at = vb__calloc(sizeof *at, VB_MIN_ALIGN);
  int i;
  if (!at) return NULL;
  vb__object_init(&at->obj, &attributes_class);
  for (i = 0; i < VB_NUM_ATTRIBUTES; i++) at->active[i] = -1;
  return at;
}

int vb_attributes_get_number_of_arrays(const vb_attributes *at) { return at ? at->n : 0; }

static int find(const vb_attributes *at, const char *name) {
  int i;
  if (!name) return -1;
  for (i = 0; i < at->n; i++) {
    const char *s = vb_array_get_name(at->arrays[i]);
    if (s && strcmp(s, name) == 0) return i;
  }
  return -1;
}

int vb_attributes_add_array(vb_attributes *at, vb_array *a) {
  int i;
  CHECK_AT(at);
  VB_CHECK(a, VB_EINVAL, "array is NULL");
  i = find(at, vb_array_get_name(a));
  if (i >= 0) { /* same name: replace in place (VTK) */
    if (at->arrays[i] != a) {
      vb_array_retain(a);
      vb_array_release(at->arrays[i]);
      at->arrays[i] = a;
      vb_object_modified(&at->obj);
    }
    return i;
  }
  if (at->n == at->cap) {
    int ncap = at->cap ? 2 * at->cap : 4;
    vb_array **na;
    VB_CHECK(!(at->cap > (1 << 28)), VB_EOVERFLOW, "too many arrays");
    na = vb__alloc((size_t)ncap * sizeof *na, VB_MIN_ALIGN);
    if (!na) return VB_ENOMEM;
    if (at->n) memcpy(na, at->arrays, (size_t)at->n * sizeof *na);
    if (at->arrays) vb__free(at->arrays);
    at->arrays = na;
    at->cap = ncap;
  }
  vb_array_retain(a);
  at->arrays[at->n] = a;
  vb_object_modified(&at->obj);
  return at->n++;
}

vb_array *vb_attributes_get_array(const vb_attributes *at, int index) {
  VB_CHECK_NULL(at, VB_EINVAL, "attributes is NULL");
  if (index < 0 || index >= at->n) return NULL; /* not found: no error (VTK) */
  return at->arrays[index];
}

vb_array *vb_attributes_get_array_by_name(const vb_attributes *at, const char *name, int *index) {
  int i;
  if (index) *index = -1;
  VB_CHECK_NULL(at && name, VB_EINVAL, "%s is NULL", at ? "name" : "attributes");
  if ((i = find(at, name)) < 0) return NULL; /* not found: no error */
  if (index) *index = i;
  return at->arrays[i];
}

const char *vb_attributes_get_array_name(const vb_attributes *at, int index) {
  vb_array *a = vb_attributes_get_array(at, index);
  return a ? vb_array_get_name(a) : NULL;
}

int vb_attributes_has_array(const vb_attributes *at, const char *name) {
  return at && find(at, name) >= 0;
}

int vb_attributes_remove_array_by_index(vb_attributes *at, int index) {
  int t;
  vb_array *a;
  CHECK_AT(at);
  if (index < 0 || index >= at->n) return 0; /* nothing to remove: no error (VTK) */
  a = at->arrays[index];
  memmove(at->arrays + index, at->arrays + index + 1, (size_t)(at->n - index - 1) * sizeof *at->arrays);
  at->n--;
  for (t = 0; t < VB_NUM_ATTRIBUTES; t++) {
    if (at->active[t] == index) at->active[t] = -1;
    else if (at->active[t] > index) at->active[t]--;
  }
  vb_array_release(a);
  vb_object_modified(&at->obj);
  return 1;
}

int vb_attributes_remove_array(vb_attributes *at, const char *name) {
  int i;
  CHECK_AT(at);
  VB_CHECK(name, VB_EINVAL, "name is NULL");
  if ((i = find(at, name)) < 0) return 0; /* not found: no error */
  return vb_attributes_remove_array_by_index(at, i);
}

int vb_attributes_initialize(vb_attributes *at) {
  int t;
  CHECK_AT(at);
  while (at->n > 0) vb_array_release(at->arrays[--at->n]);
  for (t = 0; t < VB_NUM_ATTRIBUTES; t++) at->active[t] = -1;
  vb_object_modified(&at->obj);
  return VB_OK;
}

static const char *const type_names[VB_NUM_ATTRIBUTES] = {"Scalars", "Vectors", "Normals", "TCoords",
                                                          "Tensors"};

const char *vb_attributes_attribute_type_name(int type) {
  return type >= 0 && type < VB_NUM_ATTRIBUTES ? type_names[type] : NULL;
}

/* vtkDataSetAttributes::CheckNumberOfComponents */
static int check_components(const vb_array *a, int type, const char *fn) {
  int nc = vb_array_get_number_of_components(a);
  int ok = type == VB_ATTRIBUTE_SCALARS                                   ? 1
           : type == VB_ATTRIBUTE_TCOORDS                                 ? nc <= 3
           : type == VB_ATTRIBUTE_TENSORS                                 ? nc == 6 || nc == 9
                                                                          : nc == 3;
  VB_CHECK_IN(fn, ok, VB_EINVAL, "an array of %d components cannot be the active %s", nc,
              type_names[type]);
  return VB_OK;
}

int vb_attributes_set_attribute(vb_attributes *at, vb_array *a, int type) {
  int cur, st, idx;
  CHECK_AT(at);
  CHECK_TYPE(type);
  cur = at->active[type];
  if (!a) {
    if (cur != -1) {
      at->active[type] = -1;
      vb_object_modified(&at->obj);
    }
    return VB_OK;
  }
  if ((st = check_components(a, type, __func__)) != VB_OK) return st;
  if (cur >= 0 && at->arrays[cur] == a) return cur;
  vb_array_retain(a); /* survives the removal below even if a was held only by at */
  if (cur >= 0) vb_attributes_remove_array_by_index(at, cur);
  idx = vb_attributes_add_array(at, a);
  vb_array_release(a);
  if (idx < 0) return idx;
  at->active[type] = idx;
  vb_object_modified(&at->obj);
  return idx;
}

int vb_attributes_set_active_attribute(vb_attributes *at, int index, int type) {
  int st;
  CHECK_AT(at);
  CHECK_TYPE(type);
  VB_CHECK(index == -1 || (index >= 0 && index < at->n), VB_ERANGE, "index %d not in [0, %d)", index, at->n);
  if (index >= 0 && (st = check_components(at->arrays[index], type, __func__)) != VB_OK)
    return st;
  if (at->active[type] != index) {
    at->active[type] = index;
    vb_object_modified(&at->obj);
  }
  return VB_OK;
}

int vb_attributes_set_active_attribute_by_name(vb_attributes *at, const char *name, int type) {
  int i, st;
  CHECK_AT(at);
  CHECK_TYPE(type);
  VB_CHECK(name, VB_EINVAL, "name is NULL");
  if ((i = find(at, name)) < 0) return -1; /* not found: no error (VTK returns -1) */
  if ((st = vb_attributes_set_active_attribute(at, i, type)) != VB_OK) return st;
  return i;
}

vb_array *vb_attributes_get_attribute(const vb_attributes *at, int type) {
  VB_CHECK_NULL(at && type >= 0 && type < VB_NUM_ATTRIBUTES, VB_EINVAL, "%s",
                at ? "unknown attribute type" : "attributes is NULL");
  return at->active[type] >= 0 ? at->arrays[at->active[type]] : NULL;
}

int vb_attributes_get_active_attribute_index(const vb_attributes *at, int type) {
  if (!at || type < 0 || type >= VB_NUM_ATTRIBUTES) return -1;
  return at->active[type];
}

int vb_attributes_set_scalars(vb_attributes *at, vb_array *a) {
  return vb_attributes_set_attribute(at, a, VB_ATTRIBUTE_SCALARS);
}
vb_array *vb_attributes_get_scalars(const vb_attributes *at) {
  return vb_attributes_get_attribute(at, VB_ATTRIBUTE_SCALARS);
}
int vb_attributes_set_normals(vb_attributes *at, vb_array *a) {
  return vb_attributes_set_attribute(at, a, VB_ATTRIBUTE_NORMALS);
}
vb_array *vb_attributes_get_normals(const vb_attributes *at) {
  return vb_attributes_get_attribute(at, VB_ATTRIBUTE_NORMALS);
}
int vb_attributes_set_active_scalars(vb_attributes *at, const char *name) {
  return vb_attributes_set_active_attribute_by_name(at, name, VB_ATTRIBUTE_SCALARS);
}
int vb_attributes_set_active_normals(vb_attributes *at, const char *name) {
  return vb_attributes_set_active_attribute_by_name(at, name, VB_ATTRIBUTE_NORMALS);
}
