/* vb_surface_structured.c - vtkDataSetSurfaceFilter of an image, rectilinear
 * or structured grid: VTK 9.7.1's structured path (measured by
 * tools/gen_surface_reference.py):
 *  - by default the six sides of the extent, x min, x max, y min, y max,
 *    z min, z max, each with its own points (in rows along the side's first
 *    axis) and quads (p, p + row, p + row + 1, p + 1); a side flat along one
 *    of its axes is skipped, a min side also when flat along its normal (a
 *    2-D extent gives one side, a 0-D or 1-D image nothing: an empty output
 *    with the arrays).  Points: double (image), the x coordinates' type
 *    (rectilinear), the points' type (structured);
 *  - a 3-D structured grid with blanked cells (or points): VTK's "shrinking faces"
 *    (vb__surface_shrink, shared with vtkGeometryFilter) as closed 5-point
 *    polygons; each point once, in first use order (float);
 *  - a 1-D rectilinear or structured grid: the lines of
 *    vtkRectilinearGridGeometryFilter / vtkStructuredGridGeometryFilter
 *    (float points, no id arrays, neither global ids nor point normals
 *    copied) with their quirks: the extent starts at 0 or later (a structured
 *    grid's keeps its part from 0 up), the rectilinear one's is clamped to
 *    the dimensions (an origin past them leaves fewer points, or one vertex),
 *    along j or k every line takes the first cell's data.  Such a vertex
 *    takes the last cell's data (VTK reads one past the cells:
 *    docs/contract.md surf.dataset_surface_past). */
#include "vb_surface_impl.h"

typedef struct {
  vb__ids pts, conn, cells; /* input ids of the output points; output point ids; input cell ids */
} out_t;

static int64_t cell_id(const int e[6], const int ijk[3]) {
  return ijk[0] - e[0] + (int64_t)(e[1] - e[0]) * (ijk[1] - e[2] + (int64_t)(e[3] - e[2]) * (ijk[2] - e[4]));
}

static int64_t point_id(const int e[6], const int ijk[3]) {
  return ijk[0] - e[0] + (int64_t)(e[1] - e[0] + 1) * (ijk[1] - e[2] + (int64_t)(e[3] - e[2] + 1) * (ijk[2] - e[4]));
}

int vb__surface_sides(const int e[6], vb__ids *pts, vb__ids *conn, vb__ids *cells) {
  static const unsigned char sd[6][4] = {{0, 0, 1, 2}, {1, 0, 2, 1}, {0, 1, 2, 0},
                                         {1, 1, 0, 2}, {0, 2, 0, 1}, {1, 2, 1, 0}}; /* max, a, b, c */
  int64_t d[3] = {e[1] - e[0], e[3] - e[2], e[5] - e[4]}, pinc[3], qinc[3];
  pinc[0] = qinc[0] = 1;
  pinc[1] = d[0] + 1;
  pinc[2] = pinc[1] * (d[1] + 1);
  qinc[1] = d[0] ? d[0] : 1;
  qinc[2] = d[1] ? d[1] * qinc[1] : qinc[1];
  int st = VB_OK;
  for (int s = 0; s < 6 && !st; s++) {
    int mx = sd[s][0], a = sd[s][1], b = sd[s][2], c = sd[s][3];
    if (!d[b] || !d[c] || (!mx && !d[a])) continue;
    int64_t p0 = mx && d[a] ? pinc[a] * d[a] : 0, c0 = mx && d[a] ? qinc[a] * (d[a] - 1) : 0;
    int64_t base = pts->n, row = d[b] + 1;
    for (int64_t ic = 0; ic <= d[c] && !st; ic++)
      for (int64_t ib = 0; ib <= d[b] && !st; ib++) {
        vb_id p = p0 + ib * pinc[b] + ic * pinc[c];
        st = vb__ids_push(pts, &p, 1);
      }
    for (int64_t ic = 0; ic < d[c] && !st; ic++)
      for (int64_t ib = 0; ib < d[b] && !st; ib++) {
        vb_id q = base + ib + ic * row, quad[4] = {q, q + row, q + row + 1, q + 1};
        vb_id cell = c0 + ib * qinc[b] + ic * qinc[c];
        st = vb__ids_push(conn, quad, 4) || vb__ids_push(cells, &cell, 1) ? VB_ENOMEM : VB_OK;
      }
  }
  return st;
}

int vb__surface_shrink(vb_structured_grid *g, const int e[6], int gf, vb__face_fn face, void *ctx) {
  static const unsigned char step[4][2] = {{0, 0}, {0, 1}, {1, 1}, {1, 0}}; /* min face: p, +j, +i+j, +i */
  vb_array *gh = gf ? vb_field_data_get_ghost_array(vb_data_object_get_attributes_as_field_data(
                          vb_structured_grid_data_object(g), VB_DATA_CELL))
                    : NULL;
  int st = VB_OK;
  for (int axis = 0; axis < 3 && !st; axis++) {
    int ia = (axis + 1) % 3, ja = (axis + 2) % 3, out = gf ? ja : ia, in = gf ? ia : ja, ijk[3];
    for (ijk[out] = e[2 * out]; ijk[out] < e[2 * out + 1] && !st; ijk[out]++)
      for (ijk[in] = e[2 * in]; ijk[in] < e[2 * in + 1] && !st; ijk[in]++) {
        int want = 1, last = e[2 * axis + 1] - 1; /* want: a visible cell opens a run, a hidden one closes it */
        for (int k = e[2 * axis]; k <= last + 1 && !st; k++) {
          int mx = !want, dup = 0;
          if (k <= last) {
            int64_t v = 0, c;
            ijk[axis] = k;
            c = cell_id(e, ijk);
            if (gh && c < vb_array_get_number_of_tuples(gh)) vb_array_get_value_i64(gh, c, &v);
            dup = (v & 1) != 0; /* DUPLICATECELL: not visible, and a run it ends has no max face */
            if ((!dup && vb_structured_grid_is_visible(g, VB_DATA_CELL, c) == 1) != want) continue;
          } else if (want) {
            break; /* past the end: close an open run */
          }
          want = !want;
          if (dup) continue;
          ijk[axis] = k - mx;
          vb_id p[4];
          for (int q = 0; q < 4; q++) {
            int r[3] = {ijk[0], ijk[1], ijk[2]}, s = mx ? (4 - q) % 4 : q; /* max face: p, +i, +i+j, +j */
            r[axis] += mx;
            r[ia] += step[s][0];
            r[ja] += step[s][1];
            p[q] = point_id(e, r);
          }
          st = face(ctx, cell_id(e, ijk), p);
        }
      }
  }
  return st;
}

/* vtkDataSetSurfaceFilter's face: each point once (map), a closed polygon */
typedef struct {
  out_t *o;
  vb__ids map;
} dss_face_t;

static int dss_face(void *ctx, vb_id cell, const vb_id p[4]) {
  dss_face_t *d = ctx;
  vb_id f[5];
  for (int k = 0; k < 4; k++) {
    if (d->map.v[p[k]] < 0) {
      d->map.v[p[k]] = d->o->pts.n;
      if (vb__ids_push(&d->o->pts, &p[k], 1)) return VB_ENOMEM;
    }
    f[k] = d->map.v[p[k]];
  }
  f[4] = f[0];
  return vb__ids_push(&d->o->conn, f, 5) || vb__ids_push(&d->o->cells, &cell, 1) ? VB_ENOMEM : VB_OK;
}

static int blanked(out_t *o, vb_structured_grid *g, const int e[6], int64_t npts) {
  dss_face_t d = {o, {0}};
  int st = (d.map.v = vb__alloc((size_t)(npts ? npts : 1) * sizeof *d.map.v, VB_MIN_ALIGN)) ? VB_OK : VB_ENOMEM;
  for (int64_t i = 0; !st && i < npts; i++) d.map.v[i] = -1;
  if (!st) st = vb__surface_shrink(g, e, 0, dss_face, &d);
  vb__free(d.map.v);
  return st;
}

/* a 1-D rectilinear (rect) or structured grid: vtk*GridGeometryFilter's
 * lines; kind: set to 0 for a vertex (verts), 1 for lines, -1 for nothing */
static int lines(out_t *o, vb_data_object *in, const int e[6], int rect, int *kind) {
  int64_t dims[3], lo[3], hi[3], n = 0, dim = 0, dir = -1, ccount = vb_data_set_get_number_of_cells(in);
  *kind = -1;
  for (int i = 0; i < 3; i++) { /* the filter's extent: from 0 up, then clamped (rect) or intersected */
    int64_t el = e[2 * i], eh = e[2 * i + 1], fl = el > 0 ? el : 0;
    dims[i] = eh - el + 1;
    if (!rect && eh < 0) return VB_OK;
    lo[i] = rect ? (fl < dims[i] - 1 ? fl : dims[i] - 1) : fl - el;
    hi[i] = rect ? (eh > fl ? eh : fl) : eh - el;
    if (rect && hi[i] > dims[i] - 1) hi[i] = dims[i] - 1;
    if (hi[i] < lo[i]) hi[i] = lo[i];
    if (hi[i] > lo[i] && dir < 0) dir = i, n = hi[i] - lo[i] + 1, dim++;
  }
  int64_t start = lo[0] + dims[0] * (lo[1] + dims[1] * lo[2]), cstart = 0, cdim = 1;
  for (int i = 0; i < 3; i++) {
    cstart += (dims[i] == 1 || lo[i] < dims[i] - 1 ? lo[i] : lo[i] - 1) * cdim;
    cdim *= dims[i] - 1;
  }
  int64_t off = dir == 0 ? 1 : dir == 1 ? dims[0] : dims[0] * dims[1];
  int64_t coff = dir == 0 ? 1 : dir == 1 ? dims[0] - 1 : (dims[0] - 1) * (dims[1] - 1);
  vb_structured_grid *g = rect ? NULL : vb_structured_grid_from_object(vb_data_object_object(in));
  if (!dim && g && vb_structured_grid_is_visible(g, VB_DATA_POINT, start) != 1) return VB_OK;
  *kind = (int)dim;
  if (!dim) { /* VTK copies the data of cell `start`, which is past the cells: the last one */
    vb_id z = 0, c = start < ccount ? start : ccount - 1;
    return vb__ids_push(&o->pts, &start, 1) || vb__ids_push(&o->conn, &z, 1) || vb__ids_push(&o->cells, &c, 1)
               ? VB_ENOMEM : VB_OK;
  }
  int st = VB_OK;
  for (int64_t i = 0; i < n && !st; i++) {
    vb_id p = start + i * off;
    st = vb__ids_push(&o->pts, &p, 1);
  }
  for (int64_t i = 0; i + 1 < n && !st; i++) {
    if (g && (vb_structured_grid_is_visible(g, VB_DATA_POINT, start + i * off) != 1 ||
              vb_structured_grid_is_visible(g, VB_DATA_POINT, start + (i + 1) * off) != 1))
      continue;
    vb_id l[2] = {i, i + 1}, c = cstart + i * coff;
    st = vb__ids_push(&o->conn, l, 2) || vb__ids_push(&o->cells, &c, 1) ? VB_ENOMEM : VB_OK;
  }
  return st;
}

int vb__surface_structured(vb_data_object *in, vb_polydata *pd, const int pass[2]) {
  vb_object *ob = vb_data_object_object(in);
  vb_image_data *im = vb_image_data_from_object(ob);
  vb_rectilinear_grid *rg = vb_rectilinear_grid_from_object(ob);
  vb_structured_grid *sg = vb_structured_grid_from_object(ob);
  vb_points *in_pts = vb_point_set_get_points(in);
  int e[6], dim = 0, type = VB_DOUBLE, kind = 2, per = 4, ids = 1, st;
  if (sg && !in_pts) return VB_OK; /* nothing to extract (VTK: no points, or a crash) */
  st = im ? vb_image_data_get_extent(im, e)
       : rg ? vb_rectilinear_grid_get_extent(rg, e)
            : vb_structured_grid_get_extent(sg, e);
  if (st) return st;
  vb_array *xs = rg ? vb_rectilinear_grid_get_coordinates(rg, 0) : NULL;
  if (xs) type = vb_array_type(xs);
  if (sg) type = vb_points_get_data_type(in_pts);
  for (int i = 0; i < 3; i++) dim += e[2 * i + 1] > e[2 * i];
  out_t o = {{0}, {0}, {0}};
  vb_data_object *od = (vb_data_object *)pd;
  vb_attributes *opd = vb_data_set_get_point_data(od), *ocd = vb_data_set_get_cell_data(od);
  if (!im && dim == 1) {
    st = lines(&o, in, e, rg != NULL, &kind);
    if (kind < 0) return st; /* nothing: no points, no arrays */
    type = VB_FLOAT, per = kind + 1, ids = 0;
    vb_attributes_set_copy_attribute(opd, VB_ATTRIBUTE_NORMALS, 0, VB_COPY_TUPLE);
  } else if (sg && dim == 3 && vb_structured_grid_has_any_blank(sg, VB_DATA_CELL)) {
    st = blanked(&o, sg, e, vb_data_set_get_number_of_points(in));
    type = VB_FLOAT, per = 5;
    vb_field_data_copy_field(vb_attributes_field_data(opd), "vtkGhostType", 0);
    vb_field_data_copy_field(vb_attributes_field_data(ocd), "vtkGhostType", 0);
  } else {
    st = vb__surface_sides(e, &o.pts, &o.conn, &o.cells);
  }
  /* the polydata: points, cells, then the data of the points and cells */
  vb_points *pts = st ? NULL : vb_points_new(type);
  if (!st && (!pts || vb_points_set_number_of_points(pts, o.pts.n))) st = VB_ENOMEM;
  for (int64_t i = 0; !st && i < o.pts.n; i++) {
    double x[3];
    vb_data_set_get_point(in, o.pts.v[i], x);
    vb_points_set_point(pts, i, x);
  }
  if (!st) st = vb_polydata_set_points(pd, pts);
  vb_points_release(pts);
  vb_cell_array *ca = st ? NULL : vb_cell_array_new();
  if (!st && (!ca || vb_cell_array_allocate_exact(ca, o.cells.n, o.conn.n))) st = VB_ENOMEM;
  for (int64_t c = 0; !st && c < o.cells.n; c++)
    if (vb_cell_array_insert_next_cell(ca, per, o.conn.v + c * per) < 0) st = VB_ENOMEM;
  if (!st) st = (kind == 0 ? vb_polydata_set_verts : kind == 1 ? vb_polydata_set_lines : vb_polydata_set_polys)(pd, ca);
  vb_cell_array_release(ca);
  for (int k = 0; k < 2 && !st; k++) {
    vb_attributes *dst = k ? ocd : opd;
    if (ids) vb_attributes_set_copy_attribute(dst, VB_ATTRIBUTE_GLOBALIDS, 1, VB_COPY_TUPLE); /* VTK's filters */
    st = vb__surface_copy_attributes(dst, k ? vb_data_set_get_cell_data(in) : vb_data_set_get_point_data(in),
                                     k ? o.cells.v : o.pts.v, k ? o.cells.n : o.pts.n,
                                     !ids || !pass[k] ? NULL : k ? "vtkOriginalCellIds" : "vtkOriginalPointIds");
    if (per == 5) vb_attributes_set_active_attribute(dst, -1, VB_ATTRIBUTE_GLOBALIDS); /* copied, not marked */
  }
  vb__free(o.pts.v);
  vb__free(o.conn.v);
  vb__free(o.cells.v);
  return st;
}
