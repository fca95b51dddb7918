/* vb_information.c - vtkInformation for composite metadata (string and
 * integer entries). */
#include "vb_information.h"

#include <string.h>

#include "vb_internal.h"

typedef struct {
  char *key, *s; /* s: NULL for an integer entry */
  int64_t i;
} entry;

struct vb_information {
  vb_object obj;
  entry *e;
  int n, cap;
};

static void clear(vb_information *info) {
  for (int k = 0; k < info->n; k++) {
    vb__free(info->e[k].key);
    vb__free(info->e[k].s);
  }
  info->n = 0;
}

static void info_destroy(vb_object *o) {
  vb_information *info = (vb_information *)o;
  clear(info);
  vb__free(info->e);
  vb__free(info);
}

VB_DEFINE_CLASS(information, vb_information, "vtkInformation", info_destroy, NULL)

vb_information *vb_information_new(void) {
  vb_information *info = vb__calloc(sizeof *info, VB_MIN_ALIGN);
  if (info) vb__object_init(&info->obj, &information_class);
  return info;
}

static char *dup(const char *s) {
  size_t n = strlen(s) + 1;
  char *d = vb__alloc(n, 1);
  if (d) memcpy(d, s, n);
  return d;
}

static int find(const vb_information *info, const char *key) {
  for (int k = 0; info && key && k < info->n; k++)
    if (strcmp(info->e[k].key, key) == 0) return k;
  return -1;
}

/* the entry for key, created at the end if absent; -1 + VB_ENOMEM */
static int slot(vb_information *info, const char *key) {
  int k = find(info, key);
  if (k >= 0) return k;
  if (info->n == info->cap) {
    int cap = info->cap ? 2 * info->cap : 4;
    entry *e = vb__alloc((size_t)cap * sizeof *e, VB_MIN_ALIGN);
    if (!e) return -1;
    if (info->n) memcpy(e, info->e, (size_t)info->n * sizeof *e);
    vb__free(info->e);
    info->e = e;
    info->cap = cap;
  }
  if (!(info->e[info->n].key = dup(key))) return -1;
  info->e[info->n].s = NULL;
  info->e[info->n].i = 0;
  return info->n++;
}

static int set(vb_information *info, const char *key, const char *s, int64_t i, const char *fn) {
  char *d = NULL;
  int k;
  VB_CHECK_IN(fn, info && key, VB_EINVAL, "information or key is NULL");
  if (s && !(d = dup(s))) return vb__named(fn, VB_ENOMEM);
  if ((k = slot(info, key)) < 0) {
    vb__free(d);
    return vb__named(fn, VB_ENOMEM);
  }
  vb__free(info->e[k].s);
  info->e[k].s = d;
  info->e[k].i = i;
  vb_object_modified(&info->obj);
  return VB_OK;
}

int vb_information_set_string(vb_information *info, const char *key, const char *value) {
  VB_CHECK(value != NULL, VB_EINVAL, "value is NULL");
  return set(info, key, value, 0, VB_FUNC);
}
int vb_information_set_integer(vb_information *info, const char *key, int64_t value) {
  return set(info, key, NULL, value, VB_FUNC);
}

const char *vb_information_get_string(const vb_information *info, const char *key) {
  int k = find(info, key);
  return k >= 0 ? info->e[k].s : NULL;
}

int vb_information_get_integer(const vb_information *info, const char *key, int64_t *out) {
  int k = find(info, key);
  int ok = k >= 0 && !info->e[k].s;
  if (out) *out = ok ? info->e[k].i : 0;
  return ok;
}

int vb_information_has(const vb_information *info, const char *key) {
  int k = find(info, key);
  return k < 0 ? 0 : info->e[k].s ? 1 : 2;
}

void vb_information_remove(vb_information *info, const char *key) {
  int k = find(info, key);
  if (k < 0) return;
  vb__free(info->e[k].key);
  vb__free(info->e[k].s);
  memmove(info->e + k, info->e + k + 1, (size_t)(info->n - k - 1) * sizeof *info->e);
  info->n--;
  vb_object_modified(&info->obj);
}

int vb_information_get_number_of_keys(const vb_information *info) { return info ? info->n : 0; }

const char *vb_information_get_key(const vb_information *info, int i) {
  return info && i >= 0 && i < info->n ? info->e[i].key : NULL;
}

void vb_information_clear(vb_information *info) {
  if (!info || !info->n) return;
  clear(info);
  vb_object_modified(&info->obj);
}

int vb_information_copy(vb_information *dst, const vb_information *src) {
  vb_information *tmp;
  int st = VB_OK;
  VB_CHECK(dst && src, VB_EINVAL, "information is NULL");
  if (dst == src) return VB_OK;
  if (!(tmp = vb_information_new())) return VB_NAMED(VB_ENOMEM);
  for (int k = 0; k < src->n && st == VB_OK; k++)
    st = set(tmp, src->e[k].key, src->e[k].s, src->e[k].i, VB_FUNC);
  if (st == VB_OK) { /* swap the new entries in: dst unchanged on failure */
    entry *e = dst->e;
    int n = dst->n, cap = dst->cap;
    dst->e = tmp->e, dst->n = tmp->n, dst->cap = tmp->cap;
    tmp->e = e, tmp->n = n, tmp->cap = cap;
    vb_object_modified(&dst->obj);
  }
  vb_information_release(tmp);
  return st;
}
