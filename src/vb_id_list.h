/* vb_id_list.h - vtkIdList: a growable list of 64-bit ids (vtkIdType).
 *
 * Semantics are VTK 9.7.1's vtkIdList (Common/Core/vtkIdList.{h,cxx}):
 *  - number of ids n <= capacity; growing by one (InsertNextId) or to a size
 *    (Reserve(sz) with sz > capacity) makes the capacity capacity + sz, as
 *    VTK's Reserve does, so GetCapacity() answers as in VTK;
 *  - ids past the old count that a call makes visible (SetNumberOfIds,
 *    InsertId past the end) are 0 (VTK leaves them uninitialised);
 *  - DeleteId(id) removes every occurrence, moving the last id into the hole
 *    (the order changes as in VTK); IntersectWith keeps this list's order.
 *
 * Ownership: vb_id_list_new returns a new reference (vb_id_list_release).
 * vb_id_list_data returns a borrowed pointer to the ids, valid until the
 * next call that changes the capacity (insert/reserve/squeeze/...); NULL
 * when the capacity is 0.
 * Errors: VB_OK or a negative vb_status with a message (vb_last_error); a
 * failed call leaves the list unchanged.  Index checks are VTK's
 * VTK_EXPECTS (0 <= i < n for Get/SetId, 0 <= i for InsertId): VB_ERANGE.
 * Sizes: negative VB_EOVERFLOW, too big for memory VB_ENOMEM.
 */
#ifndef VB_ID_LIST_H
#define VB_ID_LIST_H

#include <stdint.h>

#include "vb_object.h"

typedef struct vb_id_list vb_id_list; /* a vb_object, class "vtkIdList" */

vb_id_list *vb_id_list_new(void); /* NULL + VB_ENOMEM */
vb_object *vb_id_list_object(vb_id_list *l);      /* borrowed, same object */
vb_id_list *vb_id_list_from_object(vb_object *o); /* borrowed; NULL if not an id list */
void vb_id_list_retain(vb_id_list *l);            /* NULL ok */
void vb_id_list_release(vb_id_list *l);           /* NULL ok */

int64_t vb_id_list_get_number_of_ids(const vb_id_list *l); /* 0 for NULL */
int64_t vb_id_list_get_capacity(const vb_id_list *l);      /* 0 for NULL */
const int64_t *vb_id_list_data(const vb_id_list *l);       /* borrowed, see above */

/* Get/SetId: 0 <= i < n (VB_ERANGE). */
int vb_id_list_get_id(const vb_id_list *l, int64_t i, int64_t *out);
int vb_id_list_set_id(vb_id_list *l, int64_t i, int64_t id);
/* InsertId: 0 <= i; grows to i + 1 ids when i >= n. */
int vb_id_list_insert_id(vb_id_list *l, int64_t i, int64_t id);
/* Index of the new id (>= 0) or a negative status. */
int64_t vb_id_list_insert_next_id(vb_id_list *l, int64_t id);
/* Index of id if present, else as insert_next_id. */
int64_t vb_id_list_insert_unique_id(vb_id_list *l, int64_t id);
/* First index of id, -1 if absent (VTK's IsId and FindIdLocation). */
int64_t vb_id_list_is_id(const vb_id_list *l, int64_t id);
/* Every occurrence of id removed (VTK's order: last id moves in). */
int vb_id_list_delete_id(vb_id_list *l, int64_t id);

/* SetNumberOfIds(n): Reserve(n) then n ids (new ones 0). */
int vb_id_list_set_number_of_ids(vb_id_list *l, int64_t n);
/* Reserve(sz): capacity >= sz (grows to capacity + sz). */
int vb_id_list_reserve(vb_id_list *l, int64_t sz);
/* Allocate(sz): n = 0; storage of exactly sz ids when sz > capacity or
 * sz == 0 (VTK's deprecated Allocate). */
int vb_id_list_allocate(vb_id_list *l, int64_t sz);
/* Resize(sz) (deprecated in VTK): sz <= 0 Initialize; sz <= capacity: n = sz
 * then Squeeze; else Reserve(sz). */
int vb_id_list_resize(vb_id_list *l, int64_t sz);
void vb_id_list_reset(vb_id_list *l);      /* n = 0, storage kept */
int vb_id_list_squeeze(vb_id_list *l);     /* capacity = n */
void vb_id_list_initialize(vb_id_list *l); /* n = 0, storage released */

void vb_id_list_sort(vb_id_list *l);                /* ascending */
void vb_id_list_fill(vb_id_list *l, int64_t value); /* every id = value */
/* Copies: DeepCopy gives capacity n (VTK squeezes); ShallowCopy copies too
 * (VTK shares the buffer; a copy answers the same). Same list: no-op. */
int vb_id_list_deep_copy(vb_id_list *l, const vb_id_list *src);
/* Keep the ids that are in other, in this list's order (duplicates kept). */
int vb_id_list_intersect_with(vb_id_list *l, const vb_id_list *other);
/* Replace the ids by a copy of ids[0..n) (VTK's SetList/SetArray adopt the
 * pointer; vtkbuf copies). ids may be NULL when n is 0. */
int vb_id_list_set_list(vb_id_list *l, const int64_t *ids, int64_t n);

#endif
