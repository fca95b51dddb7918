/* vb_variant.c - vtkVariant values and VTK's conversions (vb_variant.h). */
#include "vb_variant.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vb_internal.h"

void vb_variant_init(vb_variant *v) {
  if (v) memset(v, 0, sizeof *v); /* VB_VOID == 0: invalid */
}

void vb_variant_clear(vb_variant *v) {
  if (!v) return;
  vb__free(v->s);
  vb_object_release(v->obj);
  vb_variant_init(v);
}

static int holdable(int type) {
  return type != VB_ID_TYPE && type != VB_BIT && vb_type_is_valid(type);
}

int vb_variant_set_number(vb_variant *v, int type, const vb_scalar *s) {
  unsigned char slot[8];
  vb_scalar num;
  int st;
  VB_CHECK_IN("vtkVariant", v && s, VB_EINVAL, "NULL argument");
  VB_CHECK_IN("vtkVariant", holdable(type), VB_ETYPE, "a variant cannot hold type %d", type);
  if ((st = vb__scalar_check(type, VB_RULES_DOUBLE, s, "vtkVariant")) != VB_OK) return st;
  vb__scalar_store(type, VB_RULES_DOUBLE, slot, s);
  vb__scalar_load(type, VB_RULES_VALUE, slot, &num);
  if (num.kind == VB_SCALAR_CHAR) num.kind = VB_SCALAR_INT; /* the code */
  vb_variant_clear(v);
  v->type = type;
  v->num = num;
  return VB_OK;
}

int vb_variant_set_string(vb_variant *v, const char *s, size_t len) {
  char *copy;
  VB_CHECK_IN("vtkVariant", v && (s || len == 0), VB_EINVAL, "NULL string");
  if (!(copy = vb__alloc(len + 1, VB_MIN_ALIGN))) return vb__named("vtkVariant", VB_ENOMEM);
  if (len) memcpy(copy, s, len);
  copy[len] = 0;
  vb_variant_clear(v);
  v->type = VB_VARIANT_STRING;
  v->s = copy;
  v->len = len;
  return VB_OK;
}

void vb_variant_set_object(vb_variant *v, vb_object *o) {
  if (!v) return;
  vb_object_retain(o);
  vb_variant_clear(v);
  if (!o) return;
  v->type = VB_VARIANT_OBJECT;
  v->obj = o;
}

int vb_variant_copy(vb_variant *dst, const vb_variant *src) {
  VB_CHECK_IN("vtkVariant", dst && src, VB_EINVAL, "NULL argument");
  if (dst == src) return VB_OK;
  if (src->type == VB_VARIANT_STRING) return vb_variant_set_string(dst, src->s, src->len);
  if (src->type == VB_VARIANT_OBJECT) {
    vb_variant_set_object(dst, src->obj);
    return VB_OK;
  }
  vb_variant_clear(dst);
  *dst = *src;
  return VB_OK;
}

int vb_variant_type(const vb_variant *v) { return v ? v->type : VB_VOID; }
vb_object *vb_variant_object(const vb_variant *v) { return v ? v->obj : NULL; }

int vb_variant_is_valid(const vb_variant *v) { return v && v->type != VB_VOID; }
int vb_variant_is_numeric(const vb_variant *v) { return v && holdable(v->type); }

const char *vb_variant_type_name(const vb_variant *v) {
  if (!vb_variant_is_valid(v)) return "void";
  if (v->type == VB_VARIANT_STRING) return "string";
  if (v->type == VB_VARIANT_OBJECT) return vb_object_class_name(v->obj);
  return vb_type_name(v->type);
}

static int is_char_type(int t) { return t == VB_CHAR || t == VB_SIGNED_CHAR || t == VB_UNSIGNED_CHAR; }

/* the number a string starts with, as an integer (strtoll/strtoull, base 0)
 * or a decimal real; 0 if none */
static int parse(const char *s, int integer, vb_scalar *out) {
  const char *end, *p = s;
  while (isspace((unsigned char)*p)) p++;
  if (integer) {
    unsigned long long u = vb__strtoi(p, &end);
    *out = *p == '-' || u <= INT64_MAX ? vb_scalar_int((int64_t)u) : vb_scalar_uint(u);
  } else {
    const char *q = p + (*p == '-' || *p == '+');
    if (q[0] == '0' && (q[1] == 'x' || q[1] == 'X')) { /* decimal only: "0x10" reads 0 */
      *out = vb_scalar_real(*p == '-' ? -0.0 : 0.0);
      return 1;
    }
    *out = vb_scalar_real(vb__strtod(p, &end));
  }
  return end != p;
}

/* a number converted to `type` within its range; 0 otherwise */
static int convert(const vb_scalar *n, int type, vb_scalar *out) {
  double lo = vb_type_min(type), hi = vb_type_max(type);
  if (!vb_type_is_integer(type)) {
    double d = vb_scalar_to_double(n);
    *out = vb_scalar_real(type == VB_FLOAT ? (double)(float)d : d);
    return 1;
  }
  if (n->kind == VB_SCALAR_REAL || n->kind == VB_SCALAR_BIG) {
    double d = trunc(n->v.d);
    if (!(d >= lo && d <= hi)) return 0; /* NaN too */
    *out = d < 0 ? vb_scalar_int((int64_t)d) : (d >= 9223372036854775808.0 ? vb_scalar_uint((uint64_t)d) : vb_scalar_int((int64_t)d));
    return 1;
  }
  if (n->kind == VB_SCALAR_UINT) {
    if (hi < 18446744073709551615.0 && (double)n->v.u > hi) return 0;
    *out = *n;
    return 1;
  }
  if ((double)n->v.i < lo || (double)n->v.i > hi) return 0;
  if (type == VB_UNSIGNED_LONG_LONG && n->v.i < 0) return 0;
  *out = vb_scalar_int(n->v.i);
  return 1;
}

vb_scalar vb_variant_to(const vb_variant *v, int type, int *valid) {
  vb_scalar src, out = vb_scalar_int(0);
  int ok = 0;
  if (!vb_type_is_valid(type) || type == VB_BIT || !vb_variant_is_valid(v)) {
  } else if (v->type == VB_VARIANT_STRING) {
    if (is_char_type(type)) { /* the first character after blanks (VTK reads with >>) */
      const char *p = v->s;
      while (isspace((unsigned char)*p)) p++;
      int code = (unsigned char)*p;
      if (type == VB_SIGNED_CHAR || (type == VB_CHAR && vb_type_is_signed(VB_CHAR))) code = (signed char)code;
      out = vb_scalar_int(code);
      ok = *p != 0;
    } else {
      ok = parse(v->s, vb_type_is_integer(type), &src) && convert(&src, type, &out);
    }
  } else if (v->type != VB_VARIANT_OBJECT) {
    ok = convert(&v->num, type, &out);
  }
  if (!ok) out = vb_type_is_integer(type) ? vb_scalar_int(0) : vb_scalar_real(0.0);
  if (valid) *valid = ok;
  return out;
}

double vb_variant_to_double(const vb_variant *v, int *valid) {
  vb_scalar s = vb_variant_to(v, VB_DOUBLE, valid);
  return s.v.d;
}

int64_t vb_variant_to_i64(const vb_variant *v, int type, int *valid) {
  vb_scalar s = vb_variant_to(v, type, valid);
  return s.kind == VB_SCALAR_REAL ? (int64_t)s.v.d : s.v.i;
}

size_t vb_variant_size(void) { return sizeof(vb_variant); }

size_t vb_variant_to_string(const vb_variant *v, char *buf, size_t n) {
  char tmp[64];
  const char *src = tmp;
  size_t len;
  if (!vb_variant_is_valid(v) || v->type == VB_VARIANT_OBJECT) {
    len = 0;
    tmp[0] = 0;
  } else if (v->type == VB_VARIANT_STRING) {
    src = v->s;
    len = v->len;
  } else if (v->type == VB_CHAR || v->type == VB_SIGNED_CHAR) {
    tmp[0] = (char)v->num.v.i;
    tmp[1] = 0;
    len = 1;
  } else if (v->num.kind == VB_SCALAR_REAL) {
    len = (size_t)vb__snprintf(tmp, sizeof tmp, "%g", v->num.v.d);
  } else if (v->num.kind == VB_SCALAR_UINT) {
    len = (size_t)vb__snprintf(tmp, sizeof tmp, "%llu", (unsigned long long)v->num.v.u);
  } else {
    len = (size_t)vb__snprintf(tmp, sizeof tmp, "%lld", (long long)v->num.v.i);
  }
  if (buf && n > 0) {
    size_t k = len < n - 1 ? len : n - 1;
    memcpy(buf, src, k);
    buf[k] = 0;
  }
  return len;
}

static int cmp_num(const vb_scalar *a, const vb_scalar *b) {
  if (a->kind != VB_SCALAR_REAL && b->kind != VB_SCALAR_REAL) {
    if (a->kind == VB_SCALAR_UINT || b->kind == VB_SCALAR_UINT) {
      if (a->kind == VB_SCALAR_INT && a->v.i < 0) return -1;
      if (b->kind == VB_SCALAR_INT && b->v.i < 0) return 1;
      return (a->v.u > b->v.u) - (a->v.u < b->v.u);
    }
    return (a->v.i > b->v.i) - (a->v.i < b->v.i);
  }
  {
    double x = vb_scalar_to_double(a), y = vb_scalar_to_double(b);
    return (x > y) - (x < y);
  }
}

int vb_variant_compare(const vb_variant *a, const vb_variant *b) {
  int va = vb_variant_is_valid(a), vb = vb_variant_is_valid(b);
  if (!va || !vb) return va - vb;
  if (vb_variant_is_numeric(a) && vb_variant_is_numeric(b)) return cmp_num(&a->num, &b->num);
  if (a->type == VB_VARIANT_OBJECT && b->type == VB_VARIANT_OBJECT)
    return (a->obj > b->obj) - (a->obj < b->obj);
  {
    char sa[64], sb[64];
    size_t la = vb_variant_to_string(a, sa, sizeof sa), lb = vb_variant_to_string(b, sb, sizeof sb);
    const char *pa = a->type == VB_VARIANT_STRING ? a->s : sa, *pb = b->type == VB_VARIANT_STRING ? b->s : sb;
    int c = memcmp(pa, pb, la < lb ? la : lb);
    return c ? c : (la > lb) - (la < lb);
  }
}
