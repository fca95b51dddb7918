/* vb_composite.h - composite data sets: vtkMultiBlockDataSet,
 * vtkPartitionedDataSet, vtkPartitionedDataSetCollection (VTK's
 * vtkDataObjectTree / vtkCompositeDataSet API), and their iterator
 * vtkDataObjectTreeIterator.
 *
 * A composite is a data object (vb_composite_data_object; its field data is
 * the vtkDataObject's) holding an ordered list of children, each a data
 * object or empty, with optional metadata (a vb_information, created on
 * first GetMetaData).  What a child may be is VTK 9.7.1's:
 *   vtkMultiBlockDataSet: any data object but a vtkPartitionedDataSet or
 *     vtkPartitionedDataSetCollection (VTK prints an error; here VB_ETYPE);
 *   vtkPartitionedDataSet: any data object that is not composite (VB_ETYPE);
 *   vtkPartitionedDataSetCollection: vtkPartitionedDataSet only (empty
 *     children refused as VTK does; new slots get an empty partitioned
 *     data set, as SetNumberOfPartitionedDataSets does).
 * A child that would make the tree a cycle (the composite itself or one of
 * its ancestors) is VB_EINVAL (VTK would recurse forever).
 *
 * Ownership: constructors return new references; children are retained by
 * their parent; getters return borrowed pointers valid while the parent
 * holds them.  Errors: VB_OK or a negative vb_status with vb_last_error();
 * a failed call changes nothing.  Counts and indices are VTK's unsigned
 * int: an index past UINT32_MAX is VB_ERANGE.
 */
#ifndef VB_COMPOSITE_H
#define VB_COMPOSITE_H

#include "vb_api.h"

#include <stdint.h>

#include "vb_data_object.h"
#include "vb_information.h"

typedef struct vb_composite vb_composite;

/* VTK data object type ids (vtkType.h) of the composite classes */
enum {
  VB_COMPOSITE_DATA_SET = 11,
  VB_MULTIBLOCK_DATA_SET = 13,
  VB_PARTITIONED_DATA_SET = 37,
  VB_PARTITIONED_DATA_SET_COLLECTION = 38,
  VB_DATA_OBJECT_TREE = 41
};

/* a new empty composite of one of the three concrete types (VB_EINVAL otherwise) */
VB_API vb_composite *vb_composite_new(int type);
VB_API vb_object *vb_composite_object(vb_composite *c);
VB_API vb_composite *vb_composite_from_object(vb_object *o); /* NULL unless a composite */
VB_API vb_data_object *vb_composite_data_object(vb_composite *c);
VB_API void vb_composite_retain(vb_composite *c);
VB_API void vb_composite_release(vb_composite *c);
VB_API int vb_composite_get_type(const vb_composite *c); /* VB_MULTIBLOCK_DATA_SET, ... */

/* ---- vtkDataObjectTree: children (SetNumberOfBlocks/Partitions/...) ---- */
VB_API int64_t vb_composite_get_number_of_children(const vb_composite *c);
/* shrinking drops the children (and metadata) past n */
VB_API int vb_composite_set_number_of_children(vb_composite *c, int64_t n);
VB_API vb_data_object *vb_composite_get_child(const vb_composite *c, int64_t i); /* NULL: empty / out of range */
/* set child i (NULL: empty), growing the list to i + 1 */
VB_API int vb_composite_set_child(vb_composite *c, int64_t i, vb_data_object *child);
/* remove child i, shifting the following ones down (VB_ERANGE out of range) */
VB_API int vb_composite_remove_child(vb_composite *c, int64_t i);
/* child i's metadata, created empty if absent; NULL (no error) out of range */
VB_API vb_information *vb_composite_get_child_meta_data(vb_composite *c, int64_t i);
VB_API int vb_composite_has_child_meta_data(const vb_composite *c, int64_t i);
/* VTK SetChildMetaData (retains; NULL drops it); VB_ERANGE out of range */
VB_API int vb_composite_set_child_meta_data(vb_composite *c, int64_t i, vb_information *info);
/* vtkPartitionedDataSetCollection::SetPartition(i, j, obj) /
 * SetNumberOfPartitions(i, n): grows the collection to i + 1 first */
VB_API int vb_composite_set_partition(vb_composite *c, int64_t i, int64_t j, vb_data_object *obj);
VB_API int vb_composite_set_number_of_partitions(vb_composite *c, int64_t i, int64_t n);
/* vtkPartitionedDataSet::RemoveNullPartitions */
VB_API int vb_composite_remove_null_partitions(vb_composite *c);

/* ---- vtkCompositeDataSet: over the non-empty leaves ---- */
VB_API int64_t vb_composite_get_number_of_points(const vb_composite *c);
VB_API int64_t vb_composite_get_number_of_cells(const vb_composite *c);
/* the leaves' GetNumberOfElements(type) + the composite's own (field data) */
VB_API int64_t vb_composite_get_number_of_elements(const vb_composite *c, int type);
/* union of the data set leaves' valid bounds; (1e299, -1e299, ...) without any */
VB_API int vb_composite_get_bounds(const vb_composite *c, double b[6]);
/* KiB: the sum over the leaves */
VB_API int64_t vb_composite_get_actual_memory_size(const vb_composite *c);
/* VTK CopyStructure: dst gets src's tree (sub-composites as new composites
 * of the same types, leaves empty, metadata copied) and src's field data
 * shared; DeepCopy / ShallowCopy: field data, then every child deep copied /
 * shallow copied into a new object of its class (metadata copied; deep copy
 * copies the metadata of non-empty children only, as VTK);
 * CompositeShallowCopy: leaves shared.  Initialize: no children. */
VB_API int vb_composite_copy_structure(vb_composite *dst, const vb_composite *src);
VB_API int vb_composite_deep_copy(vb_composite *dst, const vb_data_object *src);
VB_API int vb_composite_shallow_copy(vb_composite *dst, const vb_data_object *src);
VB_API int vb_composite_composite_shallow_copy(vb_composite *dst, const vb_composite *src);
VB_API int vb_composite_initialize(vb_composite *c);

/* ---- vtkDataObjectTreeIterator ----
 * Preorder over the tree (a composite before its children), VTK's flat
 * index: the root is 0, every node (empty ones and composites included)
 * counts one.  Options as VTK (defaults): SkipEmptyNodes (on),
 * VisitOnlyLeaves (on), TraverseSubTree (on); InitReverseTraversal walks
 * the children last to first.  The iterator takes the tree's nodes when a
 * traversal starts (set_data_set, init_traversal, go_to_first_item) and
 * holds references to them: a tree changed during a traversal is seen at
 * the next start. */
typedef struct vb_composite_iterator vb_composite_iterator; /* class "vtkDataObjectTreeIterator" */
VB_API vb_composite_iterator *vb_composite_iterator_new(void);
VB_API vb_object *vb_composite_iterator_object(vb_composite_iterator *it);
VB_API vb_composite_iterator *vb_composite_iterator_from_object(vb_object *o);
VB_API void vb_composite_iterator_retain(vb_composite_iterator *it);
VB_API void vb_composite_iterator_release(vb_composite_iterator *it);
/* VTK NewIterator(): an iterator over c, at its first item */
VB_API vb_composite_iterator *vb_composite_new_iterator(vb_composite *c);
/* VTK SetDataSet: retains c (NULL ok) and goes to the first item */
VB_API int vb_composite_iterator_set_data_set(vb_composite_iterator *it, vb_composite *c);
VB_API vb_composite *vb_composite_iterator_get_data_set(const vb_composite_iterator *it);
enum { VB_ITER_SKIP_EMPTY_NODES, VB_ITER_VISIT_ONLY_LEAVES, VB_ITER_TRAVERSE_SUB_TREE, VB_ITER_REVERSE };
VB_API int vb_composite_iterator_get_option(const vb_composite_iterator *it, int option);
VB_API void vb_composite_iterator_set_option(vb_composite_iterator *it, int option, int on); /* not REVERSE */
VB_API int vb_composite_iterator_init_traversal(vb_composite_iterator *it);
VB_API int vb_composite_iterator_init_reverse_traversal(vb_composite_iterator *it);
VB_API int vb_composite_iterator_go_to_first_item(vb_composite_iterator *it);
VB_API void vb_composite_iterator_go_to_next_item(vb_composite_iterator *it);
VB_API int vb_composite_iterator_is_done_with_traversal(const vb_composite_iterator *it);
VB_API vb_data_object *vb_composite_iterator_get_current_data_object(const vb_composite_iterator *it);
/* flat index of the current item; VB_ESTATE in reverse (VTK: error, 0) */
VB_API int64_t vb_composite_iterator_get_current_flat_index(const vb_composite_iterator *it);
/* the current item's metadata in its parent (created if absent); NULL when done */
VB_API vb_information *vb_composite_iterator_get_current_meta_data(vb_composite_iterator *it);
VB_API int vb_composite_iterator_has_current_meta_data(const vb_composite_iterator *it);
/* VTK vtkDataObjectTree::SetDataSet(iter, obj): set the node at the
 * iterator's position, found in c by its path of child indices
 * (VB_ESTATE when the iterator is done or c has no such node) */
VB_API int vb_composite_set_data_set(vb_composite *c, const vb_composite_iterator *it, vb_data_object *obj);

#endif
