/* vb_collection.h - vtkCollection: an ordered list of objects, each held
 * with a core reference (retained on insertion, released on removal and
 * when the collection ends); vtkDataArrayCollection: the same, accepting
 * data arrays only.
 *
 * Semantics are VTK 9.7.1's (Common/Core/vtkCollection.{h,cxx}): InsertItem(i,
 * o) inserts after item i (i < 0: at the front; i >= n or an empty
 * collection: nothing); ReplaceItem, RemoveItem of an index out of range
 * and RemoveItem of an object not present do nothing; GetItem out of range
 * is NULL; IsItemPresent is the 1-based position (0: absent); the traversal
 * cursor (InitTraversal / GetNextItem) is moved back by RemoveItem of an item
 * before it.  Every change stamps the modified time (ModifiedEvent).
 *
 * Ownership: vb_collection_new returns a new reference.  vb_collection_get_item
 * and vb_collection_get_next_item return borrowed objects, valid while the
 * collection holds them.  Adding NULL is VB_EINVAL (VTK dereferences it);
 * adding a non-array to a vtkDataArrayCollection is VB_ETYPE.  A failed call
 * leaves the collection unchanged.
 */
#ifndef VB_COLLECTION_H
#define VB_COLLECTION_H

#include <stdint.h>

#include "vb_object.h"

typedef struct vb_collection vb_collection; /* class "vtkCollection" / "vtkDataArrayCollection" */

VB_API vb_collection *vb_collection_new(void);            /* NULL + VB_ENOMEM */
VB_API vb_collection *vb_data_array_collection_new(void); /* NULL + VB_ENOMEM */
VB_API vb_object *vb_collection_object(vb_collection *c);
VB_API vb_collection *vb_collection_from_object(vb_object *o); /* either class; NULL otherwise */
VB_API void vb_collection_retain(vb_collection *c);
VB_API void vb_collection_release(vb_collection *c);
/* 1 for a vtkDataArrayCollection */
VB_API int vb_collection_is_data_array_collection(const vb_collection *c);

VB_API int64_t vb_collection_get_number_of_items(const vb_collection *c); /* 0 for NULL */
VB_API int vb_collection_add_item(vb_collection *c, vb_object *o);
VB_API int vb_collection_insert_item(vb_collection *c, int64_t i, vb_object *o);
VB_API int vb_collection_replace_item(vb_collection *c, int64_t i, vb_object *o);
VB_API void vb_collection_remove_item(vb_collection *c, int64_t i);
VB_API void vb_collection_remove_item_object(vb_collection *c, const vb_object *o);
VB_API void vb_collection_remove_all_items(vb_collection *c);
VB_API vb_object *vb_collection_get_item(const vb_collection *c, int64_t i);
/* 0-based index of the first occurrence, -1 if absent */
VB_API int64_t vb_collection_index_of(const vb_collection *c, const vb_object *o);
VB_API void vb_collection_init_traversal(vb_collection *c);
VB_API vb_object *vb_collection_get_next_item(vb_collection *c); /* NULL at the end */

#endif
