/* vb_structured_grid.c - vtkStructuredGrid (vb_structured_grid.h): the
 * extent over the point set base, cells from vb_structured.h, blanking
 * through the ghost arrays. */
#include "vb_structured_grid.h"

#include "vb_data_set_impl.h"
#include "vb_polydata.h" /* VB_EMPTY_CELL */
#include "vb_structured.h"

struct vb_structured_grid {
  vb_data_object base;
  int ext[6];
};

enum { HIDDENPOINT = 2, MASKED_CELL = 32 | 8 }; /* HIDDENPOINT; HIDDENCELL | REFINEDCELL */

#define SG(d) ((vb_structured_grid *)(d))
#define CHECK_G(g) VB_CHECK((g) != NULL, VB_EINVAL, "structured grid is NULL")

static void dims_of(const vb_structured_grid *g, int dims[3]) { vb__structured_dims(g->ext, dims); }

static vb_array *ghosts(const vb_structured_grid *g, int type) {
  return vb_field_data_get_ghost_array(vb_data_object_get_attributes_as_field_data(&g->base, type));
}
/* the ghost value of id (0 past the array's end) */
static int ghost_at(const vb_array *a, int64_t id) {
  int64_t v = 0;
  if (!a || id < 0 || id >= vb_array_get_number_of_tuples(a)) return 0;
  vb_array_get_value_i64(a, id, &v);
  return (int)v;
}

/* the point ids of cell id in VTK's vertex/line/quad/hex order; their count */
static int cell_ids(const vb_structured_grid *g, int64_t id, int64_t ids[8]) {
  static const int quad[] = {0, 1, 3, 2, 4, 5, 7, 6};
  int dims[3], n;
  int64_t tmp[8];
  dims_of(g, dims);
  n = vb__structured_cell_points(dims, id, tmp);
  for (int k = 0; k < n; k++) ids[k] = tmp[n >= 4 ? quad[k] : k];
  return n;
}

static int cell_visible(const vb_structured_grid *g, int64_t id) {
  vb_array *pg = ghosts(g, VB_DATA_POINT);
  int64_t ids[8];
  int dims[3], n;
  dims_of(g, dims);
  if (ghost_at(ghosts(g, VB_DATA_CELL), id) & MASKED_CELL) return 0;
  if (!pg) return vb__structured_description(dims) != VB__STRUCTURED_EMPTY;
  n = cell_ids(g, id, ids);
  for (int k = 0; k < n; k++)
    if (ghost_at(pg, ids[k]) & HIDDENPOINT) return 0;
  return 1;
}

static int64_t sg_ncells(const vb_data_object *d) {
  int dims[3];
  dims_of(SG(d), dims);
  return vb__structured_ncells(dims);
}

static int sg_cell(vb_data_object *d, int64_t id, vb_id_list *ids) {
  int64_t p[8];
  int dims[3], n = cell_ids(SG(d), id, p), st;
  if (ids) {
    if ((st = vb_id_list_set_number_of_ids(ids, n)) != VB_OK) return st;
    for (int k = 0; k < n; k++) vb_id_list_set_id(ids, k, p[k]);
  }
  dims_of(SG(d), dims);
  return cell_visible(SG(d), id) ? vb__structured_cell_type(dims, 1) : VB_EMPTY_CELL;
}

static int64_t sg_cell_size(vb_data_object *d, int64_t id) {
  int64_t p[8];
  return cell_visible(SG(d), id) ? cell_ids(SG(d), id, p) : 0;
}

static int64_t sg_max_cell_size(const vb_data_object *d) {
  (void)d;
  return 8; /* VTK: the hexahedron, whatever the extent */
}

static void set_ext(vb_structured_grid *g, const int ext[6]) {
  for (int i = 0; i < 6; i++) g->ext[i] = ext[i];
}

/* VTK CopyStructure also adds src's ghost arrays when src has blanking */
static int sg_copy_structure(vb_data_object *dst, const vb_data_object *src, int mode) {
  if (mode == VB__COPY_SHARE) {
    vb_field_data *pd = vb_attributes_field_data(dst->point_data), *cd = vb_attributes_field_data(dst->cell_data);
    vb_array *pg = vb_structured_grid_has_any_blank(SG(src), VB_DATA_POINT) ? ghosts(SG(src), VB_DATA_POINT) : NULL;
    vb_array *cg = vb_structured_grid_has_any_blank(SG(src), VB_DATA_CELL) ? ghosts(SG(src), VB_DATA_CELL) : NULL;
    vb_array *old = vb_field_data_get_array_by_name(pd, VB_GHOST_ARRAY_NAME, NULL);
    int st;
    vb_array_retain(old);
    if (pg && (st = vb_field_data_add_array(pd, pg)) < 0) {
      vb_array_release(old);
      return st;
    }
    if (cg && (st = vb_field_data_add_array(cd, cg)) < 0) { /* put dst's point ghosts back */
      if (pg && old) vb_field_data_add_array(pd, old);
      else if (pg) vb_field_data_remove_array(pd, VB_GHOST_ARRAY_NAME);
      vb_array_release(old);
      return st;
    }
    vb_array_release(old);
  }
  set_ext(SG(dst), SG(src)->ext);
  return VB_OK;
}

static int sg_initialize(vb_data_object *d) {
  static const int empty[6] = {0, -1, 0, -1, 0, -1};
  set_ext(SG(d), empty);
  return VB_OK;
}

static const vb_data_class sg_data = {.type_id = VB_STRUCTURED_GRID,
                                      .flags = VB__POINT_SET,
                                      .ncells = sg_ncells,
                                      .cell = sg_cell,
                                      .max_cell_size = sg_max_cell_size,
                                      .copy_structure = sg_copy_structure,
                                      .initialize = sg_initialize,
                                      .cell_size = sg_cell_size};
static const vb_class sg_class = {"vtkStructuredGrid", vb__data_object_destroy, NULL, &sg_data};

vb_structured_grid *vb_structured_grid_from_object(vb_object *o) {
  return o && o->cls == &sg_class ? (vb_structured_grid *)o : NULL;
}
vb_data_object *vb_structured_grid_data_object(vb_structured_grid *g) { return g ? &g->base : NULL; }

vb_structured_grid *vb_structured_grid_new(void) {
  vb_structured_grid *g = vb__calloc(sizeof *g, VB_MIN_ALIGN);
  if (!g) return NULL;
  if (vb__data_object_init(&g->base, &sg_class) != VB_OK) {
    vb_object_release(&g->base.obj);
    return NULL;
  }
  sg_initialize(&g->base);
  return g;
}

int vb_structured_grid_set_extent(vb_structured_grid *g, const int ext[6]) {
  CHECK_G(g);
  VB_CHECK(ext != NULL, VB_EINVAL, "extent is NULL");
  for (int i = 0; i < 6; i++)
    if (g->ext[i] != ext[i]) { /* VTK: unchanged extent, no Modified */
      set_ext(g, ext);
      vb_object_modified(&g->base.obj);
      break;
    }
  return VB_OK;
}

int vb_structured_grid_get_extent(const vb_structured_grid *g, int ext[6]) {
  CHECK_G(g);
  VB_CHECK(ext != NULL, VB_EINVAL, "output is NULL");
  for (int i = 0; i < 6; i++) ext[i] = g->ext[i];
  return VB_OK;
}

int vb_structured_grid_get_dimensions(const vb_structured_grid *g, int dims[3]) {
  CHECK_G(g);
  VB_CHECK(dims != NULL, VB_EINVAL, "output is NULL");
  for (int i = 0; i < 3; i++) dims[i] = (int)((int64_t)g->ext[2 * i + 1] - g->ext[2 * i] + 1);
  return VB_OK;
}

int vb_structured_grid_get_data_dimension(const vb_structured_grid *g) {
  int dims[3];
  if (!g) return -1;
  dims_of(g, dims);
  return vb__structured_dimension(dims);
}

int vb_structured_grid_get_data_description(const vb_structured_grid *g) {
  int dims[3];
  if (!g) return -1;
  dims_of(g, dims);
  return vb__structured_description(dims);
}

int vb_structured_grid_get_point_ijk(const vb_structured_grid *g, const int ijk[3], int adjust, double x[3]) {
  int dims[3], rel[3], st;
  CHECK_G(g);
  VB_CHECK(ijk && x, VB_EINVAL, "argument is NULL");
  for (int a = 0; a < 3; a++)
    if (ijk[a] < g->ext[2 * a] || ijk[a] > g->ext[2 * a + 1]) return 0; /* VTK: an error message */
  for (int a = 0; a < 3; a++) rel[a] = adjust ? ijk[a] - g->ext[2 * a] : ijk[a];
  dims_of(g, dims);
  st = vb__named("GetPoint", vb_data_set_get_point(&g->base, vb__structured_point_id(dims, rel), x));
  return st < 0 ? st : 1;
}

static int64_t count_of(vb_structured_grid *g, int type) {
  return type == VB_DATA_POINT ? vb_data_set_get_number_of_points(&g->base) : vb_data_set_get_number_of_cells(&g->base);
}

int vb_structured_grid_set_blank(vb_structured_grid *g, int type, int64_t id, int blank) {
  const char *fn = type == VB_DATA_POINT ? (blank ? "BlankPoint" : "UnBlankPoint") : (blank ? "BlankCell" : "UnBlankCell");
  int bit = type == VB_DATA_POINT ? HIDDENPOINT : 32, st;
  vb_array *a;
  int64_t n;
  VB_CHECK_IN(fn, g != NULL, VB_EINVAL, "structured grid is NULL");
  VB_CHECK_IN(fn, type == VB_DATA_POINT || type == VB_DATA_CELL, VB_EINVAL, "type must be POINT or CELL");
  a = ghosts(g, type);
  n = a ? vb_array_get_number_of_tuples(a) : count_of(g, type);
  if (!a && !blank) return VB_OK;
  VB_CHECK_IN(fn, id >= 0 && id < n, VB_ERANGE, "%s %lld not in [0, %lld)", type == VB_DATA_POINT ? "point" : "cell",
              (long long)id, (long long)n);
  if (!a) {
    if ((st = vb_data_object_allocate_ghost_array(&g->base, type)) != VB_OK) return vb__named(fn, st);
    a = ghosts(g, type);
  }
  return vb__named(fn, vb_array_set_value_i64(a, id, blank ? ghost_at(a, id) | bit : ghost_at(a, id) & ~bit));
}

int vb_structured_grid_is_visible(vb_structured_grid *g, int type, int64_t id) {
  const char *fn = type == VB_DATA_POINT ? "IsPointVisible" : "IsCellVisible";
  int64_t n;
  VB_CHECK_IN(fn, g != NULL, VB_EINVAL, "structured grid is NULL");
  VB_CHECK_IN(fn, type == VB_DATA_POINT || type == VB_DATA_CELL, VB_EINVAL, "type must be POINT or CELL");
  if (!ghosts(g, VB_DATA_POINT) && (type == VB_DATA_POINT || !ghosts(g, VB_DATA_CELL)))
    return type == VB_DATA_POINT ? 1 : cell_visible(g, 0);
  n = count_of(g, type);
  VB_CHECK_IN(fn, id >= 0 && id < n, VB_ERANGE, "%s %lld not in [0, %lld)", type == VB_DATA_POINT ? "point" : "cell",
              (long long)id, (long long)n);
  return type == VB_DATA_POINT ? !(ghost_at(ghosts(g, VB_DATA_POINT), id) & HIDDENPOINT) : cell_visible(g, id);
}

int vb_structured_grid_has_any_blank(const vb_structured_grid *g, int type) {
  if (!g) return 0;
  if (vb_data_object_has_any_ghost(&g->base, VB_DATA_POINT, HIDDENPOINT)) return 1;
  return type == VB_DATA_CELL && vb_data_object_has_any_ghost(&g->base, VB_DATA_CELL, 32);
}
