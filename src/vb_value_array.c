/* vb_value_array.c - vtkStringArray / vtkVariantArray: lifetime, shape,
 * storage, values, sizes, copies (tuples: vb_value_array_tuples.c). */
#include "vb_value_array_impl.h"

#include <string.h>

static void store_release(vb__vstore *s) {
  if (--s->refs > 0) return;
  for (int64_t i = 0; i < s->cap; i++) vb_variant_clear(&s->v[i]);
  vb__free(s->v);
  vb__free(s);
}

static vb__vstore *store_new(void) {
  vb__vstore *s = vb__calloc(sizeof *s, VB_MIN_ALIGN);
  if (s) s->refs = 1;
  return s;
}

static void value_array_destroy(vb_object *o) {
  vb_value_array *a = (vb_value_array *)o;
  store_release(a->st);
  vb__free(a->name);
  vb__names_free(&a->comp_names);
  vb__free(a);
}

static const char *value_array_name(const vb_object *o) {
  return ((const vb_value_array *)o)->type == VB_STRING_ARRAY ? "vtkStringArray" : "vtkVariantArray";
}

VB_DEFINE_CLASS(value_array, vb_value_array, "vtkStringArray", value_array_destroy, value_array_name)

vb_value_array *vb_value_array_new(int type) {
  vb_value_array *a;
  VB_CHECK_NULL(type == VB_STRING_ARRAY || type == VB_VARIANT_ARRAY, VB_ETYPE, "type %d is not string or variant",
                type);
  if (!(a = vb__calloc(sizeof *a, VB_MIN_ALIGN))) return NULL;
  if (!(a->st = store_new())) {
    vb__free(a);
    return NULL;
  }
  vb__object_init(&a->obj, &value_array_class);
  a->type = type;
  a->ncomp = 1;
  a->max_id = -1;
  a->max_discrete = 32;
  return a;
}

int vb_value_array_type(const vb_value_array *a) { return a ? a->type : -1; }

/* ---------------------------------------------------------------- storage */

int vb__va_set_cap(vb_value_array *a, int64_t n) {
  vb__vstore *s = a->st;
  vb_variant *nv = NULL;
  int64_t keep = n < s->cap ? n : s->cap, i;
  if (n == s->cap) return VB_OK;
  VB_CHECK(n >= 0 && (uint64_t)n <= SIZE_MAX / 2 / sizeof *nv, VB_EOVERFLOW, "%lld values is too many",
           (long long)n);
  if (n && !(nv = vb__calloc((size_t)n * sizeof *nv, VB_MIN_ALIGN))) return VB_ENOMEM;
  if (keep) memcpy(nv, s->v, (size_t)keep * sizeof *nv); /* moved: the old slots are not cleared */
  for (i = keep; i < s->cap; i++) vb_variant_clear(&s->v[i]);
  vb__free(s->v);
  s->v = nv;
  s->cap = n;
  if (a->max_id >= n) a->max_id = n - 1;
  vb_object_invoke(&a->obj, VB_BUFFER_CHANGED_EVENT, NULL);
  return VB_OK;
}

static int tuples_to_values(int64_t t, int nc, int64_t *out) {
  VB_CHECK(t >= 0, VB_EOVERFLOW, "negative count %lld", (long long)t);
  VB_CHECK(t <= INT64_MAX / 2 / nc, VB_EOVERFLOW, "%lld tuples is too many", (long long)t);
  *out = t * nc;
  return VB_OK;
}

int vb__va_reserve(vb_value_array *a, int64_t t) {
  int64_t cur = a->st->cap / a->ncomp, nv = 0;
  int st;
  if (t <= cur) return VB_OK;
  VB_CHECK(t <= INT64_MAX / 4, VB_EOVERFLOW, "%lld tuples is too many", (long long)t);
  if ((st = tuples_to_values(cur + t, a->ncomp, &nv)) != VB_OK) return st;
  return vb__va_set_cap(a, nv);
}

int vb__va_ensure(vb_value_array *a, int64_t last) {
  int st;
  if (last >= a->st->cap && (st = vb__va_reserve(a, last / a->ncomp + 1)) != VB_OK) return st;
  if (last > a->max_id) a->max_id = last;
  return VB_OK;
}

/* ------------------------------------------------------------------ shape */

const char *vb_value_array_get_name(const vb_value_array *a) { return a ? a->name : NULL; }

int vb_value_array_set_name(vb_value_array *a, const char *name) {
  char *copy = NULL;
  VA_CHECK(a);
  if (name) {
    size_t len = strlen(name) + 1;
    if (!(copy = vb__alloc(len, VB_MIN_ALIGN))) return VB_NAMED(VB_ENOMEM);
    memcpy(copy, name, len);
  }
  if ((!a->name && !copy) || (a->name && copy && strcmp(a->name, copy) == 0)) {
    vb__free(copy);
    return VB_OK;
  }
  vb__free(a->name);
  a->name = copy;
  vb_object_modified(&a->obj);
  return VB_OK;
}

int vb_value_array_get_number_of_components(const vb_value_array *a) { return a ? a->ncomp : 0; }

int vb_value_array_set_number_of_components(vb_value_array *a, int n) {
  VA_CHECK(a);
  VB_CHECK(n >= 1, VB_EINVAL, "%d components: at least 1", n);
  if (a->ncomp != n) {
    a->ncomp = n;
    vb_object_modified(&a->obj);
  }
  return VB_OK;
}

int64_t vb_value_array_get_number_of_values(const vb_value_array *a) { return a ? vb__va_nvalues(a) : 0; }
int64_t vb_value_array_get_number_of_tuples(const vb_value_array *a) {
  return a ? vb__va_nvalues(a) / a->ncomp : 0;
}
int64_t vb_value_array_get_max_id(const vb_value_array *a) { return a ? vb__va_nvalues(a) - 1 : -1; }
int64_t vb_value_array_get_size(const vb_value_array *a) { return a ? a->st->cap : 0; }

int vb_value_array_reserve_tuples(vb_value_array *a, int64_t ntuples) {
  VA_CHECK(a);
  VB_CHECK(ntuples >= 0, VB_EOVERFLOW, "negative count %lld", (long long)ntuples);
  return VB_NAMED(vb__va_reserve(a, ntuples));
}

int vb_value_array_set_number_of_values(vb_value_array *a, int64_t n) {
  int st;
  VA_CHECK(a);
  VB_CHECK(n >= 0, VB_EOVERFLOW, "negative count %lld", (long long)n);
  if ((st = vb__va_reserve(a, n / a->ncomp + (n % a->ncomp != 0))) != VB_OK) return VB_NAMED(st);
  a->max_id = n - 1;
  return VB_OK;
}

int vb_value_array_set_number_of_tuples(vb_value_array *a, int64_t n) {
  int64_t nv = 0;
  int st;
  VA_CHECK(a);
  if ((st = tuples_to_values(n, a->ncomp, &nv)) != VB_OK) return st;
  return vb_value_array_set_number_of_values(a, nv);
}

int vb_value_array_squeeze(vb_value_array *a) {
  VA_CHECK(a);
  if (a->st->cap <= vb__va_nvalues(a)) return VB_OK;
  return VB_NAMED(vb__va_set_cap(a, vb__va_nvalues(a) / a->ncomp * a->ncomp));
}

int vb_value_array_reset(vb_value_array *a) {
  VA_CHECK(a);
  a->max_id = -1;
  return VB_OK;
}

int vb_value_array_initialize(vb_value_array *a) {
  VA_CHECK(a);
  a->max_id = -1;
  return VB_NAMED(vb__va_set_cap(a, 0)); /* shrinking cannot fail */
}

int vb_value_array_resize(vb_value_array *a, int64_t ntuples) {
  int64_t nv = 0;
  int st;
  VA_CHECK(a);
  if (ntuples <= 0) return vb_value_array_initialize(a);
  if ((st = tuples_to_values(ntuples, a->ncomp, &nv)) != VB_OK) return st;
  if (a->st->cap > nv) {
    a->max_id = nv - 1;
    return VB_NAMED(vb__va_set_cap(a, nv));
  }
  return VB_NAMED(vb__va_reserve(a, ntuples));
}

int vb_value_array_allocate(vb_value_array *a, int64_t size) {
  VA_CHECK(a);
  VB_CHECK(size >= 0, VB_EOVERFLOW, "negative count %lld", (long long)size);
  /* Initialize then ReserveValues: the result is an empty array of exactly
   * this capacity (or none) */
  if (size == 0) return vb_value_array_initialize(a);
  int64_t t = size / a->ncomp + (size % a->ncomp != 0), nv = 0;
  int st = tuples_to_values(t, a->ncomp, &nv);
  if (st == VB_OK) st = vb__va_set_cap(a, nv);
  if (st == VB_OK) a->max_id = -1;
  return VB_NAMED(st);
}

/* ----------------------------------------------------------------- values */

static const vb_variant empty_string = {VB_VARIANT_STRING, {0}, (char *)"", 0, NULL};

const vb_variant *vb_value_array_get_value(const vb_value_array *a, int64_t i) {
  VB_CHECK_NULL(a != NULL, VB_EINVAL, "array is NULL");
  VB_CHECK_NULL(i >= 0 && i < vb__va_nvalues(a), VB_ERANGE, "index %lld out of range [0, %lld)", (long long)i,
                (long long)vb__va_nvalues(a));
  const vb_variant *v = &a->st->v[i];
  return a->type == VB_STRING_ARRAY && v->type != VB_VARIANT_STRING ? &empty_string : v;
}

int vb__va_convert(const vb_value_array *a, vb_variant *dst, const vb_variant *v) {
  char small[64], *buf = small;
  size_t n;
  int st;
  if (a->type == VB_VARIANT_ARRAY || v->type == VB_VARIANT_STRING) return vb_variant_copy(dst, v);
  n = vb_variant_to_string(v, small, sizeof small);
  if (n >= sizeof small) {
    if (!(buf = vb__alloc(n + 1, VB_MIN_ALIGN))) return VB_ENOMEM;
    vb_variant_to_string(v, buf, n + 1);
  }
  st = vb_variant_set_string(dst, buf, n);
  if (buf != small) vb__free(buf);
  return st;
}

/* write v at i (i < Size): converted first, so a failure changes nothing */
static int put(vb_value_array *a, int64_t i, const vb_variant *v) {
  vb_variant t;
  int st;
  vb_variant_init(&t);
  if ((st = vb__va_convert(a, &t, v)) != VB_OK) return st;
  vb_variant_clear(&a->st->v[i]);
  a->st->v[i] = t;
  return VB_OK;
}

int vb_value_array_set_value(vb_value_array *a, int64_t i, const vb_variant *v) {
  VA_CHECK(a);
  VB_CHECK(v != NULL, VB_EINVAL, "value is NULL");
  VB_CHECK(i >= 0 && i < vb__va_nvalues(a), VB_ERANGE, "index %lld out of range [0, %lld)", (long long)i,
           (long long)vb__va_nvalues(a));
  return VB_NAMED(put(a, i, v));
}

int vb_value_array_insert_value(vb_value_array *a, int64_t i, const vb_variant *v) {
  vb_variant t;
  int st;
  VA_CHECK(a);
  VB_CHECK(v != NULL, VB_EINVAL, "value is NULL");
  VB_CHECK(i >= 0 && i < INT64_MAX / 2, VB_ERANGE, "index %lld out of range", (long long)i);
  vb_variant_init(&t);
  if ((st = vb__va_convert(a, &t, v)) != VB_OK) return VB_NAMED(st);
  if ((st = vb__va_reserve(a, i / a->ncomp + 1)) != VB_OK) {
    vb_variant_clear(&t);
    return VB_NAMED(st);
  }
  if (i > a->max_id) a->max_id = i;
  vb_variant_clear(&a->st->v[i]);
  a->st->v[i] = t;
  return VB_OK;
}

int vb_value_array_insert_next_value(vb_value_array *a, const vb_variant *v, int64_t *index) {
  int64_t i;
  int st;
  VA_CHECK(a);
  i = vb__va_nvalues(a);
  if ((st = vb_value_array_insert_value(a, i, v)) == VB_OK && index) *index = i;
  return st;
}

int64_t vb_value_array_lookup_value(const vb_value_array *a, const vb_variant *v) {
  vb_variant t;
  int64_t i, n, found = -1;
  if (!a || !v) return -1;
  vb_variant_init(&t);
  if (vb__va_convert(a, &t, v) != VB_OK) return -1;
  n = vb__va_nvalues(a);
  for (i = 0; i < n && found < 0; i++) {
    const vb_variant *x = vb_value_array_get_value(a, i);
    if (a->type == VB_STRING_ARRAY ? x->len == t.len && memcmp(x->s, t.s, t.len) == 0
                                   : vb_variant_compare(x, &t) == 0)
      found = i;
  }
  vb_variant_clear(&t);
  return found;
}

/* ------------------------------------------------------------------ sizes */

int vb_value_array_get_data_type_size(const vb_value_array *a) { return a && a->type == VB_STRING_ARRAY ? 8 : 16; }
int vb_value_array_get_element_component_size(const vb_value_array *a) {
  return a && a->type == VB_STRING_ARRAY ? 1 : 16;
}

int64_t vb_value_array_get_data_size(const vb_value_array *a) {
  int64_t n = vb_value_array_get_number_of_values(a), s = 0;
  if (!a || a->type == VB_VARIANT_ARRAY) return n;
  for (int64_t i = 0; i < n; i++) s += (int64_t)vb_value_array_get_value(a, i)->len + 1;
  return s;
}

int64_t vb_value_array_get_actual_memory_size(const vb_value_array *a) {
  int64_t bytes = 0;
  if (!a) return 0;
  for (int64_t i = 0; i < a->st->cap; i++)
    bytes += a->type == VB_STRING_ARRAY ? 32 + (int64_t)a->st->v[i].len : 16;
  return (bytes + 1023) / 1024;
}

/* ------------------------------------------- component names, discrete */

int vb_value_array_set_component_name(vb_value_array *a, int64_t c, const char *name) {
  VA_CHECK(a);
  return vb__names_set(&a->comp_names, c, name, "SetComponentName");
}
const char *vb_value_array_get_component_name(const vb_value_array *a, int64_t c) {
  return a ? vb__names_get(&a->comp_names, c) : NULL;
}
int vb_value_array_has_a_component_name(const vb_value_array *a) { return a && a->comp_names.n > 0; }

/* dst's names become a copy of src's when src has a list (1), else nothing (0) */
static int copy_names(vb_value_array *dst, const vb_value_array *src) {
  vb__names n;
  if (src == dst || !src->comp_names.has) return 0;
  if (vb__names_dup(&src->comp_names, &n) != VB_OK) return VB_ENOMEM;
  vb__names_free(&dst->comp_names);
  dst->comp_names = n;
  return 1;
}

int vb_value_array_copy_component_names(vb_value_array *dst, const vb_value_array *src, int *copied) {
  int r;
  if (copied) *copied = 0;
  VB_CHECK(dst != NULL, VB_EINVAL, "array is NULL");
  if (!src) return VB_OK;
  if ((r = copy_names(dst, src)) < 0) return VB_NAMED(r);
  if (copied) *copied = r;
  return VB_OK;
}

unsigned vb_value_array_get_max_discrete_values(const vb_value_array *a) { return a ? a->max_discrete : 0; }
int vb_value_array_set_max_discrete_values(vb_value_array *a, unsigned n) {
  VA_CHECK(a);
  a->max_discrete = n;
  return VB_OK;
}

/* ----------------------------------------------------------------- copies */

int vb__va_check_src(const char *fn, const vb_value_array *dst, const vb_value_array *src) {
  VB_CHECK_IN(fn, dst && src, VB_EINVAL, "array is NULL");
  VB_CHECK_IN(fn, dst->type == src->type, VB_ETYPE, "cannot copy a %s into a %s", value_array_name(&src->obj),
              value_array_name(&dst->obj));
  return VB_OK;
}

static int copy_name(vb_value_array *dst, const vb_value_array *src) {
  return dst->name == src->name ? VB_OK : vb_value_array_set_name(dst, src->name);
}

int vb_value_array_deep_copy(vb_value_array *dst, const vb_value_array *src) {
  vb__names names = {0};
  vb__vstore *s;
  int64_t n, i;
  int st;
  if ((st = vb__va_check_src("DeepCopy", dst, src)) != VB_OK) return st;
  if (dst == src) return vb_value_array_squeeze(dst);
  n = vb__va_nvalues(src);
  if (!(s = store_new())) return VB_NAMED(VB_ENOMEM);
  if (n && !(s->v = vb__calloc((size_t)n * sizeof *s->v, VB_MIN_ALIGN))) st = VB_ENOMEM;
  s->cap = n;
  for (i = 0; i < n && st == VB_OK; i++) st = vb_variant_copy(&s->v[i], &src->st->v[i]);
  if (st == VB_OK && src->comp_names.has) st = vb__names_dup(&src->comp_names, &names);
  if (st == VB_OK) st = copy_name(dst, src);
  if (st != VB_OK) {
    s->cap = s->v ? n : 0;
    store_release(s);
    vb__names_free(&names);
    return VB_NAMED(st);
  }
  if (src->comp_names.has) {
    vb__names_free(&dst->comp_names);
    dst->comp_names = names;
  }
  store_release(dst->st);
  dst->st = s;
  dst->ncomp = src->ncomp;
  dst->max_id = n - 1;
  vb_object_invoke(&dst->obj, VB_BUFFER_CHANGED_EVENT, NULL);
  vb_object_modified(&dst->obj);
  return VB_OK;
}

int vb_value_array_shallow_copy(vb_value_array *dst, const vb_value_array *src) {
  int st;
  if ((st = vb__va_check_src("ShallowCopy", dst, src)) != VB_OK) return st;
  if (dst == src) return VB_OK;
  if ((st = copy_name(dst, src)) != VB_OK || (st = copy_names(dst, src)) < 0) return VB_NAMED(st);
  src->st->refs++;
  store_release(dst->st);
  dst->st = src->st;
  dst->ncomp = src->ncomp;
  dst->max_id = src->max_id;
  vb_object_invoke(&dst->obj, VB_BUFFER_CHANGED_EVENT, NULL);
  vb_object_modified(&dst->obj);
  return VB_OK;
}
