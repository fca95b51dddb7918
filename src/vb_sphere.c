/* vb_sphere.c - vtkSphereSource (VTK 9.7 algorithm, single piece).
 *
 * Written from VTK's documented algorithm: poles first (north, then south,
 * when the phi range reaches 0 resp. 180 degrees), then for each theta
 * meridian the points between the poles from north to south; triangles
 * around the north pole, around the south pole, then the bands between
 * (two triangles, or one quad with LatLongTessellation, per band cell).
 * Floating-point expressions are evaluated in the same order as VTK so
 * double-precision output is bit-identical. */
#include "vb_sphere.h"

#include <limits.h>
#include <math.h>

#include "vb_internal.h"

#define VB_PI 3.141592653589793 /* vtkMath::Pi() */
#define VB_DOUBLE_MAX 1.0e+299  /* VTK_DOUBLE_MAX */

struct vb_sphere_source {
  vb_object obj;
  double radius, center[3];
  int theta_res, phi_res;
  double start_theta, end_theta, start_phi, end_phi;
  int lat_long, normals, precision;
  vb_polydata *output;
  int built;
  uint64_t built_mtime;
};

static void sphere_destroy(vb_object *o) {
  vb_sphere_source *s = (vb_sphere_source *)o;
  vb_polydata_release(s->output);
  vb__free(s);
}

VB_DEFINE_CLASS(sphere_source, vb_sphere_source, "vtkSphereSource", sphere_destroy, NULL)

#define CHECK_S(s) VB_CHECK((s) != NULL, VB_EINVAL, "source is NULL")

vb_sphere_source *vb_sphere_source_new(void) {
  vb_sphere_source *s = vb__calloc(sizeof *s, VB_MIN_ALIGN);
  if (!s) return NULL;
  vb__object_init(&s->obj, &sphere_source_class);
  s->radius = 0.5;
  s->theta_res = s->phi_res = 8;
  s->start_theta = 0.0;
  s->end_theta = 360.0;
  s->start_phi = 0.0;
  s->end_phi = 180.0;
  s->lat_long = 0;
  s->normals = 1;
  s->precision = VB_SINGLE_PRECISION;
  if (!(s->output = vb_polydata_new())) {
    vb_object_release(&s->obj);
    return NULL;
  }
  return s;
}

/* ------------------------------------------------------------- parameters */

/* set *field to v clamped to [lo, hi] for the setter `fn` (its VB_FUNC) */
static int set_d(vb_sphere_source *s, double *field, double v, double lo, double hi, int allow_inf,
                 const char *fn) {
  VB_CHECK_IN(fn, s != NULL, VB_EINVAL, "source is NULL");
  VB_CHECK_IN(fn, v == v && (allow_inf || !isinf(v)), VB_EDOMAIN, "value must be %s",
              allow_inf ? "a number, not NaN" : "finite");
  v = v < lo ? lo : (v > hi ? hi : v);
  if (*field != v) {
    *field = v;
    vb_object_modified(&s->obj);
  }
  return VB_OK;
}

static int set_i(vb_sphere_source *s, int *field, int v, const char *fn) {
  VB_CHECK_IN(fn, s != NULL, VB_EINVAL, "source is NULL");
  if (*field != v) {
    *field = v;
    vb_object_modified(&s->obj);
  }
  return VB_OK;
}

int vb_sphere_source_set_radius(vb_sphere_source *s, double r) {
  return set_d(s, s ? &s->radius : NULL, r, 0.0, VB_DOUBLE_MAX, 0, VB_FUNC);
}
double vb_sphere_source_get_radius(const vb_sphere_source *s) { return s ? s->radius : 0.0; }

int vb_sphere_source_set_center(vb_sphere_source *s, double x, double y, double z) {
  CHECK_S(s);
  VB_CHECK(isfinite(x) && isfinite(y) && isfinite(z), VB_EDOMAIN, "coordinates must be finite");
  if (s->center[0] != x || s->center[1] != y || s->center[2] != z) {
    s->center[0] = x;
    s->center[1] = y;
    s->center[2] = z;
    vb_object_modified(&s->obj);
  }
  return VB_OK;
}
int vb_sphere_source_get_center(const vb_sphere_source *s, double c[3]) {
  CHECK_S(s);
  VB_CHECK(c, VB_EINVAL, "output is NULL");
  c[0] = s->center[0];
  c[1] = s->center[1];
  c[2] = s->center[2];
  return VB_OK;
}

int vb_sphere_source_set_theta_resolution(vb_sphere_source *s, int n) {
  return set_i(s, s ? &s->theta_res : NULL, n < 3 ? 3 : n, VB_FUNC);
}
int vb_sphere_source_get_theta_resolution(const vb_sphere_source *s) { return s ? s->theta_res : 0; }
int vb_sphere_source_set_phi_resolution(vb_sphere_source *s, int n) {
  return set_i(s, s ? &s->phi_res : NULL, n < 3 ? 3 : n, VB_FUNC);
}
int vb_sphere_source_get_phi_resolution(const vb_sphere_source *s) { return s ? s->phi_res : 0; }

int vb_sphere_source_set_start_theta(vb_sphere_source *s, double d) {
  return set_d(s, s ? &s->start_theta : NULL, d, 0.0, 360.0, 1, VB_FUNC);
}
double vb_sphere_source_get_start_theta(const vb_sphere_source *s) { return s ? s->start_theta : 0.0; }
int vb_sphere_source_set_end_theta(vb_sphere_source *s, double d) {
  return set_d(s, s ? &s->end_theta : NULL, d, 0.0, 360.0, 1, VB_FUNC);
}
double vb_sphere_source_get_end_theta(const vb_sphere_source *s) { return s ? s->end_theta : 0.0; }
int vb_sphere_source_set_start_phi(vb_sphere_source *s, double d) {
  return set_d(s, s ? &s->start_phi : NULL, d, 0.0, 360.0, 1, VB_FUNC);
}
double vb_sphere_source_get_start_phi(const vb_sphere_source *s) { return s ? s->start_phi : 0.0; }
int vb_sphere_source_set_end_phi(vb_sphere_source *s, double d) {
  return set_d(s, s ? &s->end_phi : NULL, d, 0.0, 360.0, 1, VB_FUNC);
}
double vb_sphere_source_get_end_phi(const vb_sphere_source *s) { return s ? s->end_phi : 0.0; }

int vb_sphere_source_set_lat_long_tessellation(vb_sphere_source *s, int on) {
  return set_i(s, s ? &s->lat_long : NULL, on, VB_FUNC);
}
int vb_sphere_source_get_lat_long_tessellation(const vb_sphere_source *s) { return s ? s->lat_long : 0; }
int vb_sphere_source_set_generate_normals(vb_sphere_source *s, int on) {
  return set_i(s, s ? &s->normals : NULL, on, VB_FUNC);
}
int vb_sphere_source_get_generate_normals(const vb_sphere_source *s) { return s ? s->normals : 0; }
int vb_sphere_source_set_output_points_precision(vb_sphere_source *s, int p) {
  return set_i(s, s ? &s->precision : NULL, p, VB_FUNC);
}
int vb_sphere_source_get_output_points_precision(const vb_sphere_source *s) {
  return s ? s->precision : 0;
}

vb_polydata *vb_sphere_source_get_output(const vb_sphere_source *s) { return s ? s->output : NULL; }

/* --------------------------------------------------------------- generate */

typedef struct {
  vb_points *pts;
  vb_array *nrm;
  vb_cell_array *polys;
} sphere_out;

static void out_free(sphere_out *o) {
  vb_points_release(o->pts);
  vb_array_release(o->nrm);
  vb_cell_array_release(o->polys);
}

/* Point + normal; n is the radius vector (normalized here). */
static int add_point(sphere_out *o, const double x[3], double n[3]) {
  int64_t id = vb_points_insert_next_point(o->pts, x);
  if (id < 0) return (int)id;
  if (o->nrm) {
    double norm = sqrt(n[0] * n[0] + n[1] * n[1] + n[2] * n[2]); /* vtkMath::Norm */
    if (norm == 0.0) norm = 1.0;
    n[0] /= norm;
    n[1] /= norm;
    n[2] /= norm;
    return vb_array_insert_next_tuple(o->nrm, n);
  }
  return VB_OK;
}

static int add_cell(sphere_out *o, int64_t npts, const vb_id *pts) {
  int64_t c = vb_cell_array_insert_next_cell(o->polys, npts, pts);
  return c < 0 ? (int)c : VB_OK;
}

static int generate(const vb_sphere_source *s, sphere_out *o) {
  const double deg = VB_PI / 180.0;
  int64_t ltr = s->theta_res; /* local theta resolution (one piece: all of it) */
  int64_t theta_res, phi_res, num_pts, num_polys, base, i, j, j_start, j_end, num_poles = 0;
  double ls = s->start_theta, le = s->end_theta, dtheta, dphi, st, et, sp, ep;
  double x[3], n[3];
  vb_id pts[4];
  int st_ = VB_OK, partial;

  /* theta range, wrapped so that end >= start; then the single "piece"
   * [0, ltr) re-derives the end from the step, exactly as VTK does */
  while (le < ls) le += 360.0;
  dtheta = (le - ls) / (double)ltr;
  le = ls + (double)ltr * dtheta;
  ls = ls + 0.0 * dtheta;

  num_pts = (int64_t)s->phi_res * ltr + 2;
  num_polys = (int64_t)s->phi_res * 2 * ltr;

  if (!(o->pts = vb_points_new(s->precision == VB_DOUBLE_PRECISION ? VB_DOUBLE : VB_FLOAT)))
    return vb_last_status();
  if ((st_ = vb_points_allocate(o->pts, num_pts)) != VB_OK) return st_;
  if (s->normals) {
    if (!(o->nrm = vb_array_new(VB_FLOAT))) return vb_last_status();
    if ((st_ = vb_array_set_number_of_components(o->nrm, 3)) != VB_OK) return st_;
    if ((st_ = vb_array_allocate(o->nrm, 3 * num_pts, 0)) != VB_OK) return st_;
    if ((st_ = vb_array_set_name(o->nrm, "Normals")) != VB_OK) return st_;
  }
  if (!(o->polys = vb_cell_array_new())) return vb_last_status();
  if ((st_ = vb_cell_array_allocate_estimate(o->polys, num_polys, 3)) != VB_OK) return st_;

  if (s->start_phi <= 0.0) { /* north pole */
    x[0] = s->center[0];
    x[1] = s->center[1];
    x[2] = s->center[2] + s->radius;
    n[0] = n[1] = 0.0;
    n[2] = 1.0;
    if ((st_ = add_point(o, x, n)) != VB_OK) return st_;
    num_poles++;
  }
  if (s->end_phi >= 180.0) { /* south pole */
    x[0] = s->center[0];
    x[1] = s->center[1];
    x[2] = s->center[2] - s->radius;
    n[0] = n[1] = 0.0;
    n[2] = -1.0;
    if ((st_ = add_point(o, x, n)) != VB_OK) return st_;
    num_poles++;
  }

  /* ranges in radians (note: x *= pi/180 here, but (x*pi)/180 for theta
   * below: VTK's evaluation order, kept for bit-identical doubles) */
  st = (ls < le ? ls : le);
  st *= deg;
  et = (le > ls ? le : ls);
  et *= deg;
  sp = (s->start_phi < s->end_phi ? s->start_phi : s->end_phi);
  sp *= deg;
  ep = (s->end_phi > s->start_phi ? s->end_phi : s->start_phi);
  ep *= deg;

  phi_res = s->phi_res - num_poles;
  dphi = (ep - sp) / (double)(s->phi_res - 1);
  theta_res = ltr;
  partial = fabs(ls - le) < 360.0;
  if (partial) ++ltr; /* an open range has one more meridian than steps */
  dtheta = (et - st) / (double)theta_res;

  j_start = s->start_phi <= 0.0 ? 1 : 0;
  j_end = s->end_phi >= 180.0 ? s->phi_res - 1 : s->phi_res;

  for (i = 0; i < ltr; i++) {
    double theta = ls * VB_PI / 180.0 + (double)i * dtheta;
    for (j = j_start; j < j_end; j++) {
      double phi = sp + (double)j * dphi;
      double r = s->radius * sin(phi);
      n[0] = r * cos(theta);
      n[1] = r * sin(theta);
      n[2] = s->radius * cos(phi);
      x[0] = n[0] + s->center[0];
      x[1] = n[1] + s->center[1];
      x[2] = n[2] + s->center[2];
      if ((st_ = add_point(o, x, n)) != VB_OK) return st_;
    }
  }

  base = phi_res * ltr;
  if (partial) --ltr;

  if (s->start_phi <= 0.0) /* fan around the north pole */
    for (i = 0; i < ltr; i++) {
      pts[0] = phi_res * i + num_poles;
      pts[1] = (phi_res * (i + 1) % base) + num_poles;
      pts[2] = 0;
      if ((st_ = add_cell(o, 3, pts)) != VB_OK) return st_;
    }
  if (s->end_phi >= 180.0) { /* fan around the south pole */
    int64_t off = phi_res - 1 + num_poles;
    for (i = 0; i < ltr; i++) {
      pts[0] = phi_res * i + off;
      pts[2] = (phi_res * (i + 1) % base) + off;
      pts[1] = num_poles - 1;
      if ((st_ = add_cell(o, 3, pts)) != VB_OK) return st_;
    }
  }
  for (i = 0; i < ltr; i++) /* bands between the poles */
    for (j = 0; j < phi_res - 1; j++) {
      pts[0] = phi_res * i + j + num_poles;
      pts[1] = pts[0] + 1;
      pts[2] = ((phi_res * (i + 1) + j) % base) + num_poles + 1;
      if (!s->lat_long) {
        if ((st_ = add_cell(o, 3, pts)) != VB_OK) return st_;
        pts[1] = pts[2];
        pts[2] = pts[1] - 1;
        if ((st_ = add_cell(o, 3, pts)) != VB_OK) return st_;
      } else {
        pts[3] = pts[2] - 1;
        if ((st_ = add_cell(o, 4, pts)) != VB_OK) return st_;
      }
    }

  if ((st_ = vb_points_squeeze(o->pts)) != VB_OK) return st_;
  if (o->nrm && (st_ = vb_array_squeeze(o->nrm)) != VB_OK) return st_;
  return vb_cell_array_squeeze(o->polys);
}

int vb_sphere_source_update(vb_sphere_source *s) {
  sphere_out o = {NULL, NULL, NULL};
  int st;
  CHECK_S(s);
  if (s->built && s->built_mtime == vb_object_mtime(&s->obj)) return VB_OK;
  if ((st = generate(s, &o)) != VB_OK) {
    out_free(&o);
    return st;
  }
  /* commit: initialize fails (ENOMEM) before changing anything; setting
   * points/polys only swaps references; set_normals may allocate */
  if ((st = vb_polydata_initialize(s->output)) != VB_OK) {
    out_free(&o);
    return st;
  }
  vb_polydata_set_points(s->output, o.pts);
  vb_polydata_set_polys(s->output, o.polys);
  if (o.nrm && (st = vb_attributes_set_normals(vb_polydata_get_point_data(s->output), o.nrm)) < 0) {
    vb_polydata_initialize(s->output);
    out_free(&o);
    return st;
  }
  out_free(&o);
  s->built = 1;
  s->built_mtime = vb_object_mtime(&s->obj);
  return VB_OK;
}
