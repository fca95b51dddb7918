/* vb_io_xml_write_kinds.c - the data set kinds of the XML writer, one row
 * each (vb_io_xml_write_impl.h): the primary element, the piece's attributes
 * and the kind's own sections (cells, points, coordinates) in VTK 9.7.1's
 * order and indentation. */
#include "vb_io_xml_write_impl.h"

#include <string.h>

#include "vb_cell_array.h"
#include "vb_data_set.h"
#include "vb_image_data.h"
#include "vb_polydata.h"
#include "vb_rectilinear_grid.h"
#include "vb_structured_grid.h"
#include "vb_unstructured_grid.h"

/* ints as text into b (at most 6 of them, space-separated) */
static const char *ints(char b[80], const int64_t *v, int n) {
  size_t len = 0;
  int k;
  vb__io_type t = {VB_LONG_LONG, "", "", 8, 'i'};
  for (k = 0; k < n; k++) {
    if (k) b[len++] = ' ';
    len += (size_t)vb__io_format_value(&t, v, k, 1, b + len, 80 - len);
  }
  b[len] = '\0';
  return b;
}

/* a piece attribute: inline written, appended in space reserved as VTK
 * (which fills it after the data; the value is known now) */
static void piece_attr(vb__xw *w, const char *name, const int64_t *v, int n) {
  char b[80];
  ints(b, v, n);
  if (w->mode != VB_XML_APPENDED)
    vb__xw_attr(w, name, b);
  else
    vb__xw_fill(w, vb__xw_reserve(w, name, n > 1 ? 66 : 20), name, b, strlen(b));
}

static void points(vb__xw *w, vb_points *p, int ind) {
  vb__xw_arr x = {p ? vb_points_get_data(p) : NULL, NULL, 0, -1, 0, 0};
  vb__xw_tag(w, ind, "<", "Points", ">\n");
  if (x.a) vb__xw_array(w, &x, ind + 2);
  vb__xw_tag(w, ind, "</", "Points", ">\n");
}

/* connectivity and offsets (without the leading 0) of a cell array */
static void cell_arrays(vb__xw *w, vb_cell_array *ca, const char *conn, const char *off, int ind) {
  vb_array *o = vb_cell_array_get_offsets_array(ca);
  vb__xw_arr c = {vb_cell_array_get_connectivity_array(ca), conn, 0, -1, 0, 1};
  vb__xw_arr x = {o, off, 1, 0, 0, 1};
  int64_t n = o ? vb_array_get_number_of_tuples(o) : 0;
  x.count = n >= 2 ? n - 1 : 0, x.first = n >= 2 ? 1 : 0;
  if (!c.a || !o) {
    w->st = vb__fail("Write", VB_EINVAL, "a cell array without its arrays");
    return;
  }
  vb__xw_array(w, &c, ind);
  vb__xw_array(w, &x, ind);
}

/* <Kind ...>, field data, <Piece ...> of an unstructured kind: the counts */
static vb_data_object *open_piece(vb__xw *w, vb_object *obj, const char *kind, const char *const *names,
                                  const int64_t *counts, int n) {
  vb_data_object *d = vb_data_object_from_object(obj);
  int k;
  vb__xw_tag(w, 2, "<", kind, ">\n");
  vb__xw_field_data(w, vb_data_object_get_field_data(d), 4);
  vb__xw_tag(w, 4, "<", "Piece", "");
  for (k = 0; k < n; k++) piece_attr(w, names[k], counts + k, 1);
  vb__xw_put(w, ">\n");
  vb__xw_attributes(w, vb_data_set_get_point_data(d), "PointData", 6);
  vb__xw_attributes(w, vb_data_set_get_cell_data(d), "CellData", 6);
  points(w, vb_point_set_get_points(d), 6);
  return d;
}
static void close_piece(vb__xw *w, const char *kind, int ind) {
  vb__xw_tag(w, ind, "</", "Piece", ">\n");
  vb__xw_tag(w, 2, "</", kind, ">\n");
}

static void write_polydata(vb__xw *w, vb_object *obj) {
  vb_polydata *pd = vb_polydata_from_object(obj);
  vb_cell_array *ca[4] = {vb_polydata_get_verts(pd), vb_polydata_get_lines(pd), vb_polydata_get_strips(pd),
                          vb_polydata_get_polys(pd)};
  static const char *const tags[4] = {"Verts", "Lines", "Strips", "Polys"};
  static const char *const names[5] = {"NumberOfPoints", "NumberOfVerts", "NumberOfLines", "NumberOfStrips",
                                       "NumberOfPolys"};
  int64_t counts[5];
  int k;
  counts[0] = vb_polydata_get_number_of_points(pd);
  for (k = 0; k < 4; k++) counts[k + 1] = vb_cell_array_get_number_of_cells(ca[k]);
  open_piece(w, obj, "PolyData", names, counts, 5);
  for (k = 0; k < 4; k++) {
    vb__xw_tag(w, 6, "<", tags[k], ">\n");
    cell_arrays(w, ca[k], "connectivity", "offsets", 8);
    vb__xw_tag(w, 6, "</", tags[k], ">\n");
  }
  close_piece(w, "PolyData", 4);
}

/* VTK writes the current file version (2.3) instead of 0.1/1.0 when the
 * data set has ghost arrays ("vtkGhostType", unsigned char: point and cell
 * for unstructured data, either for structured) or cells the old versions
 * cannot hold (polyhedra, higher-order hexahedra) */
static int ghost(vb_attributes *at) {
  vb_array *a = vb_attributes_get_array_by_name(at, "vtkGhostType", NULL);
  return a && vb_array_type(a) == VB_UNSIGNED_CHAR;
}
static int ghosts(vb_object *obj, int both) {
  vb_data_object *d = vb_data_object_from_object(obj);
  int p = ghost(vb_data_set_get_point_data(d)), c = ghost(vb_data_set_get_cell_data(d));
  return both ? p && c : p || c;
}
static int unstructured_version(vb_object *obj) { return ghosts(obj, 1); }
static int structured_version(vb_object *obj) { return ghosts(obj, 0); }
static int ugrid_version(vb_object *obj) {
  vb_array *t = vb_unstructured_grid_get_cell_types(vb_unstructured_grid_from_object(obj));
  int64_t i, n = t ? vb_array_get_number_of_tuples(t) : 0, v;
  const unsigned char *u = n && vb_array_type(t) == VB_UNSIGNED_CHAR && vb_array_contiguous_buffer(t) ? vb_array_data(t) : NULL;
  for (i = 0; i < n; i++) /* the types in memory read directly */
    if ((u ? (v = u[i], 1) : vb_array_get_value_i64(t, i, &v) == VB_OK) && (v == 42 || v == 67 || v == 72 || v == 79)) return 1;
  return ghosts(obj, 1);
}

static void write_ugrid(vb__xw *w, vb_object *obj) {
  vb_unstructured_grid *g = vb_unstructured_grid_from_object(obj);
  vb_data_object *d = vb_data_object_from_object(obj);
  vb_cell_array *faces = vb_unstructured_grid_get_polyhedron_faces(g);
  vb_cell_array *locs = vb_unstructured_grid_get_polyhedron_face_locations(g);
  vb_cell_array *ca = vb_unstructured_grid_get_cells(g);
  vb__xw_arr types = {vb_unstructured_grid_get_cell_types(g), "types", 0, -1, 0, 1};
  static const char *const names[2] = {"NumberOfPoints", "NumberOfCells"};
  int64_t counts[2] = {vb_data_set_get_number_of_points(d), vb_data_set_get_number_of_cells(d)};
  open_piece(w, obj, "UnstructuredGrid", names, counts, 2);
  vb__xw_tag(w, 6, "<", "Cells", ">\n");
  if (ca) cell_arrays(w, ca, "connectivity", "offsets", 8);
  if (types.a) vb__xw_array(w, &types, 8);
  if (faces && vb_cell_array_get_number_of_cells(faces) > 0)
    cell_arrays(w, faces, "face_connectivity", "face_offsets", 8);
  if (locs && vb_cell_array_get_number_of_cells(locs) > 0 && vb_cell_array_get_number_of_connectivity_ids(locs) > 0)
    cell_arrays(w, locs, "polyhedron_to_faces", "polyhedron_offsets", 8);
  vb__xw_tag(w, 6, "</", "Cells", ">\n");
  close_piece(w, "UnstructuredGrid", 4);
}

/* the structured kinds: <Kind WholeExtent ...>, one piece with its extent
 * (inline: indented as the primary element, as VTK), the data, then the
 * kind's own arrays */
static void structured(vb__xw *w, vb_object *obj, const char *name, const int ext[6], const double *geo,
                       void (*own)(vb__xw *w, vb_object *obj, int ind)) {
  vb_data_object *d = vb_data_object_from_object(obj);
  int ind = w->mode == VB_XML_APPENDED ? 4 : 2, k;
  int64_t e[6];
  char b[80];
  for (k = 0; k < 6; k++) e[k] = ext[k];
  vb__xw_tag(w, 2, "<", name, "");
  vb__xw_attr(w, "WholeExtent", ints(b, e, 6));
  if (geo) {
    vb__xw_attr_vec(w, "Origin", geo, 3);
    vb__xw_attr_vec(w, "Spacing", geo + 3, 3);
    vb__xw_attr_vec(w, "Direction", geo + 6, 9);
  }
  vb__xw_put(w, ">\n");
  vb__xw_field_data(w, vb_data_object_get_field_data(d), 4);
  vb__xw_tag(w, ind, "<", "Piece", "");
  piece_attr(w, "Extent", e, 6);
  vb__xw_put(w, ">\n");
  vb__xw_attributes(w, vb_data_set_get_point_data(d), "PointData", ind + 2);
  vb__xw_attributes(w, vb_data_set_get_cell_data(d), "CellData", ind + 2);
  if (own) own(w, obj, ind + 2);
  close_piece(w, name, ind);
}

static void write_image(vb__xw *w, vb_object *obj) {
  vb_image_data *im = vb_image_data_from_object(obj);
  int ext[6];
  double geo[15];
  vb_image_data_get_extent(im, ext);
  vb_image_data_get_origin(im, geo);
  vb_image_data_get_spacing(im, geo + 3);
  vb_image_data_get_direction_matrix(im, geo + 6);
  structured(w, obj, "ImageData", ext, geo, NULL);
}

static void rect_coords(vb__xw *w, vb_object *obj, int ind) {
  vb_rectilinear_grid *g = vb_rectilinear_grid_from_object(obj);
  int k;
  vb__xw_tag(w, ind, "<", "Coordinates", ">\n");
  for (k = 0; k < 3; k++) {
    vb__xw_arr x = {vb_rectilinear_grid_get_coordinates(g, k), NULL, 0, -1, 0, 1};
    if (x.a) vb__xw_array(w, &x, ind + 2);
  }
  vb__xw_tag(w, ind, "</", "Coordinates", ">\n");
}
static void write_rect(vb__xw *w, vb_object *obj) {
  int ext[6];
  vb_rectilinear_grid_get_extent(vb_rectilinear_grid_from_object(obj), ext);
  structured(w, obj, "RectilinearGrid", ext, NULL, rect_coords);
}

static void sgrid_points(vb__xw *w, vb_object *obj, int ind) {
  points(w, vb_point_set_get_points(vb_data_object_from_object(obj)), ind);
}
static void write_sgrid(vb__xw *w, vb_object *obj) {
  int ext[6];
  vb_structured_grid_get_extent(vb_structured_grid_from_object(obj), ext);
  structured(w, obj, "StructuredGrid", ext, NULL, sgrid_points);
}

static const vb__xw_kind kinds[] = {
  {0, "PolyData", unstructured_version, write_polydata},   {4, "UnstructuredGrid", ugrid_version, write_ugrid},
  {6, "ImageData", structured_version, write_image},       {3, "RectilinearGrid", structured_version, write_rect},
  {2, "StructuredGrid", structured_version, write_sgrid},
};

const vb__xw_kind *vb__xw_kind_of(int type_id) {
  size_t k;
  for (k = 0; k < sizeof kinds / sizeof *kinds; k++)
    if (kinds[k].type_id == type_id) return &kinds[k];
  return NULL;
}
