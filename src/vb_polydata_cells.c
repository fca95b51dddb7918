/* vb_polydata_cells.c - vtkPolyData's cells by data-set cell id: the cell
 * map (BuildCells), cell queries and edits, InsertNextCell, links. */
#include "vb_cell_array_impl.h"
#include "vb_polydata_impl.h"

#include <string.h>

#define CHECK_PD_IN(fn, pd) VB_CHECK_IN(fn, (pd) != NULL, VB_EINVAL, "polydata is NULL")
#define CHECK_PD(pd) CHECK_PD_IN(VB_FUNC, pd)
#define KIND(tag) ((int)((tag) >> 62))
#define DELETED(tag) ((int)(((tag) >> 61) & 1))
#define LOCAL(tag) ((int64_t)((tag) & ((UINT64_C(1) << 61) - 1)))
#define TAG(kind, local) (((uint64_t)(kind) << 62) | (uint64_t)(local))

void vb__polydata_drop_cells(vb_polydata *pd) {
  pd->map_built = 0;
  pd->nmap = 0;
}

static int map_valid(const vb_polydata *pd) {
  if (!pd->map_built) return 0;
  for (int k = 0; k < VB__NCELLTYPES; k++)
    if (pd->map_arrays[k] != pd->cells[k] || pd->map_counts[k] != vb_cell_array_get_number_of_cells(pd->cells[k]))
      return 0;
  return 1;
}

static int map_reserve(vb_polydata *pd, int64_t n) {
  uint64_t *m;
  int64_t cap;
  if (n <= pd->capmap) return VB_OK;
  cap = pd->capmap ? pd->capmap : 16;
  while (cap < n) cap = cap > INT64_MAX / 16 ? n : 2 * cap;
  VB_CHECK_IN("BuildCells", cap <= (int64_t)(SIZE_MAX / 8), VB_EOVERFLOW, "%lld cells", (long long)cap);
  if (!(m = vb__alloc((size_t)cap * sizeof *m, VB_MIN_ALIGN))) return VB_ENOMEM;
  if (pd->nmap) memcpy(m, pd->map, (size_t)pd->nmap * sizeof *m);
  if (pd->map) vb__free(pd->map);
  pd->map = m;
  pd->capmap = cap;
  return VB_OK;
}

int vb__polydata_cells(vb_polydata *pd) {
  int64_t total = 0, i, n;
  int k, st;
  if (map_valid(pd)) return VB_OK;
  for (k = 0; k < VB__NCELLTYPES; k++) total += vb_cell_array_get_number_of_cells(pd->cells[k]);
  if ((st = map_reserve(pd, total)) != VB_OK) return st;
  pd->nmap = 0;
  for (k = 0; k < VB__NCELLTYPES; k++) {
    n = vb_cell_array_get_number_of_cells(pd->cells[k]);
    for (i = 0; i < n; i++) pd->map[pd->nmap++] = TAG(k, i);
    pd->map_arrays[k] = pd->cells[k];
    pd->map_counts[k] = n;
  }
  pd->map_built = 1;
  return VB_OK;
}

int vb_polydata_build_cells(vb_polydata *pd) {
  CHECK_PD(pd);
  vb__polydata_drop_cells(pd);
  return vb__polydata_cells(pd);
}

int vb_polydata_build_links(vb_polydata *pd) {
  CHECK_PD(pd);
  return vb__polydata_cells(pd);
}

/* the tag of `cell` (map made valid first) */
static int tag_of(vb_polydata *pd, int64_t cell, uint64_t *tag, const char *fn) {
  int st;
  CHECK_PD_IN(fn, pd);
  if ((st = vb__polydata_cells(pd)) != VB_OK) return st;
  VB_CHECK_IN(fn, cell >= 0 && cell < pd->nmap, VB_ERANGE, "cell %lld not in [0, %lld)", (long long)cell,
           (long long)pd->nmap);
  *tag = pd->map[cell];
  return VB_OK;
}

static int type_of(int kind, int64_t n) {
  switch (kind) {
  case VB__VERTS: return n == 1 ? VB_VERTEX : VB_POLY_VERTEX;
  case VB__LINES: return n == 2 ? VB_LINE : VB_POLY_LINE;
  case VB__POLYS: return n == 3 ? VB_TRIANGLE : n == 4 ? VB_QUAD : VB_POLYGON;
  default: return VB_TRIANGLE_STRIP;
  }
}

int vb_polydata_get_cell_size(vb_polydata *pd, int64_t cell, int64_t *npts) {
  uint64_t t = 0;
  int st;
  VB_CHECK(npts != NULL, VB_EINVAL, "output is NULL");
  if ((st = tag_of(pd, cell, &t, "GetCellSize")) != VB_OK) return st;
  if (DELETED(t)) {
    *npts = 0;
    return VB_OK;
  }
  return vb_cell_array_get_cell_size(pd->cells[KIND(t)], LOCAL(t), npts);
}

int vb_polydata_get_cell_type(vb_polydata *pd, int64_t cell) {
  uint64_t t = 0;
  int64_t n;
  int st;
  if ((st = tag_of(pd, cell, &t, "GetCellType")) != VB_OK) return st;
  if (DELETED(t)) return VB_EMPTY_CELL;
  if ((st = vb_cell_array_get_cell_size(pd->cells[KIND(t)], LOCAL(t), &n)) != VB_OK) return st;
  return type_of(KIND(t), n);
}

int vb_polydata_get_cell_points(vb_polydata *pd, int64_t cell, vb_id *pts, int64_t max_pts, int64_t *npts) {
  uint64_t t = 0;
  int64_t n = 0;
  int st;
  if (npts) *npts = 0;
  if ((st = tag_of(pd, cell, &t, "GetCellPoints")) != VB_OK) return st;
  if (DELETED(t)) return VB_EMPTY_CELL;
  if ((st = vb_cell_array_get_cell(pd->cells[KIND(t)], LOCAL(t), pts, max_pts, &n)) != VB_OK) {
    if (npts) *npts = n;
    return st;
  }
  if (npts) *npts = n;
  return type_of(KIND(t), n);
}

int64_t vb_polydata_get_max_cell_size(const vb_polydata *pd) {
  int64_t m = 0, s;
  for (int k = 0; pd && k < VB__NCELLTYPES; k++)
    if ((s = vb_cell_array_get_max_cell_size(pd->cells[k])) > m) m = s;
  return m;
}

int64_t vb_polydata_insert_next_cell(vb_polydata *pd, int type, int64_t npts, const vb_id *pts) {
  int kind, st;
  vb_id pix[4];
  int64_t local;
  CHECK_PD(pd);
  switch (type) {
  case VB_VERTEX: case VB_POLY_VERTEX: kind = VB__VERTS; break;
  case VB_LINE: case VB_POLY_LINE: kind = VB__LINES; break;
  case VB_TRIANGLE: case VB_QUAD: case VB_POLYGON: case VB_PIXEL: kind = VB__POLYS; break;
  case VB_TRIANGLE_STRIP: kind = VB__STRIPS; break;
  default: return VB_FAIL(VB_EINVAL, "invalid cell type %d for a vtkPolyData", type);
  }
  if (type == VB_PIXEL) { /* VTK: a quad, points 2 and 3 swapped */
    VB_CHECK(npts == 4 && pts, VB_EINVAL, "a VTK_PIXEL has 4 points, not %lld", (long long)npts);
    pix[0] = pts[0], pix[1] = pts[1], pix[2] = pts[3], pix[3] = pts[2];
    pts = pix;
  }
  if ((st = vb__polydata_cells(pd)) != VB_OK || (st = map_reserve(pd, pd->nmap + 1)) != VB_OK) return st;
  if ((local = vb_cell_array_insert_next_cell(pd->cells[kind], npts, pts)) < 0) return local;
  pd->map[pd->nmap++] = TAG(kind, local);
  pd->map_counts[kind]++;
  return pd->nmap - 1;
}

static int allocate(vb_polydata *pd, int64_t ncells, int64_t size, int exact, const char *fn) {
  vb_cell_array *c[VB__NCELLTYPES] = {0};
  int k, st = VB_OK;
  CHECK_PD_IN("Allocate", pd);
  for (k = 0; k < VB__NCELLTYPES && st == VB_OK; k++) {
    if (!(c[k] = vb_cell_array_new())) st = vb_last_status();
    else st = exact ? vb_cell_array_allocate_exact(c[k], ncells, size)
                    : vb_cell_array_allocate_estimate(c[k], ncells, size);
  }
  for (k = 0; k < VB__NCELLTYPES; k++) {
    if (st == VB_OK) {
      vb_cell_array_release(pd->cells[k]);
      pd->cells[k] = c[k];
    } else {
      vb_cell_array_release(c[k]);
    }
  }
  (void)fn;
  if (st != VB_OK) return st;
  vb__polydata_drop_cells(pd);
  vb_object_modified(&pd->base.obj);
  return VB_OK;
}

int vb_polydata_allocate_exact(vb_polydata *pd, int64_t ncells, int64_t conn_size) {
  return allocate(pd, ncells, conn_size, 1, "AllocateExact");
}
int vb_polydata_allocate_estimate(vb_polydata *pd, int64_t ncells, int64_t max_cell_size) {
  return allocate(pd, ncells, max_cell_size, 0, "AllocateEstimate");
}

int vb_polydata_get_point_cells(vb_polydata *pd, int64_t pt, vb_id *cells, int64_t max, int64_t *n) {
  int64_t c, count = 0, base = 0, nc, b, s, i, v;
  CHECK_PD(pd);
  VB_CHECK(n != NULL, VB_EINVAL, "output is NULL");
  *n = 0;
  VB_CHECK(pt >= 0 && pt < vb_polydata_get_number_of_points(pd), VB_ERANGE, "point %lld not in [0, %lld)",
           (long long)pt, (long long)vb_polydata_get_number_of_points(pd));
  /* VTK's links (vtkStaticCellLinks over the cell arrays) number the cells
   * verts, lines, polys, strips, whatever the insertion order */
  for (int k = 0; k < VB__NCELLTYPES; k++) {
    vb_cell_array *ca = pd->cells[k];
    vb_array *conn = vb_cell_array_get_connectivity_array(ca);
    nc = vb_cell_array_get_number_of_cells(ca);
    for (c = 0; c < nc; c++) {
      if (vb_cell_array_get_cell_size(ca, c, &s) != VB_OK) continue;
      b = vb__cell_array_off(ca, c);
      if (s > vb_array_get_number_of_values(conn) - b) continue;
      for (i = 0; i < s; i++) {
        vb_array_get_value_i64(conn, b + i, &v);
        if (v == pt) {
          if (cells && count < max) cells[count] = base + c;
          count++;
          break;
        }
      }
    }
    base += nc;
  }
  *n = count;
  VB_CHECK(!cells || count <= max, VB_ERANGE, "%lld cells, room for %lld", (long long)count,
           (long long)max);
  return VB_OK;
}

int vb_polydata_delete_cell(vb_polydata *pd, int64_t cell) {
  uint64_t t = 0;
  int st;
  if ((st = tag_of(pd, cell, &t, "DeleteCell")) != VB_OK) return st;
  pd->map[cell] |= UINT64_C(1) << 61;
  vb_object_modified(&pd->base.obj);
  return VB_OK;
}

int vb_polydata_remove_deleted_cells(vb_polydata *pd) {
  vb_polydata *old;
  vb_attributes *ocd;
  int64_t c, n, npts, max;
  vb_id *buf = NULL;
  int st = VB_OK, any = 0;
  CHECK_PD(pd);
  if (!pd->map_built) return VB_OK; /* VTK: no map, nothing deleted */
  if ((st = vb__polydata_cells(pd)) != VB_OK) return st;
  for (c = 0; c < pd->nmap; c++) any |= DELETED(pd->map[c]);
  if (!any) return VB_OK;
  if (!(old = vb_polydata_new())) return vb_last_status();
  if ((st = vb_data_object_shallow_copy(&old->base, &pd->base)) != VB_OK) goto done;
  /* the map is not copied by a shallow copy: give old this one */
  if ((st = map_reserve(old, pd->nmap)) != VB_OK) goto done;
  memcpy(old->map, pd->map, (size_t)pd->nmap * sizeof *pd->map);
  old->nmap = pd->nmap;
  old->map_built = 1;
  memcpy(old->map_arrays, pd->cells, sizeof old->map_arrays);
  memcpy(old->map_counts, pd->map_counts, sizeof old->map_counts);
  max = vb_polydata_get_max_cell_size(pd);
  if (!(buf = vb__alloc((size_t)(max + 1) * sizeof *buf, VB_MIN_ALIGN))) {
    st = VB_ENOMEM;
    goto done;
  }
  if ((st = allocate(pd, 0, 0, 1, "RemoveDeletedCells")) != VB_OK) goto done;
  ocd = old->base.cell_data;
  if ((st = vb_attributes_copy_allocate(pd->base.cell_data, ocd, 0, 0, VB_COPY_TUPLE)) != VB_OK) goto done;
  n = old->nmap;
  for (c = 0; c < n && st == VB_OK; c++) {
    int type = vb_polydata_get_cell_type(old, c);
    int64_t id;
    if (type == VB_EMPTY_CELL) continue;
    if ((st = vb_polydata_get_cell_points(old, c, buf, max, &npts)) < 0) break;
    if ((id = vb_polydata_insert_next_cell(pd, type, npts, buf)) < 0) {
      st = (int)id;
      break;
    }
    st = vb_attributes_copy_data(pd->base.cell_data, ocd, c, id);
  }
  if (st >= 0) st = vb_field_data_squeeze(vb_attributes_field_data(pd->base.cell_data));
done:
  if (buf) vb__free(buf);
  vb_polydata_release(old);
  return st < 0 ? st : VB_OK;
}

int vb_polydata_replace_cell(vb_polydata *pd, int64_t cell, int64_t npts, const vb_id *pts) {
  uint64_t t = 0;
  int st;
  if ((st = tag_of(pd, cell, &t, "ReplaceCell")) != VB_OK) return st;
  if ((st = vb_cell_array_replace_cell_at_id(pd->cells[KIND(t)], LOCAL(t), npts, pts)) != VB_OK) return st;
  vb_object_modified(&pd->base.obj);
  return VB_OK;
}

int vb_polydata_reverse_cell(vb_polydata *pd, int64_t cell) {
  uint64_t t = 0;
  int st;
  if ((st = tag_of(pd, cell, &t, "ReverseCell")) != VB_OK) return st;
  if ((st = vb_cell_array_reverse_cell_at_id(pd->cells[KIND(t)], LOCAL(t))) != VB_OK) return st;
  vb_object_modified(&pd->base.obj);
  return VB_OK;
}

int vb_polydata_squeeze(vb_polydata *pd) {
  int st, k;
  CHECK_PD(pd);
  for (k = 0; k < VB__NCELLTYPES; k++)
    if ((st = vb_cell_array_squeeze(pd->cells[k])) != VB_OK) return st;
  if (pd->base.points && (st = vb_points_squeeze(pd->base.points)) != VB_OK) return st;
  if ((st = vb_field_data_squeeze(vb_attributes_field_data(pd->base.point_data))) != VB_OK) return st;
  return vb_field_data_squeeze(vb_attributes_field_data(pd->base.cell_data));
}

int vb_polydata_reset(vb_polydata *pd) {
  CHECK_PD(pd);
  for (int k = 0; k < VB__NCELLTYPES; k++) vb_cell_array_reset(pd->cells[k]);
  if (pd->base.points) vb_points_reset(pd->base.points);
  vb__polydata_drop_cells(pd);
  return VB_OK;
}

int vb_polydata_copy_structure(vb_polydata *dst, const vb_polydata *src) {
  return vb_data_set_copy_structure(vb_polydata_data_object(dst), vb_polydata_data_object((vb_polydata *)src));
}

/* VTK: CopyStructure and ShallowCopy share the cell arrays, DeepCopy copies
 * them; all three copy the cell map (deleted marks included) */
int vb__polydata_copy_structure(vb_data_object *d, const vb_data_object *s, int mode) {
  vb_polydata *dst = (vb_polydata *)d;
  const vb_polydata *src = (const vb_polydata *)s;
  vb_cell_array *c[VB__NCELLTYPES] = {0};
  int st, k;
  for (k = 0; k < VB__NCELLTYPES; k++) { /* the new cell arrays first: failure changes nothing */
    if (mode != VB__COPY_DEEP) {
      vb_cell_array_retain(c[k] = src->cells[k]);
    } else if (!(c[k] = vb_cell_array_new()) || (st = vb_cell_array_deep_copy(c[k], src->cells[k])) != VB_OK) {
      st = c[k] ? st : vb_last_status();
      while (k >= 0) vb_cell_array_release(c[k--]);
      return st;
    }
  }
  for (k = 0; k < VB__NCELLTYPES; k++) {
    vb_cell_array_release(dst->cells[k]);
    dst->cells[k] = c[k];
  }
  vb__polydata_copy_map(dst, src);
  return VB_OK;
}

int vb__polydata_cell(vb_data_object *d, int64_t id, vb_id_list *ids) {
  vb_polydata *pd = (vb_polydata *)d;
  vb_id small[32], *pts = small;
  int64_t n = 0;
  int t, st;
  if (!ids) return vb_polydata_get_cell_type(pd, id);
  if ((st = vb_polydata_get_cell_size(pd, id, &n)) != VB_OK) return st;
  if (n > 32 && !(pts = vb__alloc((size_t)n * sizeof *pts, VB_MIN_ALIGN))) return VB_ENOMEM;
  t = vb_polydata_get_cell_points(pd, id, pts, n, &n);
  if (t >= 0 && (st = vb_id_list_set_list(ids, pts, n)) != VB_OK) t = st;
  if (pts != small) vb__free(pts);
  return t;
}

void vb__polydata_copy_map(vb_polydata *dst, const vb_polydata *src) {
  vb__polydata_drop_cells(dst);
  if (!src->map_built || map_reserve(dst, src->nmap) != VB_OK) return; /* no room: rebuilt when needed */
  if (src->nmap) memcpy(dst->map, src->map, (size_t)src->nmap * sizeof *dst->map);
  dst->nmap = src->nmap;
  dst->map_built = 1;
  for (int k = 0; k < VB__NCELLTYPES; k++) {
    dst->map_arrays[k] = dst->cells[k]; /* the copies (deep) or the same arrays (shallow) */
    dst->map_counts[k] = src->map_counts[k];
  }
}

int vb_polydata_get_cells_bounds(const vb_polydata *pd, double b[6]) {
  int64_t n, i, v, np, any = 0;
  double x[3];
  CHECK_PD(pd);
  VB_CHECK(b != NULL, VB_EINVAL, "output is NULL");
  b[0] = b[2] = b[4] = 1.0;
  b[1] = b[3] = b[5] = -1.0;
  np = vb_polydata_get_number_of_points(pd);
  for (int k = 0; k < VB__NCELLTYPES; k++) {
    vb_array *conn = vb_cell_array_get_connectivity_array(pd->cells[k]);
    n = vb_array_get_number_of_values(conn);
    for (i = 0; i < n; i++) {
      vb_array_get_value_i64(conn, i, &v);
      VB_CHECK(v >= 0 && v < np, VB_ERANGE, "point id %lld not in [0, %lld)", (long long)v,
               (long long)np);
      vb_points_get_point(pd->base.points, v, x);
      for (int c = 0; c < 3; c++) {
        if (!any || x[c] < b[2 * c]) b[2 * c] = x[c];
        if (!any || x[c] > b[2 * c + 1]) b[2 * c + 1] = x[c];
      }
      any = 1;
    }
  }
  return VB_OK;
}

int vb_polydata_get_spatial_dimensions(const vb_polydata *pd, int *min_dim, int *max_dim) {
  static const int dims[VB__NCELLTYPES] = {0, 1, 2, 2};
  int lo = 3, hi = 0;
  CHECK_PD_IN("GetSpatialDimension", pd);
  for (int k = 0; k < VB__NCELLTYPES; k++)
    if (vb_cell_array_get_number_of_cells(pd->cells[k]) > 0) {
      if (dims[k] < lo) lo = dims[k];
      if (dims[k] > hi) hi = dims[k];
    }
  if (min_dim) *min_dim = lo;
  if (max_dim) *max_dim = hi;
  return VB_OK;
}

/* the points of `cell` (PyMem-free: a core buffer) -> fn(ids, n) */
static int with_cell(vb_polydata *pd, int64_t cell, vb_id **ids, int64_t *n, const char *fn) {
  int st;
  (void)fn;
  if ((st = vb_polydata_get_cell_size(pd, cell, n)) != VB_OK) return st;
  if (!(*ids = vb__alloc((size_t)(*n + 1) * sizeof **ids, VB_MIN_ALIGN))) return VB_ENOMEM;
  if ((st = vb_polydata_get_cell_points(pd, cell, *ids, *n, n)) < 0) {
    vb__free(*ids);
    return st;
  }
  return VB_OK;
}

int vb_polydata_get_cell_bounds(vb_polydata *pd, int64_t cell, double b[6]) {
  vb_id *ids;
  int64_t n, i;
  int st;
  double x[3];
  VB_CHECK(b != NULL, VB_EINVAL, "output is NULL");
  if ((st = with_cell(pd, cell, &ids, &n, "GetCellBounds")) != VB_OK) return st;
  b[0] = b[2] = b[4] = 1.0;
  b[1] = b[3] = b[5] = -1.0;
  for (i = 0; i < n && st == VB_OK; i++) {
    if ((st = vb_polydata_get_point(pd, ids[i], x)) != VB_OK) break;
    for (int c = 0; c < 3; c++) {
      if (i == 0 || x[c] < b[2 * c]) b[2 * c] = x[c];
      if (i == 0 || x[c] > b[2 * c + 1]) b[2 * c + 1] = x[c];
    }
  }
  vb__free(ids);
  return st;
}

int vb_polydata_is_point_used_by_cell(vb_polydata *pd, int64_t pt, int64_t cell) {
  vb_id *ids;
  int64_t n, i;
  int st, used = 0;
  if ((st = with_cell(pd, cell, &ids, &n, "IsPointUsedByCell")) != VB_OK) return st;
  for (i = 0; i < n; i++) used |= ids[i] == pt;
  vb__free(ids);
  return used;
}

int vb_polydata_replace_cell_point(vb_polydata *pd, int64_t cell, vb_id old_id, vb_id new_id) {
  vb_id *ids;
  int64_t n, i;
  int st;
  if ((st = with_cell(pd, cell, &ids, &n, "ReplaceCellPoint")) != VB_OK) return st;
  for (i = 0; i < n && ids[i] != old_id; i++) {
  }
  if (i < n) { /* VTK: the first occurrence; not there: nothing changes */
    ids[i] = new_id;
    st = vb_polydata_replace_cell(pd, cell, n, ids);
  }
  vb__free(ids);
  return st;
}
