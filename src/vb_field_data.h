/* vb_field_data.h - vtkFieldData: an ordered list of data arrays, found by
 * index or by name (the array's own name, vb_array_get_name), with VTK's
 * copy flags (CopyFieldOn/Off, CopyAllOn/Off) and ghost-array lookup.
 *
 * vtkDataSetAttributes (vb_attributes.h) is a field data with active
 * attributes: every vb_field_data_* function takes an attributes object too
 * (vb_attributes_field_data gives the same object under this type), and
 * vb_field_data_from_object accepts both classes.  As in VTK:
 *  - add_array appends, or replaces the array that has the same (non-NULL)
 *    name, and returns its index; unnamed arrays are always appended;
 *  - removing an array shifts the later indices down (an active attribute
 *    pointing at it becomes unset);
 *  - "not found" (a bad index, an unknown name) is not an error: NULL / -1 /
 *    0, no message recorded.
 *
 * Ownership: new reference from vb_field_data_new.  Arrays returned are
 * borrowed, valid while they stay in the field data (vb_array_retain to
 * keep); add_array retains its argument.  Errors: VB_OK or a negative
 * vb_status with vb_last_error(); a failed call leaves the object unchanged.
 */
#ifndef VB_FIELD_DATA_H
#define VB_FIELD_DATA_H

#include "vb_api.h"

#include <stdint.h>

#include "vb_array.h"
#include "vb_object.h"

typedef struct vb_field_data vb_field_data; /* a vb_object, class "vtkFieldData" */

VB_API vb_field_data *vb_field_data_new(void); /* NULL + VB_ENOMEM */
VB_API vb_object *vb_field_data_object(vb_field_data *fd); /* borrowed */
/* borrowed; NULL unless o is a vtkFieldData or a vtkDataSetAttributes */
VB_API vb_field_data *vb_field_data_from_object(vb_object *o);
VB_API void vb_field_data_retain(vb_field_data *fd);  /* NULL ok */
VB_API void vb_field_data_release(vb_field_data *fd); /* NULL ok */

VB_API int vb_field_data_get_number_of_arrays(const vb_field_data *fd); /* 0 for NULL */
/* Index of the added/replacing array (>= 0) or a negative vb_status. */
VB_API int vb_field_data_add_array(vb_field_data *fd, vb_array *a);
/* GetArray: a data array; NULL for none or for a string / variant array (VTK) */
VB_API vb_array *vb_field_data_get_array(const vb_field_data *fd, int index); /* NULL: none */
/* The vtkAbstractArray API: any array, a vb_array or a vb_value_array
 * (vb_value_array.h), as its vb_object (borrowed; NULL: none).  add: the
 * same rules as add_array; VB_ETYPE for an object that is not an array. */
VB_API int vb_field_data_add_abstract_array(vb_field_data *fd, vb_object *a);
VB_API vb_object *vb_field_data_get_abstract_array(const vb_field_data *fd, int index);
VB_API vb_object *vb_field_data_get_abstract_array_by_name(const vb_field_data *fd, const char *name, int *index);
/* NULL when no array has this name; *index (may be NULL) gets its index or -1 */
VB_API vb_array *vb_field_data_get_array_by_name(const vb_field_data *fd, const char *name, int *index);
VB_API const char *vb_field_data_get_array_name(const vb_field_data *fd, int index); /* borrowed; NULL */
VB_API int vb_field_data_has_array(const vb_field_data *fd, const char *name);      /* 1 / 0 */
/* 1 removed, 0 no such array (no error) */
VB_API int vb_field_data_remove_array(vb_field_data *fd, const char *name);
VB_API int vb_field_data_remove_array_by_index(vb_field_data *fd, int index);
/* VTK Initialize(): no arrays, copy flags cleared (attributes: every active
 * attribute unset, the copy flags back to VTK's defaults). */
VB_API int vb_field_data_initialize(vb_field_data *fd);
/* VTK AllocateArrays(n): room for n array slots (no visible change). */
VB_API int vb_field_data_allocate_arrays(vb_field_data *fd, int n);

/* Tuples of the first array (0 without arrays), VTK GetNumberOfTuples. */
VB_API int64_t vb_field_data_get_number_of_tuples(const vb_field_data *fd);
/* Every array gets n tuples; stops at the first failure (VB_ENOMEM). */
VB_API int vb_field_data_set_number_of_tuples(vb_field_data *fd, int64_t n);
VB_API int vb_field_data_get_number_of_components(const vb_field_data *fd); /* the sum */
/* Array index holding the i-th component of the whole field (components
 * counted over the arrays in order), *array_comp the component in it;
 * -1 when i is past the end. */
VB_API int vb_field_data_get_array_containing_component(const vb_field_data *fd, int i, int *array_comp);
VB_API int vb_field_data_squeeze(vb_field_data *fd); /* every array */
VB_API int vb_field_data_reset(vb_field_data *fd);   /* every array: no values, storage kept */
/* Kibibytes (VTK GetActualMemorySize: the arrays' storage, rounded up). */
VB_API int64_t vb_field_data_get_actual_memory_size(const vb_field_data *fd);

/* ---- copies (dst and src may be attributes too) ---- */
/* VTK DeepCopy: dst gets new arrays with src's values (same class, layout,
 * name); ShallowCopy: dst holds src's arrays.  Both first Initialize dst;
 * copy flags follow src; active attributes too when both are attributes. */
VB_API int vb_field_data_deep_copy(vb_field_data *dst, const vb_field_data *src);
VB_API int vb_field_data_shallow_copy(vb_field_data *dst, const vb_field_data *src);
/* VTK CopyStructure: dst gets new empty arrays like src's (type, layout,
 * components, name); its other arrays are dropped. */
VB_API int vb_field_data_copy_structure(vb_field_data *dst, const vb_field_data *src);
/* VTK vtkFieldData::PassData: src's arrays (shared) added to dst (a name
 * already there is replaced), skipping those the copy flags block. */
VB_API int vb_field_data_pass_data(vb_field_data *dst, const vb_field_data *src);

/* ---- copy flags (vtkFieldData::CopyFieldOn/Off, CopyAllOn/Off) ---- */
VB_API int vb_field_data_copy_field(vb_field_data *fd, const char *name, int on); /* CopyFieldOn/Off */
/* 1 / 0 as set by copy_field, -1 when the name has no flag (VTK GetFlag) */
VB_API int vb_field_data_get_copy_flag(const vb_field_data *fd, const char *name);
VB_API int vb_field_data_copy_all(vb_field_data *fd, int on); /* CopyAllOn/Off: clears the field flags */
/* 1 when copy flags let array `name` through (GetFlag != 0 and not blocked
 * by CopyAllOff without an explicit CopyFieldOn). */
VB_API int vb_field_data__passes(const vb_field_data *fd, const char *name);

/* ---- ranges: 1 found, 0 no such array or component (out[] = VTK's
 * uninitialized range (VTK_DOUBLE_MAX, -VTK_DOUBLE_MAX)) ---- */
/* comp -1: the L2 norm of the tuples (as vtkDataArray::GetRange(-1)) */
VB_API int vb_field_data_get_range(const vb_field_data *fd, const char *name, int comp, double out[2]);
VB_API int vb_field_data_get_range_at(const vb_field_data *fd, int index, int comp, double out[2]);
/* the same, skipping infinite values too */
VB_API int vb_field_data_get_finite_range(const vb_field_data *fd, const char *name, int comp, double out[2]);
VB_API int vb_field_data_get_finite_range_at(const vb_field_data *fd, int index, int comp, double out[2]);

/* ---- ghost arrays (VTK 9.7: an unsigned char array named "vtkGhostType") ---- */
#define VB_GHOST_ARRAY_NAME "vtkGhostType"
/* The ghost array (borrowed) or NULL: an array of this name that is
 * 1-component unsigned char (VTK GetGhostArray / UpdateGhostArrayCache). */
VB_API vb_array *vb_field_data_get_ghost_array(const vb_field_data *fd);
/* VTK HasAnyGhostBitSet(bits): some ghost value & bits != 0 (0 without) */
VB_API int vb_field_data_has_any_ghost_bit_set(const vb_field_data *fd, int bits);
VB_API int vb_field_data_get_ghosts_to_skip(const vb_field_data *fd);
VB_API int vb_field_data_set_ghosts_to_skip(vb_field_data *fd, int bits); /* 0..255 */
/* ---- tuples of all arrays (vb_attributes_copy.c) ---- */
/* VTK SetTuple(i, j, src) (insert 0: tuple i must exist) / InsertTuple(i, j,
 * src) (insert 1: grows): tuple j of each array of src into tuple i of the
 * array at the same index.  src needs at least as many arrays, with the same
 * component counts (VB_ESTATE; VTK reads past them); indices checked first. */
VB_API int vb_field_data_copy_tuple(vb_field_data *dst, int64_t i, const vb_field_data *src, int64_t j, int insert);
/* VTK NullData(id): tuple id of every array becomes zeros (inserted: grows). */
VB_API int vb_field_data_null_data(vb_field_data *fd, int64_t id);

#endif
