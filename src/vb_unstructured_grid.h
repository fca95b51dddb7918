/* vb_unstructured_grid.h - vtkUnstructuredGrid: points, a cell type per cell
 * (a data array of one component, vtkUnsignedCharArray unless given another,
 * as VTK 9.6+'s vtkDataArray Types), the cells' point ids (a vtkCellArray),
 * and for polyhedra their faces as VTK 9.4+ stores them: PolyhedronFaces (a
 * vtkCellArray, one cell per face, global point ids) and
 * PolyhedronFaceLocations (a vtkCellArray, per cell the ids of its faces in
 * PolyhedronFaces; empty for the other cells), both NULL until the first
 * polyhedron.  A polyhedron's own point ids are its distinct face points in
 * ascending order (VTK's DecomposeAPolyhedronCell).
 *
 * The generic data set calls (vb_data_set.h: number of cells, cell type and
 * points, bounds, copies, Initialize, ...) answer for it; the grid's own
 * calls are here.  A new grid has empty types and cells; Initialize() drops
 * them (get_cells / get_cell_types then NULL, as VTK's None); inserting into
 * such a grid makes new ones (VTK dereferences NULL).
 *
 * Ownership: vb_unstructured_grid_new returns a new reference; getters return
 * borrowed objects valid while the grid holds them; setters retain (shared,
 * as VTK).  Errors: VB_OK / an id, or a negative status with a message; a
 * failed call leaves the grid unchanged.
 */
#ifndef VB_UNSTRUCTURED_GRID_H
#define VB_UNSTRUCTURED_GRID_H

#include <stdint.h>

#include "vb_array.h"
#include "vb_cell_array.h"
#include "vb_cell_types.h"
#include "vb_data_object.h"
#include "vb_id_list.h"

typedef struct vb_unstructured_grid vb_unstructured_grid; /* class "vtkUnstructuredGrid" */
enum { VB_UNSTRUCTURED_GRID = 4 }; /* its data object type (vtkType.h) */

VB_API vb_unstructured_grid *vb_unstructured_grid_new(void); /* NULL + VB_ENOMEM */
VB_API vb_object *vb_unstructured_grid_object(vb_unstructured_grid *g);
VB_API vb_unstructured_grid *vb_unstructured_grid_from_object(vb_object *o); /* NULL if not one */
VB_API void vb_unstructured_grid_retain(vb_unstructured_grid *g);
VB_API void vb_unstructured_grid_release(vb_unstructured_grid *g);

/* VTK AllocateExact(ncells, connSize) (values < 1 become 1024, as VTK):
 * new empty types (unsigned char) and cells with that room; faces dropped.
 * AllocateEstimate(n, maxCellSize) = AllocateExact(n, n * maxCellSize). */
VB_API int vb_unstructured_grid_allocate_exact(vb_unstructured_grid *g, int64_t ncells, int64_t conn_size);
VB_API int vb_unstructured_grid_allocate_estimate(vb_unstructured_grid *g, int64_t ncells, int64_t max_cell_size);

/* VTK InsertNextCell(type, npts, pts) -> cell id.  For VB_POLYHEDRON, VTK's
 * face stream: npts is the number of faces and pts (nFace0Pts, ids...,
 * nFace1Pts, ids..., ...) of length `len` (checked: VTK reads as far as the
 * stream says).  Point ids are not checked against the points (VTK does
 * not; GetCell checks them). */
VB_API int64_t vb_unstructured_grid_insert_next_cell(vb_unstructured_grid *g, int type, int64_t npts,
                                                     const vb_id *pts, int64_t len);
/* VTK InsertNextCell(type, npts, pts, nfaces, faces): faces a face stream
 * of nfaces faces (length len); another type ignores the faces. */
VB_API int64_t vb_unstructured_grid_insert_next_cell_faces(vb_unstructured_grid *g, int type, int64_t npts,
                                                           const vb_id *pts, int64_t nfaces,
                                                           const vb_id *faces, int64_t len);
/* VTK InsertNextCell(type, npts, pts, vtkCellArray *faces) */
VB_API int64_t vb_unstructured_grid_insert_next_cell_ca(vb_unstructured_grid *g, int type, int64_t npts,
                                                        const vb_id *pts, const vb_cell_array *faces);

/* VTK SetCells(types, cells): shares both (types: a data array of one
 * component with at least as many values as cells, VB_EINVAL otherwise).
 * Polyhedra among them are in VTK's legacy face-stream form
 * (nfaces, nFace0Pts, ids, ...): those cells are converted (new cells and
 * faces are made then). */
VB_API int vb_unstructured_grid_set_cells(vb_unstructured_grid *g, vb_array *types, vb_cell_array *cells);
/* VTK SetCells(int type, cells): every cell that type (an unsigned char
 * array filled with it; VTK 9.7 makes a vtkConstantArray) */
VB_API int vb_unstructured_grid_set_cells_type(vb_unstructured_grid *g, int type, vb_cell_array *cells);
/* VTK SetPolyhedralCells(types, cells, faceLocations, faces): all shared;
 * faceLocations and faces both NULL or both given */
VB_API int vb_unstructured_grid_set_polyhedral_cells(vb_unstructured_grid *g, vb_array *types, vb_cell_array *cells,
                                                     vb_cell_array *face_locations, vb_cell_array *faces);

VB_API vb_cell_array *vb_unstructured_grid_get_cells(const vb_unstructured_grid *g);  /* NULL after Initialize */
VB_API vb_array *vb_unstructured_grid_get_cell_types(const vb_unstructured_grid *g);  /* GetCellTypes() */
VB_API vb_cell_array *vb_unstructured_grid_get_polyhedron_faces(const vb_unstructured_grid *g);         /* NULL: none */
VB_API vb_cell_array *vb_unstructured_grid_get_polyhedron_face_locations(const vb_unstructured_grid *g); /* NULL: none */
/* VTK GetPolyhedronFaces(cellId, faces): the cell's faces into faces
 * (empty for a cell without faces or an id past them, as VTK) */
VB_API int vb_unstructured_grid_get_cell_faces(const vb_unstructured_grid *g, int64_t cell, vb_cell_array *faces);
/* VTK GetFaceStream(cellId, ids): (nfaces, nFace0Pts, ids..., ...) for a
 * polyhedron, else the cell's point ids */
VB_API int vb_unstructured_grid_get_face_stream(vb_unstructured_grid *g, int64_t cell, vb_id_list *ids);
/* VTK GetDistinctCellTypesArray(): the distinct types ascending, in an
 * unsigned char array the grid owns (the same array each call, refilled:
 * never stale) */
VB_API vb_array *vb_unstructured_grid_get_distinct_cell_types_array(vb_unstructured_grid *g);
VB_API int vb_unstructured_grid_is_homogeneous(vb_unstructured_grid *g); /* 1 / 0 */
/* VTK GetPointCells(ptId, ids): the cells using the point, ascending
 * (computed when asked); VB_ERANGE outside [0, number of points) */
VB_API int vb_unstructured_grid_get_point_cells(vb_unstructured_grid *g, int64_t pt, vb_id_list *ids);
/* VTK GetIdsOfCellsOfType(type, array): appends the ids to a 1-component array */
VB_API int vb_unstructured_grid_get_ids_of_cells_of_type(vb_unstructured_grid *g, int type, vb_array *out);
/* VTK Reset (no cells, storage kept) / Squeeze (cells, types, faces, points) */
VB_API int vb_unstructured_grid_reset(vb_unstructured_grid *g);
VB_API int vb_unstructured_grid_squeeze(vb_unstructured_grid *g);

#endif
