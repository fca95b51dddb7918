/* vb_array_implicit.c - the backends of implicit arrays (vb_implicit.h):
 * constant, affine and structured point.  The array keeps one empty
 * buffer so that the shared code sees an AOS-like array of no storage;
 * vb_array_impl.h routes reads here (vb__get_d) and refuses writes
 * (VB_ARRAY_WCHECK). */
#include <string.h>

#include "vb_array_impl.h"
#include "vb_implicit.h"

struct vb__implicit {
  double p[2];     /* constant: value; affine: slope, intercept */
  vb_array *xyz[3]; /* structured: coordinate arrays (owned references) or NULL */
  int64_t n[3];    /* structured: points along each axis */
  int ext[6];
  double dir[9], origin[3];
  int use_dir, has_origin;
};

struct vb__implicit *vb__implicit_new(int layout) {
  struct vb__implicit *m = vb__calloc(sizeof *m, VB_MIN_ALIGN);
  if (m && layout == VB_LAYOUT_STRUCTURED) m->ext[3] = m->ext[5] = -1;
  return m;
}

static void drop_coords(struct vb__implicit *m) {
  int c;
  for (c = 0; c < 3; c++) {
    vb_array_release(m->xyz[c]);
    m->xyz[c] = NULL;
  }
}

void vb__implicit_free(vb_array *a) {
  if (!a->impl) return;
  drop_coords(a->impl);
  vb__free(a->impl);
  a->impl = NULL;
}

/* v converted to the array's type (saturating) and back */
static double as_type(int type, double v) {
  union {
    double d;
    int64_t i;
    char b[8];
  } t;
  vb__store_f64(type, t.b, v);
  return vb__load_f64(type, t.b);
}

static double coord(const struct vb__implicit *m, int c, int64_t i) {
  const vb_array *x = m->xyz[c];
  if (!x || i >= vb__nvalues(x)) return 0.0;
  return vb__get_d(x, i);
}

double vb__implicit_get(const vb_array *a, int64_t i) {
  const struct vb__implicit *m = a->impl;
  double v, q[3];
  int64_t t, ijk[3];
  int c;
  switch (a->layout) {
  case VB_LAYOUT_CONSTANT: v = m->p[0]; break;
  case VB_LAYOUT_AFFINE: v = m->p[0] * (double)i + m->p[1]; break;
  default:
    t = i / 3;
    c = (int)(i % 3);
    if (m->n[0] <= 0 || m->n[1] <= 0) return 0.0;
    ijk[0] = t % m->n[0];
    ijk[1] = (t / m->n[0]) % m->n[1];
    ijk[2] = t / m->n[0] / m->n[1];
    if (!m->use_dir) {
      v = coord(m, c, ijk[c]);
      break;
    }
    /* VTK 9.7.1: the first point plus D times spacing * index, the spacing
     * of each axis its first step */
    for (c = 0; c < 3; c++) q[c] = m->n[c] > 1 ? (coord(m, c, 1) - coord(m, c, 0)) * (double)ijk[c] : 0.0;
    c = (int)(i % 3);
    v = (m->has_origin ? m->origin[c] : coord(m, c, 0)) + m->dir[3 * c] * q[0] + m->dir[3 * c + 1] * q[1] +
        m->dir[3 * c + 2] * q[2];
    break;
  }
  return as_type(a->type, v);
}

int vb_array_is_implicit(const vb_array *a) { return a && a->impl != NULL; }

static int check_kind(const char *fn, const vb_array *a, int layout) {
  VB_CHECK_IN(fn, a != NULL, VB_EINVAL, "array is NULL");
  VB_CHECK_IN(fn, a->layout == layout, VB_ETYPE, "not a %s", layout == VB_LAYOUT_CONSTANT ? "vtkConstantArray"
                                                   : layout == VB_LAYOUT_AFFINE ? "vtkAffineArray"
                                                                                : "vtkStructuredPointArray");
  return VB_OK;
}

int vb_constant_array_construct_backend(vb_array *a, double value) {
  int st = check_kind(VB_FUNC, a, VB_LAYOUT_CONSTANT);
  if (st) return st;
  a->impl->p[0] = as_type(a->type, value); /* VTK's ValueType parameter */
  vb_object_modified(&a->obj);
  return VB_OK;
}

double vb_constant_array_get_constant_value(const vb_array *a) {
  return a && a->layout == VB_LAYOUT_CONSTANT ? as_type(a->type, a->impl->p[0]) : 0.0;
}

int vb_affine_array_construct_backend(vb_array *a, double slope, double intercept) {
  int st = check_kind(VB_FUNC, a, VB_LAYOUT_AFFINE);
  if (st) return st;
  a->impl->p[0] = as_type(a->type, slope); /* VTK's ValueType parameters */
  a->impl->p[1] = as_type(a->type, intercept);
  vb_object_modified(&a->obj);
  return VB_OK;
}

double vb_affine_array_get_slope(const vb_array *a) {
  return a && a->layout == VB_LAYOUT_AFFINE ? a->impl->p[0] : 0.0;
}
double vb_affine_array_get_intercept(const vb_array *a) {
  return a && a->layout == VB_LAYOUT_AFFINE ? a->impl->p[1] : 0.0;
}

int vb_structured_point_array_construct_backend(vb_array *a, vb_array *x, vb_array *y, vb_array *z,
                                                const int ext[6], const double *dir, const double *origin) {
  struct vb__implicit *m;
  vb_array *in[3];
  int64_t n[3], np = 1;
  int c, st = check_kind(VB_FUNC, a, VB_LAYOUT_STRUCTURED);
  if (st) return st;
  VB_CHECK(ext != NULL, VB_EINVAL, "extent is NULL");
  in[0] = x, in[1] = y, in[2] = z;
  for (c = 0; c < 3; c++) {
    VB_CHECK(!in[c] || in[c]->ncomp == 1, VB_EINVAL, "coordinate array %d has %d components", c, in[c]->ncomp);
    /* (a structured array as coordinates could make a cycle) */
    VB_CHECK(!in[c] || in[c]->layout != VB_LAYOUT_STRUCTURED, VB_ETYPE, "coordinate array %d is structured", c);
    n[c] = ext[2 * c + 1] >= ext[2 * c] ? (int64_t)ext[2 * c + 1] - ext[2 * c] + 1 : 0;
    np *= n[c]; /* each below 2^32: no overflow */
  }
  m = a->impl;
  for (c = 0; c < 3; c++) vb_array_retain(in[c]);
  drop_coords(m);
  for (c = 0; c < 3; c++) m->xyz[c] = in[c], m->n[c] = n[c];
  memcpy(m->ext, ext, sizeof m->ext);
  m->use_dir = dir != NULL;
  if (dir) memcpy(m->dir, dir, sizeof m->dir);
  m->has_origin = dir && origin;
  for (c = 0; c < 3; c++) m->origin[c] = m->has_origin ? origin[c] : 0.0;
  a->ncomp = 3;
  a->max_id = np * 3 - 1;
  vb_object_modified(&a->obj);
  return VB_OK;
}

vb_array *vb_structured_point_array_get_coordinates(const vb_array *a, int axis) {
  if (!a || a->layout != VB_LAYOUT_STRUCTURED || axis < 0 || axis > 2) return NULL;
  return a->impl->xyz[axis];
}

int vb_structured_point_array_get_uses_direction_matrix(const vb_array *a) {
  return a && a->layout == VB_LAYOUT_STRUCTURED && a->impl->use_dir;
}

int vb_structured_point_array_get_extent(const vb_array *a, int ext[6]) {
  int st = check_kind(VB_FUNC, a, VB_LAYOUT_STRUCTURED);
  if (st) return st;
  VB_CHECK(ext != NULL, VB_EINVAL, "extent is NULL");
  memcpy(ext, a->impl->ext, sizeof a->impl->ext);
  return VB_OK;
}

int vb__implicit_copy(vb_array *dst, const vb_array *src) {
  struct vb__implicit *d = dst->impl;
  const struct vb__implicit *s = src->impl;
  int c;
  VB_CHECK_IN("DeepCopy", src->layout == dst->layout, VB_ETYPE,
              "an implicit array copies only an implicit array of its kind");
  if (dst == src) return VB_OK;
  for (c = 0; c < 3; c++) vb_array_retain(s->xyz[c]);
  drop_coords(d);
  memcpy(d, s, sizeof *d); /* the references were taken above */
  dst->ncomp = src->ncomp;
  dst->max_id = src->max_id;
  vb_object_modified(&dst->obj);
  return VB_OK;
}

int vb__implicit_initialize(vb_array *a) {
  struct vb__implicit *m = a->impl;
  drop_coords(m);
  memset(m, 0, sizeof *m);
  if (a->layout == VB_LAYOUT_STRUCTURED) m->ext[3] = m->ext[5] = -1;
  a->max_id = -1;
  vb_object_modified(&a->obj);
  return VB_OK;
}
