/* vb_data_object.h - vtkDataObject and what vtkDataSet / vtkPointSet add,
 * for every data object of the core: a plain vtkDataObject (field data
 * only) and vtkPolyData (vb_polydata.h; vb_polydata_data_object gives it
 * under this type).
 *
 * Ownership: vb_data_object_new returns a new reference; getters return
 * borrowed objects valid while the data object holds them.  Errors: VB_OK
 * or a negative vb_status with vb_last_error(); objects unchanged on error.
 */
#ifndef VB_DATA_OBJECT_H
#define VB_DATA_OBJECT_H

#include "vb_api.h"

#include <stdint.h>

#include "vb_attributes.h"
#include "vb_field_data.h"
#include "vb_object.h"

typedef struct vb_data_object vb_data_object; /* class "vtkDataObject" (or a subclass) */

/* vtkDataObject::FieldAssociations / AttributeTypes (same values) */
enum { VB_DATA_POINT = 0, VB_DATA_CELL = 1, VB_DATA_FIELD = 2 };
/* VTK data object type ids (vtkType.h) */
enum { VB_POLY_DATA = 0, VB_DATA_OBJECT = 7 };

VB_API vb_data_object *vb_data_object_new(void); /* a vtkDataObject; NULL + VB_ENOMEM */
VB_API vb_object *vb_data_object_object(vb_data_object *d); /* borrowed */
/* borrowed; NULL unless o is a vtkDataObject or a vtkPolyData */
VB_API vb_data_object *vb_data_object_from_object(vb_object *o);
VB_API int vb_data_object_is_data_set(const vb_data_object *d); /* 1 for a vtkPolyData */

/* Field data (borrowed; NULL after set_field_data(NULL), as VTK). */
VB_API vb_field_data *vb_data_object_get_field_data(const vb_data_object *d);
VB_API int vb_data_object_set_field_data(vb_data_object *d, vb_field_data *fd); /* retains; NULL ok */
VB_API int vb_data_object_get_data_object_type(const vb_data_object *d);        /* VB_POLY_DATA, ... */
/* VTK GetAttributesAsFieldData(type): point data / cell data (data sets),
 * field data (FIELD); NULL otherwise (no error). */
VB_API vb_field_data *vb_data_object_get_attributes_as_field_data(const vb_data_object *d, int type);
/* VTK GetAttributes(type): point / cell data of a data set, else NULL */
VB_API vb_attributes *vb_data_object_get_attributes(const vb_data_object *d, int type);
/* VTK GetNumberOfElements(type): points / cells of a data set, the field
 * data's tuples for FIELD, else 0. */
VB_API int64_t vb_data_object_get_number_of_elements(const vb_data_object *d, int type);
/* KiB, as VTK: field data + (data sets) points, cells, point/cell data */
VB_API int64_t vb_data_object_get_actual_memory_size(const vb_data_object *d);
/* VTK Initialize(): field data emptied; a polydata also drops points and cells. */
VB_API int vb_data_object_initialize(vb_data_object *d);
/* VTK DeepCopy / ShallowCopy(src): field data, and for two data sets the
 * points (deep: dst's points object kept, given src's type), cells and
 * point/cell data.  src == dst: no-op. */
VB_API int vb_data_object_deep_copy(vb_data_object *dst, const vb_data_object *src);
VB_API int vb_data_object_shallow_copy(vb_data_object *dst, const vb_data_object *src);

/* ---- vtkDataSet (a data set: VB_ETYPE otherwise) ---- */
/* VTK GetScalarRange: range of the active point scalars and cell scalars
 * (component 0, ghosts skipped), (0, 1) without scalars. */
VB_API int vb_data_object_get_scalar_range(const vb_data_object *d, double range[2]);
VB_API int vb_data_object_get_bounds(const vb_data_object *d, double bounds[6]);
VB_API int vb_data_object_get_center(const vb_data_object *d, double center[3]);
/* VTK GetLength2 / GetLength (diagonal of the bounds; 0 without points) */
VB_API int vb_data_object_get_length2(const vb_data_object *d, double *out);
/* VTK HasAnyGhostPoints / HasAnyGhostCells (DUPLICATEPOINT 1, DUPLICATECELL 1) */
VB_API int vb_data_object_has_any_ghost(const vb_data_object *d, int type, int bits);
/* VTK GetAttributeTypeForArray: the association (POINT, CELL, FIELD) whose
 * attributes hold array a, -1 for none. */
VB_API int vb_data_object_get_attribute_type_for_array(const vb_data_object *d, const vb_array *a);
/* VTK AllocatePointGhostArray / AllocateCellGhostArray (type VB_DATA_POINT /
 * VB_DATA_CELL): a zeroed "vtkGhostType" unsigned char array of one value
 * per point / cell, unless the attributes already have one of that size. */
VB_API int vb_data_object_allocate_ghost_array(vb_data_object *d, int type);

#endif
