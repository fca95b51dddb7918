/* vb_polydata.c - vtkPolyData: points + verts/lines/polys/strips + attributes. */
#include "vb_polydata_impl.h"

enum { VERTS = VB__VERTS, LINES = VB__LINES, POLYS = VB__POLYS, STRIPS = VB__STRIPS, NCELLTYPES = VB__NCELLTYPES };

static void polydata_destroy(vb_data_object *d) {
  vb_polydata *pd = (vb_polydata *)d;
  for (int i = 0; i < NCELLTYPES; i++) vb_cell_array_release(pd->cells[i]);
  if (pd->map) vb__free(pd->map);
}

static int64_t polydata_ncells(const vb_data_object *d) { return vb_polydata_get_number_of_cells((const vb_polydata *)d); }
static int64_t polydata_max_cell_size(const vb_data_object *d) {
  return vb_polydata_get_max_cell_size((const vb_polydata *)d);
}

/* VTK Initialize(): new empty cell arrays (the base drops the rest) */
static int polydata_initialize(vb_data_object *d) {
  vb_polydata *pd = (vb_polydata *)d;
  vb_cell_array *fresh[NCELLTYPES];
  int i, j;
  for (i = 0; i < NCELLTYPES; i++)
    if (!(fresh[i] = vb_cell_array_new())) {
      for (j = 0; j < i; j++) vb_cell_array_release(fresh[j]);
      return vb_last_status();
    }
  for (i = 0; i < NCELLTYPES; i++) {
    vb_cell_array_release(pd->cells[i]);
    pd->cells[i] = fresh[i];
  }
  vb__polydata_drop_cells(pd);
  return VB_OK;
}

/* VTK has no cell array until one is given or allocated: empty ones count 0 */
static int64_t polydata_memory(const vb_data_object *d) {
  const vb_polydata *pd = (const vb_polydata *)d;
  int64_t s = 0;
  for (int k = 0; k < NCELLTYPES; k++)
    if (vb_cell_array_get_number_of_cells(pd->cells[k]) > 0) s += vb_cell_array_get_actual_memory_size(pd->cells[k]);
  return s;
}

static int64_t polydata_cell_size(vb_data_object *d, int64_t id) {
  int64_t n = 0;
  int st = vb_polydata_get_cell_size((vb_polydata *)d, id, &n);
  return st < 0 ? st : n;
}

static const vb_data_class polydata_data = {.type_id = VB_POLY_DATA,
                                            .flags = VB__POINT_SET,
                                            .ncells = polydata_ncells,
                                            .cell = vb__polydata_cell,
                                            .max_cell_size = polydata_max_cell_size,
                                            .copy_structure = vb__polydata_copy_structure,
                                            .initialize = polydata_initialize,
                                            .memory = polydata_memory,
                                            .destroy = polydata_destroy,
                                            .cell_size = polydata_cell_size};
static const vb_class polydata_class = {"vtkPolyData", vb__data_object_destroy, NULL, &polydata_data};
vb_object *vb_polydata_object(vb_polydata *pd) { return pd ? &pd->base.obj : NULL; }
vb_polydata *vb_polydata_from_object(vb_object *o) {
  return o && o->cls == &polydata_class ? (vb_polydata *)o : NULL;
}
void vb_polydata_retain(vb_polydata *pd) { vb_object_retain(vb_polydata_object(pd)); }
void vb_polydata_release(vb_polydata *pd) { vb_object_release(vb_polydata_object(pd)); }
vb_data_object *vb_polydata_data_object(vb_polydata *pd) { return pd ? &pd->base : NULL; }

#define CHECK_PD(pd) VB_CHECK((pd) != NULL, VB_EINVAL, "polydata is NULL")

vb_polydata *vb_polydata_new(void) {
  vb_polydata *pd = vb__calloc(sizeof *pd, VB_MIN_ALIGN);
  int i, ok;
  if (!pd) return NULL;
  ok = vb__data_object_init(&pd->base, &polydata_class) == VB_OK;
  for (i = 0; i < NCELLTYPES; i++) ok = ok && (pd->cells[i] = vb_cell_array_new()) != NULL;
  if (!ok) {
    vb_object_release(&pd->base.obj);
    return NULL;
  }
  return pd;
}

vb_points *vb_polydata_get_points(const vb_polydata *pd) { return pd ? pd->base.points : NULL; }

int vb_polydata_set_points(vb_polydata *pd, vb_points *pts) {
  CHECK_PD(pd);
  return vb_point_set_set_points(&pd->base, pts);
}

/* for the setter `fn` (its VB_FUNC) */
static int set_cells(vb_polydata *pd, int which, vb_cell_array *ca, const char *fn) {
  VB_CHECK_IN(fn, pd != NULL, VB_EINVAL, "polydata is NULL");
  if (ca == pd->cells[which]) return VB_OK;
  if (ca) vb_cell_array_retain(ca);
  else if (!(ca = vb_cell_array_new())) return vb_last_status();
  vb_cell_array_release(pd->cells[which]);
  pd->cells[which] = ca;
  vb__polydata_drop_cells(pd); /* VTK: the cell map is reset */
  vb_object_modified(&pd->base.obj);
  return VB_OK;
}

vb_cell_array *vb_polydata_get_verts(const vb_polydata *pd) { return pd ? pd->cells[VERTS] : NULL; }
vb_cell_array *vb_polydata_get_lines(const vb_polydata *pd) { return pd ? pd->cells[LINES] : NULL; }
vb_cell_array *vb_polydata_get_polys(const vb_polydata *pd) { return pd ? pd->cells[POLYS] : NULL; }
vb_cell_array *vb_polydata_get_strips(const vb_polydata *pd) { return pd ? pd->cells[STRIPS] : NULL; }
int vb_polydata_set_verts(vb_polydata *pd, vb_cell_array *ca) { return set_cells(pd, VERTS, ca, VB_FUNC); }
int vb_polydata_set_lines(vb_polydata *pd, vb_cell_array *ca) { return set_cells(pd, LINES, ca, VB_FUNC); }
int vb_polydata_set_polys(vb_polydata *pd, vb_cell_array *ca) { return set_cells(pd, POLYS, ca, VB_FUNC); }
int vb_polydata_set_strips(vb_polydata *pd, vb_cell_array *ca) { return set_cells(pd, STRIPS, ca, VB_FUNC); }

vb_attributes *vb_polydata_get_point_data(const vb_polydata *pd) { return pd ? pd->base.point_data : NULL; }
vb_attributes *vb_polydata_get_cell_data(const vb_polydata *pd) { return pd ? pd->base.cell_data : NULL; }

int64_t vb_polydata_get_number_of_points(const vb_polydata *pd) {
  return pd ? vb_points_get_number_of_points(pd->base.points) : 0;
}

int64_t vb_polydata_get_number_of_verts(const vb_polydata *pd) {
  return pd ? vb_cell_array_get_number_of_cells(pd->cells[VERTS]) : 0;
}
int64_t vb_polydata_get_number_of_lines(const vb_polydata *pd) {
  return pd ? vb_cell_array_get_number_of_cells(pd->cells[LINES]) : 0;
}
int64_t vb_polydata_get_number_of_polys(const vb_polydata *pd) {
  return pd ? vb_cell_array_get_number_of_cells(pd->cells[POLYS]) : 0;
}
int64_t vb_polydata_get_number_of_strips(const vb_polydata *pd) {
  return pd ? vb_cell_array_get_number_of_cells(pd->cells[STRIPS]) : 0;
}
int64_t vb_polydata_get_number_of_cells(const vb_polydata *pd) {
  return vb_polydata_get_number_of_verts(pd) + vb_polydata_get_number_of_lines(pd) +
         vb_polydata_get_number_of_polys(pd) + vb_polydata_get_number_of_strips(pd);
}

int vb_polydata_get_point(const vb_polydata *pd, int64_t id, double x[3]) {
  CHECK_PD(pd);
  VB_CHECK(pd->base.points, VB_ESTATE, "polydata has no points");
  return vb_points_get_point(pd->base.points, id, x);
}

int vb_polydata_get_bounds(const vb_polydata *pd, double b[6]) {
  CHECK_PD(pd);
  return vb_data_object_get_bounds(&pd->base, b);
}

int vb_polydata_initialize(vb_polydata *pd) {
  CHECK_PD(pd);
  return vb_data_object_initialize(&pd->base);
}
