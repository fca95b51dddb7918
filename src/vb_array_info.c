/* vb_array_info.c - what an array says about itself (vtkAbstractArray /
 * vtkDataArray): component names, the type's range, finite ranges, max
 * norm, sizes, the array type, and the copies' metadata (name and
 * component names, which DeepCopy / ShallowCopy carry as VTK's do). */
#include "vb_array_impl.h"

#include <math.h>
#include <string.h>

/* ------------------------------------------------------ component names */

static char *dup_str(const char *s) {
  size_t n = strlen(s) + 1;
  char *p = vb__alloc(n, VB_MIN_ALIGN);
  if (p) memcpy(p, s, n);
  return p;
}

static void free_names(char **names, int64_t n) {
  int64_t i;
  if (!names) return;
  for (i = 0; i < n; i++)
    if (names[i]) vb__free(names[i]);
  vb__free(names);
}

void vb__array_free_names(vb_array *a) {
  free_names(a->comp_names, a->ncomp_names);
  a->comp_names = NULL;
  a->ncomp_names = 0;
  a->has_names = 0;
}

int vb_array_set_component_name(vb_array *a, int64_t c, const char *name) {
  char *copy, **grown;
  VB_CHECK_IN("SetComponentName", a != NULL, VB_EINVAL, "array is NULL");
  if (c < 0 || !name) return VB_OK; /* VTK: ignored */
  VB_CHECK_IN("SetComponentName", c < INT32_MAX, VB_ERANGE, "component %lld too large", (long long)c);
  if (!(copy = dup_str(name))) return VB_ENOMEM;
  if (c >= a->ncomp_names) {
    grown = vb__calloc((size_t)(c + 1) * sizeof *grown, VB_MIN_ALIGN);
    if (!grown) {
      vb__free(copy);
      return VB_ENOMEM;
    }
    if (a->ncomp_names) memcpy(grown, a->comp_names, (size_t)a->ncomp_names * sizeof *grown);
    vb__free(a->comp_names);
    a->comp_names = grown;
    a->ncomp_names = c + 1;
  }
  if (a->comp_names[c]) vb__free(a->comp_names[c]);
  a->comp_names[c] = copy;
  a->has_names = 1;
  return VB_OK;
}

const char *vb_array_get_component_name(const vb_array *a, int64_t c) {
  if (!a || c < 0 || c >= a->ncomp_names) return NULL;
  return a->comp_names[c];
}

int vb_array_has_a_component_name(const vb_array *a) { return a && a->ncomp_names > 0; }

/* src's names as a new list (trailing unset names dropped, as VTK's copy) */
static int dup_names(const vb_array *src, char ***out, int64_t *n) {
  int64_t i, m = src->ncomp_names;
  char **names;
  *out = NULL;
  *n = 0;
  while (m > 0 && !src->comp_names[m - 1]) m--;
  if (m == 0) return VB_OK;
  if (!(names = vb__calloc((size_t)m * sizeof *names, VB_MIN_ALIGN))) return VB_ENOMEM;
  for (i = 0; i < m; i++)
    if (src->comp_names[i] && !(names[i] = dup_str(src->comp_names[i]))) {
      free_names(names, m);
      return VB_ENOMEM;
    }
  *out = names;
  *n = m;
  return VB_OK;
}

int vb_array_copy_component_names(vb_array *dst, const vb_array *src, int *copied) {
  char **names;
  int64_t n;
  int st;
  VB_CHECK_IN("CopyComponentNames", dst != NULL, VB_EINVAL, "array is NULL");
  if (copied) *copied = 0;
  if (!src || src == dst || !src->has_names) return VB_OK;
  if ((st = dup_names(src, &names, &n)) != VB_OK) return st;
  vb__array_free_names(dst);
  dst->comp_names = names;
  dst->ncomp_names = n;
  dst->has_names = 1;
  if (copied) *copied = 1;
  return VB_OK;
}

/* ------------------------------------------- copies with their metadata */

/* VTK's vtkAbstractArray::DeepCopy: the values, the name (also when src has
 * none) and the component names (when src has them).  The metadata is
 * prepared before the values move, so a failure changes nothing. */
static int copy_with_meta(vb_array *dst, const vb_array *src, int shallow) {
  char **names = NULL, *name = NULL;
  int64_t n = 0;
  int st;
  if (!dst || !src) return vb__fail(shallow ? "ShallowCopy" : "DeepCopy", VB_EINVAL, "%s array is NULL",
                                    dst ? "source" : "destination");
  if (dst == src) return VB_OK;
  if (src->has_names && (st = dup_names(src, &names, &n)) != VB_OK) return st;
  if (src->name && !(name = dup_str(src->name))) {
    free_names(names, n);
    return VB_ENOMEM;
  }
  st = shallow ? vb__array_shallow_copy_data(dst, src) : vb__array_deep_copy_data(dst, src);
  if (st != VB_OK) {
    free_names(names, n);
    if (name) vb__free(name);
    return st;
  }
  if (src->has_names) {
    vb__array_free_names(dst);
    dst->comp_names = names;
    dst->ncomp_names = n;
    dst->has_names = 1;
  }
  if (dst->name) vb__free(dst->name);
  dst->name = name;
  return VB_OK;
}

int vb_array_deep_copy(vb_array *dst, const vb_array *src) { return copy_with_meta(dst, src, 0); }
int vb_array_shallow_copy(vb_array *dst, const vb_array *src) { return copy_with_meta(dst, src, 1); }

/* ------------------------------------------------------------- the type */

int vb_array_get_data_type_range(int type, double out[2]) {
  VB_CHECK_IN("GetDataTypeRange", out != NULL, VB_EINVAL, "out is NULL");
  if (type == VB_FLOAT || type == VB_DOUBLE) { /* VTK_FLOAT_MIN / VTK_DOUBLE_MAX ... */
    out[1] = type == VB_FLOAT ? (double)1.0e+38f : 1.0e+299;
    out[0] = -out[1];
    return VB_OK;
  }
  if (!vb_type_is_valid(type) && type != VB_BIT) { /* VTK's switch default */
    out[0] = 0.0;
    out[1] = 1.0;
    return VB_OK;
  }
  out[0] = vb_type_min(type);
  out[1] = vb_type_max(type);
  return VB_OK;
}

int vb_array_get_data_type_value_range(const vb_array *a, vb_scalar out[2]) {
  int t, bits, k;
  VB_CHECK_IN("GetDataTypeValueMin", a != NULL, VB_EINVAL, "array is NULL");
  VB_CHECK_IN("GetDataTypeValueMin", out != NULL, VB_EINVAL, "out is NULL");
  t = a->type;
  if (vb__is_bit(a)) {
    out[0] = vb_scalar_int(0);
    out[1] = vb_scalar_int(1);
  } else if (!vb_type_is_integer(t)) {
    double r[2];
    vb_array_get_data_type_range(t, r);
    out[0] = vb_scalar_real(r[0]);
    out[1] = vb_scalar_real(r[1]);
  } else {
    bits = (int)vb_type_size(t) * 8;
    if (vb_type_is_signed(t)) {
      out[0] = vb_scalar_int(bits == 64 ? INT64_MIN : -((int64_t)1 << (bits - 1)));
      out[1] = vb_scalar_int(bits == 64 ? INT64_MAX : ((int64_t)1 << (bits - 1)) - 1);
    } else {
      out[0] = vb_scalar_int(0);
      out[1] = bits == 64 ? vb_scalar_uint(UINT64_MAX) : vb_scalar_int(((int64_t)1 << bits) - 1);
    }
    if (t == VB_CHAR) /* VTK: the chars, as the value API reads them */
      for (k = 0; k < 2; k++) {
        out[k].v.i = (int64_t)(unsigned char)(signed char)out[k].v.i;
        out[k].kind = VB_SCALAR_CHAR;
      }
  }
  return VB_OK;
}

int vb_array_is_integral(const vb_array *a) {
  return a && (vb__is_bit(a) || vb_type_is_integer(a->type));
}

int vb_array_get_array_type(const vb_array *a) {
  if (!a) return 0;
  if (vb__is_bit(a)) return VB_ARRAY_TYPE_BIT;
  switch (a->layout) {
  case VB_LAYOUT_AOS: return VB_ARRAY_TYPE_AOS;
  case VB_LAYOUT_SOA: return VB_ARRAY_TYPE_SOA;
  case VB_LAYOUT_CONSTANT: return VB_ARRAY_TYPE_CONSTANT;
  case VB_LAYOUT_AFFINE: return VB_ARRAY_TYPE_AFFINE;
  case VB_LAYOUT_STRUCTURED: return VB_ARRAY_TYPE_STRUCTURED_POINT;
  default: return VB_ARRAY_TYPE_SCALED_SOA;
  }
}

const char *vb_array_get_array_type_as_string(const vb_array *a) {
  switch (vb_array_get_array_type(a)) {
  case VB_ARRAY_TYPE_BIT: return "VTK_BIT_ARRAY";
  case VB_ARRAY_TYPE_AOS: return "VTK_AOS_DATA_ARRAY";
  case VB_ARRAY_TYPE_SOA: return "VTK_SOA_DATA_ARRAY";
  case VB_ARRAY_TYPE_SCALED_SOA: return "VTK_SCALED_SOA_DATA_ARRAY";
  case VB_ARRAY_TYPE_CONSTANT: return "VTK_CONSTANT_ARRAY";
  case VB_ARRAY_TYPE_AFFINE: return "VTK_AFFINE_ARRAY";
  case VB_ARRAY_TYPE_STRUCTURED_POINT: return "VTK_STRUCTURED_POINT_ARRAY";
  default: return "VTK_ABSTRACT_ARRAY";
  }
}

int vb_array_has_standard_memory_layout(const vb_array *a) { return a && !vb__is_soa(a) && !a->impl; }

int64_t vb_array_get_data_size(const vb_array *a) { return a ? vb__nvalues(a) / a->ncomp * a->ncomp : 0; }

int64_t vb_array_get_actual_memory_size(const vb_array *a) {
  if (!a || vb__is_bit(a)) return 0; /* VTK: type size 0 for bits */
  if (a->impl) return 1;             /* VTK 9.7.1: an implicit array's backend, 1 KiB */
  return (int64_t)ceil((double)a->esize * (double)vb__size_of(a) / 1024.0);
}

/* ---------------------------------------------------------------- ranges */

static double tuple_norm(const vb_array *a, int64_t t) {
  double s = 0.0;
  int c;
  for (c = 0; c < a->ncomp; c++) {
    double x = vb__get_d(a, t * a->ncomp + c);
    s += x * x;
  }
  return sqrt(s);
}

int vb_array_get_finite_range(const vb_array *a, int comp, double out[2]) {
  int64_t t, nt;
  double lo = 1.0e+299, hi = -1.0e+299;
  VB_CHECK_IN("GetFiniteRange", a != NULL, VB_EINVAL, "array is NULL");
  VB_CHECK_IN("GetFiniteRange", out != NULL, VB_EINVAL, "out is NULL");
  VB_CHECK_IN("GetFiniteRange", comp >= -1 && comp < a->ncomp, VB_ERANGE, "component %d not in [-1, %d)", comp,
           a->ncomp);
  nt = vb__nvalues(a) / a->ncomp;
  for (t = 0; t < nt; t++) {
    double v = comp >= 0 ? vb__get_d(a, t * a->ncomp + comp) : tuple_norm(a, t);
    if (!isfinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  out[0] = lo;
  out[1] = hi;
  return VB_OK;
}

double vb_array_get_max_norm(const vb_array *a) {
  int64_t t, nt;
  double m = 0.0;
  if (!a) return 0.0;
  nt = vb__nvalues(a) / a->ncomp;
  for (t = 0; t < nt; t++) {
    double v = tuple_norm(a, t);
    m = v < m ? m : v; /* VTK's std::max(norm, maxNorm), NaN included */
  }
  return m;
}

/* ------------------------------------------------------ MaxDiscreteValues */

unsigned vb_array_get_max_discrete_values(const vb_array *a) { return a ? a->max_discrete : 0; }

int vb_array_set_max_discrete_values(vb_array *a, unsigned n) {
  VB_CHECK_IN("SetMaxDiscreteValues", a != NULL, VB_EINVAL, "array is NULL");
  if (a->max_discrete != n) {
    a->max_discrete = n;
    vb_object_modified(&a->obj); /* vtkSetMacro */
  }
  return VB_OK;
}
