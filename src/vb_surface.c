/* vb_surface.c - vtkGeometryFilter's surface of a data set (VTK 9.7's
 * algorithm, single thread): every 3-D cell face and every 0-2-D cell is
 * hashed by its smallest point id (0-2-D cells: the number of points);
 * within a hash the entries come in reverse input order (VTK's counting
 * sort); a hash's faces used once are emitted after it, smallest id first.
 * An unstructured grid's 64-bit cells are read in place (4x faster than
 * through the data-set API, which the other inputs and 32-bit cells use). */
#include <string.h>

#include "vb_cell_impl.h"
#include "vb_surface_impl.h"

struct vb_surface_filter {
  vb_object obj;
  vb_data_object *input;
  vb_polydata *output;
  int pass[2];
};

static void sf_destroy(vb_object *o) {
  vb_surface_filter *f = (vb_surface_filter *)o;
  vb_object_release(vb_data_object_object(f->input));
  vb_polydata_release(f->output);
  vb__free(f);
}

static const vb_class sf_classes[2] = {{"vtkGeometryFilter", sf_destroy, NULL, NULL},
                                       {"vtkDataSetSurfaceFilter", sf_destroy, NULL, NULL}};
vb_object *vb_surface_filter_object(vb_surface_filter *f) { return f ? &f->obj : NULL; }
vb_surface_filter *vb_surface_filter_from_object(vb_object *o) {
  return o && (o->cls == &sf_classes[0] || o->cls == &sf_classes[1]) ? (vb_surface_filter *)o : NULL;
}
void vb_surface_filter_retain(vb_surface_filter *f) { vb_object_retain(vb_surface_filter_object(f)); }
void vb_surface_filter_release(vb_surface_filter *f) { vb_object_release(vb_surface_filter_object(f)); }

vb_surface_filter *vb_surface_filter_new(int dataset_surface) {
  vb_surface_filter *f = vb__calloc(sizeof *f, VB_MIN_ALIGN);
  if (!f) return NULL;
  vb__object_init(&f->obj, &sf_classes[dataset_surface != 0]);
  if (!(f->output = vb_polydata_new())) {
    vb_object_release(&f->obj);
    return NULL;
  }
  return f;
}

#define CHECK_F(f) VB_CHECK((f) != NULL, VB_EINVAL, "filter is NULL")

int vb_surface_filter_set_input(vb_surface_filter *f, vb_data_object *in) {
  CHECK_F(f);
  if (in == f->input) return VB_OK;
  vb_object_retain(vb_data_object_object(in));
  vb_object_release(vb_data_object_object(f->input));
  f->input = in;
  vb_object_modified(&f->obj);
  return VB_OK;
}

vb_data_object *vb_surface_filter_get_input(const vb_surface_filter *f) { return f ? f->input : NULL; }
vb_polydata *vb_surface_filter_get_output(const vb_surface_filter *f) { return f ? f->output : NULL; }

int vb_surface_filter_set_pass_ids(vb_surface_filter *f, int which, int on) {
  CHECK_F(f);
  VB_CHECK(which == 0 || which == 1, VB_EINVAL, "unknown flag %d", which);
  if (f->pass[which] != on) {
    f->pass[which] = on;
    vb_object_modified(&f->obj);
  }
  return VB_OK;
}

int vb_surface_filter_get_pass_ids(const vb_surface_filter *f, int which) {
  return f && (which == 0 || which == 1) ? f->pass[which] : 0;
}

/* ------------------------------------------------------ growable id lists */

typedef vb__ids ids_t;

static int reserve(ids_t *b, int64_t more) {
  if (b->n + more <= b->cap) return VB_OK;
  int64_t cap = b->cap * 2 > b->n + more ? b->cap * 2 : b->n + more + 16;
  vb_id *v = vb__alloc((size_t)cap * sizeof *v, VB_MIN_ALIGN);
  if (!v) return VB_ENOMEM;
  if (b->n) memcpy(v, b->v, (size_t)b->n * sizeof *v);
  vb__free(b->v);
  b->v = v;
  b->cap = cap;
  return VB_OK;
}

int vb__ids_push(ids_t *b, const vb_id *x, int64_t n) {
  if (reserve(b, n)) return VB_ENOMEM;
  if (n) memcpy(b->v + b->n, x, (size_t)n * sizeof *x);
  b->n += n;
  return VB_OK;
}

/* ------------------------------------------------------------ extraction */

enum { K_VERTS, K_LINES, K_POLYS, K_STRIPS };

typedef struct {
  vb_data_object *in;
  vb_unstructured_grid *ug;
  vb_id_list *pts;
  vb_cell_array *faces;
  ids_t face;            /* the face being built */
  ids_t conn[4], size[4], orig[4];
  ids_t pool, list;      /* the current hash's faces: pool ids; list (offset, n, cell, alive) */
  int64_t npts;          /* input points: the hash of 0-2-D cells */
  const vb_id *p;        /* the current cell's points (cell_of) */
  int64_t np;
  /* an unstructured grid's 64-bit cells and types, read directly (else NULL) */
  const int64_t *uoff, *uconn;
  const unsigned char *types;
} ext_t;

/* the cell's type and points (e->pts); negative status on failure */
static int cell_of(ext_t *e, int64_t c) {
  if (e->uconn) {
    e->p = e->uconn + e->uoff[c];
    e->np = e->uoff[c + 1] - e->uoff[c];
    return e->types[c];
  }
  int t = vb_data_set_get_cell_points(e->in, c, e->pts);
  e->p = vb_id_list_data(e->pts);
  e->np = vb_id_list_get_number_of_ids(e->pts);
  return t;
}

/* the fast path of cell_of: an unstructured grid with 64-bit AOS cells */
static void direct_cells(ext_t *e) {
  vb_cell_array *ca = vb_unstructured_grid_get_cells(e->ug);
  vb_array *o = vb_cell_array_get_offsets_array(ca), *c = vb_cell_array_get_connectivity_array(ca),
           *t = vb_unstructured_grid_get_cell_types(e->ug);
  if (!ca || !vb_cell_array_is_storage_64bit(ca) || vb_array_layout(o) || vb_array_layout(c) || !t ||
      vb_array_layout(t) || vb_array_type(t) != VB_UNSIGNED_CHAR ||
      vb_array_get_number_of_values(t) < vb_data_set_get_number_of_cells(e->in))
    return;
  e->uoff = vb_array_data(o);
  e->uconn = vb_array_data(c);
  e->types = vb_array_data(t);
}

/* number of hash entries of a cell of type t (its faces; 1 for a 0-2-D cell) */
static int64_t entries_of(ext_t *e, int64_t c, int t) {
  if (t >= 1 && t <= 9) return 1;
  if (t >= 10 && t <= 16) return vb__cell_topology(t)[2];
  if (t == 42 && e->ug) {
    if (vb_unstructured_grid_get_cell_faces(e->ug, c, e->faces)) return -1;
    return vb_cell_array_get_number_of_cells(e->faces);
  }
  return 0; /* empty, non-linear: nothing */
}

/* face k of the current cell (type t, points in e->pts; polyhedron faces in
 * e->faces) into e->face, rotated to start at its smallest id */
static int face_of(ext_t *e, int t, int k) {
  const vb_id *p = e->p;
  vb_id tmp[8];
  const vb_id *src = tmp;
  int64_t n;
  e->face.n = 0;
  if (t == 42) {
    int64_t m;
    vb_cell_array_get_cell_size(e->faces, k, &m);
    if (reserve(&e->face, 2 * m)) return VB_ENOMEM;
    vb_cell_array_get_cell(e->faces, k, e->face.v + m, m, &n);
    src = e->face.v + m;
  } else {
    static const unsigned char pixel[4] = {0, 1, 3, 2};
    const unsigned char *f = vb__cell_topology(t);
    f += 3 + 2 * f[1];
    while (k--) f += 1 + f[0];
    n = f[0];
    for (int i = 0; i < n; i++) tmp[i] = p[f[1 + (t == 11 ? pixel[i] : i)]];
    if (reserve(&e->face, n)) return VB_ENOMEM;
  }
  int64_t m = 0;
  for (int64_t i = 1; i < n; i++)
    if (src[i] < src[m]) m = i;
  for (int64_t i = 0; i < n; i++) e->face.v[i] = src[(m + i) % n];
  e->face.n = n;
  return VB_OK;
}

static int same_face(const vb_id *a, const vb_id *b, int64_t n) {
  int fwd = 1, rev = 1;
  for (int64_t i = 1; i < n; i++) {
    fwd &= a[i] == b[i];
    rev &= a[i] == b[n - i];
  }
  return a[0] == b[0] && (fwd || rev);
}

static int emit(ext_t *e, int kind, int64_t cell, const vb_id *p, int64_t n) {
  vb_id c = cell, s = n;
  return vb__ids_push(&e->conn[kind], p, n) || vb__ids_push(&e->size[kind], &s, 1) ||
                 vb__ids_push(&e->orig[kind], &c, 1)
             ? VB_ENOMEM : VB_OK;
}

/* insert the current face of `cell` into the hash's list: a face already there is removed */
static int insert_face(ext_t *e, int64_t cell) {
  vb_id *l = e->list.v;
  for (int64_t i = 0; i < e->list.n; i += 4)
    if (l[i + 3] && l[i + 1] == e->face.n && same_face(e->pool.v + l[i], e->face.v, e->face.n)) {
      l[i + 3] = 0;
      return VB_OK;
    }
  vb_id entry[4] = {e->pool.n, e->face.n, cell, 1};
  return vb__ids_push(&e->pool, e->face.v, e->face.n) || vb__ids_push(&e->list, entry, 4) ? VB_ENOMEM : VB_OK;
}

/* kind of a 0-2-D cell type (1..9) */
static const unsigned char kind_of[10] = {0, K_VERTS, K_VERTS, K_LINES, K_LINES, K_POLYS,
                                          K_STRIPS, K_POLYS, K_POLYS, K_POLYS};

/* the dimensions of an image, rectilinear or structured grid (0: not one) */
static int dims_of(vb_data_object *d, int dims[3]) {
  vb_object *o = vb_data_object_object(d);
  vb_image_data *im = vb_image_data_from_object(o);
  vb_rectilinear_grid *rg = vb_rectilinear_grid_from_object(o);
  vb_structured_grid *sg = vb_structured_grid_from_object(o);
  if (im) return !vb_image_data_get_dimensions(im, dims);
  if (rg) return !vb_rectilinear_grid_get_dimensions(rg, dims);
  return sg && !vb_structured_grid_get_dimensions(sg, dims);
}

/* a 3-D structured extent: its six sides as VTK does (the structured
 * vtkDataSetSurfaceFilter's sides, whose points are shared here) */
static int sides(ext_t *e, const int d[3]) {
  int ext[6] = {0, d[0] - 1, 0, d[1] - 1, 0, d[2] - 1};
  vb__ids pts = {0}, conn = {0}, cells = {0};
  int st = vb__surface_sides(ext, &pts, &conn, &cells);
  for (int64_t c = 0; !st && c < cells.n; c++) {
    vb_id p[4];
    for (int k = 0; k < 4; k++) p[k] = pts.v[conn.v[4 * c + k]];
    st = emit(e, K_POLYS, cells.v[c], p, 4);
  }
  vb__free(pts.v);
  vb__free(conn.v);
  vb__free(cells.v);
  return st;
}

/* vtkGeometryFilter's face of vb__surface_shrink: a quad of input ids */
static int gf_face(void *ctx, vb_id cell, const vb_id p[4]) { return emit(ctx, K_POLYS, cell, p, 4); }

static int extract(ext_t *e) {
  int d[3];
  vb_structured_grid *sg = vb_structured_grid_from_object(vb_data_object_object(e->in));
  if (dims_of(e->in, d) && d[0] > 1 && d[1] > 1 && d[2] > 1)
    return sg && vb_data_object_has_any_ghost(e->in, VB_DATA_CELL, 1 | 8 | 32) /* DUPLICATE, REFINED, HIDDEN */
               ? vb__surface_shrink(sg, (int[6]){0, d[0] - 1, 0, d[1] - 1, 0, d[2] - 1}, 1, gf_face, e)
               : sides(e, d);
  int64_t nc = vb_data_set_get_number_of_cells(e->in), N = e->npts, total = 0;
  ids_t hv = {0}, co = {0}, cnt = {0}, ent = {0};
  int st = reserve(&co, nc + 1) || reserve(&cnt, N + 2) ? VB_ENOMEM : VB_OK;
  if (!st) memset(cnt.v, 0, (size_t)(N + 2) * sizeof *cnt.v);
  /* pass 1: the hash of every entry */
  for (int64_t c = 0; !st && c < nc; c++) {
    int t = cell_of(e, c);
    int64_t k, m = t < 0 ? -1 : entries_of(e, c, t);
    co.v[c] = total;
    if (m < 0) st = t < 0 ? t : VB_ENOMEM;
    if (!st && reserve(&hv, m)) st = VB_ENOMEM;
    for (k = 0; !st && k < m; k++) {
      vb_id h = N;
      if (t > 9) {
        if ((st = face_of(e, t, (int)k))) break;
        h = e->face.v[0];
      }
      hv.v[hv.n++] = h;
      cnt.v[h]++;
    }
    total += m;
  }
  if (!st) co.v[nc] = total;
  /* counting sort, each hash filled from its end */
  if (!st && reserve(&ent, 2 * total)) st = VB_ENOMEM;
  if (!st) {
    vb_id sum = 0;
    for (int64_t h = 0; h <= N; h++) {
      vb_id k = cnt.v[h];
      cnt.v[h] = sum + k; /* end of hash h */
      sum += k;
    }
    for (int64_t c = 0; c < nc; c++)
      for (int64_t k = co.v[c]; k < co.v[c + 1]; k++) {
        vb_id s = --cnt.v[hv.v[k]];
        ent.v[2 * s] = c;
        ent.v[2 * s + 1] = k - co.v[c];
      }
    cnt.v[N + 1] = total; /* cnt[h] is now the start of hash h */
  }
  /* pass 2: hash by hash */
  for (int64_t h = 0; !st && h <= N; h++) {
    e->pool.n = e->list.n = 0;
    for (int64_t s0 = cnt.v[h]; !st && s0 < cnt.v[h + 1]; s0++) {
      /* an unstructured grid's 0-2-D cells in VTK's (reverse) order, the others' forward */
      int64_t s = e->ug || h < N ? s0 : cnt.v[h] + cnt.v[h + 1] - 1 - s0, c = ent.v[2 * s];
      int t = cell_of(e, c);
      if (t < 0) st = t;
      else if (t <= 9) {
        const vb_id *p = e->p;
        int64_t n = e->np;
        vb_id q[4];
        if (t == 8 && n == 4) q[0] = p[0], q[1] = p[1], q[2] = p[3], q[3] = p[2], p = q;
        st = emit(e, kind_of[t], c, p, n);
      } else {
        if (t == 42 && vb_unstructured_grid_get_cell_faces(e->ug, c, e->faces)) st = VB_ENOMEM;
        if (!st) st = face_of(e, t, (int)ent.v[2 * s + 1]);
        if (!st) st = insert_face(e, c);
      }
    }
    for (int64_t i = 0; !st && i < e->list.n; i += 4)
      if (e->list.v[i + 3]) st = emit(e, K_POLYS, e->list.v[i + 2], e->pool.v + e->list.v[i], e->list.v[i + 1]);
  }
  vb__free(hv.v);
  vb__free(co.v);
  vb__free(cnt.v);
  vb__free(ent.v);
  return st;
}

/* ---------------------------------------------------------------- output */

static vb_array *id_array(const char *name, const vb_id *v, int64_t n) {
  vb_array *a = vb_array_new(VB_ID_TYPE);
  if (!a || vb_array_set_name(a, name) || vb_array_set_number_of_values(a, n)) {
    vb_array_release(a);
    return NULL;
  }
  if (n) memcpy(vb_array_data(a), v, (size_t)n * sizeof *v);
  return a;
}

/* copy the tuples `ids` of src's arrays into dst (allocated like src), add
 * the original ids as `name` when asked */
int vb__surface_copy_attributes(vb_attributes *dst, const vb_attributes *src, const vb_id *ids, int64_t n,
                                const char *name) {
  int st = vb_attributes_copy_allocate(dst, src, n, 0, 0);
  for (int64_t i = 0; !st && i < n; i++) st = vb_attributes_copy_data(dst, src, ids[i], i);
  if (!st && name) {
    vb_array *a = id_array(name, ids, n);
    st = !a ? VB_ENOMEM : vb_attributes_add_array(dst, a) < 0 ? vb_last_status() : VB_OK; /* an index */
    vb_array_release(a);
  }
  return st;
}

/* the output polydata of a non-polydata input from the extracted cells */
static int assemble(ext_t *e, vb_polydata *pd, const int pass[2]) {
  int64_t N = e->npts, used = 0;
  ids_t map = {0}, keep = {0};
  int st = reserve(&map, N) || reserve(&keep, N) ? VB_ENOMEM : VB_OK;
  if (!st) {
    for (int64_t i = 0; i < N; i++) map.v[i] = -1;
    for (int k = 0; k < 4; k++)
      for (int64_t i = 0; i < e->conn[k].n; i++) map.v[e->conn[k].v[i]] = 0;
    for (int64_t i = 0; i < N; i++)
      if (map.v[i] == 0) map.v[i] = used, keep.v[used++] = i;
  }
  vb_points *in_pts = vb_point_set_get_points(e->in);
  vb_points *pts = vb_points_new(in_pts ? vb_points_get_data_type(in_pts) : VB_FLOAT); /* VTK: float */
  if (!st && (!pts || vb_points_set_number_of_points(pts, used))) st = VB_ENOMEM;
  for (int64_t i = 0; !st && i < used; i++) {
    double x[3];
    vb_data_set_get_point(e->in, keep.v[i], x);
    vb_points_set_point(pts, i, x);
  }
  if (!st) st = vb_polydata_set_points(pd, pts);
  vb_points_release(pts);
  ids_t orig = {0};
  for (int k = 0; !st && k < 4; k++) {
    vb_cell_array *ca = vb_cell_array_new();
    int64_t at = 0;
    if (!ca || vb_cell_array_allocate_exact(ca, e->size[k].n, e->conn[k].n)) st = VB_ENOMEM;
    for (int64_t i = 0; !st && i < e->conn[k].n; i++) e->conn[k].v[i] = map.v[e->conn[k].v[i]];
    for (int64_t c = 0; !st && c < e->size[k].n; at += e->size[k].v[c++])
      if (vb_cell_array_insert_next_cell(ca, e->size[k].v[c], e->conn[k].v + at) < 0) st = VB_ENOMEM;
    static int (*const set[4])(vb_polydata *, vb_cell_array *) = {
        vb_polydata_set_verts, vb_polydata_set_lines, vb_polydata_set_polys, vb_polydata_set_strips};
    if (!st) st = set[k](pd, ca);
    vb_cell_array_release(ca);
    if (!st) st = vb__ids_push(&orig, e->orig[k].v, e->orig[k].n);
  }
  vb_data_object *o = (vb_data_object *)pd;
  for (int k = 0; k < 2; k++) /* VTK copies the global ids too */
    vb_attributes_set_copy_attribute(k ? vb_data_set_get_cell_data(o) : vb_data_set_get_point_data(o),
                                     VB_ATTRIBUTE_GLOBALIDS, 1, VB_COPY_TUPLE);
  if (!st)
    st = vb__surface_copy_attributes(vb_data_set_get_point_data(o), vb_data_set_get_point_data(e->in), keep.v, used,
                         pass[0] ? "vtkOriginalPointIds" : NULL);
  if (!st)
    st = vb__surface_copy_attributes(vb_data_set_get_cell_data(o), vb_data_set_get_cell_data(e->in), orig.v, orig.n,
                         pass[1] ? "vtkOriginalCellIds" : NULL);
  vb__free(map.v);
  vb__free(keep.v);
  vb__free(orig.v);
  return st;
}

/* polydata: shared, with the id arrays 0..n-1 when asked */
static int pass_polydata(vb_polydata *pd, vb_data_object *in, const int pass[2]) {
  vb_data_object *o = (vb_data_object *)pd;
  int st = vb_data_object_shallow_copy(o, in);
  for (int k = 0; !st && k < 2; k++) {
    if (!pass[k]) continue;
    int64_t n = k ? vb_data_set_get_number_of_cells(in) : vb_data_set_get_number_of_points(in);
    ids_t ids = {0};
    st = reserve(&ids, n);
    for (int64_t i = 0; !st && i < n; i++) ids.v[i] = i;
    vb_attributes *at = k ? vb_data_set_get_cell_data(o) : vb_data_set_get_point_data(o);
    vb_array *a = st ? NULL : id_array(k ? "vtkOriginalCellIds" : "vtkOriginalPointIds", ids.v, n);
    if (!st) st = !a ? VB_ENOMEM : vb_attributes_add_array(at, a) < 0 ? vb_last_status() : VB_OK;
    vb_array_release(a);
    vb__free(ids.v);
  }
  return st;
}

int vb_surface_filter_update(vb_surface_filter *f) {
  CHECK_F(f);
  vb_data_object *in = f->input;
  VB_CHECK(in && vb_data_object_is_data_set(in), VB_EINVAL, "the input is not a data set");
  vb_polydata *pd = vb_polydata_new();
  if (!pd) return VB_NAMED(VB_ENOMEM);
  int st;
  int d[3];
  if (vb_data_object_get_data_object_type(in) == VB_POLY_DATA) st = pass_polydata(pd, in, f->pass);
  else if (vb_data_set_get_number_of_cells(in) == 0) st = VB_OK; /* VTK: an empty output, no arrays */
  else if (f->obj.cls == &sf_classes[1] && dims_of(in, d)) st = vb__surface_structured(in, pd, f->pass);
  else {
    ext_t e;
    memset(&e, 0, sizeof e);
    e.in = in;
    e.ug = vb_unstructured_grid_from_object(vb_data_object_object(in));
    if (e.ug) direct_cells(&e);
    e.npts = vb_data_set_get_number_of_points(in);
    e.pts = vb_id_list_new();
    e.faces = vb_cell_array_new();
    st = e.pts && e.faces ? extract(&e) : VB_ENOMEM;
    if (!st) st = assemble(&e, pd, f->pass);
    vb_id_list_release(e.pts);
    vb_cell_array_release(e.faces);
    vb__free(e.face.v);
    vb__free(e.pool.v);
    vb__free(e.list.v);
    for (int k = 0; k < 4; k++) vb__free(e.conn[k].v), vb__free(e.size[k].v), vb__free(e.orig[k].v);
  }
  /* install: the output object stays, its contents are the new ones */
  if (!st && (st = vb_data_object_shallow_copy((vb_data_object *)f->output, (vb_data_object *)pd))) {
    vb_polydata *o = f->output; /* no half output: emptied without allocating */
    vb_polydata_set_points(o, NULL);
    vb_cell_array_reset(vb_polydata_get_verts(o));
    vb_cell_array_reset(vb_polydata_get_lines(o));
    vb_cell_array_reset(vb_polydata_get_polys(o));
    vb_cell_array_reset(vb_polydata_get_strips(o));
    vb_attributes_initialize(vb_data_set_get_point_data((vb_data_object *)o));
    vb_attributes_initialize(vb_data_set_get_cell_data((vb_data_object *)o));
  }
  vb_polydata_release(pd);
  return st ? VB_NAMED(st) : VB_OK;
}
