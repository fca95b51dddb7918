/* vb_names.c - lists of optional strings by index (vb_names.h). */
#include "vb_names.h"

#include <string.h>

#include "vb_internal.h"

static char *dup_str(const char *s) {
  size_t n = strlen(s) + 1;
  char *c = vb__alloc(n, VB_MIN_ALIGN);
  if (c) memcpy(c, s, n);
  return c;
}

void vb__names_free(vb__names *l) {
  for (int64_t i = 0; i < l->n; i++) vb__free(l->v[i]);
  vb__free(l->v);
  l->v = NULL;
  l->n = 0;
  l->has = 0;
}

int vb__names_set(vb__names *l, int64_t c, const char *name, const char *fn) {
  char *copy, **grown;
  if (c < 0 || !name) return VB_OK;
  VB_CHECK_IN(fn, c < INT32_MAX, VB_ERANGE, "component %lld too large", (long long)c);
  if (!(copy = dup_str(name))) return vb__named(fn, VB_ENOMEM);
  if (c >= l->n) {
    if (!(grown = vb__calloc((size_t)(c + 1) * sizeof *grown, VB_MIN_ALIGN))) {
      vb__free(copy);
      return vb__named(fn, VB_ENOMEM);
    }
    if (l->n) memcpy(grown, l->v, (size_t)l->n * sizeof *grown);
    vb__free(l->v);
    l->v = grown;
    l->n = c + 1;
  }
  vb__free(l->v[c]);
  l->v[c] = copy;
  l->has = 1;
  return VB_OK;
}

const char *vb__names_get(const vb__names *l, int64_t c) { return c >= 0 && c < l->n ? l->v[c] : NULL; }

int vb__names_dup(const vb__names *src, vb__names *out) {
  int64_t m = src->n;
  memset(out, 0, sizeof *out);
  out->has = src->has;
  while (m > 0 && !src->v[m - 1]) m--;
  if (m == 0) return VB_OK;
  if (!(out->v = vb__calloc((size_t)m * sizeof *out->v, VB_MIN_ALIGN))) return VB_ENOMEM;
  out->n = m;
  for (int64_t i = 0; i < m; i++)
    if (src->v[i] && !(out->v[i] = dup_str(src->v[i]))) {
      vb__names_free(out);
      return VB_ENOMEM;
    }
  return VB_OK;
}
