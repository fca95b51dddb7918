/* vb_cell_types.h - vtkCellTypes: a list of cell types (one unsigned char
 * per cell) in a vtkUnsignedCharArray, as VTK 9.7.1's (the static helpers
 * GetClassNameFromTypeId, IsLinear, ... are vb_cell.h's vb_cell_type_*).
 *
 * The number of types is VTK's MaxId + 1, which InsertCell / InsertNextCell /
 * SetCellTypes / Reset / Allocate set; the array may hold more values.
 * Ownership: vb_cell_types_new returns a new reference; get_array returns
 * the array (borrowed, valid until SetCellTypes replaces it);
 * set_cell_types retains its array (shared, as VTK).
 * Errors: VB_OK or a negative status; a failed call changes nothing.
 */
#ifndef VB_CELL_TYPES_H
#define VB_CELL_TYPES_H

#include <stdint.h>

#include "vb_array.h"
#include "vb_object.h"

typedef struct vb_cell_types vb_cell_types; /* a vb_object, class "vtkCellTypes" */

VB_API vb_cell_types *vb_cell_types_new(void); /* NULL + VB_ENOMEM */
VB_API vb_object *vb_cell_types_object(vb_cell_types *t);
VB_API vb_cell_types *vb_cell_types_from_object(vb_object *o); /* NULL if not one */
VB_API void vb_cell_types_retain(vb_cell_types *t);
VB_API void vb_cell_types_release(vb_cell_types *t);

/* VTK Allocate(sz): no types; the array emptied with room for sz values */
VB_API int vb_cell_types_allocate(vb_cell_types *t, int64_t sz);
/* VTK InsertCell(id, type) (id >= 0; grows) / InsertNextCell(type) -> id */
VB_API int vb_cell_types_insert_cell(vb_cell_types *t, int64_t id, int type);
VB_API int64_t vb_cell_types_insert_next_cell(vb_cell_types *t, int type);
/* VTK SetCellTypes(ncells, array): shares an unsigned char array of one
 * component (VB_ETYPE otherwise); ncells <= its values (VB_ERANGE: VTK
 * would read past) */
VB_API int vb_cell_types_set_cell_types(vb_cell_types *t, int64_t ncells, vb_array *types);
/* VTK DeleteCell(id): the type becomes VB_EMPTY_CELL (0 <= id < values) */
VB_API int vb_cell_types_delete_cell(vb_cell_types *t, int64_t id);
VB_API int64_t vb_cell_types_get_number_of_types(const vb_cell_types *t);
VB_API int vb_cell_types_is_type(const vb_cell_types *t, int type); /* 1 / 0 */
/* the type of cell id (>= 0), or VB_ERANGE outside the array's values */
VB_API int vb_cell_types_get_cell_type(const vb_cell_types *t, int64_t id);
VB_API int vb_cell_types_squeeze(vb_cell_types *t);
VB_API void vb_cell_types_reset(vb_cell_types *t); /* no types, storage kept */
VB_API int vb_cell_types_deep_copy(vb_cell_types *t, const vb_cell_types *src);
VB_API vb_array *vb_cell_types_get_array(const vb_cell_types *t);
VB_API int64_t vb_cell_types_get_actual_memory_size(const vb_cell_types *t); /* VTK's value */

#endif
