/* vb_implicit.h - implicit arrays (VTK 9.7's vtkConstantArray,
 * vtkAffineArray, vtkStructuredPointArray): data arrays that store no
 * values; every read is computed from a backend.
 *
 * An implicit array is an ordinary vb_array (vb_array_new_layout with
 * VB_LAYOUT_CONSTANT, VB_LAYOUT_AFFINE or VB_LAYOUT_STRUCTURED): it has a
 * type, components and tuples (SetNumberOfComponents/Tuples/Values size
 * it, no memory is allocated), and every read of vb_array.h works on it
 * (values, tuples, components, ranges, copies *from* it: DeepCopy into a
 * regular array materialises the values).  Values are computed in double
 * and converted to the array's type (saturating, as the double API).
 *
 *   constant:   value(i) = c
 *   affine:     value(i) = slope * i + intercept  (i: the flat value index)
 *   (the parameters are stored as the array's type, VTK's ValueType)
 *   structured: 3 components; tuple t is point (i, j, k) of the extent
 *               (i fastest): (X[i], Y[j], Z[k]) from three coordinate
 *               arrays; with a direction matrix D (VTK 9.7.1, which takes
 *               each axis as uniform, its spacing its first step s):
 *               P0 + D * (sx * i, sy * j, sz * k), P0 the
 *               origin given (image data: its first point) or
 *               (X[0], Y[0], Z[0]).  A coordinate past its array (the array
 *               shrank) reads 0.
 *
 * Writes are refused (VB_ETYPE "an implicit array is read-only"): VTK 9.7.1
 * ignores SetTuple/SetComponent/Fill silently (contract rule d).  Storage
 * calls (Resize, Squeeze, ReserveTuples, Allocate) do nothing.  There is no
 * buffer and no data pointer (vb_array_data and vb_array_get_buffer:
 * NULL + VB_ETYPE).  Initialize empties the array and resets the backend.
 * DeepCopy/ShallowCopy into an implicit array take an implicit array of
 * the same kind (its backend and shape), anything else is VB_ETYPE.
 *
 * Ownership: the coordinate arrays of a structured backend are retained
 * (shared, never copied): the array reads their current values and never
 * dangles.  Getters return borrowed pointers, valid while the backend
 * holds them (until the next construct_backend or Initialize).
 */
#ifndef VB_IMPLICIT_H
#define VB_IMPLICIT_H

#include "vb_api.h"
#include "vb_array.h"

/* 1 for an implicit array (any of the three kinds), else 0 */
VB_API int vb_array_is_implicit(const vb_array *a);

/* vtkConstantArray: ConstructBackend(value) / GetConstantValue (the value
 * as the array's type). VB_ETYPE for another kind of array. */
VB_API int vb_constant_array_construct_backend(vb_array *a, double value);
VB_API double vb_constant_array_get_constant_value(const vb_array *a);

/* vtkAffineArray: ConstructBackend(slope, intercept) / GetSlope / GetIntercept */
VB_API int vb_affine_array_construct_backend(vb_array *a, double slope, double intercept);
VB_API double vb_affine_array_get_slope(const vb_array *a);
VB_API double vb_affine_array_get_intercept(const vb_array *a);

/* vtkStructuredPointArray: ConstructBackend(x, y, z, extent[, direction,
 * origin]): x, y, z data arrays (retained; NULL: none, reads 0), extent
 * i0 i1 j0 j1 k0 k1 (an empty axis: i1 < i0), dir 9 doubles row-major or
 * NULL (no matrix), origin: P0 (3 doubles, used with dir; NULL: the first
 * coordinates).  Sets the
 * array to 3 components and the extent's point count.  VB_EINVAL for an
 * array that is not one component, VB_EOVERFLOW for an extent past int64. */
VB_API int vb_structured_point_array_construct_backend(vb_array *a, vb_array *x, vb_array *y, vb_array *z,
                                                       const int ext[6], const double *dir,
                                                       const double *origin);
/* GetX/Y/ZCoordinates (axis 0, 1, 2): borrowed, NULL when unconstructed */
VB_API vb_array *vb_structured_point_array_get_coordinates(const vb_array *a, int axis);
VB_API int vb_structured_point_array_get_uses_direction_matrix(const vb_array *a);
/* the extent given at construction (0 0 0 -1 0 -1 when unconstructed) */
VB_API int vb_structured_point_array_get_extent(const vb_array *a, int ext[6]);

#endif
