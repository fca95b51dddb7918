/* vb_lookup_table.c - vtkLookupTable: table building (HSVA ramps), special
 * colours, value lookup and MapScalars, written from VTK 9.7's documented
 * algorithm with its floating-point expressions in the same order. */
#include "vb_lookup_table.h"

#include <math.h>
#include <string.h>

#include "vb_internal.h"

#define VB_DBL_MIN 2.2250738585072014e-308 /* VTK_DBL_MIN */
#define VB_PI 3.141592653589793

/* the doubles, by kind: offset into d[] and count */
static const unsigned char d_off[VB_LUT_DOUBLES] = {0, 2, 4, 6, 8, 10, 14, 18, 22};
static const unsigned char d_cnt[VB_LUT_DOUBLES] = {2, 2, 2, 2, 2, 4, 4, 4, 1};
enum { NAN_OFF = 10, BELOW_OFF = 14, ABOVE_OFF = 18, ALPHA_OFF = 22 };

struct vb_lookup_table {
  vb_object obj;
  double d[23];
  int ints[VB_LUT_INTS];
  int64_t n;        /* NumberOfColors */
  int64_t ntab;     /* tuples of VTK's Table (0 before the first build) */
  unsigned char *table; /* (n + 4) * 4 bytes, always */
  uint64_t build_time, insert_time, special_time;
};

static void lut_destroy(vb_object *o) {
  vb_lookup_table *t = (vb_lookup_table *)o;
  vb__free(t->table);
  vb__free(t);
}

VB_DEFINE_CLASS(lookup_table, vb_lookup_table, "vtkLookupTable", lut_destroy, NULL)

#define CHECK_T(t) VB_CHECK((t) != NULL, VB_EINVAL, "lookup table is NULL")

static const double lut_defaults[23] = {0, 1, 0, 0.66667, 1, 1, 1, 1, 1, 1, 0.5, 0, 0, 1,
                                        0, 0, 0, 1, 1, 1, 1, 1, 1};

vb_lookup_table *vb_lookup_table_new(void) {
  vb_lookup_table *t = vb__calloc(sizeof *t, VB_MIN_ALIGN);
  if (!t) return NULL;
  vb__object_init(&t->obj, &lookup_table_class);
  memcpy(t->d, lut_defaults, sizeof t->d);
  t->ints[VB_LUT_RAMP] = VB_RAMP_SCURVE;
  t->ints[VB_LUT_VECTOR_MODE] = VB_VECTOR_COMPONENT;
  t->ints[VB_LUT_VECTOR_SIZE] = -1;
  t->n = 256;
  if (!(t->table = vb__calloc((256 + 4) * 4, VB_MIN_ALIGN))) {
    vb_object_release(&t->obj);
    return NULL;
  }
  return t;
}

/* ------------------------------------------------------------- properties */

int vb_lookup_table_doubles_size(int which) {
  return which >= 0 && which < VB_LUT_DOUBLES ? d_cnt[which] : 0;
}

static int log_bad(double lo, double hi) { return (lo > 0 && hi < 0) || (lo < 0 && hi > 0); }

int vb_lookup_table_set_doubles(vb_lookup_table *t, int which, const double *v) {
  CHECK_T(t);
  int k = vb_lookup_table_doubles_size(which);
  VB_CHECK(k && v, VB_EINVAL, "unknown property %d", which);
  double a[4];
  memcpy(a, v, (size_t)k * sizeof *a);
  if (which == VB_LUT_TABLE_RANGE &&
      ((t->ints[VB_LUT_SCALE] == VB_SCALE_LOG10 && log_bad(a[0], a[1])) || a[1] < a[0]))
    return VB_OK; /* VTK: "Bad table range", ignored */
  if (which == VB_LUT_ALPHA) a[0] = a[0] < 0 ? 0 : (a[0] > 1 ? 1 : a[0]);
  double *f = t->d + d_off[which];
  if (memcmp(f, a, (size_t)k * sizeof *a) != 0) {
    memcpy(f, a, (size_t)k * sizeof *a);
    if (which != VB_LUT_ALPHA) vb_object_modified(&t->obj); /* VTK's SetAlpha does not */
  }
  return VB_OK;
}

int vb_lookup_table_get_doubles(const vb_lookup_table *t, int which, double *out) {
  CHECK_T(t);
  int k = vb_lookup_table_doubles_size(which);
  VB_CHECK(k && out, VB_EINVAL, "unknown property %d", which);
  memcpy(out, t->d + d_off[which], (size_t)k * sizeof *out);
  return VB_OK;
}

int vb_lookup_table_set_int(vb_lookup_table *t, int which, int v) {
  CHECK_T(t);
  VB_CHECK(which >= 0 && which < VB_LUT_INTS, VB_EINVAL, "unknown property %d", which);
  VB_CHECK(which != VB_LUT_RAMP || (v >= 0 && v <= 2), VB_EINVAL, "ramp %d is not 0, 1 or 2", v);
  if (t->ints[which] == v) return VB_OK;
  t->ints[which] = v;
  vb_object_modified(&t->obj);
  if (which == VB_LUT_SCALE && v == VB_SCALE_LOG10 && log_bad(t->d[0], t->d[1])) {
    t->d[0] = 1.0; /* VTK: "adjusting to [1, 10]" */
    t->d[1] = 10.0;
  }
  return VB_OK;
}

int vb_lookup_table_get_int(const vb_lookup_table *t, int which) {
  return t && which >= 0 && which < VB_LUT_INTS ? t->ints[which] : 0;
}

int64_t vb_lookup_table_get_number_of_colors(const vb_lookup_table *t) { return t ? t->n : -1; }

int vb_lookup_table_set_number_of_table_values(vb_lookup_table *t, int64_t n) {
  CHECK_T(t);
  VB_CHECK(n >= 0 && n < ((int64_t)1 << 40), VB_EINVAL, "%lld colors", (long long)n);
  if (n == t->n) return VB_OK;
  unsigned char *nt = vb__calloc((size_t)(n + 4) * 4, VB_MIN_ALIGN);
  if (!nt) return VB_NAMED(VB_ENOMEM);
  int64_t keep = n < t->ntab ? n : t->ntab;
  memcpy(nt, t->table, (size_t)keep * 4);
  vb__free(t->table);
  t->table = nt;
  t->n = t->ntab = n;
  vb_object_modified(&t->obj);
  return VB_OK;
}

/* ----------------------------------------------------------------- build */

static unsigned char byte_of(double v) { /* saturating (rule b), NaN 0 */
  return (unsigned char)(v > 0 ? (v < 255 ? v : 255) : 0);
}

static void color_bytes(const double *c, unsigned char out[4]) {
  for (int k = 0; k < 4; k++) {
    double v = c[k] > 0 ? (c[k] < 1 ? c[k] : 1) : 0;
    out[k] = (unsigned char)(v * 255.0 + 0.5);
  }
}

/* vtkMath::HSVToRGB: six hue sectors, then saturation and value */
static void hsv_to_rgb(double h, double s, double v, double rgb[3]) {
  const double third = 1.0 / 3.0, sixth = 1.0 / 6.0, two3 = 2.0 / 3.0, five6 = 5.0 / 6.0;
  double r, g, b;
  if (h > sixth && h <= third) g = 1.0, r = (third - h) / sixth, b = 0.0;
  else if (h > third && h <= 0.5) g = 1.0, b = (h - third) / sixth, r = 0.0;
  else if (h > 0.5 && h <= two3) b = 1.0, g = (two3 - h) / sixth, r = 0.0;
  else if (h > two3 && h <= five6) b = 1.0, r = (h - two3) / sixth, g = 0.0;
  else if (h > five6 && h <= 1.0) r = 1.0, b = (1.0 - h) / sixth, g = 0.0;
  else r = 1.0, g = h / sixth, b = 0.0;
  rgb[0] = (s * r + (1.0 - s)) * v;
  rgb[1] = (s * g + (1.0 - s)) * v;
  rgb[2] = (s * b + (1.0 - s)) * v;
}

static void build_special(vb_lookup_table *t) {
  int64_t n = t->ntab;
  unsigned char *tb = t->table, *sp = tb + 4 * n, *last = tb + 4 * (n - 1);
  int below = t->ints[VB_LUT_USE_BELOW_RANGE_COLOR], above = t->ints[VB_LUT_USE_ABOVE_RANGE_COLOR];
  if (n > 0) memcpy(sp, last, 4);
  else if (above) color_bytes(t->d + ABOVE_OFF, sp);
  else memset(sp, 0, 4);
  if (below || n == 0) color_bytes(t->d + BELOW_OFF, sp + 4);
  else memcpy(sp + 4, tb, 4);
  if (above || n == 0) color_bytes(t->d + ABOVE_OFF, sp + 8);
  else memcpy(sp + 8, last, 4);
  color_bytes(t->d + NAN_OFF, sp + 12);
  t->special_time = vb__stamp();
}

int vb_lookup_table_force_build(vb_lookup_table *t) {
  CHECK_T(t);
  int64_t max = t->n - 1;
  double inc[4] = {0, 0, 0, 0};
  const double *r = t->d + 2; /* hue, saturation, value, alpha ranges */
  for (int k = 0; k < 4 && max > 0; k++) inc[k] = (r[2 * k + 1] - r[2 * k]) / (double)max;
  for (int64_t i = 0; i <= max; i++) {
    double c[4];
    for (int k = 0; k < 4; k++) c[k] = r[2 * k] + (double)i * inc[k];
    double alpha = c[3];
    hsv_to_rgb(c[0], c[1], c[2], c);
    unsigned char *o = t->table + 4 * i;
    for (int k = 0; k < 4; k++) {
      double x = c[k];
      switch (t->ints[VB_LUT_RAMP]) {
        case VB_RAMP_SCURVE:
          x = k < 3 ? 127.5 * (1.0 + cos((1.0 - x) * VB_PI)) : alpha * 255.0;
          break;
        case VB_RAMP_LINEAR: x = x * 255.0 + 0.5; break;
        default: x = sqrt(x) * 255.0 + 0.5; break;
      }
      o[k] = byte_of(x);
    }
  }
  t->ntab = t->n;
  build_special(t);
  t->build_time = vb__stamp();
  return VB_OK;
}

int vb_lookup_table_build(vb_lookup_table *t) {
  CHECK_T(t);
  uint64_t m = vb_object_mtime(&t->obj);
  if ((m > t->build_time && t->insert_time <= t->build_time) || t->ntab < 1)
    return vb_lookup_table_force_build(t);
  if (m > t->special_time) build_special(t);
  return VB_OK;
}

int vb_lookup_table_set_table_value(vb_lookup_table *t, int64_t i, const double rgba[4]) {
  CHECK_T(t);
  VB_CHECK(i >= 0 && i < t->n, VB_ERANGE, "index %lld is out of range [0, %lld)", (long long)i,
           (long long)t->n);
  unsigned char *o = t->table + 4 * i;
  for (int k = 0; k < 4; k++) o[k] = byte_of(rgba[k] * 255.0 + 0.5);
  if (t->ntab < t->n) t->ntab = t->n; /* VTK's WritePointer extends the table */
  if (i == 0 || i == t->n - 1) build_special(t);
  t->insert_time = vb__stamp();
  vb_object_modified(&t->obj);
  return VB_OK;
}

int vb_lookup_table_get_table_value(const vb_lookup_table *t, int64_t i, double rgba[4]) {
  CHECK_T(t);
  VB_CHECK(t->n > 0, VB_ERANGE, "the table is empty");
  i = i < 0 ? 0 : (i >= t->n ? t->n - 1 : i);
  for (int k = 0; k < 4; k++) rgba[k] = t->table[4 * i + k] / 255.0;
  return VB_OK;
}

/* ---------------------------------------------------------------- lookup */

typedef struct {
  double lo, hi, shift, scale, range[2], log[2];
  int64_t n;
  int log10;
} lut_params;

static void params_of(const vb_lookup_table *t, lut_params *p) {
  const double *r = t->d;
  p->n = t->n;
  p->range[0] = p->lo = r[0];
  p->range[1] = p->hi = r[1];
  if ((p->log10 = t->ints[VB_LUT_SCALE] == VB_SCALE_LOG10)) {
    double a = r[0], b = r[1];
    if ((a <= 0 && b >= 0) || (a >= 0 && b <= 0)) {
      if (fabs(b) >= fabs(a)) a = b * 1e-6;
      else b = a * 1e-6;
      if (b == 0) b = a < 0 ? -VB_DBL_MIN : VB_DBL_MIN;
      if (a == 0) a = b < 0 ? -VB_DBL_MIN : VB_DBL_MIN;
    }
    if (b < 0) p->lo = -log10(-a), p->hi = -log10(-b);
    else p->lo = log10(a), p->hi = log10(b);
    p->log[0] = p->lo;
    p->log[1] = p->hi;
  }
  p->shift = -p->lo;
  double delta = p->hi - p->lo;
  p->scale = delta < VB_DBL_MIN * (double)p->n ? 0.0 : (double)p->n / delta;
}

static double apply_log(double v, const lut_params *p) {
  if (v != v) return v;
  if (p->range[0] < 0.0) {
    if (v < 0.0) return -log10(-v);
    return p->range[0] > p->range[1] ? p->log[0] : p->log[1];
  }
  if (v > 0.0) return log10(v);
  return p->range[0] <= p->range[1] ? p->log[0] : p->log[1];
}

/* the table entry of v, special colours included (n + 1 below, + 2 above, + 3 NaN) */
static int64_t entry_of(double v, const lut_params *p) {
  if (p->log10) v = apply_log(v, p);
  if (v != v) return p->n + 3;
  if (v < p->lo) return p->n + 1;
  if (v > p->hi) return p->n + 2;
  double x = (v + p->shift) * p->scale;
  int64_t i = (int64_t)x;
  return i < 0 ? 0 : (i > p->n ? p->n : i); /* VTK asserts this */
}

int64_t vb_lookup_table_get_index(const vb_lookup_table *t, double v) {
  if (!t || v != v) return -1;
  lut_params p;
  params_of(t, &p);
  int64_t i = entry_of(v, &p);
  if (i == t->n + 1) return 0;
  if (i == t->n || i == t->n + 2) return t->n - 1;
  return i;
}

int vb_lookup_table_map_value(const vb_lookup_table *t, double v, unsigned char rgba[4]) {
  CHECK_T(t);
  int64_t i = vb_lookup_table_get_index(t, v);
  const double *special = NULL;
  if (i < 0) special = t->d + NAN_OFF;
  else if (i == 0) {
    if (t->ints[VB_LUT_USE_BELOW_RANGE_COLOR] && v < t->d[0]) special = t->d + BELOW_OFF;
  } else if (i == t->n - 1 && t->ints[VB_LUT_USE_ABOVE_RANGE_COLOR] && v > t->d[1])
    special = t->d + ABOVE_OFF;
  if (special) color_bytes(special, rgba);
  else memcpy(rgba, t->table + 4 * i, 4);
  return VB_OK;
}

int vb_lookup_table_get_color(const vb_lookup_table *t, double v, double rgb[3]) {
  unsigned char c[4];
  int s = vb_lookup_table_map_value(t, v, c);
  for (int k = 0; s == VB_OK && k < 3; k++) rgb[k] = c[k] / 255.0;
  return s;
}

double vb_lookup_table_get_opacity(const vb_lookup_table *t, double v) {
  unsigned char c[4] = {0, 0, 0, 0};
  vb_lookup_table_map_value(t, v, c);
  return c[3] / 255.0;
}

/* ----------------------------------------------------------- MapScalars */

static double comp_of(const vb_array *a, int64_t t, int c) {
  double v = 0;
  vb_array_get_component(a, t, c, &v);
  return v;
}

vb_array *vb_lookup_table_map_scalars(const vb_lookup_table *t, const vb_array *a, int color_mode,
                                      int component) {
  VB_CHECK_NULL(t && a, VB_EINVAL, "lookup table or array is NULL");
  int nc = vb_array_get_number_of_components(a), u8 = vb_array_type(a) == VB_UNSIGNED_CHAR;
  int64_t nt = vb_array_get_number_of_tuples(a);
  double alpha = t->d[ALPHA_OFF];
  int direct = (color_mode == VB_COLOR_MODE_DEFAULT && u8) || color_mode == VB_COLOR_MODE_DIRECT_SCALARS;
  int mode = VB_VECTOR_COMPONENT, first = component, size = 1;
  if (direct) {
    VB_CHECK_NULL(u8, VB_ETYPE, "direct colors need an unsigned char array");
    VB_CHECK_NULL(nc <= 4, VB_EINVAL, "cannot convert %d components to colors", nc);
    if (nc == 4 && alpha >= 1.0) {
      vb_array_retain((vb_array *)a);
      return (vb_array *)a;
    }
  } else if (component < 0 && nc > 1) {
    mode = t->ints[VB_LUT_VECTOR_MODE];
    VB_CHECK_NULL(mode != VB_VECTOR_RGBCOLORS, VB_EINVAL, "the RGBColors vector mode is not supported");
    first = t->ints[VB_LUT_VECTOR_COMPONENT];
    if (mode != VB_VECTOR_COMPONENT) { /* VTK: from component 0 (its -1 clamped), not VectorComponent */
      first = 0;
      size = t->ints[VB_LUT_VECTOR_SIZE];
      if (size <= 0 || size > nc) size = nc;
      if (size == 1) mode = VB_VECTOR_COMPONENT;
    }
  }
  if (mode == VB_VECTOR_COMPONENT) first = first < 0 ? 0 : (first > nc - 1 ? nc - 1 : first);
  vb_array *o = vb_array_new(VB_UNSIGNED_CHAR);
  if (!o || vb_array_set_number_of_components(o, 4) || vb_array_set_number_of_tuples(o, nt)) {
    vb_array_release(o);
    VB_NAMED(VB_ENOMEM);
    return NULL;
  }
  unsigned char *dst = vb_array_data(o);
  lut_params p;
  params_of(t, &p);
  unsigned char a8 = (unsigned char)(alpha * 255.0 + 0.5);
  for (int64_t i = 0; i < nt; i++, dst += 4) {
    if (direct) {
      double c[4];
      for (int k = 0; k < nc; k++) c[k] = comp_of(a, i, k);
      static const unsigned char pick[4][4] = {{0, 0, 0, 9}, {0, 0, 0, 1}, {0, 1, 2, 9}, {0, 1, 2, 3}};
      for (int k = 0; k < 4; k++) {
        unsigned char s = pick[nc - 1][k];
        dst[k] = s == 9 ? a8 : (k < 3 ? (unsigned char)c[s] : (unsigned char)(c[s] * alpha + 0.5));
      }
      continue;
    }
    double v;
    if (mode == VB_VECTOR_COMPONENT) v = comp_of(a, i, first);
    else {
      v = 0.0;
      for (int k = 0; k < size; k++) {
        double u = comp_of(a, i, first + k);
        v += u * u;
      }
      v = sqrt(v);
    }
    memcpy(dst, t->table + 4 * entry_of(v, &p), 4);
    if (alpha < 1.0) dst[3] = (unsigned char)(dst[3] * alpha + 0.5);
  }
  return o;
}
