/* vb_io_xml_read.c - the serial VTK XML reader (vb_io.h): .vtp .vtu .vti
 * .vtr .vts.  A first pass over the tokens notes where each section's
 * DataArrays are (the appended data sits at the end); then the data set is
 * built from a table row per kind, its arrays decoded by vb_io_xml_data.c.
 * The new object is returned only when all of it was read; on error it is
 * released and the message names line and byte. */
#include "vb_io_impl.h"

#include <stdlib.h>
#include <string.h>

#include "vb_attributes.h"
#include "vb_cell_array.h"
#include "vb_data_object.h"
#include "vb_data_set.h"
#include "vb_field_data.h"
#include "vb_image_data.h"
#include "vb_points.h"
#include "vb_polydata.h"
#include "vb_rectilinear_grid.h"
#include "vb_structured_grid.h"
#include "vb_unstructured_grid.h"

#define XMALLOC(n) vb__alloc((n), VB_MIN_ALIGN)
static const char WHAT[] = "XML VTK file:";
#define FAIL(R, at, st, ...) vb__io_fail_at(WHAT, (R)->f.p, (at), (st), __VA_ARGS__)

/* the sections holding DataArrays (FieldData in the data set element, the
 * others in its Piece) */
enum { S_FIELD, S_PD, S_CD, S_POINTS, S_CELLS, S_VERTS, S_LINES, S_POLYS, S_STRIPS, S_COORDS, S_N };
static const char *const sec_names[S_N] = {"FieldData", "PointData", "CellData", "Points", "Cells",
                                           "Verts",     "Lines",     "Polys",    "Strips", "Coordinates"};

typedef struct da {
  int sec;
  size_t at, text, text_len;
} da;

typedef struct rd {
  vb__xml_file f;
  size_t kind_at, piece_at, sec_at[S_N];
  int npieces;
  da *arr;
  size_t narr, cap;
} rd;

static int is(const char *s, size_t n, const char *lit) { return strlen(lit) == n && !memcmp(s, lit, n); }

/* the start tag at `at`, tokenized again (its attributes) */
static int tag(const rd *R, size_t at, vb__xml *t) {
  vb__xml_init(t, R->f.p, R->f.n);
  t->pos = at;
  return vb__xml_next(t);
}

static int attr_ints(const rd *R, size_t at, const char *name, int n, int64_t *v, int required) {
  vb__xml t;
  size_t len, i = 0;
  const char *s;
  int k;
  if (tag(R, at, &t) != VB_OK) return VB_EINVAL;
  if (!(s = vb__xml_attr(&t, name, &len))) return required ? FAIL(R, at, VB_EINVAL, "no %s attribute", name) : VB_OK;
  for (k = 0; k < n; k++) {
    size_t b;
    while (i < len && s[i] == ' ') i++;
    for (b = i; i < len && s[i] != ' '; i++) {}
    if (vb__xml_int(s + b, i - b, &v[k]) != VB_OK) return FAIL(R, at, VB_EINVAL, "a bad %s attribute", name);
  }
  return VB_OK;
}

static int attr_doubles(const rd *R, size_t at, const char *name, int n, double *v) {
  vb__xml t;
  size_t len, i = 0;
  const char *s;
  int k;
  if (tag(R, at, &t) != VB_OK || !(s = vb__xml_attr(&t, name, &len))) return VB_OK;
  for (k = 0; k < n; k++) {
    char buf[64];
    const char *end;
    size_t b;
    while (i < len && s[i] == ' ') i++;
    for (b = i; i < len && s[i] != ' '; i++) {}
    if (i - b == 0 || i - b >= sizeof buf) return FAIL(R, at, VB_EINVAL, "a bad %s attribute", name);
    memcpy(buf, s + b, i - b);
    buf[i - b] = '\0';
    v[k] = vb__strtod(buf, &end);
    if (*end) return FAIL(R, at, VB_EINVAL, "a bad %s attribute", name);
  }
  return VB_OK;
}

/* ---- building ---- */
/* the arrays of section `sec` in file order: each decoded with ntuples (-1: what it holds) */
static int section(rd *R, int sec, int64_t ntuples, vb_attributes *at, vb_field_data *fd, vb_array **first) {
  size_t i;
  int st = VB_OK;
  for (i = 0; i < R->narr && st == VB_OK; i++) {
    vb_array *a;
    int64_t nt = ntuples;
    if (R->arr[i].sec != sec) continue;
    if (sec == S_FIELD && attr_ints(R, R->arr[i].at, "NumberOfTuples", 1, &nt, 0) != VB_OK) return VB_EINVAL;
    if ((st = vb__xml_data_array(&R->f, R->arr[i].at, R->arr[i].text, R->arr[i].text_len, nt, &a)) != VB_OK) return st;
    if (first) {
      if (vb_array_get_number_of_components(a) != 3) st = FAIL(R, R->arr[i].at, VB_EINVAL, "points of other than 3 components");
      if (st == VB_OK && !(*first = (vb_array *)vb_points_new(vb_array_type(a)))) st = VB_ENOMEM;
      if (st == VB_OK) st = vb_points_set_data((vb_points *)*first, a);
      vb_array_release(a);
      return st;
    }
    st = at ? vb_attributes_add_array(at, a) : vb_field_data_add_array(fd, a);
    vb_array_release(a);
    st = st < 0 ? st : VB_OK;
  }
  if (at && st == VB_OK) { /* <PointData Scalars="name" ...>: the active attributes */
    vb__xml t;
    int k;
    if (tag(R, R->sec_at[sec], &t) != VB_OK) return VB_EINVAL;
    for (k = 0; k < VB_NUM_ATTRIBUTES; k++) {
      size_t len;
      const char *s = vb__xml_attr(&t, vb_attributes_attribute_type_name(k), &len);
      char *name;
      if (!s) continue;
      if (!(name = XMALLOC(len + 1))) return VB_ENOMEM;
      vb__xml_decode(s, len, name, len + 1);
      if (vb_attributes_set_active_attribute_by_name(at, name, k) == VB_ENOMEM) st = VB_ENOMEM;
      vb__free(name);
    }
  }
  return st;
}

/* the DataArray called `name` of section sec (ntuples as section()); NULL: absent */
static int named(rd *R, int sec, const char *name, int64_t ntuples, vb_array **out) {
  size_t i;
  *out = NULL;
  for (i = 0; i < R->narr; i++) {
    vb__xml t;
    size_t len;
    const char *s;
    if (R->arr[i].sec != sec || tag(R, R->arr[i].at, &t) != VB_OK) continue;
    if ((s = vb__xml_attr(&t, "Name", &len)) && is(s, len, name))
      return vb__xml_data_array(&R->f, R->arr[i].at, R->arr[i].text, R->arr[i].text_len, ntuples, out);
  }
  return VB_OK;
}

/* VTK's offsets/connectivity pair (offsets without the leading 0) as a cell
 * array of ids below `limit`; *out NULL when the section has neither */
static int cells(rd *R, int sec, const char *conn_name, const char *off_name, int64_t ncells, int64_t limit,
                 int optional, vb_cell_array **out) {
  vb_array *off = NULL, *conn = NULL, *o64 = NULL, *c64 = NULL;
  int64_t i, v, nc;
  int st, t32, tt, bulk;
  *out = NULL;
  if (ncells && ((st = named(R, sec, off_name, ncells, &off)) != VB_OK || (st = named(R, sec, conn_name, -1, &conn)) != VB_OK))
    goto done;
  if (!ncells || (!off && !conn && optional)) goto done; /* VTK reads no arrays for no cells */
  if (!off || !conn) {
    st = FAIL(R, R->sec_at[sec], VB_EINVAL, "no %s array", off ? conn_name : off_name);
    goto done;
  }
  nc = vb_array_get_number_of_values(conn);
  t32 = vb_array_type(off) == VB_INT && vb_array_type(conn) == VB_INT; /* VTK keeps Int32 pairs, else 64-bit */
  tt = t32 ? VB_INT : VB_LONG_LONG;
  /* the file's arrays as they are (one component, the type kept): in bulk, the connectivity shared */
  bulk = vb_array_type(off) == tt && vb_array_type(conn) == tt && vb_array_get_number_of_components(conn) == 1;
  if (bulk) c64 = conn, vb_array_retain(conn);
  if (!(o64 = vb_array_new(tt)) || (!c64 && !(c64 = vb_array_new(tt))) || !(*out = vb_cell_array_new())) {
    st = VB_ENOMEM;
    goto done;
  }
  if ((st = vb_array_set_number_of_tuples(o64, ncells + 1)) != VB_OK || (st = vb_array_set_number_of_tuples(c64, nc)) != VB_OK)
    goto done;
  if ((st = vb_array_set_name(o64, off_name)) != VB_OK || (st = vb_array_set_name(c64, conn_name)) != VB_OK) goto done;
  memset(vb_array_data(o64), 0, t32 ? 4 : 8); /* the leading 0; VTK's reader keeps the file's names */
  if (bulk) {
    const void *cd = vb_array_data(conn);
    memcpy((char *)vb_array_data(o64) + (t32 ? 4 : 8), vb_array_data(off), (size_t)ncells * (t32 ? 4 : 8));
    if (t32)
      for (i = 0; i < nc && (uint64_t)((const int32_t *)cd)[i] < (uint64_t)limit; i++) {}
    else
      for (i = 0; i < nc && (uint64_t)((const int64_t *)cd)[i] < (uint64_t)limit; i++) {}
    i = i < nc ? ncells + i : ncells + nc; /* the loop below: only to name a bad id */
  } else
    i = 0;
  for (; i < ncells + nc && st == VB_OK; i++) {
    int isoff = i < ncells;
    st = vb_array_get_value_i64(isoff ? off : conn, isoff ? i : i - ncells, &v);
    if (st != VB_OK || (!isoff && (v < 0 || v >= limit)))
      st = FAIL(R, R->sec_at[sec], VB_EINVAL, "%s value %lld is not an id below %lld", conn_name, (long long)v, (long long)limit);
    else if (t32)
      ((int32_t *)vb_array_data(isoff ? o64 : c64))[isoff ? i + 1 : i - ncells] = (int32_t)v;
    else
      ((int64_t *)vb_array_data(isoff ? o64 : c64))[isoff ? i + 1 : i - ncells] = v;
  }
  if (st == VB_OK && vb_cell_array_set_data(*out, o64, c64) != VB_OK)
    st = FAIL(R, R->sec_at[sec], VB_EINVAL, "bad %s (decreasing, or not ending at the %lld %s values)", off_name, (long long)nc,
              conn_name);
done:
  vb_array_release(off);
  vb_array_release(conn);
  vb_array_release(o64);
  vb_array_release(c64);
  if (st != VB_OK) vb_cell_array_release(*out), *out = NULL;
  return st;
}

static int piece_count(rd *R, const char *name, int64_t *v) {
  int st = attr_ints(R, R->piece_at, name, 1, v, 0);
  if (st == VB_OK && *v < 0) return FAIL(R, R->piece_at, VB_EINVAL, "a negative %s", name);
  return st;
}

static int build_polydata(rd *R, vb_data_object *d) {
  static const char *const counts[4] = {"NumberOfVerts", "NumberOfLines", "NumberOfPolys", "NumberOfStrips"};
  int (*const set[4])(vb_polydata *, vb_cell_array *) = {vb_polydata_set_verts, vb_polydata_set_lines, vb_polydata_set_polys,
                                                         vb_polydata_set_strips};
  vb_polydata *pd = vb_polydata_from_object(vb_data_object_object(d));
  int64_t npts = 0, n = 0;
  int k, st = piece_count(R, "NumberOfPoints", &npts);
  for (k = 0; k < 4 && st == VB_OK; k++) {
    vb_cell_array *ca;
    n = 0;
    if ((st = piece_count(R, counts[k], &n)) != VB_OK || (st = cells(R, S_VERTS + k, "connectivity", "offsets", n, npts, 0, &ca)) != VB_OK)
      break;
    if (ca) st = set[k](pd, ca);
    vb_cell_array_release(ca);
  }
  return st;
}

static int build_ugrid(rd *R, vb_data_object *d) {
  vb_unstructured_grid *g = vb_unstructured_grid_from_object(vb_data_object_object(d));
  vb_cell_array *ca = NULL, *faces = NULL, *locs = NULL;
  vb_array *types = NULL;
  int64_t npts = 0, n = 0, nf;
  int st = piece_count(R, "NumberOfPoints", &npts);
  if (st == VB_OK) st = piece_count(R, "NumberOfCells", &n);
  if (st == VB_OK) st = cells(R, S_CELLS, "connectivity", "offsets", n, npts, 0, &ca);
  if (st == VB_OK) st = named(R, S_CELLS, "types", n, &types);
  if (st == VB_OK && ca && (!types || vb_array_type(types) != VB_UNSIGNED_CHAR))
    st = FAIL(R, R->sec_at[S_CELLS], VB_EINVAL, "no UInt8 cell types");
  if (st == VB_OK) st = cells(R, S_CELLS, "polyhedron_to_faces", "polyhedron_offsets", n, INT64_MAX, 1, &locs);
  nf = locs ? vb_array_get_number_of_values(vb_cell_array_get_connectivity_array(locs)) : 0;
  if (st == VB_OK && locs) {
    int64_t i, v, nfaces = 0;
    vb_array *fo;
    if ((st = named(R, S_CELLS, "face_offsets", -1, &fo)) == VB_OK && fo) nfaces = vb_array_get_number_of_values(fo);
    vb_array_release(fo);
    for (i = 0; i < nf && st == VB_OK; i++)
      if (vb_array_get_value_i64(vb_cell_array_get_connectivity_array(locs), i, &v) != VB_OK || v >= nfaces)
        st = FAIL(R, R->sec_at[S_CELLS], VB_EINVAL, "a polyhedron uses face %lld of %lld", (long long)v, (long long)nfaces);
    if (st == VB_OK) st = cells(R, S_CELLS, "face_connectivity", "face_offsets", nfaces, npts, 0, &faces);
  }
  if (st == VB_OK && ca) {
    st = locs ? vb_unstructured_grid_set_polyhedral_cells(g, types, ca, locs, faces) : vb_unstructured_grid_set_cells(g, types, ca);
    if (st != VB_OK && st != VB_ENOMEM) st = FAIL(R, R->sec_at[S_CELLS], VB_EINVAL, "bad cells (%s)", vb_last_error());
  }
  vb_cell_array_release(ca);
  vb_cell_array_release(faces);
  vb_cell_array_release(locs);
  vb_array_release(types);
  return st;
}

/* structured kinds: WholeExtent in the data set element, Extent in the Piece */
static int extent(rd *R, int ext[6]) {
  int64_t e[6];
  int k, st = attr_ints(R, R->piece_at, "Extent", 6, e, 1);
  for (k = 0; k < 6 && st == VB_OK; k++) {
    if (e[k] < -(1 << 30) || e[k] > (1 << 30) || (k % 2 && e[k] < e[k - 1] - 1))
      return FAIL(R, R->piece_at, VB_EINVAL, "a bad Extent");
    ext[k] = (int)e[k];
  }
  return st;
}

static int build_image(rd *R, vb_data_object *d) {
  vb_image_data *im = vb_image_data_from_object(vb_data_object_object(d));
  double o[3] = {0, 0, 0}, s[3] = {1, 1, 1}, m[9] = {1, 0, 0, 0, 1, 0, 0, 0, 1};
  int ext[6], st = extent(R, ext);
  if (st == VB_OK) st = attr_doubles(R, R->kind_at, "Origin", 3, o);
  if (st == VB_OK) st = attr_doubles(R, R->kind_at, "Spacing", 3, s);
  if (st == VB_OK) st = attr_doubles(R, R->kind_at, "Direction", 9, m);
  if (st == VB_OK) st = vb_image_data_set_extent(im, ext);
  if (st == VB_OK) st = vb_image_data_set_origin(im, o);
  if (st == VB_OK) st = vb_image_data_set_spacing(im, s);
  if (st == VB_OK) st = vb_image_data_set_direction_matrix(im, m);
  return st;
}

static int build_rgrid(rd *R, vb_data_object *d) {
  vb_rectilinear_grid *g = vb_rectilinear_grid_from_object(vb_data_object_object(d));
  int ext[6], k, st = extent(R, ext);
  size_t i;
  if (st == VB_OK) st = vb_rectilinear_grid_set_extent(g, ext);
  for (i = 0, k = 0; i < R->narr && st == VB_OK && k < 3; i++) {
    vb_array *a;
    if (R->arr[i].sec != S_COORDS) continue;
    if ((st = vb__xml_data_array(&R->f, R->arr[i].at, R->arr[i].text, R->arr[i].text_len, ext[2 * k + 1] - ext[2 * k] + 1, &a)) != VB_OK)
      break;
    vb_array_set_number_of_tuples(a, ext[2 * k + 1] - ext[2 * k] + 1); /* VTK reads as many as the extent has */
    st = vb_rectilinear_grid_set_coordinates(g, k++, a);
    vb_array_release(a);
  }
  if (st == VB_OK && k < 3 && ext[1] >= ext[0]) st = FAIL(R, R->sec_at[S_COORDS], VB_EINVAL, "fewer than 3 coordinate arrays");
  return st;
}

static int build_sgrid(rd *R, vb_data_object *d) {
  int ext[6], st = extent(R, ext);
  return st == VB_OK ? vb_structured_grid_set_extent(vb_structured_grid_from_object(vb_data_object_object(d)), ext) : st;
}

static const struct {
  const char *type; /* VTKFile type="..." (and the data set element's name) */
  int structured;
  int (*build)(rd *R, vb_data_object *d);
} kinds[] = {
  {"PolyData", 0, build_polydata},        {"UnstructuredGrid", 0, build_ugrid},
  {"ImageData", 1, build_image},          {"RectilinearGrid", 1, build_rgrid},
  {"StructuredGrid", 1, build_sgrid},
  /* composite files: the structure (vb_io_xml_composite.c); structured = the composite type */
  {"vtkMultiBlockDataSet", 13, NULL}, {"vtkPartitionedDataSetCollection", 38, NULL},
};
enum { NKINDS = sizeof kinds / sizeof *kinds };

static vb_data_object *make(int k) {
  switch (k) {
  case 0: { vb_polydata *o = vb_polydata_new(); return o ? vb_polydata_data_object(o) : NULL; }
  case 1: { vb_unstructured_grid *o = vb_unstructured_grid_new(); return o ? vb_data_object_from_object(vb_unstructured_grid_object(o)) : NULL; }
  case 2: { vb_image_data *o = vb_image_data_new(); return o ? vb_image_data_data_object(o) : NULL; }
  case 3: { vb_rectilinear_grid *o = vb_rectilinear_grid_new(); return o ? vb_rectilinear_grid_data_object(o) : NULL; }
  default: { vb_structured_grid *o = vb_structured_grid_new(); return o ? vb_structured_grid_data_object(o) : NULL; }
  }
}

static int build(rd *R, int k, vb_object **out) {
  vb_data_object *d = make(k);
  vb_array *pts = NULL;
  int st;
  if (!d) return VB_ENOMEM;
  st = section(R, S_FIELD, -1, NULL, vb_data_object_get_field_data(d), NULL);
  if (st == VB_OK && R->npieces) {
    int64_t npts = 0;
    if (!kinds[k].structured && (st = piece_count(R, "NumberOfPoints", &npts)) != VB_OK) goto done;
    if ((st = kinds[k].build(R, d)) != VB_OK) goto done;
    if (kinds[k].structured) npts = vb_data_set_get_number_of_points(d);
    if (k == 4) { /* a structured grid has no points yet: its extent's */
      int ext[6];
      vb_structured_grid_get_extent(vb_structured_grid_from_object(vb_data_object_object(d)), ext);
      npts = (int64_t)(ext[1] - ext[0] + 1) * (ext[3] - ext[2] + 1) * (ext[5] - ext[4] + 1);
    }
    if (k != 2 && k != 3) { /* point sets: VTK makes float points when the file has none */
      if ((st = section(R, S_POINTS, npts, NULL, NULL, &pts)) == VB_OK && !pts && !npts &&
          !(pts = (vb_array *)vb_points_new(VB_FLOAT)))
        st = VB_ENOMEM;
      if (st == VB_OK && !pts) st = FAIL(R, R->piece_at, VB_EINVAL, "%lld points without a Points section", (long long)npts);
      if (st == VB_OK) st = vb_point_set_set_points(d, (vb_points *)pts);
    }
    if (st == VB_OK) st = section(R, S_PD, npts, vb_data_set_get_point_data(d), NULL, NULL);
    if (st == VB_OK) st = section(R, S_CD, vb_data_set_get_number_of_cells(d), vb_data_set_get_cell_data(d), NULL, NULL);
  }
done:
  vb_points_release((vb_points *)pts);
  if (st != VB_OK) {
    vb_object_release(vb_data_object_object(d));
    return st;
  }
  *out = vb_data_object_object(d);
  return VB_OK;
}

/* ---- the first pass: the file's header, where the sections and arrays are ---- */
static int add_da(rd *R, int sec, size_t at) {
  if (R->narr == R->cap) {
    size_t cap = R->cap ? 2 * R->cap : 16;
    da *q = XMALLOC(cap * sizeof *q);
    if (!q) return VB_ENOMEM;
    if (R->narr) memcpy(q, R->arr, R->narr * sizeof *q);
    vb__free(R->arr);
    R->arr = q, R->cap = cap;
  }
  R->arr[R->narr].sec = sec, R->arr[R->narr].at = at, R->arr[R->narr].text = at, R->arr[R->narr].text_len = 0;
  R->narr++;
  return VB_OK;
}

static int file_header(rd *R, vb__xml *x, size_t at, int *kind, vb_xml_info *info) {
  size_t len;
  const char *s;
  int k;
  if (!is(x->name, x->name_len, "VTKFile")) return FAIL(R, at, VB_EINVAL, "the root element is not VTKFile");
  if (!(s = vb__xml_attr(x, "type", &len))) return FAIL(R, at, VB_EINVAL, "VTKFile without a type");
  for (k = 0; k < NKINDS && !is(s, len, kinds[k].type); k++) {}
  if (info) memcpy(info->type, s, len < sizeof info->type ? len : sizeof info->type - 1);
  if (k == NKINDS) return FAIL(R, at, VB_EINVAL, "VTKFile type '%.*s' is not read yet", (int)(len < 40 ? len : 40), s);
  *kind = k;
  R->f.be = (s = vb__xml_attr(x, "byte_order", &len)) && is(s, len, "BigEndian");
  R->f.header64 = (s = vb__xml_attr(x, "header_type", &len)) && is(s, len, "UInt64");
  if (s && !R->f.header64 && !is(s, len, "UInt32")) return FAIL(R, at, VB_EINVAL, "a header_type other than UInt32 or UInt64");
  if ((s = vb__xml_attr(x, "compressor", &len)) && len) {
    if (info) memcpy(info->compressor, s, len < sizeof info->compressor ? len : sizeof info->compressor - 1);
    if (!is(s, len, "vtkZLibDataCompressor"))
      return FAIL(R, at, VB_EINVAL, "data compressed by %.*s: only vtkZLibDataCompressor is read", (int)(len < 40 ? len : 40), s);
    R->f.zlib = 1;
  }
  if (info) info->header64 = R->f.header64, info->big_endian = R->f.be;
  return VB_OK;
}

static int scan(rd *R, int *kind, vb_xml_info *info) {
  vb__xml x;
  int st, cur = -1, depth = 0; /* cur: the DataArray whose text is awaited (its depth) */
  vb__xml_init(&x, R->f.p, R->f.n);
  while ((st = vb__xml_next(&x)) == VB_OK && x.kind != VB__XML_EOF) {
    size_t at;
    int level, s;
    if (x.kind == VB__XML_END) {
      if (x.depth < depth) cur = -1;
      continue;
    }
    if (x.kind == VB__XML_TEXT) {
      if (cur >= 0 && x.depth == depth && !R->arr[cur].text_len)
        R->arr[cur].text = (size_t)((const unsigned char *)x.text - R->f.p), R->arr[cur].text_len = x.text_len;
      continue;
    }
    at = (size_t)((const unsigned char *)x.name - R->f.p) - 1;
    level = x.empty ? x.depth + 1 : x.depth;
    if (level == 1 && (st = file_header(R, &x, at, kind, info)) != VB_OK) return st;
    if (level == 2 && is(x.name, x.name_len, "AppendedData")) {
      size_t len;
      const char *e = vb__xml_attr(&x, "encoding", &len);
      R->f.appended_raw = e && is(e, len, "raw");
      while (x.pos < x.n && x.p[x.pos] != '_') x.pos++;
      if (x.pos == x.n) return FAIL(R, at, VB_EINVAL, "AppendedData without its '_'");
      R->f.appended = x.pos + 1;
      return VB_OK; /* what follows is the data */
    }
    if (level == 2 && is(x.name, x.name_len, kinds[*kind].type)) {
      R->kind_at = at;
      if (!kinds[*kind].build) return VB_OK; /* a composite: its own parser */
    }
    if (level == 3 && is(x.name, x.name_len, "Piece") && is(x.stack[1], x.stack_len[1], kinds[*kind].type)) {
      if (++R->npieces > 1) return FAIL(R, at, VB_EINVAL, "files of more than one piece are not read yet");
      R->piece_at = at;
    }
    for (s = 0; s < S_N && !is(x.name, x.name_len, sec_names[s]); s++) {}
    if (s < S_N && level == (s == S_FIELD ? 3 : 4) && is(x.stack[level - 2], x.stack_len[level - 2], s == S_FIELD ? kinds[*kind].type : "Piece"))
      R->sec_at[s] = at;
    if ((level == 4 || level == 5) && is(x.name, x.name_len, "DataArray")) {
      const char *parent = x.stack[level - 2], *grand = x.stack[level - 3];
      size_t pl = x.stack_len[level - 2], gl = x.stack_len[level - 3];
      for (s = 0; s < S_N && !is(parent, pl, sec_names[s]); s++) {}
      if (s == S_N || level != (s == S_FIELD ? 4 : 5) || !is(grand, gl, s == S_FIELD ? kinds[*kind].type : "Piece")) continue;
      if ((st = add_da(R, s, at)) != VB_OK) return st;
      if (!x.empty) cur = (int)R->narr - 1, depth = x.depth;
    }
  }
  return st;
}

static vb_object *xml_read(const void *data, size_t n, vb_block *blk, const vb_io_callbacks *cb, vb_xml_info *info) {
  rd R;
  int st, kind = -1;
  vb_object *o = NULL;
  VB_CHECK_NULL(data || !n, VB_EINVAL, "no data");
  memset(&R, 0, sizeof R);
  R.f.p = data, R.f.n = n, R.f.cb = cb, R.f.blk = blk;
  if (info) memset(info, 0, sizeof *info);
  st = scan(&R, &kind, info);
  if (st == VB_OK && kind < 0) st = FAIL(&R, 0, VB_EINVAL, "no VTKFile element");
  if (st == VB_OK && !R.kind_at) st = FAIL(&R, 0, VB_EINVAL, "no %s element", kinds[kind].type);
  if (st == VB_OK) st = kinds[kind].build ? build(&R, kind, &o) : vb__xml_composite(&R.f, kinds[kind].structured, R.kind_at, &o);
  vb__free(R.arr);
  if (st == VB_ENOMEM && vb_last_status() != VB_ENOMEM) vb__fail("Read", VB_ENOMEM, "out of memory");
  return st == VB_OK ? o : NULL;
}

vb_object *vb_xml_read(const void *data, size_t n, const vb_io_callbacks *cb, vb_xml_info *info) {
  return xml_read(data, n, NULL, cb, info);
}

vb_object *vb_xml_read_block(vb_block *blk, size_t off, size_t n, const vb_io_callbacks *cb, vb_xml_info *info) {
  VB_CHECK_NULL(blk && off <= vb_block_size(blk) && n <= vb_block_size(blk) - off, VB_EINVAL, "bytes outside the block");
  return xml_read((const unsigned char *)vb_block_data(blk) + off, n, blk, cb, info);
}

static size_t find(const char *h, size_t n, const char *s) {
  size_t i, k = strlen(s);
  for (i = 0; i + k <= n; i++)
    if (!memcmp(h + i, s, k)) return i;
  return n;
}

size_t vb_xml_align(const void *head, size_t n, size_t file_size) {
  const char *h = head;
  size_t a = h ? find(h, n, "<AppendedData") : n, i = 0, s, best = 0, hs, off[64] = {0};
  int w[64], k, m = 0;
  uint64_t score[8] = {0};
  while (a < n && h[a] != '_') a++;
  if (a >= n) return 0;
  hs = find(h, n, "header_type=\"UInt64\"") < a ? 8 : 4;
  while (m < 64 && (i += find(h + i, a - i, "<DataArray")) < a) { /* each appended array: its type's width, offset */
    size_t e = i + find(h + i, a - i, ">"), t = i + find(h + i, e - i, " type=\""), o = i + find(h + i, e - i, " offset=\"");
    int64_t v;
    i = e;
    if (t >= e || o >= e || vb__xml_int(h + o + 9, find(h + o + 9, e - o - 9, "\""), &v) != VB_OK || v < 0) continue;
    t += 7 + find(h + t + 7, e - t - 7, "\""); /* the end of the type name: 64, 32, 16, 8 */
    w[m] = h[t - 2] == '6' ? 8 : h[t - 2] == '3' ? 4 : h[t - 2] == '1' && h[t - 1] == '6' ? 2 : 1;
    off[m++] = (size_t)v + a + 1 + hs; /* where its values start */
  }
  for (k = 0; k < m; k++) { /* the bytes each shift would align */
    size_t end = k + 1 < m && off[k + 1] > off[k] ? off[k + 1] : file_size;
    for (s = 0; s < 8; s++) score[s] += (s + off[k]) % (size_t)w[k] || end < off[k] ? 0 : end - off[k];
  }
  for (s = 1; s < 8; s++) best = score[s] > score[best] ? s : best;
  return best;
}
