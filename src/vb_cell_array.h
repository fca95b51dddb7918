/* vb_cell_array.h - vtkCellArray (VTK >= 9 layout): an offsets array and a
 * connectivity array.
 *
 * Cell c has the point ids connectivity[offsets[c] .. offsets[c+1]).  The
 * offsets array always has NumberOfCells + 1 values, starting with 0; an
 * empty cell array has offsets {0} and no connectivity.  Both arrays are
 * ordinary 1-component AOS vb_arrays of VB_LONG_LONG (VTK 9.7's default
 * storage, vtkTypeInt64Array), with the usual buffer/event semantics.
 *
 * Ownership: vb_cell_array_new returns a new reference.  The array getters
 * return borrowed arrays valid while the cell array holds them (until
 * vb_cell_array_set_data); vb_cell_array_set_data retains its arguments.
 * Errors: VB_OK or a negative vb_status + vb_last_error(); on error the
 * cell array is unchanged.
 */
#ifndef VB_CELL_ARRAY_H
#define VB_CELL_ARRAY_H

#include "vb_api.h"

#include <stdint.h>

#include "vb_array.h"
#include "vb_object.h"
#include "vb_types.h"

typedef struct vb_cell_array vb_cell_array; /* a vb_object, class "vtkCellArray" */

VB_API vb_cell_array *vb_cell_array_new(void); /* empty; NULL + VB_ENOMEM */
VB_API vb_object *vb_cell_array_object(vb_cell_array *ca);      /* borrowed */
VB_API vb_cell_array *vb_cell_array_from_object(vb_object *o);  /* borrowed; NULL if not one */
VB_API void vb_cell_array_retain(vb_cell_array *ca);            /* NULL ok */
VB_API void vb_cell_array_release(vb_cell_array *ca);           /* NULL ok */

VB_API vb_array *vb_cell_array_get_offsets_array(const vb_cell_array *ca);      /* borrowed */
VB_API vb_array *vb_cell_array_get_connectivity_array(const vb_cell_array *ca); /* borrowed */
/* VTK SetData(offsets, connectivity): both retained and used as they are
 * (shared).  Both must be 1-component integer arrays (VB_ETYPE), offsets
 * must have at least one value, start at 0, never decrease and end at the
 * number of connectivity values (VB_EINVAL otherwise). */
VB_API int vb_cell_array_set_data(vb_cell_array *ca, vb_array *offsets, vb_array *connectivity);

VB_API int64_t vb_cell_array_get_number_of_cells(const vb_cell_array *ca);           /* 0 for NULL */
VB_API int64_t vb_cell_array_get_number_of_connectivity_ids(const vb_cell_array *ca); /* 0 for NULL */
VB_API int64_t vb_cell_array_get_max_cell_size(const vb_cell_array *ca);             /* 0 when empty */

/* AllocateEstimate(ncells, max_cell_size) / AllocateExact(ncells, conn_size):
 * as VTK, drop the existing cells and reserve storage for ncells + 1
 * offsets and ncells * max_cell_size (resp. conn_size) ids.  Negative
 * sizes: VB_EOVERFLOW. */
VB_API int vb_cell_array_allocate_estimate(vb_cell_array *ca, int64_t ncells, int64_t max_cell_size);
VB_API int vb_cell_array_allocate_exact(vb_cell_array *ca, int64_t ncells, int64_t conn_size);
VB_API int vb_cell_array_squeeze(vb_cell_array *ca);
/* VTK Reset(): no cells (offsets {0}), storage kept. */
VB_API int vb_cell_array_reset(vb_cell_array *ca);
/* VTK Initialize(): no cells, storage released. */
VB_API int vb_cell_array_initialize(vb_cell_array *ca);

/* InsertNextCell(npts, pts): returns the new cell id (>= 0) or a negative
 * vb_status (npts < 0 or pts NULL with npts > 0: VB_EINVAL; a negative
 * point id: VB_ERANGE (VTK takes it; vtkbuf refuses an id that can never
 * index a point); an id that does not fit the connectivity array's type:
 * VB_ENOFIT).  Every id is checked before anything changes.  The same
 * checks apply to insert_cell_point. */
VB_API int64_t vb_cell_array_insert_next_cell(vb_cell_array *ca, int64_t npts, const vb_id *pts);
/* VTK's incremental insertion (VTK >= 9 semantics):
 * insert_next_cell_n(npts) appends one offset, number of connectivity ids +
 * npts (the connectivity is not touched), and returns the new cell id
 * (>= 0) or a negative vb_status; insert_cell_point(id) appends one id to
 * the connectivity; update_cell_count(npts) sets the last cell's size:
 * offsets[last] = offsets[last - 1] + npts.  Until the cell has received
 * as many points as its offset claims, the cell array is temporarily
 * inconsistent (as in VTK): get_cell_size reports the claimed size and
 * get_cell returns VB_ERANGE rather than reading past the connectivity.
 * Errors (cell array unchanged): npts < 0 (VB_EINVAL); an offset that
 * would overflow (VB_EOVERFLOW); insert_cell_point or update_cell_count
 * with no cell yet (VB_ESTATE; VTK reads offsets[-1]); VB_ENOMEM. */
VB_API int64_t vb_cell_array_insert_next_cell_n(vb_cell_array *ca, int64_t npts);
VB_API int vb_cell_array_insert_cell_point(vb_cell_array *ca, vb_id id);
VB_API int vb_cell_array_update_cell_count(vb_cell_array *ca, int64_t npts);
/* Number of points of cell `cell` in *npts (VB_ERANGE for a bad id;
 * VB_ESTATE when the shared offsets array was given offsets that decrease
 * or are negative: get_cell and get_max_cell_size never read past them). */
VB_API int vb_cell_array_get_cell_size(const vb_cell_array *ca, int64_t cell, int64_t *npts);
/* Copy the point ids of `cell` to pts (room for max_pts ids); *npts gets the
 * cell size.  VB_ERANGE for a bad cell id or when max_pts is too small
 * (*npts is still set, so a caller can retry with enough room). */
VB_API int vb_cell_array_get_cell(const vb_cell_array *ca, int64_t cell, vb_id *pts, int64_t max_pts,
                                  int64_t *npts);

/* ---- vb_cell_array_ops.c: VTK's other vtkCellArray methods ---- */
/* VTK IsHomogeneous: the common cell size, 0 without cells, -1 when sizes differ. */
VB_API int64_t vb_cell_array_is_homogeneous(const vb_cell_array *ca);
/* VTK IsValid: 1 when offsets start at 0, never decrease and end at the
 * number of connectivity ids (the arrays are shared: anyone may break it). */
VB_API int vb_cell_array_is_valid(const vb_cell_array *ca);
/* DeepCopy: dst gets copies of src's arrays (same types); ShallowCopy: dst
 * shares src's arrays.  dst == src: no-op. */
VB_API int vb_cell_array_deep_copy(vb_cell_array *dst, const vb_cell_array *src);
VB_API int vb_cell_array_shallow_copy(vb_cell_array *dst, const vb_cell_array *src);
/* VTK Append(src, point_offset): src's cells (ids + point_offset) after dst's. */
VB_API int vb_cell_array_append(vb_cell_array *dst, const vb_cell_array *src, vb_id point_offset);
/* VTK ReplaceCellAtId(cell, npts, pts): npts must be the cell's size
 * (VB_EINVAL otherwise: VTK would overwrite the next cells). */
VB_API int vb_cell_array_replace_cell_at_id(vb_cell_array *ca, int64_t cell, int64_t npts, const vb_id *pts);
VB_API int vb_cell_array_reverse_cell_at_id(vb_cell_array *ca, int64_t cell);
/* VTK ReplaceCellPointAtId(cell, k, id) / GetCellPointAtId(cell, k, *id) */
VB_API int vb_cell_array_replace_cell_point_at_id(vb_cell_array *ca, int64_t cell, int64_t k, vb_id id);
VB_API int vb_cell_array_get_cell_point_at_id(const vb_cell_array *ca, int64_t cell, int64_t k, vb_id *id);
/* Traversal (VTK InitTraversal/GetNextCell/Get/SetTraversalCellId): next_cell
 * copies cell `traversal` as get_cell does and advances; returns 1, or 0 at
 * the end (then *npts = 0). */
VB_API int vb_cell_array_init_traversal(vb_cell_array *ca);
VB_API int vb_cell_array_get_next_cell(vb_cell_array *ca, vb_id *pts, int64_t max_pts, int64_t *npts);
VB_API int64_t vb_cell_array_get_traversal_cell_id(const vb_cell_array *ca);
VB_API int vb_cell_array_set_traversal_cell_id(vb_cell_array *ca, int64_t cell);
/* Legacy format (n, id, id, ..., n, ...): export writes it into `out` (an
 * integer array, resized: VB_ENOFIT when an id does not fit it); import
 * replaces the cells (append: adds them, ids + point_offset); a malformed
 * list (a negative or too long count) is VB_EINVAL and changes nothing. */
VB_API int vb_cell_array_export_legacy_format(const vb_cell_array *ca, vb_array *out);
VB_API int vb_cell_array_import_legacy_format(vb_cell_array *ca, int64_t n, const vb_id *data);
VB_API int vb_cell_array_append_legacy_format(vb_cell_array *ca, int64_t n, const vb_id *data, vb_id point_offset);
/* Storage: offsets and connectivity are both VB_LONG_LONG (64-bit, VTK's
 * default) or both VB_INT (32-bit).  is_storage_64bit: 1 / 0 (mixed or
 * other integer types, as SetData allows: neither).  use_*: new empty
 * arrays of that width (cells dropped).  convert_to_*: same cells in the
 * other width: 1, or 0 (nothing changed, no error: VTK's false) when an
 * id or offset does not fit 32 bits; a negative status (VB_ENOMEM).
 * can_convert_to_32bit: 1 / 0. */
VB_API int vb_cell_array_is_storage_64bit(const vb_cell_array *ca);
VB_API int vb_cell_array_is_storage_32bit(const vb_cell_array *ca);
VB_API int vb_cell_array_use_storage(vb_cell_array *ca, int bits);        /* 32 or 64 */
VB_API int vb_cell_array_convert_to_storage(vb_cell_array *ca, int bits); /* 32 or 64 */
VB_API int vb_cell_array_can_convert_to_32bit(const vb_cell_array *ca);
/* VTK SetData(cellSize, connectivity): cells of cell_size points each
 * (offsets 0, k, 2k, ... made in the connectivity's integer type);
 * VB_EINVAL when the ids are not a whole number of cells. */
VB_API int vb_cell_array_set_data_fixed_size(vb_cell_array *ca, int64_t cell_size, vb_array *connectivity);
/* VTK GetActualMemorySize: kibibytes of both arrays' storage */
VB_API int64_t vb_cell_array_get_actual_memory_size(const vb_cell_array *ca);

#endif
