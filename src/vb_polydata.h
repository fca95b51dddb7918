/* vb_polydata.h - vtkPolyData: points, four cell arrays (verts, lines,
 * polys, strips), point data and cell data.
 *
 * A new polydata has no points (get_points returns NULL, as VTK's
 * GetPoints() returns None), four empty cell arrays and empty point/cell
 * attributes.  Cells are numbered as in VTK: verts first, then lines,
 * polys, strips.
 *
 * Ownership: vb_polydata_new returns a new reference.  All getters return
 * borrowed objects valid while the polydata holds them (retain to keep);
 * setters retain their argument.  Setting a NULL cell array installs a new
 * empty one (so the cell array getters never return NULL for a valid
 * polydata); setting NULL points removes the points.
 */
#ifndef VB_POLYDATA_H
#define VB_POLYDATA_H

#include "vb_api.h"

#include <stdint.h>

#include "vb_attributes.h"
#include "vb_cell_array.h"
#include "vb_object.h"
#include "vb_points.h"

typedef struct vb_polydata vb_polydata; /* a vb_object, class "vtkPolyData" */

VB_API vb_polydata *vb_polydata_new(void); /* NULL + VB_ENOMEM */
VB_API vb_object *vb_polydata_object(vb_polydata *pd);     /* borrowed */
VB_API vb_polydata *vb_polydata_from_object(vb_object *o); /* borrowed; NULL if not one */
VB_API void vb_polydata_retain(vb_polydata *pd);           /* NULL ok */
VB_API void vb_polydata_release(vb_polydata *pd);          /* NULL ok */

VB_API vb_points *vb_polydata_get_points(const vb_polydata *pd); /* borrowed; NULL if none */
VB_API int vb_polydata_set_points(vb_polydata *pd, vb_points *pts); /* retains; NULL removes */

VB_API vb_cell_array *vb_polydata_get_verts(const vb_polydata *pd);  /* borrowed, never NULL */
VB_API vb_cell_array *vb_polydata_get_lines(const vb_polydata *pd);
VB_API vb_cell_array *vb_polydata_get_polys(const vb_polydata *pd);
VB_API vb_cell_array *vb_polydata_get_strips(const vb_polydata *pd);
VB_API int vb_polydata_set_verts(vb_polydata *pd, vb_cell_array *ca); /* retains; NULL: new empty */
VB_API int vb_polydata_set_lines(vb_polydata *pd, vb_cell_array *ca);
VB_API int vb_polydata_set_polys(vb_polydata *pd, vb_cell_array *ca);
VB_API int vb_polydata_set_strips(vb_polydata *pd, vb_cell_array *ca);

VB_API vb_attributes *vb_polydata_get_point_data(const vb_polydata *pd); /* borrowed, never NULL */
VB_API vb_attributes *vb_polydata_get_cell_data(const vb_polydata *pd);  /* borrowed, never NULL */

VB_API int64_t vb_polydata_get_number_of_points(const vb_polydata *pd); /* 0 without points */
VB_API int64_t vb_polydata_get_number_of_cells(const vb_polydata *pd);  /* verts+lines+polys+strips */
VB_API int64_t vb_polydata_get_number_of_verts(const vb_polydata *pd);
VB_API int64_t vb_polydata_get_number_of_lines(const vb_polydata *pd);
VB_API int64_t vb_polydata_get_number_of_polys(const vb_polydata *pd);
VB_API int64_t vb_polydata_get_number_of_strips(const vb_polydata *pd);

/* Point coordinates of point id (VB_EINVAL without points, VB_ERANGE). */
VB_API int vb_polydata_get_point(const vb_polydata *pd, int64_t id, double x[3]);
/* Bounds of the points; (1,-1,1,-1,1,-1) when there are none. */
VB_API int vb_polydata_get_bounds(const vb_polydata *pd, double bounds[6]);

/* VTK Initialize(): no points, empty cell arrays (new objects), empty
 * point and cell data (same attribute objects, arrays removed). */
VB_API int vb_polydata_initialize(vb_polydata *pd);

#endif
