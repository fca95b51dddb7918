/* vb_points.h - vtkPoints: point coordinates in an ordinary vtkbuf data array.
 *
 * A points object holds one data array (AOS by default) of 3 components,
 * named "Points", of type VB_FLOAT unless created with another type (VTK's
 * default is float).  The array is an ordinary vb_array: BufferChangedEvent
 * and ModifiedEvent fire on it exactly as documented in vb_array.h (e.g.
 * when vb_points_insert_next_point grows past capacity).
 *
 * Ownership: vb_points_new returns a new reference (vb_points_release).
 * vb_points_get_data returns a borrowed array, valid while the points hold
 * it (until vb_points_set_data / vb_points_set_data_type replace it);
 * vb_array_retain it to keep it.  vb_points_set_data retains its argument.
 * Errors: int-returning calls give VB_OK or a negative vb_status with a
 * message in vb_last_error(); on error the object is unchanged.  The
 * point accessors (get/set/insert point, bounds) need the data array to
 * have 3 components: whoever shares it may change that, and then they
 * return VB_ESTATE instead of reading or writing a point of another size.
 */
#ifndef VB_POINTS_H
#define VB_POINTS_H

#include "vb_api.h"

#include <stdint.h>

#include "vb_array.h"
#include "vb_object.h"
#include "vb_types.h"

typedef struct vb_points vb_points; /* a vb_object, class "vtkPoints" */

/* New empty points of the given scalar type (VTK's vtkPoints::New() is
 * VB_FLOAT; vtkPoints::New(VTK_DOUBLE) is VB_DOUBLE).  Any valid VTK scalar
 * type is accepted, as vtkPoints::SetDataType does.  NULL + VB_ETYPE for an
 * unknown type, NULL + VB_ENOMEM. */
VB_API vb_points *vb_points_new(int type);
VB_API vb_object *vb_points_object(vb_points *p);      /* borrowed, same object */
VB_API vb_points *vb_points_from_object(vb_object *o); /* borrowed; NULL if not points */
VB_API void vb_points_retain(vb_points *p);            /* NULL ok */
VB_API void vb_points_release(vb_points *p);           /* NULL ok */

/* The coordinate array (borrowed, never NULL for a valid p). */
VB_API vb_array *vb_points_get_data(const vb_points *p);
/* Use `data` (retained, shared) as the coordinates.  It must have 3
 * components (VB_EINVAL otherwise, as VTK refuses it).  An unnamed array
 * is named "Points" (as VTK does).  Same array: no-op. */
VB_API int vb_points_set_data(vb_points *p, vb_array *data);
VB_API int vb_points_get_data_type(const vb_points *p); /* VB_VOID for NULL */
/* VTK SetDataType: same type is a no-op; otherwise the coordinates are
 * replaced by a new empty AOS array of that type (3 components, "Points"). */
VB_API int vb_points_set_data_type(vb_points *p, int type);

VB_API int64_t vb_points_get_number_of_points(const vb_points *p); /* 0 for NULL */
/* SetNumberOfPoints: resize to n points (new ones are zero). */
VB_API int vb_points_set_number_of_points(vb_points *p, int64_t n);
/* VTK Allocate(n): storage for n points, number of points 0. */
VB_API int vb_points_allocate(vb_points *p, int64_t n);
VB_API int vb_points_squeeze(vb_points *p);
/* VTK Initialize(): release the storage (0 points, array kept). */
VB_API int vb_points_initialize(vb_points *p);

/* Point id in [0, n): VB_ERANGE otherwise. */
VB_API int vb_points_get_point(const vb_points *p, int64_t id, double x[3]);
VB_API int vb_points_set_point(vb_points *p, int64_t id, const double x[3]);
/* InsertPoint: grows as needed; number of points becomes max(n, id + 1). */
VB_API int vb_points_insert_point(vb_points *p, int64_t id, const double x[3]);
/* InsertNextPoint: returns the new point id (>= 0) or a negative vb_status. */
VB_API int64_t vb_points_insert_next_point(vb_points *p, const double x[3]);

/* Bounds (xmin, xmax, ymin, ymax, zmin, zmax); (1e299, -1e299, ...) when there
 * are no points, as VTK 9.7 (a data set without a points object: (1, -1, ...)). */
VB_API int vb_points_get_bounds(const vb_points *p, double bounds[6]);

/* ---- more of VTK's vtkPoints ---- */
/* VTK DeepCopy: dst keeps its data type and gets src's points (converted);
 * ShallowCopy: dst shares src's data array (and so its type). */
VB_API int vb_points_deep_copy(vb_points *dst, const vb_points *src);
VB_API int vb_points_shallow_copy(vb_points *dst, const vb_points *src);
/* VTK InsertPoints(dstStart, n, srcStart, src): points [srcStart, srcStart+n)
 * of src into [dstStart, ...) of dst (grows; points skipped over read 0);
 * InsertPoints(dstIds, srcIds, src): point src_ids[k] into dst_ids[k].
 * Every index is checked first (VB_ERANGE); src may be dst. */
VB_API int vb_points_insert_points_range(vb_points *dst, int64_t dst_start, int64_t n, int64_t src_start,
                                  const vb_points *src);
VB_API int vb_points_insert_points_ids(vb_points *dst, int64_t n, const vb_id *dst_ids, const vb_id *src_ids,
                                const vb_points *src);
/* VTK GetPoints(ids, out): out gets n points, point k = p's point ids[k]. */
VB_API int vb_points_get_points_ids(const vb_points *p, int64_t n, const vb_id *ids, vb_points *out);
/* VTK Resize(n): storage for n points (0: released), points past n dropped;
 * Reserve(n): storage for at least n points, points kept; Reset(): no
 * points, storage kept. */
VB_API int vb_points_resize(vb_points *p, int64_t n);
VB_API int vb_points_reserve(vb_points *p, int64_t n);
VB_API int vb_points_reset(vb_points *p);
VB_API int64_t vb_points_get_actual_memory_size(const vb_points *p); /* KiB, VTK's rounding */

#endif
