/* vb_surface.h - vtkGeometryFilter / vtkDataSetSurfaceFilter: the outer
 * surface of any data set as vb_polydata, VTK 9.7.1's semantics for linear
 * cells (checked against VTK by tests/data/surface_ref.json,
 * tools/gen_surface_reference.py).
 *
 * Polydata passes through (points, cells and data shared, as VTK).  Any
 * other data set: its 0-D, 1-D and 2-D cells go to verts, lines and polys
 * (a pixel as a quad) and strips; the faces of its 3-D linear cells
 * (polyhedra included) used by exactly one cell go to polys; only the points
 * these cells use are kept, in their original order.  Output order is
 * vtkGeometryFilter's: verts, lines, polys, strips; faces by their smallest
 * point id, each starting at it; 0-2-D cells after the faces (an unstructured
 * grid's in reverse order, as VTK); a 3-D image, rectilinear or structured
 * grid gives its six sides in VTK's order.  Point and
 * cell data are copied; with PassThroughPointIds / PassThroughCellIds on,
 * id-type arrays "vtkOriginalPointIds" / "vtkOriginalCellIds" are added.
 * Non-linear cells (quadratic, higher order) contribute nothing.
 * vtkDataSetSurfaceFilter: of an image, rectilinear or structured grid VTK's
 * structured path (vb_surface_structured.c: each side its own points, 1-D
 * grids' lines, blanked cells skipped); of other data sets the same as
 * vtkGeometryFilter (VTK's has the same cells and ids in another order and
 * splits strips: docs/contract.md surf.dataset_surface_strip).
 *
 * Ownership: vb_surface_filter_new returns a new reference; set_input
 * retains the input; get_input / get_output are borrowed (valid while the
 * filter lives).  A failed update (VB_ENOMEM) leaves the previous output (or
 * an empty one when installing the new one fails), never a half-built one. */
#ifndef VB_SURFACE_H
#define VB_SURFACE_H

#include "vb_api.h"
#include "vb_data_object.h"
#include "vb_object.h"
#include "vb_polydata.h"

typedef struct vb_surface_filter vb_surface_filter; /* "vtkGeometryFilter" / "vtkDataSetSurfaceFilter" */

/* dataset_surface: 0 vtkGeometryFilter, 1 vtkDataSetSurfaceFilter (its class name) */
VB_API vb_surface_filter *vb_surface_filter_new(int dataset_surface); /* NULL + VB_ENOMEM */
VB_API vb_object *vb_surface_filter_object(vb_surface_filter *f);
VB_API vb_surface_filter *vb_surface_filter_from_object(vb_object *o); /* NULL if not one */
VB_API void vb_surface_filter_retain(vb_surface_filter *f);
VB_API void vb_surface_filter_release(vb_surface_filter *f);

VB_API int vb_surface_filter_set_input(vb_surface_filter *f, vb_data_object *in); /* NULL ok */
VB_API vb_data_object *vb_surface_filter_get_input(const vb_surface_filter *f);
/* PassThroughPointIds (which 0) / PassThroughCellIds (which 1), off by default */
VB_API int vb_surface_filter_set_pass_ids(vb_surface_filter *f, int which, int on);
VB_API int vb_surface_filter_get_pass_ids(const vb_surface_filter *f, int which);
/* Build the output from the input (VB_EINVAL without a data set input). */
VB_API int vb_surface_filter_update(vb_surface_filter *f);
VB_API vb_polydata *vb_surface_filter_get_output(const vb_surface_filter *f); /* borrowed */

#endif
