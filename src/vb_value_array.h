/* vb_value_array.h - vtkStringArray and vtkVariantArray: the abstract arrays
 * (vtkAbstractArray, not vtkDataArray) whose values are strings or variants.
 *
 * One implementation serves both classes: the values are vb_variants
 * (vb_variant.h).  A string array holds only strings (UTF-8 or any bytes,
 * counted, NULs allowed): a variant written into it is converted with
 * vb_variant_to_string (VTK's SetVariantValue: ToString()); an unset value
 * reads "".  A variant array holds any variant (objects retained); an
 * unset value is an invalid variant.
 *
 * Model (as vb_array): NumberOfComponents >= 1, MaxId (-1 when empty),
 * Size (allocated values); growth follows VTK 9.7.1's vtkStringArray
 * (Resize / ReserveTuples to C + T tuples, InsertNextValue through
 * ReserveTuples).  The values live in a storage object shared by
 * ShallowCopy (as VTK shares its buffer): a value written through one array
 * is seen by the other; each array keeps its own MaxId.
 *
 * Errors: VB_OK or a negative vb_status with vb_last_error(); a failed call
 * leaves the array unchanged.  Value indices are checked (VB_ERANGE) where
 * VTK checks them with VTK_EXPECTS; Insert* grow.  Sources of tuples must be
 * value arrays of the same type (VB_ETYPE; a variant array's SetTuple /
 * InsertTuple* also take a string array's, as VTK) and number of components
 * (VB_EINVAL).  Arrays passed in are borrowed for the call.
 *
 * Ownership: vb_value_array_new returns a new reference; values returned
 * (vb_value_array_get_value) are borrowed, valid until the value is written
 * or the storage changes; variants passed in are copied.  Not thread-safe.
 */
#ifndef VB_VALUE_ARRAY_H
#define VB_VALUE_ARRAY_H

#include "vb_api.h"

#include <stdint.h>

#include "vb_object.h"
#include "vb_variant.h"

/* a vb_object, class "vtkStringArray" or "vtkVariantArray" */
typedef struct vb_value_array vb_value_array;

enum { VB_STRING_ARRAY = 13, VB_VARIANT_ARRAY = 20 }; /* VTK_STRING, VTK_VARIANT */

/* type: VB_STRING_ARRAY or VB_VARIANT_ARRAY (VB_ETYPE); NULL + status */
VB_API vb_value_array *vb_value_array_new(int type);
VB_API vb_object *vb_value_array_object(vb_value_array *a);        /* borrowed */
VB_API vb_value_array *vb_value_array_from_object(vb_object *o);   /* NULL if not one */
VB_API void vb_value_array_retain(vb_value_array *a);              /* NULL ok */
VB_API void vb_value_array_release(vb_value_array *a);             /* NULL ok */
VB_API int vb_value_array_type(const vb_value_array *a);           /* GetDataType; -1 for NULL */

/* ---- name and shape (vtkAbstractArray) ---- */
VB_API const char *vb_value_array_get_name(const vb_value_array *a); /* borrowed, NULL when unset */
VB_API int vb_value_array_set_name(vb_value_array *a, const char *name); /* copied; NULL clears */
VB_API int vb_value_array_get_number_of_components(const vb_value_array *a);
VB_API int vb_value_array_set_number_of_components(vb_value_array *a, int n); /* n >= 1 */
VB_API int64_t vb_value_array_get_number_of_tuples(const vb_value_array *a);
VB_API int64_t vb_value_array_get_number_of_values(const vb_value_array *a);
VB_API int64_t vb_value_array_get_max_id(const vb_value_array *a);
VB_API int64_t vb_value_array_get_size(const vb_value_array *a);
VB_API int vb_value_array_set_number_of_tuples(vb_value_array *a, int64_t n);
VB_API int vb_value_array_set_number_of_values(vb_value_array *a, int64_t n);
/* Resize(n): capacity of n tuples when shrinking, C + n when growing (VTK) */
VB_API int vb_value_array_resize(vb_value_array *a, int64_t ntuples);
VB_API int vb_value_array_reserve_tuples(vb_value_array *a, int64_t ntuples);
/* Allocate(size): MaxId = -1; room for size values when more than Size */
VB_API int vb_value_array_allocate(vb_value_array *a, int64_t size);
VB_API int vb_value_array_squeeze(vb_value_array *a);
VB_API int vb_value_array_initialize(vb_value_array *a); /* no storage, MaxId -1 */
VB_API int vb_value_array_reset(vb_value_array *a);      /* MaxId -1, storage kept */

/* ---- values ---- */
/* value i in [0, NumberOfValues): borrowed; NULL + VB_ERANGE otherwise */
VB_API const vb_variant *vb_value_array_get_value(const vb_value_array *a, int64_t i);
VB_API int vb_value_array_set_value(vb_value_array *a, int64_t i, const vb_variant *v);
VB_API int vb_value_array_insert_value(vb_value_array *a, int64_t i, const vb_variant *v); /* i >= 0 */
VB_API int vb_value_array_insert_next_value(vb_value_array *a, const vb_variant *v, int64_t *index);
/* the first value index equal to v (string arrays: v's ToString text, bytes
 * compared; variant arrays: vb_variant_compare == 0), -1 when none */
VB_API int64_t vb_value_array_lookup_value(const vb_value_array *a, const vb_variant *v);

/* ---- sizes ---- */
/* GetDataTypeSize / GetElementComponentSize (VTK 9.7.1 on x86-64: string
 * 8 and 1, variant 16 and 16) */
VB_API int vb_value_array_get_data_type_size(const vb_value_array *a);
VB_API int vb_value_array_get_element_component_size(const vb_value_array *a);
/* GetDataSize: strings: the bytes of every value plus one each; variants:
 * NumberOfValues */
VB_API int64_t vb_value_array_get_data_size(const vb_value_array *a);
/* GetActualMemorySize in KiB, rounded up: the slots of Size (string:
 * 32 bytes each plus its text, variant: 16 each) */
VB_API int64_t vb_value_array_get_actual_memory_size(const vb_value_array *a);

/* ---- component names, MaxDiscreteValues (vtkAbstractArray) ----
 * As vb_array's: any c >= 0 (c < 0 or a NULL name ignored), copied; get:
 * borrowed, NULL when unset; copy: dst's names = src's when src has a list
 * (*copied = 1; copied may be NULL).  DeepCopy / ShallowCopy copy them. */
VB_API int vb_value_array_set_component_name(vb_value_array *a, int64_t c, const char *name);
VB_API const char *vb_value_array_get_component_name(const vb_value_array *a, int64_t c);
VB_API int vb_value_array_has_a_component_name(const vb_value_array *a);
VB_API int vb_value_array_copy_component_names(vb_value_array *dst, const vb_value_array *src, int *copied);
VB_API unsigned vb_value_array_get_max_discrete_values(const vb_value_array *a); /* 32 at first */
VB_API int vb_value_array_set_max_discrete_values(vb_value_array *a, unsigned n);

/* ---- copies (src: a value array of dst's type, VB_ETYPE) ---- */
/* DeepCopy: src's components, values, name; Size = NumberOfValues (VTK Squeeze) */
VB_API int vb_value_array_deep_copy(vb_value_array *dst, const vb_value_array *src);
/* ShallowCopy: dst shares src's storage, takes its MaxId, components, name */
VB_API int vb_value_array_shallow_copy(vb_value_array *dst, const vb_value_array *src);

/* ---- tuples (vb_value_array_tuples.c); src may be dst ---- */
VB_API int vb_value_array_set_tuple_from(vb_value_array *dst, int64_t i, const vb_value_array *src, int64_t j);
VB_API int vb_value_array_insert_tuple_from(vb_value_array *dst, int64_t i, const vb_value_array *src, int64_t j);
VB_API int vb_value_array_insert_next_tuple_from(vb_value_array *dst, const vb_value_array *src, int64_t j,
                                                int64_t *index);
VB_API int vb_value_array_insert_tuples(vb_value_array *dst, const int64_t *dst_ids, const int64_t *src_ids,
                                        int64_t n, const vb_value_array *src);
VB_API int vb_value_array_insert_tuples_range(vb_value_array *dst, int64_t dst_start, int64_t n,
                                              int64_t src_start, const vb_value_array *src);
VB_API int vb_value_array_insert_tuples_starting_at(vb_value_array *dst, int64_t dst_start, const int64_t *src_ids,
                                                    int64_t n, const vb_value_array *src);
/* GetTuples into out's tuples 0.., which must exist in out (VB_ERANGE) */
VB_API int vb_value_array_get_tuples(const vb_value_array *a, const int64_t *ids, int64_t n, vb_value_array *out);
VB_API int vb_value_array_get_tuples_range(const vb_value_array *a, int64_t p1, int64_t p2, vb_value_array *out);
/* CopyComponent: component sc of src into component dc of dst (same type,
 * as many tuples: VB_EINVAL; components exist: VB_ERANGE) */
VB_API int vb_value_array_copy_component(vb_value_array *dst, int dc, const vb_value_array *src, int sc);
VB_API int vb_value_array_remove_tuple(vb_value_array *a, int64_t t);
VB_API int vb_value_array_remove_first_tuple(vb_value_array *a);
VB_API int vb_value_array_remove_last_tuple(vb_value_array *a);
/* InterpolateTuple: tuple i (inserted) = src's tuple of the largest weight
 * (the first of equal ones; no ids: nothing), or id2 of s2 when t >= 0.5,
 * else id1 of s1 (VTK: strings do not mix) */
VB_API int vb_value_array_interpolate_tuple(vb_value_array *dst, int64_t i, const int64_t *ids, int64_t n,
                                            const vb_value_array *src, const double *weights);
VB_API int vb_value_array_interpolate_tuple2(vb_value_array *dst, int64_t i, int64_t id1, const vb_value_array *s1,
                                             int64_t id2, const vb_value_array *s2, double t);

#endif
