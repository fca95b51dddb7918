/* vb_cell.c - cells (vb_cell.h): one object kind for every linear cell
 * class, its facts from the tables of vb_cell_facts.c. */
#include "vb_cell.h"

#include <string.h>

#include "vb_cell_impl.h"
#include "vb_internal.h"
#include "vb_data_set.h"
#include "vb_polydata.h"

enum { SUB_LINE, SUB_TRIANGLE, SUB_QUAD, SUB_POLYGON, SUB_PIXEL, NSUB };
static const int sub_type[NSUB] = {VB_LINE, VB_TRIANGLE, VB_QUAD, VB_POLYGON, VB_PIXEL};

struct vb_cell {
  vb_object obj;
  int type, generic;
  vb_id_list *ids;
  vb_points *pts;       /* VB_DOUBLE, as VTK's cells */
  vb_cell_array *faces; /* polyhedra: faces by global point ids; NULL until set */
  vb_cell *sub[NSUB];   /* the edge / face cells handed out (owned) */
};

static void cell_destroy(vb_object *o) {
  vb_cell *c = (vb_cell *)o;
  vb_id_list_release(c->ids);
  vb_points_release(c->pts);
  vb_cell_array_release(c->faces);
  for (int k = 0; k < NSUB; k++) vb_cell_release(c->sub[k]);
  vb__free(c);
}

static const char *cell_name(const vb_object *o) {
  const vb_cell *c = (const vb_cell *)o;
  return c->generic ? "vtkGenericCell" : vb_cell_type_class_name(c->type);
}

VB_DEFINE_CLASS(cell, vb_cell, "vtkCell", cell_destroy, cell_name)

#define CHECK_C(c) VB_CHECK((c) != NULL, VB_EINVAL, "cell is NULL")

/* point count of a new cell of type t (VTK's constructors) */
static int64_t fixed_points(int t) {
  const unsigned char *topo = vb__cell_topology(t);
  return topo ? topo[0] : 0;
}

/* n ids and coordinates: ids[k], with coordinates of point at[k] (at NULL:
 * ids[k]) of src (NULL: zeros); faces copied for a polyhedron.  All
 * allocations happen before anything changes. */
#define SEQ ((const vb_id *)&seq_mark) /* `at`: point k of src */
static const vb_id seq_mark = 0;
/* where fill reads coordinates: points, or a data set (vb_data_set.h) */
typedef struct {
  const vb_points *pts;
  const vb_data_object *ds;
} source;
static int64_t src_count(const source *s) {
  return s->ds ? vb_data_set_get_number_of_points(s->ds) : vb_points_get_number_of_points(s->pts);
}
static void src_point(const source *s, int64_t id, double x[3]) {
  if (s->ds) vb_data_set_get_point(s->ds, id, x);
  else vb_points_get_point(s->pts, id, x);
}

static int fill_from(vb_cell *c, int type, int64_t n, const vb_id *ids, const source *src, const vb_id *at,
                     const vb_cell_array *faces, const char *fn) {
  int64_t ns = src ? src_count(src) : 0;
  vb_cell_array *nf = NULL;
  int st;
  for (int64_t k = 0; src && k < n; k++) {
    vb_id p = at == SEQ ? k : at ? at[k] : ids[k];
    if (p < 0 || p >= ns) return vb__fail(fn, VB_ERANGE, "point id %lld not in [0, %lld)", (long long)p, (long long)ns);
  }
  if (type == VB_POLYHEDRON && faces) {
    if (!(nf = vb_cell_array_new())) return vb__named(fn, VB_ENOMEM);
    if ((st = vb_cell_array_deep_copy(nf, faces)) < 0) {
      vb_cell_array_release(nf);
      return vb__named(fn, st);
    }
  }
  if ((st = vb_id_list_reserve(c->ids, n)) < 0 || (st = vb_points_reserve(c->pts, n)) < 0 ||
      (st = vb_points_set_number_of_points(c->pts, n)) < 0) {
    vb_cell_array_release(nf);
    return vb__named(fn, st);
  }
  vb_id_list_set_number_of_ids(c->ids, n); /* room reserved: cannot fail */
  for (int64_t k = 0; k < n; k++) {
    double x[3] = {0, 0, 0};
    vb_id_list_set_id(c->ids, k, ids ? ids[k] : 0);
    if (src) src_point(src, at == SEQ ? k : at ? at[k] : ids[k], x);
    vb_points_set_point(c->pts, k, x);
  }
  vb_cell_array_release(c->faces);
  c->faces = nf;
  c->type = type;
  return VB_OK;
}

static int fill(vb_cell *c, int type, int64_t n, const vb_id *ids, const vb_points *pts, const vb_id *at,
                const vb_cell_array *faces, const char *fn) {
  source src = {pts, NULL};
  return fill_from(c, type, n, ids, pts ? &src : NULL, at, faces, fn);
}

int vb__cell_set_from(vb_cell *c, int type, int64_t n, const vb_id *ids, const vb_data_object *d,
                      const vb_cell_array *faces, const char *fn) {
  source src = {NULL, d};
  if (!vb_cell_type_is_supported(type)) return vb__fail(fn, VB_EINVAL, "cell type %d is not supported", type);
  if (!c->generic && type != c->type)
    return vb__fail(fn, VB_EINVAL, "a %s cannot hold a cell of type %d", vb_cell_type_class_name(c->type), type);
  return fill_from(c, type, n, ids, &src, NULL, faces, fn);
}

vb_cell *vb_cell_new(int type, int generic) {
  VB_CHECK_NULL(vb_cell_type_is_supported(type), VB_EINVAL, "cell type %d is not supported", type);
  vb_cell *c = vb__calloc(sizeof *c, VB_MIN_ALIGN);
  if (!c) return VB_NAMED(VB_ENOMEM), NULL;
  vb__object_init(&c->obj, &cell_class);
  c->generic = generic != 0;
  c->ids = vb_id_list_new();
  c->pts = vb_points_new(VB_DOUBLE);
  if (!c->ids || !c->pts || fill(c, type, fixed_points(type), NULL, NULL, NULL, NULL, VB_FUNC) < 0) {
    vb_cell_release(c);
    return VB_NAMED(VB_ENOMEM), NULL;
  }
  return c;
}

int vb_cell_get_cell_type(const vb_cell *c) { return c ? c->type : VB_EMPTY_CELL; }
int vb_cell_is_generic(const vb_cell *c) { return c ? c->generic : 0; }

int vb_cell_set_cell_type(vb_cell *c, int type) {
  CHECK_C(c);
  VB_CHECK(c->generic, VB_EINVAL, "only a vtkGenericCell changes its type");
  VB_CHECK(vb_cell_type_is_supported(type), VB_EINVAL, "cell type %d is not supported", type);
  if (type == c->type) return VB_OK;
  return fill(c, type, fixed_points(type), NULL, NULL, NULL, NULL, VB_FUNC);
}

int vb_cell_get_cell_dimension(const vb_cell *c) { return vb_cell_type_dimension(vb_cell_get_cell_type(c)); }
int vb_cell_is_primary(const vb_cell *c) {
  int t = vb_cell_get_cell_type(c);
  return !(t == VB_POLY_VERTEX || t == VB_POLY_LINE || t == VB_TRIANGLE_STRIP || t == VB_POLYGON);
}
int vb_cell_requires_initialization(const vb_cell *c) { return vb_cell_get_cell_type(c) == VB_POLYHEDRON; }
int vb_cell_requires_explicit_faces(const vb_cell *c) { return vb_cell_get_cell_type(c) == VB_POLYHEDRON; }

int64_t vb_cell_get_number_of_points(const vb_cell *c) { return c ? vb_id_list_get_number_of_ids(c->ids) : 0; }
vb_id_list *vb_cell_get_point_ids(const vb_cell *c) { return c ? c->ids : NULL; }
vb_points *vb_cell_get_points(const vb_cell *c) { return c ? c->pts : NULL; }
vb_cell_array *vb_cell_get_faces(const vb_cell *c) { return c && c->type == VB_POLYHEDRON ? c->faces : NULL; }

int vb_cell_get_point_id(const vb_cell *c, int64_t i, vb_id *id) {
  CHECK_C(c);
  return VB_NAMED(vb_id_list_get_id(c->ids, i, id));
}

int vb_cell_set(vb_cell *c, int type, int64_t n, const vb_id *ids, const vb_points *pts, const vb_cell_array *faces) {
  CHECK_C(c);
  VB_CHECK(vb_cell_type_is_supported(type), VB_EINVAL, "cell type %d is not supported", type);
  VB_CHECK(c->generic || type == c->type, VB_EINVAL, "a %s cannot hold a cell of type %d",
           vb_cell_type_class_name(c->type), type);
  VB_CHECK(n >= 0 && (ids || n == 0), VB_EINVAL, "no point ids");
  return fill(c, type, n, ids, pts, NULL, faces, VB_FUNC);
}

/* ---- edges and faces ---- */

/* the polyhedron's unique edges in face order (first orientation): the
 * count (-1: no memory), and edge i's ids into e (when i >= 0) */
static int poly_edges(const vb_cell *c, int i, vb_id e[2]) {
  int64_t nf = vb_cell_array_get_number_of_cells(c->faces), total = vb_cell_array_get_number_of_connectivity_ids(c->faces);
  vb_id *ab = vb__alloc((size_t)(2 * total + 1) * sizeof *ab, VB_MIN_ALIGN), *p;
  int64_t ne = 0;
  int count = 0;
  if (!ab || !(p = vb__alloc((size_t)(total + 1) * sizeof *p, VB_MIN_ALIGN))) {
    vb__free(ab);
    return -1;
  }
  for (int64_t f = 0; f < nf; f++) {
    int64_t n;
    vb_cell_array_get_cell(c->faces, f, p, total, &n);
    for (int64_t k = 0; k < n; k++) {
      vb_id a = p[k], b = p[(k + 1) % n];
      int64_t j = 0;
      while (j < ne && !((ab[2 * j] == a && ab[2 * j + 1] == b) || (ab[2 * j] == b && ab[2 * j + 1] == a))) j++;
      if (j < ne) continue;
      ab[2 * ne] = a;
      ab[2 * ne++ + 1] = b;
      if (count++ == i) e[0] = a, e[1] = b;
    }
  }
  vb__free(p);
  vb__free(ab);
  return count;
}

int vb_cell_get_number_of_edges(const vb_cell *c) {
  const unsigned char *topo;
  int64_t n = vb_cell_get_number_of_points(c);
  if (!c) return 0;
  if ((topo = vb__cell_topology(c->type))) return topo[1];
  if (c->type == VB_POLYGON) return (int)n;
  if (c->type == VB_TRIANGLE_STRIP) return n >= 2 ? (int)n : 0;
  if (c->type == VB_POLYHEDRON && c->faces) return poly_edges(c, -1, NULL);
  return 0;
}

int vb_cell_get_number_of_faces(const vb_cell *c) {
  const unsigned char *topo;
  if (!c) return 0;
  if ((topo = vb__cell_topology(c->type))) return topo[2];
  if (c->type == VB_POLYHEDRON) return (int)vb_cell_array_get_number_of_cells(c->faces);
  return 0;
}

/* the sub-cell of kind k set to n points: ids[j] of the cell (local: the
 * cell's local ids, else global ids looked up in the cell's ids) */
static vb_cell *sub_cell(vb_cell *c, int k, int64_t n, const vb_id *ids, int local, const char *fn) {
  int64_t np = vb_cell_get_number_of_points(c);
  const int64_t *cid = vb_id_list_data(c->ids);
  vb_id at[64], gid[64], *a = at, *g = gid;
  vb_cell *s = c->sub[k];
  if (!s && !(s = c->sub[k] = vb_cell_new(sub_type[k], 0))) return vb__named(fn, VB_ENOMEM), NULL;
  if (n > 64) {
    a = vb__alloc((size_t)n * sizeof *a, VB_MIN_ALIGN);
    g = vb__alloc((size_t)n * sizeof *g, VB_MIN_ALIGN);
    if (!a || !g) {
      vb__free(a);
      vb__free(g);
      return vb__named(fn, VB_ENOMEM), NULL;
    }
  }
  int st = VB_OK;
  for (int64_t j = 0; j < n && st == VB_OK; j++) {
    a[j] = local ? ids[j] : -1;
    for (int64_t q = 0; !local && q < np; q++)
      if (cid[q] == ids[j]) { a[j] = q; break; }
    if (a[j] < 0 || a[j] >= np)
      st = vb__fail(fn, VB_ESTATE, "the cell's %lld points do not hold its faces and edges", (long long)np);
    else
      g[j] = cid[a[j]];
  }
  if (st == VB_OK) st = fill(s, sub_type[k], n, g, c->pts, a, NULL, fn);
  if (a != at) {
    vb__free(a);
    vb__free(g);
  }
  return st < 0 ? NULL : s;
}

vb_cell *vb_cell_get_edge(vb_cell *c, int i) {
  VB_CHECK_NULL(c, VB_EINVAL, "cell is NULL");
  int ne = vb_cell_get_number_of_edges(c);
  const unsigned char *topo = vb__cell_topology(c->type);
  vb_id e[2];
  int local = 1;
  int64_t n = vb_cell_get_number_of_points(c);
  VB_CHECK_NULL(i >= 0 && i < ne, VB_ERANGE, "edge %d not in [0, %d)", i, ne);
  if (topo) {
    e[0] = topo[3 + 2 * i];
    e[1] = topo[4 + 2 * i];
  } else if (c->type == VB_POLYGON) {
    e[0] = i;
    e[1] = (i + 1) % n;
  } else if (c->type == VB_TRIANGLE_STRIP) {
    e[0] = i == 0 ? 0 : i == ne - 1 ? n - 2 : i - 1;
    e[1] = i == 0 ? 1 : i == ne - 1 ? n - 1 : i + 1;
  } else {
    if (poly_edges(c, i, e) < 0) return VB_NAMED(VB_ENOMEM), NULL;
    local = 0;
  }
  return sub_cell(c, SUB_LINE, 2, e, local, VB_FUNC);
}

vb_cell *vb_cell_get_face(vb_cell *c, int i) {
  VB_CHECK_NULL(c, VB_EINVAL, "cell is NULL");
  int nf = vb_cell_get_number_of_faces(c);
  const unsigned char *topo = vb__cell_topology(c->type);
  VB_CHECK_NULL(i >= 0 && i < nf, VB_ERANGE, "face %d not in [0, %d)", i, nf);
  if (topo) {
    const unsigned char *f = topo + 3 + 2 * topo[1];
    vb_id ids[8];
    while (i--) f += 1 + f[0];
    for (int k = 0; k < f[0]; k++) ids[k] = f[1 + k];
    int kind = c->type == VB_VOXEL ? SUB_PIXEL : f[0] == 3 ? SUB_TRIANGLE : f[0] == 4 ? SUB_QUAD : SUB_POLYGON;
    return sub_cell(c, kind, f[0], ids, 1, VB_FUNC);
  }
  int64_t n;
  vb_cell_array_get_cell_size(c->faces, i, &n);
  vb_id *ids = vb__alloc((size_t)(n + 1) * sizeof *ids, VB_MIN_ALIGN);
  if (!ids) return VB_NAMED(VB_ENOMEM), NULL;
  vb_cell_array_get_cell(c->faces, i, ids, n, &n);
  vb_cell *s = sub_cell(c, SUB_POLYGON, n, ids, 0, VB_FUNC);
  vb__free(ids);
  return s;
}

int vb_cell_get_bounds(const vb_cell *c, double b[6]) {
  int st;
  CHECK_C(c);
  st = VB_NAMED(vb_points_get_bounds(c->pts, b));
  if (st == VB_OK && b[0] > b[1]) /* no points: VTK's uninitialized bounds (1, -1, ...) */
    for (int i = 0; i < 6; i++) b[i] = i % 2 ? -1.0 : 1.0;
  return st;
}

int vb_cell_deep_copy(vb_cell *c, const vb_cell *src) {
  CHECK_C(c);
  VB_CHECK(src != NULL, VB_EINVAL, "source cell is NULL");
  if (c == src) return VB_OK;
  return fill(c, c->generic ? src->type : c->type, vb_cell_get_number_of_points(src), vb_id_list_data(src->ids),
              src->pts, SEQ, src->faces, VB_FUNC);
}

int vb_cell_shallow_copy(vb_cell *c, const vb_cell *src) {
  CHECK_C(c);
  VB_CHECK(src != NULL, VB_EINVAL, "source cell is NULL");
  if (c == src) return VB_OK;
  vb_cell_array *nf = NULL;
  int64_t n = vb_cell_get_number_of_points(src);
  int type = c->generic ? src->type : c->type, st = vb_id_list_reserve(c->ids, n);
  if (st == VB_OK && type == VB_POLYHEDRON && src->faces)
    st = (nf = vb_cell_array_new()) ? vb_cell_array_deep_copy(nf, src->faces) : VB_ENOMEM;
  if (st == VB_OK) st = vb_points_shallow_copy(c->pts, src->pts);
  if (st < 0) {
    vb_cell_array_release(nf);
    return VB_NAMED(st);
  }
  vb_id_list_set_number_of_ids(c->ids, n); /* room reserved: cannot fail */
  for (int64_t k = 0; k < n; k++) vb_id_list_set_id(c->ids, k, vb_id_list_data(src->ids)[k]);
  vb_cell_array_release(c->faces);
  c->faces = nf;
  c->type = type;
  return VB_OK;
}

int vb_cell_initialize(vb_cell *c) {
  CHECK_C(c);
  return VB_OK;
}
