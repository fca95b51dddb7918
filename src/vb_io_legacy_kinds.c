/* vb_io_legacy_kinds.c - the legacy reader's entry point and one reader
 * per DATASET kind (a row of kinds[]): a kind reads its own keywords
 * (cells, dimensions, coordinates ...); FIELD, POINTS and the attribute
 * sections are read by one loop for all.  A FIELD-only file (VTK's
 * vtkDataObjectReader) gives a vtkDataObject.
 *
 * The new object is private until the whole file was read (released on
 * error), so each keyword goes into it as soon as it is read; point and
 * cell counts for POINT_DATA / CELL_DATA are the object's own. */
#include "vb_io_legacy_impl.h"

#include <stdio.h>
#include <string.h>

#include "vb_cell.h"
#include "vb_data_set.h"
#include "vb_image_data.h"
#include "vb_polydata.h"
#include "vb_rectilinear_grid.h"
#include "vb_structured_grid.h"
#include "vb_types.h"
#include "vb_unstructured_grid.h"

typedef vb__lx lx;
#define FAIL LX_FAIL

/* a kind's state while reading: cells and cell types staged (unstructured
 * grid), where each cell section started (errors found at the end name it) */
typedef struct lk {
  vb_data_object *d;
  vb_cell_array *cells;
  vb_array *types;
  size_t where[4];
} lk;

static int check_ids(lx *L, vb_cell_array *ca, int64_t npts, size_t where) {
  vb_array *c = ca ? vb_cell_array_get_connectivity_array(ca) : NULL;
  int64_t i, n = c ? vb_array_get_number_of_values(c) : 0, v = 0;
  const int64_t *q = c && vb_array_type(c) == VB_LONG_LONG && vb_array_layout(c) == VB_LAYOUT_AOS ? vb_array_data(c) : NULL;
  for (i = 0; i < n; i++) {
    if (q)
      v = q[i];
    else if (vb_array_get_value_i64(c, i, &v) != VB_OK)
      v = -1;
    if (v < 0 || v >= npts)
      return vb__io_fail_at(vb__lx_what, L->p, where, VB_EINVAL, "a cell uses point %lld of %lld points", (long long)v,
                            (long long)npts);
  }
  return VB_OK;
}

/* n integers in [lo, hi] / n numbers (text in binary files too) */
static int ints(lx *L, const char *what, int n, int64_t lo, int64_t hi, int *out) {
  int64_t v;
  int i, st;
  for (i = 0; i < n; i++) {
    if ((st = vb__lx_integer(L, what, lo, hi, &v)) != VB_OK) return st;
    out[i] = (int)v;
  }
  return VB_OK;
}
static int reals(lx *L, const char *what, double *out) {
  int i, st;
  for (i = 0; i < 3; i++)
    if ((st = vb__lx_real(L, what, out + i)) != VB_OK) return st;
  return VB_OK;
}

/* an extent whose number of points can be counted */
static int extent_ok(lx *L, const int ext[6]) {
  int64_t d[3], i;
  for (i = 0; i < 3; i++) d[i] = ext[2 * i + 1] < ext[2 * i] ? 0 : (int64_t)ext[2 * i + 1] - ext[2 * i] + 1;
  /* stepwise: d[0] * d[1] itself may not fit (each count is up to 2^32) */
  if ((d[0] && d[1] > INT64_MAX / d[0]) || (d[0] && d[1] && d[2] > INT64_MAX / (d[0] * d[1])))
    return FAIL(L, VB_EINVAL, "%lld x %lld x %lld points: more than can be counted", (long long)d[0], (long long)d[1],
                (long long)d[2]);
  return VB_OK;
}

/* DIMENSIONS nx ny nz (extent 0..n-1) or EXTENT x0 x1 y0 y1 z0 z1: VB_OK,
 * 1 for another keyword, or an error */
static int grid_extent(lx *L, int ext[6]) {
  int d[3], i, st;
  if (vb__lx_keyword_is(L, "extent"))
    return (st = ints(L, "an extent", 6, INT32_MIN, INT32_MAX, ext)) != VB_OK ? st : extent_ok(L, ext);
  if (!vb__lx_keyword_is(L, "dimensions")) return 1;
  if ((st = ints(L, "a dimension", 3, 0, INT32_MAX, d)) != VB_OK) return st;
  for (i = 0; i < 3; i++) ext[2 * i] = 0, ext[2 * i + 1] = d[i] - 1;
  return extent_ok(L, ext);
}

/* ---- POLYDATA: VERTICES, LINES, POLYGONS, TRIANGLE_STRIPS ---- */
static const char *const cell_kw[4] = {"vertices", "lines", "polygons", "triangle_strips"};
static int (*const pd_set[4])(vb_polydata *, vb_cell_array *) = {vb_polydata_set_verts, vb_polydata_set_lines,
                                                                  vb_polydata_set_polys, vb_polydata_set_strips};
static vb_cell_array *(*const pd_get[4])(const vb_polydata *) = {vb_polydata_get_verts, vb_polydata_get_lines,
                                                                  vb_polydata_get_polys, vb_polydata_get_strips};

static int key_polydata(lx *L, lk *k) {
  vb_cell_array *ca;
  int c, st;
  for (c = 0; c < 4 && !vb__lx_keyword_is(L, cell_kw[c]); c++) {}
  if (c == 4) return 1;
  k->where[c] = L->tok_pos;
  if ((st = vb__lx_read_cells(L, &ca)) != VB_OK) return st;
  st = pd_set[c](vb_polydata_from_object(vb_data_object_object(k->d)), ca);
  vb_cell_array_release(ca);
  return st;
}

static int end_polydata(lx *L, lk *k) {
  vb_polydata *pd = vb_polydata_from_object(vb_data_object_object(k->d));
  int c, st = VB_OK;
  for (c = 0; c < 4 && st == VB_OK; c++)
    st = check_ids(L, pd_get[c](pd), vb_data_set_get_number_of_points(k->d), k->where[c]);
  return st;
}

/* ---- UNSTRUCTURED_GRID: CELLS (polyhedra as face streams), CELL_TYPES ---- */
/* a polyhedron's face stream (nfaces, n0, ids..., n1, ...) fills its cell
 * exactly, with one face at least */
static int face_stream_ok(vb_cell_array *ca, int64_t cell) {
  vb_array *off = vb_cell_array_get_offsets_array(ca), *conn = vb_cell_array_get_connectivity_array(ca);
  int64_t o0, o1, nf, n, f;
  vb_array_get_value_i64(off, cell, &o0);
  vb_array_get_value_i64(off, cell + 1, &o1);
  if (o0 >= o1 || vb_array_get_value_i64(conn, o0++, &nf) != VB_OK || nf < 1) return 0;
  for (f = 0; f < nf; f++) {
    if (o0 >= o1 || vb_array_get_value_i64(conn, o0++, &n) != VB_OK || n < 1 || n > o1 - o0) return 0;
    o0 += n;
  }
  return o0 == o1;
}

static int install_cells(lx *L, lk *k) {
  vb_unstructured_grid *g = vb_unstructured_grid_from_object(vb_data_object_object(k->d));
  int64_t n, i;
  int st;
  if (!k->cells || !k->types) return VB_OK;
  if ((n = vb_cell_array_get_number_of_cells(k->cells)) != vb_array_get_number_of_tuples(k->types))
    return vb__io_fail_at(vb__lx_what, L->p, k->where[1], VB_EINVAL, "%lld cell types for %lld cells",
                          (long long)vb_array_get_number_of_tuples(k->types), (long long)n);
  for (i = 0; i < n; i++)
    if (((unsigned char *)vb_array_data(k->types))[i] == VB_POLYHEDRON && !face_stream_ok(k->cells, i))
      return vb__io_fail_at(vb__lx_what, L->p, k->where[0], VB_EINVAL, "cell %lld: a polyhedron whose face stream "
                            "does not fill its cell", (long long)i);
  if ((st = vb_unstructured_grid_set_cells(g, k->types, k->cells)) != VB_OK)
    return st == VB_ENOMEM ? st : vb__io_fail_at(vb__lx_what, L->p, k->where[0], VB_EINVAL, "bad cells (%s)", vb_last_error());
  vb_cell_array_release(k->cells), vb_array_release(k->types);
  k->cells = NULL, k->types = NULL;
  return VB_OK;
}

static int key_ugrid(lx *L, lk *k) {
  int st;
  if (vb__lx_keyword_is(L, "cells")) {
    vb_cell_array_release(k->cells), k->cells = NULL;
    k->where[0] = L->tok_pos;
    if ((st = vb__lx_read_cells(L, &k->cells)) != VB_OK) return st;
  } else if (vb__lx_keyword_is(L, "cell_types")) {
    int64_t n, i, v;
    vb_array *a;
    k->where[1] = L->tok_pos;
    if ((st = vb__lx_integer(L, "a number of cell types", 0, INT64_MAX, &n)) != VB_OK ||
        (st = vb__lx_read_array(L, "int", n, 1, &a)) != VB_OK)
      return st;
    vb_array_release(k->types);
    if (!(k->types = vb_array_new(VB_UNSIGNED_CHAR)) || vb_array_set_number_of_tuples(k->types, n) != VB_OK)
      st = VB_ENOMEM;
    for (i = 0; i < n && st == VB_OK; i++) { /* VTK keeps them in an unsigned char array */
      vb_array_get_value_i64(a, i, &v);
      if (v < 0 || v > 255 || !strcmp(vb_cell_type_class_name((int)v), "UnknownClass"))
        st = FAIL(L, VB_EINVAL, "cell %lld has type %lld, which is no VTK cell type", (long long)i, (long long)v);
      else
        ((unsigned char *)vb_array_data(k->types))[i] = (unsigned char)v;
    }
    vb_array_release(a);
    if (st != VB_OK) return st;
  } else
    return 1;
  return install_cells(L, k);
}

static int end_ugrid(lx *L, lk *k) {
  vb_unstructured_grid *g = vb_unstructured_grid_from_object(vb_data_object_object(k->d));
  int64_t npts = vb_data_set_get_number_of_points(k->d);
  int st;
  if (k->cells || k->types)
    return vb__io_fail_at(vb__lx_what, L->p, k->where[k->cells ? 0 : 1], VB_EINVAL, "%s without %s",
                          k->cells ? "CELLS" : "CELL_TYPES", k->cells ? "CELL_TYPES" : "CELLS");
  if ((st = check_ids(L, vb_unstructured_grid_get_cells(g), npts, k->where[0])) != VB_OK) return st;
  return check_ids(L, vb_unstructured_grid_get_polyhedron_faces(g), npts, k->where[0]);
}

/* ---- STRUCTURED_POINTS (vtkImageData): DIMENSIONS or EXTENT, SPACING
 * (ASPECT_RATIO), ORIGIN ---- */
static int key_image(lx *L, lk *k) {
  vb_image_data *im = vb_image_data_from_object(vb_data_object_object(k->d));
  int ext[6], st;
  double v[3];
  if ((st = grid_extent(L, ext)) != 1)
    return st != VB_OK ? st : vb_image_data_set_extent(im, ext) == VB_OK ? VB_OK : FAIL(L, VB_EINVAL, "%s", vb_last_error());
  if (vb__lx_keyword_is(L, "spacing") || vb__lx_keyword_is(L, "aspect_ratio"))
    return (st = reals(L, "a spacing", v)) != VB_OK ? st : vb_image_data_set_spacing(im, v);
  if (vb__lx_keyword_is(L, "origin")) return (st = reals(L, "an origin", v)) != VB_OK ? st : vb_image_data_set_origin(im, v);
  return 1;
}

/* ---- STRUCTURED_GRID: DIMENSIONS or EXTENT (POINTS are read for every kind) ---- */
static int key_sgrid(lx *L, lk *k) {
  int ext[6], st;
  if ((st = grid_extent(L, ext)) != VB_OK) return st;
  return vb_structured_grid_set_extent(vb_structured_grid_from_object(vb_data_object_object(k->d)), ext);
}

/* ---- RECTILINEAR_GRID: DIMENSIONS, X/Y/Z_COORDINATES ---- */
static int key_rgrid(lx *L, lk *k) {
  static const char *const axes[3] = {"x_coordinates", "y_coordinates", "z_coordinates"};
  vb_rectilinear_grid *g = vb_rectilinear_grid_from_object(vb_data_object_object(k->d));
  int ext[6], axis, st;
  int64_t n;
  vb_array *a;
  char tname[256];
  if ((st = grid_extent(L, ext)) != 1) return st != VB_OK ? st : vb_rectilinear_grid_set_extent(g, ext);
  for (axis = 0; axis < 3 && !vb__lx_keyword_is(L, axes[axis]); axis++) {}
  if (axis == 3) return 1;
  if ((st = vb__lx_integer(L, "a number of coordinates", 0, INT64_MAX, &n)) != VB_OK ||
      (st = vb__lx_word(L, "a data type")) < 0)
    return st;
  memcpy(tname, L->tok, sizeof tname);
  if ((st = vb__lx_read_array(L, tname, n, 1, &a)) != VB_OK) return st;
  if (vb_array_type(a) == VB_BIT) st = FAIL(L, VB_EINVAL, "coordinates of type bit");
  if (st == VB_OK) st = vb_rectilinear_grid_set_coordinates(g, axis, a);
  vb_array_release(a);
  return st;
}

static vb_data_object *new_polydata(void) { return vb_polydata_data_object(vb_polydata_new()); }
static vb_data_object *new_ugrid(void) { /* initialized: no cells until CELLS (VTK's reader: GetCells() None) */
  vb_data_object *d = vb_data_object_from_object(vb_unstructured_grid_object(vb_unstructured_grid_new()));
  if (d && vb_data_object_initialize(d) != VB_OK) vb_object_release(vb_data_object_object(d)), d = NULL;
  return d;
}
static vb_data_object *new_image(void) { return vb_image_data_data_object(vb_image_data_new()); }
static vb_data_object *new_sgrid(void) { return vb_structured_grid_data_object(vb_structured_grid_new()); }
static vb_data_object *new_rgrid(void) { return vb_rectilinear_grid_data_object(vb_rectilinear_grid_new()); }

/* the data set kinds, by VTK's DATASET keyword (one row per kind): key
 * reads one of the kind's keywords (VB_OK, 1: not its keyword, or an
 * error), end checks what only the whole file tells */
static const struct {
  const char *kw;
  vb_data_object *(*make)(void);
  int (*key)(lx *L, lk *k);
  int (*end)(lx *L, lk *k);
} kinds[] = {
  {"polydata", new_polydata, key_polydata, end_polydata},
  {"unstructured_grid", new_ugrid, key_ugrid, end_ugrid},
  {"structured_points", new_image, key_image, NULL},
  {"structured_grid", new_sgrid, key_sgrid, NULL},
  {"rectilinear_grid", new_rgrid, key_rgrid, NULL},
};

/* the keywords every kind shares: FIELD, POINTS, then POINT_DATA /
 * CELL_DATA to the end of the file */
static int body(lx *L, lk *k, int (*key)(lx *L, lk *k)) {
  int st;
  while ((st = vb__lx_word(L, NULL)) == 1) {
    if ((st = key(L, k)) != 1) {
      if (st < 0) return st == VB_ENOMEM || vb_last_status() == st ? st : FAIL(L, st, "%s", vb_last_error());
      continue;
    }
    if (vb__lx_keyword_is(L, "field")) {
      vb_field_data *f;
      if ((st = vb__lx_read_field(L, &f)) != VB_OK) return st;
      st = vb_field_data_shallow_copy(vb_data_object_get_field_data(k->d), f);
      vb_field_data_release(f);
    } else if (vb__lx_keyword_is(L, "points") && vb_data_object_is_point_set(k->d)) {
      vb_array *a;
      vb_points *pts = NULL;
      int64_t npts;
      char tname[256];
      if ((st = vb__lx_integer(L, "a number of points", 0, INT64_MAX, &npts)) != VB_OK || (st = vb__lx_word(L, "a data type")) < 0)
        return st;
      memcpy(tname, L->tok, sizeof tname);
      if ((st = vb__lx_read_array(L, tname, npts, 3, &a)) != VB_OK) return st;
      if (!vb_type_is_valid(vb_array_type(a)))
        st = FAIL(L, VB_EINVAL, "points of type %s", tname);
      else if (!(pts = vb_points_new(vb_array_type(a))) || vb_points_set_data(pts, a) != VB_OK)
        st = VB_ENOMEM;
      /* POINTS 0 in an ASCII file gives no points, in a binary file empty points (VTK 9.7.1) */
      else if (npts > 0 || L->binary)
        st = vb_point_set_set_points(k->d, pts);
      else
        st = vb_point_set_set_points(k->d, NULL);
      vb_points_release(pts);
      vb_array_release(a);
    } else if (vb__lx_keyword_is(L, "point_data") || vb__lx_keyword_is(L, "cell_data")) {
      int c = vb__lx_keyword_is(L, "cell_data");
      int64_t n, np = vb_data_set_get_number_of_points(k->d), nc = vb_data_set_get_number_of_cells(k->d);
      if ((st = vb__lx_integer(L, "a number of tuples", 0, INT64_MAX, &n)) != VB_OK) return st;
      if (n != (c ? nc : np))
        return FAIL(L, VB_EINVAL, "%s %lld, but the data set has %lld", c ? "CELL_DATA" : "POINT_DATA", (long long)n,
                    (long long)(c ? nc : np));
      return vb__lx_read_attributes(L, vb_data_set_get_point_data(k->d), vb_data_set_get_cell_data(k->d), c, np, nc);
    } else
      return FAIL(L, VB_EINVAL, "unknown keyword '%s'", L->tok);
    if (st < 0) return st;
  }
  return st < 0 ? st : VB_OK;
}

vb_object *vb_legacy_read(const void *data, size_t n, unsigned read_all, vb_legacy_info *info) {
  lx L;
  lk k;
  char ln[256];
  int major = 0, minor = 0, st;
  size_t i = 0;
  VB_CHECK_NULL(data || !n, VB_EINVAL, "no data");
  memset(&L, 0, sizeof L);
  memset(&k, 0, sizeof k);
  L.p = data, L.n = n, L.read_all = read_all;
  if (!vb__lx_line(&L, ln, sizeof ln) || strncmp(ln, "# vtk DataFile Version", 22) != 0) {
    LX_FAIL(&L, VB_EINVAL, "not a legacy VTK file (no '# vtk DataFile Version' line)");
    return NULL;
  }
  { /* "%d.%d" with major <= 99, minor <= 9, else 0.0 (no sscanf: it costs the JS module 2 KB) */
    const char *v = ln + 22;
    int d = 0;
    while (*v == ' ' || *v == '\t') v++;
    for (; *v >= '0' && *v <= '9' && d < 3; v++, d++) major = major * 10 + (*v - '0');
    minor = -1;
    if (d && d < 3 && *v == '.') {
      for (v++; *v == ' ' || *v == '\t'; v++) {}
      if (*v >= '0' && *v <= '9' && !(v[1] >= '0' && v[1] <= '9')) minor = *v - '0';
    }
    if (minor < 0) major = minor = 0;
  }
  L.version = 10 * major + minor;
  if (info) memset(info, 0, sizeof *info), info->version = L.version;
  if (!vb__lx_line(&L, ln, sizeof ln)) {
    LX_FAIL_HERE(&L, VB_EINVAL, "the file ends before its title line");
    return NULL;
  }
  if (info) strcpy(info->header, ln);
  if (vb__lx_word(&L, "ASCII or BINARY") < 0) return NULL;
  if (vb__lx_keyword_is(&L, "binary"))
    L.binary = 1;
  else if (!vb__lx_keyword_is(&L, "ascii")) {
    LX_FAIL(&L, VB_EINVAL, "'%s' where ASCII or BINARY was expected", L.tok);
    return NULL;
  }
  if (info) info->binary = L.binary;
  if ((st = vb__lx_word(&L, NULL)) < 0) return NULL;
  if (st == 0 || vb__lx_keyword_is(&L, "field")) { /* vtkDataObjectReader: field data only (or nothing) */
    vb_field_data *f = NULL;
    if (!(k.d = vb_data_object_new())) return NULL;
    if (st && (st = vb__lx_read_field(&L, &f)) == VB_OK) st = vb_data_object_set_field_data(k.d, f);
    vb_field_data_release(f);
    if (st == VB_OK && (st = vb__lx_word(&L, NULL)) > 0) st = LX_FAIL(&L, VB_EINVAL, "'%s' after the field data", L.tok);
  } else if (!vb__lx_keyword_is(&L, "dataset")) {
    LX_FAIL(&L, VB_EINVAL, "'%s' where DATASET or FIELD was expected", L.tok);
    return NULL;
  } else {
    if (vb__lx_word(&L, "a data set kind") < 0) return NULL;
    for (i = 0; i < sizeof kinds / sizeof *kinds && !vb__lx_keyword_is(&L, kinds[i].kw); i++) {}
    if (i == sizeof kinds / sizeof *kinds) {
      LX_FAIL(&L, VB_EINVAL, "unknown data set kind '%s'", L.tok);
      return NULL;
    }
    if (!(k.d = kinds[i].make())) return NULL;
    st = body(&L, &k, kinds[i].key);
    if (st == VB_OK && kinds[i].end) st = kinds[i].end(&L, &k);
    vb_cell_array_release(k.cells);
    vb_array_release(k.types);
  }
  if (st == VB_ENOMEM && vb_last_status() != VB_ENOMEM) vb__fail("Read", VB_ENOMEM, "out of memory");
  if (st != VB_OK) {
    vb_object_release(vb_data_object_object(k.d));
    return NULL;
  }
  return vb_data_object_object(k.d);
}
