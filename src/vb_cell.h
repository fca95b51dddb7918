/* vb_cell.h - VTK's cells (vtkCell and its linear subclasses, vtkGenericCell)
 * and the cell-type facts of vtkCellTypes / vtkCellTypeUtilities.
 *
 * One object kind serves every linear cell class: a vb_cell has a cell type
 * (vtkCellType.h: VB_EMPTY_CELL .. VB_HEXAGONAL_PRISM, VB_POLYHEDRON), point
 * ids (a vtkIdList) and point coordinates (a double vtkPoints), and for a
 * polyhedron its faces (global point ids, as VTK 9.4+ stores them).  Its
 * class name is the type's ("vtkTetra") or "vtkGenericCell" for a generic
 * cell, the one whose type can change (vb_cell_set_cell_type).
 * A new cell of a fixed-size type has that many ids and points (all 0), as
 * VTK's constructors make them; the other types start empty.
 * The facts (dimension, edges, faces, names) are VTK 9.7.1's, generated from
 * VTK by tools/gen_cell_tables.py (src/vb_cell_tables.h).
 *
 * Ownership: vb_cell_new returns a new reference.  get_point_ids /
 * get_points / get_faces return objects the cell owns (borrowed, valid while
 * the cell lives; the cell changes them in place).  get_edge / get_face
 * return a cell the cell owns and reuses (as VTK does): valid until the next
 * get_edge / get_face asking for a cell of the same type, or the cell's end.
 * Errors: VB_OK or a negative vb_status with a message; a failed call leaves
 * the cell unchanged.
 */
#ifndef VB_CELL_H
#define VB_CELL_H

#include <stdint.h>

#include "vb_cell_array.h"
#include "vb_cell_types.h"
#include "vb_id_list.h"
#include "vb_object.h"
#include "vb_points.h"
#include "vb_data_object.h"
#include "vb_polydata.h" /* VB_EMPTY_CELL .. VB_QUAD */

/* the rest of vtkCellType.h's linear types (VB_EMPTY_CELL .. VB_QUAD: vb_polydata.h) */
enum {
  VB_TETRA = 10, VB_VOXEL = 11, VB_HEXAHEDRON = 12, VB_WEDGE = 13, VB_PYRAMID = 14,
  VB_PENTAGONAL_PRISM = 15, VB_HEXAGONAL_PRISM = 16, VB_POLYHEDRON = 42
};

/* ---- cell-type facts (vb_cell_facts.c) ---- */
/* VTK GetClassNameFromTypeId: "UnknownClass" for an id VTK names no class */
VB_API const char *vb_cell_type_class_name(int type);
/* VTK GetTypeIdFromClassName: -1 when none */
VB_API int vb_cell_type_from_class_name(const char *name);
VB_API int vb_cell_type_is_linear(int type); /* 1 / 0 */
VB_API int vb_cell_type_dimension(int type); /* 0..3 (0 for unknown ids) */
/* 1 if vb_cell_new makes cells of this type (the linear types above) */
VB_API int vb_cell_type_is_supported(int type);
/* The VTK_* cell-type constants of vtkCommonDataModel: the i-th (0 <= i <
 * vb_cell_type_constant_count()) name, its value in *value; NULL past the end. */
VB_API int vb_cell_type_constant_count(void);
VB_API const char *vb_cell_type_constant(int i, int *value);

/* ---- cells (vb_cell.c) ---- */
typedef struct vb_cell vb_cell; /* a vb_object, class of its type, see above */

/* A cell of a supported type (VB_EINVAL otherwise); generic = 1 makes a
 * vtkGenericCell (of that type).  NULL + status on failure. */
VB_API vb_cell *vb_cell_new(int type, int generic);
VB_API vb_object *vb_cell_object(vb_cell *c);
VB_API vb_cell *vb_cell_from_object(vb_object *o); /* NULL if not a cell */
VB_API void vb_cell_retain(vb_cell *c);
VB_API void vb_cell_release(vb_cell *c);

VB_API int vb_cell_get_cell_type(const vb_cell *c);
VB_API int vb_cell_is_generic(const vb_cell *c);
/* vtkGenericCell SetCellType: a supported type (VB_EINVAL otherwise, and for
 * a cell that is not generic); ids and points as a new cell of that type. */
VB_API int vb_cell_set_cell_type(vb_cell *c, int type);
VB_API int vb_cell_get_cell_dimension(const vb_cell *c);
VB_API int vb_cell_is_primary(const vb_cell *c);             /* VTK IsPrimaryCell */
VB_API int vb_cell_requires_initialization(const vb_cell *c); /* polyhedra */
VB_API int vb_cell_requires_explicit_faces(const vb_cell *c); /* polyhedra */

VB_API int64_t vb_cell_get_number_of_points(const vb_cell *c); /* the ids' count */
VB_API vb_id_list *vb_cell_get_point_ids(const vb_cell *c);     /* borrowed */
VB_API vb_points *vb_cell_get_points(const vb_cell *c);         /* borrowed */
/* VTK GetPointId(i): VB_ERANGE outside [0, number of points) (VTK reads past) */
VB_API int vb_cell_get_point_id(const vb_cell *c, int64_t i, vb_id *id);
/* polyhedron faces (global point ids), NULL for other cells; borrowed */
VB_API vb_cell_array *vb_cell_get_faces(const vb_cell *c);

/* Make the cell type `type` with these point ids and their coordinates from
 * pts (NULL: zeros); for a polyhedron, faces (NULL: none) are copied.  A
 * cell that is not generic must already be of that type (VB_EINVAL).
 * VB_ERANGE for an id outside pts. */
VB_API int vb_cell_set(vb_cell *c, int type, int64_t n, const vb_id *ids, const vb_points *pts,
                       const vb_cell_array *faces);

VB_API int vb_cell_get_number_of_edges(const vb_cell *c);
VB_API int vb_cell_get_number_of_faces(const vb_cell *c);
/* Edge / face i as a cell the cell owns (see above): ids are the cell's, in
 * VTK's order; NULL + VB_ERANGE for i outside [0, count) (VTK reads past). */
VB_API vb_cell *vb_cell_get_edge(vb_cell *c, int i);
VB_API vb_cell *vb_cell_get_face(vb_cell *c, int i);

/* Bounds of the points; (1, -1, 1, -1, 1, -1) when there are none. */
VB_API int vb_cell_get_bounds(const vb_cell *c, double b[6]);
/* VTK DeepCopy: src's ids, points and faces copied (VTK's vtkCell copies
 * them whatever the types: a generic cell takes src's type, another cell
 * keeps its own).  ShallowCopy: the same, but the points share src's data
 * array, as VTK's; the ids are copied (VTK shares their buffer: vb_id_list
 * has none to share, as vtkIdList's ShallowCopy). */
VB_API int vb_cell_deep_copy(vb_cell *c, const vb_cell *src);
VB_API int vb_cell_shallow_copy(vb_cell *c, const vb_cell *src);
/* VTK Initialize() of a generic cell / polyhedron: nothing to do (VB_OK) */
VB_API int vb_cell_initialize(vb_cell *c);

/* ---- cells of data sets (vb_cell_get.c) ---- */
/* VTK GetCell(id, cell) of any data set: cell becomes cell id (type, point
 * ids, coordinates; a polyhedron's faces).  A cell that is not generic must
 * be of the cell's type (VB_EINVAL); VB_ERANGE for a bad id or a point id
 * past the points. */
VB_API int vb_data_set_get_cell(vb_data_object *d, int64_t id, vb_cell *cell);
/* VTK GetDistinctCellTypes(types): the distinct types, ascending */
VB_API int vb_data_set_get_distinct_cell_types(vb_data_object *d, vb_cell_types *types);

#endif
