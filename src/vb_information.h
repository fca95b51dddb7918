/* vb_information.h - vtkInformation, reduced to what composite data sets'
 * metadata needs (vtkCompositeDataSet::NAME() and other string or integer
 * keys): a map from a key to a string or an integer.
 *
 * A key is named by a string ("NAME", or "Location::Name" for keys whose
 * name is not unique); VTK's key objects (vtkInformationStringKey, ...) are
 * the bindings' (Python, JS): they pass their key's name here.  An entry has
 * the kind of its last setter: get_string of an integer entry is NULL.
 * Only string and integer values are held (no vectors, no object keys).
 *
 * Ownership: vb_information_new returns a new reference; the strings passed
 * are copied; vb_information_get_string returns a string owned by the
 * information, valid until the entry is set, removed or the object dies.
 * Errors: VB_EINVAL (NULL), VB_ENOMEM; a failed call changes nothing.
 */
#ifndef VB_INFORMATION_H
#define VB_INFORMATION_H

#include "vb_api.h"

#include <stdint.h>

#include "vb_object.h"

typedef struct vb_information vb_information; /* class "vtkInformation" */

VB_API vb_information *vb_information_new(void); /* NULL + VB_ENOMEM */
VB_API vb_object *vb_information_object(vb_information *info);
VB_API vb_information *vb_information_from_object(vb_object *o);
VB_API void vb_information_retain(vb_information *info);
VB_API void vb_information_release(vb_information *info);

VB_API int vb_information_set_string(vb_information *info, const char *key, const char *value);
VB_API int vb_information_set_integer(vb_information *info, const char *key, int64_t value);
VB_API const char *vb_information_get_string(const vb_information *info, const char *key); /* NULL: absent */
/* 1 and *out set when key holds an integer, 0 otherwise (*out = 0, VTK's Get) */
VB_API int vb_information_get_integer(const vb_information *info, const char *key, int64_t *out);
/* 0: absent, 1: a string, 2: an integer */
VB_API int vb_information_has(const vb_information *info, const char *key);
VB_API void vb_information_remove(vb_information *info, const char *key);
VB_API int vb_information_get_number_of_keys(const vb_information *info);
/* the i-th key's name (insertion order), NULL out of range */
VB_API const char *vb_information_get_key(const vb_information *info, int i);
VB_API void vb_information_clear(vb_information *info);
/* VTK Copy(from, deep): dst's entries become src's (the same for deep and
 * shallow: values are strings and integers) */
VB_API int vb_information_copy(vb_information *dst, const vb_information *src);

#endif
