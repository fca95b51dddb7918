/* vb_unstructured_grid.c - vtkUnstructuredGrid (vb_unstructured_grid.h):
 * the class on the data set base, allocation, InsertNextCell, SetCells,
 * copies.  Faces, point cells, distinct types: vb_unstructured_grid_query.c. */
#include "vb_unstructured_grid_impl.h"

#include <stdlib.h>

static void ug_destroy(vb_data_object *d) {
  vb_unstructured_grid *g = (vb_unstructured_grid *)d;
  vb_array_release(g->types);
  vb_cell_array_release(g->cells);
  vb_cell_array_release(g->faces);
  vb_cell_array_release(g->face_locations);
  vb_cell_types_release(g->distinct);
}

static int64_t ug_ncells(const vb_data_object *d) {
  return vb_cell_array_get_number_of_cells(((const vb_unstructured_grid *)d)->cells);
}

int vb__ug_type(const vb_unstructured_grid *g, int64_t id) {
  double v;
  int64_t n = vb_array_get_number_of_tuples(g->types);
  if (id >= n) return VB_FAIL(VB_ESTATE, "the cell types array has %lld values for more cells", (long long)n);
  vb_array_get_value(g->types, id, &v);
  return (int)v & 255; /* VTK casts to unsigned char */
}

static int ug_cell(vb_data_object *d, int64_t id, vb_id_list *ids) {
  vb_unstructured_grid *g = (vb_unstructured_grid *)d;
  int t = vb__ug_type(g, id);
  if (t < 0 || !ids) return t;
  int st = vb__cell_ids(g->cells, id, ids);
  return st < 0 ? st : t;
}

static int64_t ug_cell_size(vb_data_object *d, int64_t id) {
  int64_t n = 0;
  int st = vb_cell_array_get_cell_size(((vb_unstructured_grid *)d)->cells, id, &n);
  return st < 0 ? st : n;
}

static int64_t ug_max_cell_size(const vb_data_object *d) {
  return vb_cell_array_get_max_cell_size(((const vb_unstructured_grid *)d)->cells);
}

static int64_t ug_memory(const vb_data_object *d) {
  const vb_unstructured_grid *g = (const vb_unstructured_grid *)d;
  int64_t s = g->types ? vb_array_get_actual_memory_size(g->types) : 0;
  vb_cell_array *ca[3] = {g->cells, g->faces, g->face_locations};
  for (int k = 0; k < 3; k++) s += ca[k] ? vb_cell_array_get_actual_memory_size(ca[k]) : 0;
  return s;
}

void vb__ugrid_set4(vb_unstructured_grid *g, vb_array *types, vb_cell_array *cells, vb_cell_array *fl, vb_cell_array *faces) {
  vb_array_retain(types);
  vb_cell_array_retain(cells);
  vb_cell_array_retain(fl);
  vb_cell_array_retain(faces);
  vb_array_release(g->types);
  vb_cell_array_release(g->cells);
  vb_cell_array_release(g->face_locations);
  vb_cell_array_release(g->faces);
  g->types = types;
  g->cells = cells;
  g->face_locations = fl;
  g->faces = faces;
  vb_object_modified(&g->base.obj);
}

static int ug_initialize(vb_data_object *d) {
  vb__ugrid_set4((vb_unstructured_grid *)d, NULL, NULL, NULL, NULL);
  return VB_OK;
}

/* a new array of a's class holding a copy (NULL a: NULL) */
static int copy_array(const vb_array *a, vb_array **out) {
  *out = NULL;
  if (!a) return VB_OK;
  if (!(*out = vb_array_new_layout(vb_array_type(a), vb_array_layout(a)))) return vb_last_status();
  int st = vb_array_deep_copy(*out, a);
  if (st < 0) vb_array_release(*out), *out = NULL;
  return st;
}
static int copy_cells(const vb_cell_array *a, vb_cell_array **out) {
  *out = NULL;
  if (!a) return VB_OK;
  if (!(*out = vb_cell_array_new())) return vb_last_status();
  int st = vb_cell_array_deep_copy(*out, a);
  if (st < 0) vb_cell_array_release(*out), *out = NULL;
  return st;
}

static int ug_copy_structure(vb_data_object *dst, const vb_data_object *src, int mode) {
  vb_unstructured_grid *g = (vb_unstructured_grid *)dst;
  const vb_unstructured_grid *s = (const vb_unstructured_grid *)src;
  if (mode != VB__COPY_DEEP) {
    vb__ugrid_set4(g, s->types, s->cells, s->face_locations, s->faces);
    return VB_OK;
  }
  vb_array *t;
  vb_cell_array *c, *fl, *f;
  int st = copy_array(s->types, &t);
  if (st == VB_OK) st = copy_cells(s->cells, &c);
  else c = NULL;
  if (st == VB_OK) st = copy_cells(s->face_locations, &fl);
  else fl = NULL;
  if (st == VB_OK) st = copy_cells(s->faces, &f);
  else f = NULL;
  if (st == VB_OK) vb__ugrid_set4(g, t, c, fl, f);
  vb_array_release(t);
  vb_cell_array_release(c);
  vb_cell_array_release(fl);
  vb_cell_array_release(f);
  return st;
}

static const vb_data_class ug_data = {.type_id = VB_UNSTRUCTURED_GRID,
                                      .flags = VB__POINT_SET,
                                      .ncells = ug_ncells,
                                      .cell = ug_cell,
                                      .max_cell_size = ug_max_cell_size,
                                      .copy_structure = ug_copy_structure,
                                      .initialize = ug_initialize,
                                      .memory = ug_memory,
                                      .destroy = ug_destroy,
                                      .cell_size = ug_cell_size};
static const vb_class ug_class = {"vtkUnstructuredGrid", vb__data_object_destroy, NULL, &ug_data};

vb_object *vb_unstructured_grid_object(vb_unstructured_grid *g) { return g ? &g->base.obj : NULL; }
vb_unstructured_grid *vb_unstructured_grid_from_object(vb_object *o) {
  return o && o->cls == &ug_class ? (vb_unstructured_grid *)o : NULL;
}
void vb_unstructured_grid_retain(vb_unstructured_grid *g) { vb_object_retain(vb_unstructured_grid_object(g)); }
void vb_unstructured_grid_release(vb_unstructured_grid *g) { vb_object_release(vb_unstructured_grid_object(g)); }

#define CHECK_G(g) VB_CHECK((g) != NULL, VB_EINVAL, "unstructured grid is NULL")

/* new empty types and cells with room (ncells, conn) */
static int fresh(vb_unstructured_grid *g, int64_t ncells, int64_t conn) {
  vb_array *t = vb_array_new(VB_UNSIGNED_CHAR);
  vb_cell_array *c = vb_cell_array_new();
  int st = t && c ? vb_cell_array_allocate_exact(c, ncells, conn) : VB_ENOMEM;
  if (st == VB_OK) st = vb_array_reserve_values(t, ncells);
  if (st == VB_OK) vb__ugrid_set4(g, t, c, NULL, NULL);
  vb_array_release(t);
  vb_cell_array_release(c);
  return st;
}

vb_unstructured_grid *vb_unstructured_grid_new(void) {
  vb_unstructured_grid *g = vb__calloc(sizeof *g, VB_MIN_ALIGN);
  if (!g) return VB_NAMED(VB_ENOMEM), NULL;
  if (vb__data_object_init(&g->base, &ug_class) != VB_OK || fresh(g, 0, 0) != VB_OK) {
    vb_object_release(&g->base.obj);
    return VB_NAMED(VB_ENOMEM), NULL;
  }
  return g;
}

int vb_unstructured_grid_allocate_exact(vb_unstructured_grid *g, int64_t ncells, int64_t conn) {
  CHECK_G(g);
  return VB_NAMED(fresh(g, ncells < 1 ? 1024 : ncells, conn < 1 ? 1024 : conn));
}

int vb_unstructured_grid_allocate_estimate(vb_unstructured_grid *g, int64_t ncells, int64_t max_cell_size) {
  CHECK_G(g);
  VB_CHECK(max_cell_size <= 0 || ncells <= INT64_MAX / max_cell_size, VB_EOVERFLOW, "%lld cells of %lld points overflow",
           (long long)ncells, (long long)max_cell_size);
  return VB_NAMED(fresh(g, ncells < 1 ? 1024 : ncells, ncells * max_cell_size < 1 ? 1024 : ncells * max_cell_size));
}

/* room for `cells` more cells of `ids` more ids: afterwards inserting them
 * cannot fail */
int vb__ca_room(vb_cell_array *ca, int64_t cells, int64_t ids) {
  vb_array *o = vb_cell_array_get_offsets_array(ca), *c = vb_cell_array_get_connectivity_array(ca);
  int64_t no = vb_array_get_number_of_values(o), nc = vb_array_get_number_of_values(c);
  int st = VB_OK;
  if (nc + ids > vb_array_get_size(c)) st = vb_array_resize(c, nc + ids);
  if (st == VB_OK && (no ? no : 1) + cells > vb_array_get_size(o)) st = vb_array_resize(o, (no ? no : 1) + cells);
  return st;
}

/* The one insertion: a cell of npts ids pts, and for a polyhedron its faces
 * (nf faces: counts[k] ids each, flat in fids).  Everything that can fail
 * happens before the grid changes. */
static int64_t insert(vb_unstructured_grid *g, int type, int64_t npts, const vb_id *pts, int64_t nf,
                      const int64_t *counts, const vb_id *fids, const char *fn) {
  int64_t nfids = 0, ncells;
  vb_cell_array *faces = NULL, *fl = NULL;
  int st;
  VB_CHECK_IN(fn, type >= 0 && type <= 255, VB_ENOFIT, "cell type %d is not an unsigned char", type);
  VB_CHECK_IN(fn, npts >= 0 && (pts || !npts), VB_EINVAL, "no point ids");
  for (int64_t k = 0; k < npts; k++)
    VB_CHECK_IN(fn, pts[k] >= 0, VB_ERANGE, "negative point id %lld", (long long)pts[k]);
  for (int64_t k = 0; k < nf; k++) nfids += counts[k];
  for (int64_t k = 0; k < nfids; k++)
    VB_CHECK_IN(fn, fids[k] >= 0, VB_ERANGE, "negative point id %lld", (long long)fids[k]);
  if ((!g->cells || !g->types) && (st = fresh(g, 0, 0)) < 0) return vb__named(fn, st);
  ncells = vb_cell_array_get_number_of_cells(g->cells);
  if (type == VB_POLYHEDRON && !g->faces) { /* made at the first polyhedron, padded */
    faces = vb_cell_array_new();
    fl = vb_cell_array_new();
    st = faces && fl ? vb__ca_room(fl, ncells + 1, 0) : VB_ENOMEM;
    for (int64_t k = 0; st == VB_OK && k < ncells; k++) st = (int)vb_cell_array_insert_next_cell(fl, 0, NULL) < 0 ? VB_ENOMEM : VB_OK;
  } else {
    faces = g->faces, fl = g->face_locations;
    vb_cell_array_retain(faces);
    vb_cell_array_retain(fl);
    st = VB_OK;
  }
  if (st == VB_OK && fl) st = vb__ca_room(fl, 1, type == VB_POLYHEDRON ? nf : 0);
  if (st == VB_OK && type == VB_POLYHEDRON) st = vb__ca_room(faces, nf, nfids);
  if (st == VB_OK) st = vb_array_reserve_values(g->types, vb_array_get_number_of_values(g->types) + 1);
  if (st == VB_OK) st = (int)vb_cell_array_insert_next_cell(g->cells, npts, pts) < 0 ? vb_last_status() : VB_OK;
  if (st < 0) {
    vb_cell_array_release(faces);
    vb_cell_array_release(fl);
    return vb__named(fn, st);
  }
  /* from here nothing allocates */
  if (type == VB_POLYHEDRON) {
    int64_t first = vb_cell_array_get_number_of_cells(faces);
    vb_cell_array_insert_next_cell_n(fl, nf);
    for (int64_t k = 0; k < nf; k++) vb_cell_array_insert_cell_point(fl, first + k);
    for (int64_t k = 0, at = 0; k < nf; at += counts[k++]) vb_cell_array_insert_next_cell(faces, counts[k], fids + at);
  } else if (fl) {
    vb_cell_array_insert_next_cell(fl, 0, NULL);
  }
  if (type == VB_POLYHEDRON && !g->faces) {
    g->faces = faces, g->face_locations = fl;
  } else {
    vb_cell_array_release(faces);
    vb_cell_array_release(fl);
  }
  vb_array_insert_next_value(g->types, type);
  vb_object_modified(&g->base.obj);
  return ncells;
}

/* a face stream (n faces, length len) as counts + flat ids (PyMem-free:
 * vb__alloc; *counts and *ids freed by the caller) */
static int parse_stream(int64_t n, const vb_id *s, int64_t len, int64_t **counts, const vb_id **ids,
                        vb_id **flat, int64_t *nflat, const char *fn) {
  int64_t at = 0, m = 0;
  *counts = NULL, *flat = NULL;
  VB_CHECK_IN(fn, n >= 0 && len >= 0 && (s || !len), VB_EINVAL, "bad face stream");
  if (!(*counts = vb__alloc((size_t)(n + 1) * sizeof **counts, VB_MIN_ALIGN))) return vb__named(fn, VB_ENOMEM);
  if (!(*flat = vb__alloc((size_t)(len + 1) * sizeof **flat, VB_MIN_ALIGN))) {
    vb__free(*counts);
    return vb__named(fn, VB_ENOMEM);
  }
  for (int64_t k = 0; k < n; k++) {
    if (at >= len || s[at] < 0 || s[at] > len - at - 1) {
      vb__free(*counts);
      vb__free(*flat);
      return vb__fail(fn, VB_EINVAL, "the face stream of %lld faces is %lld ids long", (long long)n, (long long)len);
    }
    (*counts)[k] = s[at];
    for (int64_t j = 0; j < s[at]; j++) (*flat)[m++] = s[at + 1 + j];
    at += s[at] + 1;
  }
  *ids = *flat;
  *nflat = m;
  return VB_OK;
}

static int cmp_id(const void *a, const void *b) {
  vb_id x = *(const vb_id *)a, y = *(const vb_id *)b;
  return (x > y) - (x < y);
}

/* the distinct ids of a polyhedron's faces, ascending (VTK's std::set) */
static int unique_points(const vb_id *ids, int64_t n, vb_id **out, int64_t *nout, const char *fn) {
  int64_t m = 0;
  if (!(*out = vb__alloc((size_t)(n + 1) * sizeof **out, VB_MIN_ALIGN))) return vb__named(fn, VB_ENOMEM);
  for (int64_t k = 0; k < n; k++) (*out)[k] = ids[k];
  qsort(*out, (size_t)n, sizeof **out, cmp_id);
  for (int64_t k = 0; k < n; k++)
    if (k == 0 || (*out)[k] != (*out)[m - 1]) (*out)[m++] = (*out)[k];
  *nout = m;
  return VB_OK;
}

int64_t vb_unstructured_grid_insert_next_cell(vb_unstructured_grid *g, int type, int64_t npts, const vb_id *pts,
                                              int64_t len) {
  CHECK_G(g);
  if (type != VB_POLYHEDRON) return insert(g, type, npts, pts, 0, NULL, NULL, VB_FUNC);
  int64_t *counts, nflat, nu = 0;
  const vb_id *fids;
  vb_id *flat, *u;
  int st = parse_stream(npts, pts, len, &counts, &fids, &flat, &nflat, VB_FUNC);
  if (st < 0) return st;
  int64_t r = (st = unique_points(flat, nflat, &u, &nu, VB_FUNC)) < 0 ? st : insert(g, type, nu, u, npts, counts, fids, VB_FUNC);
  if (st == VB_OK) vb__free(u);
  vb__free(counts);
  vb__free(flat);
  return r;
}

int64_t vb_unstructured_grid_insert_next_cell_faces(vb_unstructured_grid *g, int type, int64_t npts, const vb_id *pts,
                                                    int64_t nfaces, const vb_id *faces, int64_t len) {
  CHECK_G(g);
  if (type != VB_POLYHEDRON) return insert(g, type, npts, pts, 0, NULL, NULL, VB_FUNC);
  int64_t *counts, nflat;
  const vb_id *fids;
  vb_id *flat;
  int st = parse_stream(nfaces, faces, len, &counts, &fids, &flat, &nflat, VB_FUNC);
  if (st < 0) return st;
  int64_t r = insert(g, type, npts, pts, nfaces, counts, fids, VB_FUNC);
  vb__free(counts);
  vb__free(flat);
  return r;
}

int64_t vb_unstructured_grid_insert_next_cell_ca(vb_unstructured_grid *g, int type, int64_t npts, const vb_id *pts,
                                                 const vb_cell_array *faces) {
  CHECK_G(g);
  VB_CHECK(faces || type != VB_POLYHEDRON, VB_EINVAL, "no faces");
  if (type != VB_POLYHEDRON) return insert(g, type, npts, pts, 0, NULL, NULL, VB_FUNC);
  int64_t nf = vb_cell_array_get_number_of_cells(faces), nids = vb_cell_array_get_number_of_connectivity_ids(faces);
  int64_t *counts = vb__alloc((size_t)(nf + 1) * sizeof *counts, VB_MIN_ALIGN);
  vb_id *flat = vb__alloc((size_t)(nids + 1) * sizeof *flat, VB_MIN_ALIGN);
  int64_t r = counts && flat ? VB_OK : VB_NAMED(VB_ENOMEM), at = 0;
  for (int64_t k = 0; r == VB_OK && k < nf; k++) {
    vb_cell_array_get_cell(faces, k, flat + at, nids - at, &counts[k]);
    at += counts[k];
  }
  if (r == VB_OK) r = insert(g, type, npts, pts, nf, counts, flat, VB_FUNC);
  vb__free(counts);
  vb__free(flat);
  return r;
}
