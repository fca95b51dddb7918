/* vb_attributes.h - vtkDataSetAttributes (vtkPointData / vtkCellData): a
 * field data (vb_field_data.h: arrays by index or name, copy flags, ranges,
 * ghosts; vb_attributes_field_data gives the same object under that type)
 * plus VTK's active attributes (scalars, vectors, normals, ...) and the
 * attribute-aware copies (CopyAllocate/CopyData, InterpolateAllocate/
 * InterpolatePoint, PassData).  As in VTK:
 *  - set_attribute(arr, NORMALS) makes arr the active normals, removing the
 *    previously active normals array (VTK SetAttribute); the component count
 *    is checked against VTK's table (vectors/normals/tangents 3, texture
 *    coordinates 1..3, tensors 6 or 9, ids/weights 1, degrees 3, scalars any);
 *  - removing an array unsets an active attribute that pointed at it.
 *
 * Ownership: new reference from vb_attributes_new.  Every array returned is
 * borrowed, valid while it stays in the attributes (vb_array_retain to
 * keep).  add/set retain the array.  "Not found" is not an error (NULL /
 * -1); bad arguments are (VB_EINVAL, VB_ERANGE) with a message.
 */
#ifndef VB_ATTRIBUTES_H
#define VB_ATTRIBUTES_H

#include "vb_api.h"

#include "vb_array.h"
#include "vb_field_data.h"
#include "vb_object.h"
#include "vb_types.h"

typedef struct vb_attributes vb_attributes; /* a vb_object, class "vtkDataSetAttributes" */

/* vtkDataSetAttributes::AttributeTypes (same values). */
enum {
  VB_ATTRIBUTE_SCALARS = 0,
  VB_ATTRIBUTE_VECTORS = 1,
  VB_ATTRIBUTE_NORMALS = 2,
  VB_ATTRIBUTE_TCOORDS = 3,
  VB_ATTRIBUTE_TENSORS = 4,
  VB_ATTRIBUTE_GLOBALIDS = 5,
  VB_ATTRIBUTE_PEDIGREEIDS = 6,
  VB_ATTRIBUTE_EDGEFLAG = 7,
  VB_ATTRIBUTE_TANGENTS = 8,
  VB_ATTRIBUTE_RATIONALWEIGHTS = 9,
  VB_ATTRIBUTE_HIGHERORDERDEGREES = 10,
  VB_ATTRIBUTE_PROCESSIDS = 11,
  VB_NUM_ATTRIBUTES = 12
};
/* vtkDataSetAttributes::AttributeCopyOperations (ALLCOPY: all three). */
enum { VB_COPY_TUPLE = 0, VB_COPY_INTERPOLATE = 1, VB_COPY_PASSDATA = 2, VB_COPY_ALL = 3 };
/* Which data the attributes are: plain vtkDataSetAttributes, vtkPointData
 * (ghosts to skip: DUPLICATEPOINT|HIDDENPOINT = 2) or vtkCellData
 * (DUPLICATECELL|HIDDENCELL = 40), as VTK's constructors set them. */
enum { VB_ASSOCIATION_NONE = -1, VB_ASSOCIATION_POINTS = 0, VB_ASSOCIATION_CELLS = 1 };

VB_API vb_attributes *vb_attributes_new(void); /* NULL + VB_ENOMEM */
VB_API vb_attributes *vb_attributes_new_association(int association); /* VB_ASSOCIATION_* */
VB_API int vb_attributes_get_association(const vb_attributes *at);    /* VB_ASSOCIATION_* */
VB_API vb_object *vb_attributes_object(vb_attributes *at);     /* borrowed */
VB_API vb_attributes *vb_attributes_from_object(vb_object *o); /* borrowed; NULL if not one */
VB_API void vb_attributes_retain(vb_attributes *at);           /* NULL ok */
VB_API void vb_attributes_release(vb_attributes *at);          /* NULL ok */
VB_API vb_field_data *vb_attributes_field_data(vb_attributes *at); /* the same object; NULL ok */

/* The array list: vb_field_data_* under their vtkDataSetAttributes names. */
VB_API int vb_attributes_get_number_of_arrays(const vb_attributes *at); /* 0 for NULL */
VB_API int vb_attributes_add_array(vb_attributes *at, vb_array *a);
VB_API vb_array *vb_attributes_get_array(const vb_attributes *at, int index);
VB_API vb_array *vb_attributes_get_array_by_name(const vb_attributes *at, const char *name, int *index);
VB_API const char *vb_attributes_get_array_name(const vb_attributes *at, int index);
VB_API int vb_attributes_has_array(const vb_attributes *at, const char *name); /* 1 / 0 */
VB_API int vb_attributes_remove_array(vb_attributes *at, const char *name);
VB_API int vb_attributes_remove_array_by_index(vb_attributes *at, int index);
/* Remove every array, unset every attribute, copy flags back to VTK's defaults. */
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
 * has this name (the attribute is then unset, as VTK) or the array has the
 * wrong number of components for the type (the attribute stays, as VTK);
 * this call cannot run out of memory, so -1 is never VB_ENOMEM; another
 * negative status for a NULL or a bad type. */
VB_API int vb_attributes_set_active_attribute_by_name(vb_attributes *at, const char *name, int type);
/* Active array of the type (borrowed) or NULL when none (no error). */
VB_API vb_array *vb_attributes_get_attribute(const vb_attributes *at, int type);
/* VTK Get<Attribute>(name): the array of this name if it can be that
 * attribute (VTK's component check), else NULL (no error). */
VB_API vb_array *vb_attributes_get_attribute_by_name(const vb_attributes *at, const char *name, int type);
VB_API int vb_attributes_get_active_attribute_index(const vb_attributes *at, int type); /* -1: none */
/* VTK IsArrayAnAttribute: the attribute type array `index` is, else -1. */
VB_API int vb_attributes_is_array_an_attribute(const vb_attributes *at, int index);
/* "Scalars", "Vectors", ..., "ProcessIds"; NULL for a bad type.  The long
 * form is "vtkDataSetAttributes::SCALARS", .... */
VB_API const char *vb_attributes_attribute_type_name(int type);
VB_API const char *vb_attributes_long_attribute_type_name(int type);
/* 1 when an array of nc components can be attribute `type` (VTK
 * CheckNumberOfComponents), 0 otherwise (and for a bad type). */
VB_API int vb_attributes_check_number_of_components(int nc, int type);

/* Conveniences (VTK SetScalars/GetScalars/SetNormals/GetNormals/
 * SetActiveScalars/SetActiveNormals). */
VB_API int vb_attributes_set_scalars(vb_attributes *at, vb_array *a);
VB_API vb_array *vb_attributes_get_scalars(const vb_attributes *at);
VB_API int vb_attributes_set_normals(vb_attributes *at, vb_array *a);
VB_API vb_array *vb_attributes_get_normals(const vb_attributes *at);
VB_API int vb_attributes_set_active_scalars(vb_attributes *at, const char *name);
VB_API int vb_attributes_set_active_normals(vb_attributes *at, const char *name);

/* ---- copy flags of the attributes (vb_attributes_copy.c) ---- */
/* VTK SetCopyAttribute(type, value, ctype): ctype VB_COPY_TUPLE /
 * INTERPOLATE / PASSDATA or VB_COPY_ALL; value 0, 1 (2: nearest neighbour
 * for INTERPOLATE, as VTK).  VB_EINVAL for a bad type or ctype. */
VB_API int vb_attributes_set_copy_attribute(vb_attributes *at, int type, int value, int ctype);
/* The flag (ctype VB_COPY_ALL: 1 only when set for all three), -1 for a bad type/ctype */
VB_API int vb_attributes_get_copy_attribute(const vb_attributes *at, int type, int ctype);
/* VTK CopyAllOn/Off(ctype): every attribute flag of ctype and the field's CopyAllOn/Off */
VB_API int vb_attributes_copy_all(vb_attributes *at, int on, int ctype);

/* ---- attribute-aware copies (vb_attributes_copy.c) ---- */
/* VTK vtkDataSetAttributes::PassData: the arrays of src that the copy
 * flags let through (PASSDATA) are added to at (shared), and made the same
 * active attributes.  src may be a plain field data (then field PassData). */
VB_API int vb_attributes_pass_data(vb_attributes *at, const vb_field_data *src);
/* VTK CopyAllocate(src, sze) (ctype VB_COPY_TUPLE) / InterpolateAllocate
 * (VB_COPY_INTERPOLATE; id-type arrays are skipped): at gets new empty
 * arrays like the ones of src that the flags select (reserving sze tuples,
 * src's count when sze is 0), with src's attributes, and remembers which
 * array of src goes to which of at for copy_data / interpolate_point.
 * src == at: the arrays are kept (reserved).  shallow: at shares src's
 * arrays instead of new ones. */
VB_API int vb_attributes_copy_allocate(vb_attributes *at, const vb_attributes *src, int64_t sze, int shallow,
                                int ctype);
/* VTK CopyData(src, from, to): tuple `from` of every selected array of src
 * into tuple `to` of its target (inserted: grows).  VB_ESTATE when src has
 * fewer arrays than at the allocation, VB_ERANGE for a bad `from`; nothing
 * allocated: no-op. */
VB_API int vb_attributes_copy_data(vb_attributes *at, const vb_attributes *src, int64_t from, int64_t to);
/* VTK InterpolatePoint(src, to, ids, weights): tuple `to` of each target
 * is sum(weights[k] * tuple ids[k]) (integers rounded to nearest, clamped
 * to the type); attributes whose INTERPOLATE flag is 2 take the tuple of
 * the largest weight.  Errors as copy_data. */
VB_API int vb_attributes_interpolate_point(vb_attributes *at, const vb_attributes *src, int64_t to, int64_t n,
                                    const vb_id *ids, const double *weights);
/* VTK CopyTuple(from, to, fromId, toId): tuple fromId of `from` inserted as
 * tuple toId of `to` (same component counts: VB_ESTATE otherwise). */
VB_API int vb_attributes_copy_tuple(vb_array *from, vb_array *to, int64_t from_id, int64_t to_id);
/* VTK InterpolateEdge(src, to, p1, p2, t): tuple `to` of each target is
 * (1 - t) * tuple p1 + t * tuple p2 of its source (nearest neighbour for
 * attributes whose INTERPOLATE flag is 2).  Errors as copy_data. */
VB_API int vb_attributes_interpolate_edge(vb_attributes *at, const vb_attributes *src, int64_t to, int64_t p1, int64_t p2,
                                   double t);
/* VTK InterpolateTime(from1, from2, id, t): for each attribute active in
 * both sources (and whose INTERPOLATE flag is set), at's active attribute
 * of that type gets tuple id = (1 - t) from1[id] + t from2[id].  VB_ESTATE
 * when at has no such active attribute (VTK dereferences NULL). */
VB_API int vb_attributes_interpolate_time(vb_attributes *at, const vb_attributes *from1, const vb_attributes *from2,
                                   int64_t id, double t);

#endif
