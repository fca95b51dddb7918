/* vb_unstructured_grid_impl.h - the vtkUnstructuredGrid struct, shared by
 * vb_unstructured_grid.c, vb_unstructured_grid_query.c and vb_cell_get.c.
 * Private. */
#ifndef VB_UNSTRUCTURED_GRID_IMPL_H
#define VB_UNSTRUCTURED_GRID_IMPL_H

#include "vb_data_set_impl.h"
#include "vb_unstructured_grid.h"

struct vb_unstructured_grid {
  vb_data_object base;
  vb_array *types;                      /* 1 component; NULL after Initialize */
  vb_cell_array *cells;                 /* NULL after Initialize */
  vb_cell_array *faces, *face_locations; /* NULL until the first polyhedron */
  vb_cell_types *distinct;              /* GetDistinctCellTypesArray's, made when asked */
};

/* the type of cell id (< number of cells): >= 0, or VB_ESTATE when the
 * types array is shorter than the cells */
int vb__ug_type(const vb_unstructured_grid *g, int64_t id);
/* cell id of ca into ids (replaced); VB_OK or a negative status */
int vb__cell_ids(const vb_cell_array *ca, int64_t id, vb_id_list *ids);
/* room in ca for `cells` more cells of `ids` more ids (inserting them then
 * cannot fail) */
int vb__ca_room(vb_cell_array *ca, int64_t cells, int64_t ids);

/* g's types, cells, face locations and faces become these (retained; NULL
 * ok), the old ones released; Modified.  (vb_unstructured_grid.c) */
void vb__ugrid_set4(vb_unstructured_grid *g, vb_array *types, vb_cell_array *cells, vb_cell_array *fl,
                    vb_cell_array *faces);

#endif
