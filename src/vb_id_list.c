/* vb_id_list.c - vtkIdList over a private int64 array (vb_id_list.h). */
#include "vb_id_list.h"

#include <stdlib.h>
#include <string.h>

#include "vb_internal.h"

struct vb_id_list {
  vb_object obj;
  int64_t *ids; /* cap elements, NULL when cap is 0 */
  int64_t n, cap;
};

static void id_list_destroy(vb_object *o) {
  vb_id_list *l = (vb_id_list *)o;
  vb__free(l->ids);
  vb__free(l);
}

VB_DEFINE_CLASS(id_list, vb_id_list, "vtkIdList", id_list_destroy, NULL)

#define CHECK_L(l, fn) VB_CHECK_IN(fn, (l) != NULL, VB_EINVAL, "id list is NULL")

vb_id_list *vb_id_list_new(void) {
  vb_id_list *l = vb__calloc(sizeof *l, VB_MIN_ALIGN);
  if (l) vb__object_init(&l->obj, &id_list_class);
  else VB_NAMED(VB_ENOMEM);
  return l;
}

int64_t vb_id_list_get_number_of_ids(const vb_id_list *l) { return l ? l->n : 0; }
int64_t vb_id_list_get_capacity(const vb_id_list *l) { return l ? l->cap : 0; }
const int64_t *vb_id_list_data(const vb_id_list *l) { return l ? l->ids : NULL; }

/* storage of exactly cap ids keeping min(n, cap); new ones zeroed */
static int set_capacity(vb_id_list *l, int64_t cap, const char *fn) {
  int64_t *p = NULL;
  int64_t keep = l->n < cap ? l->n : cap;
  if (cap < 0) return vb__fail(fn, VB_EOVERFLOW, "negative size %lld", (long long)cap);
  if (cap == l->cap) return VB_OK;
  if (cap > 0) {
    if ((uint64_t)cap > SIZE_MAX / sizeof(int64_t))
      return vb__fail(fn, VB_ENOMEM, "%lld ids do not fit in memory", (long long)cap);
    p = vb__calloc((size_t)cap * sizeof *p, VB_MIN_ALIGN);
    if (!p) return vb__named(fn, VB_ENOMEM);
    if (keep > 0) memcpy(p, l->ids, (size_t)keep * sizeof *p);
  }
  vb__free(l->ids);
  l->ids = p;
  l->cap = cap;
  return VB_OK;
}

static int reserve(vb_id_list *l, int64_t sz, const char *fn) {
  if (sz < 0) return vb__fail(fn, VB_EOVERFLOW, "negative size %lld", (long long)sz);
  if (sz <= l->cap) return VB_OK;
  if (sz > INT64_MAX - l->cap)
    return vb__fail(fn, VB_ENOMEM, "%lld ids do not fit in memory", (long long)sz);
  return set_capacity(l, l->cap + sz, fn);
}

int vb_id_list_reserve(vb_id_list *l, int64_t sz) {
  CHECK_L(l, VB_FUNC);
  return reserve(l, sz, VB_FUNC);
}

int vb_id_list_get_id(const vb_id_list *l, int64_t i, int64_t *out) {
  CHECK_L(l, VB_FUNC);
  VB_CHECK(i >= 0 && i < l->n, VB_ERANGE, "index %lld out of range [0, %lld)", (long long)i,
           (long long)l->n);
  if (out) *out = l->ids[i];
  return VB_OK;
}

int vb_id_list_set_id(vb_id_list *l, int64_t i, int64_t id) {
  CHECK_L(l, VB_FUNC);
  VB_CHECK(i >= 0 && i < l->n, VB_ERANGE, "index %lld out of range [0, %lld)", (long long)i,
           (long long)l->n);
  l->ids[i] = id;
  return VB_OK;
}

int vb_id_list_insert_id(vb_id_list *l, int64_t i, int64_t id) {
  int s;
  CHECK_L(l, VB_FUNC);
  VB_CHECK(i >= 0, VB_ERANGE, "negative index %lld", (long long)i);
  if (i >= l->cap && (s = reserve(l, i + 1, VB_FUNC)) != VB_OK) return s;
  if (i >= l->n) memset(l->ids + l->n, 0, (size_t)(i - l->n) * sizeof *l->ids);
  l->ids[i] = id;
  if (i >= l->n) l->n = i + 1;
  return VB_OK;
}

int64_t vb_id_list_insert_next_id(vb_id_list *l, int64_t id) {
  int s;
  CHECK_L(l, VB_FUNC);
  if (l->n >= l->cap && (s = reserve(l, l->n + 1, VB_FUNC)) != VB_OK) return s;
  l->ids[l->n] = id;
  return l->n++;
}

int64_t vb_id_list_is_id(const vb_id_list *l, int64_t id) {
  int64_t i;
  if (!l) return -1;
  for (i = 0; i < l->n; i++)
    if (l->ids[i] == id) return i;
  return -1;
}

int64_t vb_id_list_insert_unique_id(vb_id_list *l, int64_t id) {
  int64_t i = vb_id_list_is_id(l, id);
  return i >= 0 ? i : vb_id_list_insert_next_id(l, id);
}

int vb_id_list_delete_id(vb_id_list *l, int64_t id) {
  int64_t i = 0;
  CHECK_L(l, VB_FUNC);
  while (i < l->n) {
    if (l->ids[i] == id) {
      l->ids[i] = l->ids[l->n - 1];
      l->n--;
    } else {
      i++;
    }
  }
  return VB_OK;
}

int vb_id_list_set_number_of_ids(vb_id_list *l, int64_t n) {
  int s;
  CHECK_L(l, VB_FUNC);
  if ((s = reserve(l, n, VB_FUNC)) != VB_OK) return s;
  if (n > l->n) memset(l->ids + l->n, 0, (size_t)(n - l->n) * sizeof *l->ids);
  l->n = n;
  return VB_OK;
}

int vb_id_list_allocate(vb_id_list *l, int64_t sz) {
  int64_t n;
  int s = VB_OK;
  CHECK_L(l, VB_FUNC);
  if (sz < 0) return VB_FAIL(VB_EOVERFLOW, "negative size %lld", (long long)sz);
  n = l->n;
  l->n = 0; /* Allocate discards the contents */
  if ((sz > l->cap || sz == 0) && (s = set_capacity(l, sz, VB_FUNC)) != VB_OK) l->n = n;
  return s;
}

int vb_id_list_resize(vb_id_list *l, int64_t sz) {
  CHECK_L(l, VB_FUNC);
  if (sz <= 0) {
    vb_id_list_initialize(l);
    return VB_OK;
  }
  if (l->cap >= sz) {
    int s = set_capacity(l, sz, VB_FUNC);
    if (s == VB_OK) l->n = sz; /* as VTK: the ids up to sz are visible */
    return s;
  }
  return reserve(l, sz, VB_FUNC);
}

void vb_id_list_reset(vb_id_list *l) {
  if (l) l->n = 0;
}

int vb_id_list_squeeze(vb_id_list *l) {
  CHECK_L(l, VB_FUNC);
  return l->cap > l->n ? set_capacity(l, l->n, VB_FUNC) : VB_OK;
}

void vb_id_list_initialize(vb_id_list *l) {
  if (!l) return;
  l->n = 0;
  set_capacity(l, 0, VB_FUNC); /* shrinking to 0 cannot fail */
}

static int cmp_id(const void *a, const void *b) {
  int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
  return (x > y) - (x < y);
}

void vb_id_list_sort(vb_id_list *l) {
  if (l && l->n > 1) qsort(l->ids, (size_t)l->n, sizeof *l->ids, cmp_id);
}

void vb_id_list_fill(vb_id_list *l, int64_t value) {
  int64_t i;
  if (!l) return;
  for (i = 0; i < l->n; i++) l->ids[i] = value;
}

int vb_id_list_set_list(vb_id_list *l, const int64_t *ids, int64_t n) {
  int64_t *p = NULL;
  CHECK_L(l, VB_FUNC);
  VB_CHECK(n >= 0, VB_EOVERFLOW, "negative size %lld", (long long)n);
  VB_CHECK(ids || n == 0, VB_EINVAL, "ids is NULL");
  if (n > 0) {
    if ((uint64_t)n > SIZE_MAX / sizeof(int64_t))
      return VB_FAIL(VB_ENOMEM, "%lld ids do not fit in memory", (long long)n);
    if (!(p = vb__alloc((size_t)n * sizeof *p, VB_MIN_ALIGN))) return VB_NAMED(VB_ENOMEM);
    memcpy(p, ids, (size_t)n * sizeof *p);
  }
  vb__free(l->ids);
  l->ids = p;
  l->n = l->cap = n;
  return VB_OK;
}

int vb_id_list_deep_copy(vb_id_list *l, const vb_id_list *src) {
  CHECK_L(l, VB_FUNC);
  VB_CHECK(src != NULL, VB_EINVAL, "source id list is NULL");
  if (l == src) return VB_OK;
  return vb_id_list_set_list(l, src->ids, src->n);
}

int vb_id_list_intersect_with(vb_id_list *l, const vb_id_list *other) {
  int64_t i, j = 0;
  CHECK_L(l, VB_FUNC);
  VB_CHECK(other != NULL, VB_EINVAL, "other id list is NULL");
  if (l == other) return VB_OK;
  for (i = 0; i < l->n; i++)
    if (vb_id_list_is_id(other, l->ids[i]) >= 0) l->ids[j++] = l->ids[i];
  l->n = j;
  return VB_OK;
}
