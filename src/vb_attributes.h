/* vb_attributes.h - vtkDataSetAttributes (vtkPointData / vtkCellData): an
 * ordered list of data arrays, found by index or by name (the array's own
 * name, vb_array_get_name), plus active attributes (scalars, normals, ...).
 *
 * The arrays are ordinary vb_arrays; the attributes object only holds a
 * reference to each.  As in VTK:
 *  - add_array appends, or replaces the array that has the same (non-NULL)
 *    name, and returns its index; unnamed arrays are always appended;
 *  - removing an array shifts the later indices down; an active attribute
 *    that pointed at the removed array becomes unset;
 *  - set_attribute(arr, NORMALS) makes arr the active normals, removing the
 *    previously active normals array (VTK SetAttribute); the component count
 *    is checked (vectors/normals 3, texture coordinates 1..3, tensors 6 or 9,
 *    scalars any).
 *
 * Ownership: new reference from vb_attributes_new.  Every array returned is
 * borrowed, valid while it stays in the attributes (vb_array_retain to
 * keep).  add/set retain the array.  Getters that return NULL for "not
 * found" set VB_EINVAL / VB_ERANGE with a message, except get_attribute,
 * for which "no active attribute" is not an error.
 */
#ifndef VB_ATTRIBUTES_H
#define VB_ATTRIBUTES_H

#include "vb_api.h"

#include "vb_array.h"
#include "vb_object.h"

typedef struct vb_attributes vb_attributes; /* a vb_object, class "vtkDataSetAttributes" */

/* vtkDataSetAttributes::AttributeTypes (same values). */
enum {
  VB_ATTRIBUTE_SCALARS = 0,
  VB_ATTRIBUTE_VECTORS = 1,
  VB_ATTRIBUTE_NORMALS = 2,
  VB_ATTRIBUTE_TCOORDS = 3,
  VB_ATTRIBUTE_TENSORS = 4,
  VB_NUM_ATTRIBUTES = 5
};

VB_API vb_attributes *vb_attributes_new(void); /* NULL + VB_ENOMEM */
VB_API vb_object *vb_attributes_object(vb_attributes *at);     /* borrowed */
VB_API vb_attributes *vb_attributes_from_object(vb_object *o); /* borrowed; NULL if not one */
VB_API void vb_attributes_retain(vb_attributes *at);           /* NULL ok */
VB_API void vb_attributes_release(vb_attributes *at);          /* NULL ok */

VB_API int vb_attributes_get_number_of_arrays(const vb_attributes *at); /* 0 for NULL */
/* Index of the added/replacing array (>= 0) or a negative vb_status. */
VB_API int vb_attributes_add_array(vb_attributes *at, vb_array *a);
/* NULL, without an error, for an index outside [0, n) (VTK: None). */
VB_API vb_array *vb_attributes_get_array(const vb_attributes *at, int index);
/* NULL, without an error, when no array has this name; *index (may be
 * NULL) gets the index, -1 when not found. */
VB_API vb_array *vb_attributes_get_array_by_name(const vb_attributes *at, const char *name, int *index);
/* Name of array `index` (borrowed, may be NULL for an unnamed array);
 * NULL, without an error, for a bad index. */
VB_API const char *vb_attributes_get_array_name(const vb_attributes *at, int index);
VB_API int vb_attributes_has_array(const vb_attributes *at, const char *name); /* 1 / 0 */
/* By name or index: 1 removed, 0 no such array (no error, as VTK). */
VB_API int vb_attributes_remove_array(vb_attributes *at, const char *name);
VB_API int vb_attributes_remove_array_by_index(vb_attributes *at, int index);
/* Remove every array and unset every attribute. */
VB_API int vb_attributes_initialize(vb_attributes *at);

/* ---- active attributes (type: VB_ATTRIBUTE_*; a bad type is VB_EINVAL) ---- */
/* VTK SetAttribute: NULL unsets (the array stays).  Returns the index of
 * the array (>= 0), VB_OK for NULL, or a negative status (wrong number of
 * components: VB_EINVAL). */
VB_API int vb_attributes_set_attribute(vb_attributes *at, vb_array *a, int type);
/* Make array `index` the active attribute (-1 unsets).  VB_ERANGE for a bad
 * index, VB_EINVAL for a wrong number of components. */
VB_API int vb_attributes_set_active_attribute(vb_attributes *at, int index, int type);
/* By name: returns the index (>= 0), or -1 without an error when no array
 * has this name (as VTK; this call cannot run out of memory, so -1 is
 * never VB_ENOMEM), or another negative status. */
VB_API int vb_attributes_set_active_attribute_by_name(vb_attributes *at, const char *name, int type);
/* Active array of the type (borrowed) or NULL when none (no error). */
VB_API vb_array *vb_attributes_get_attribute(const vb_attributes *at, int type);
VB_API int vb_attributes_get_active_attribute_index(const vb_attributes *at, int type); /* -1: none */
/* "Scalars", "Vectors", "Normals", "TCoords", "Tensors"; NULL for a bad type. */
VB_API const char *vb_attributes_attribute_type_name(int type);

/* Conveniences (VTK SetScalars/GetScalars/SetNormals/GetNormals/
 * SetActiveScalars/SetActiveNormals). */
VB_API int vb_attributes_set_scalars(vb_attributes *at, vb_array *a);
VB_API vb_array *vb_attributes_get_scalars(const vb_attributes *at);
VB_API int vb_attributes_set_normals(vb_attributes *at, vb_array *a);
VB_API vb_array *vb_attributes_get_normals(const vb_attributes *at);
VB_API int vb_attributes_set_active_scalars(vb_attributes *at, const char *name);
VB_API int vb_attributes_set_active_normals(vb_attributes *at, const char *name);

#endif
