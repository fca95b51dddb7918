/* vb_span.h - bulk assignment: a span of values of any VTK element type
 * converted into an array's storage, checked before anything is written.
 *
 * The rule (VB_RULES_CAST) is NumPy's casting, as VTK 9.7's NumPy-native
 * arrays assign (`arr[:] = x` is `ndarray[:] = x` there), without the
 * conversions NumPy leaves wrapping or undefined:
 *   - into float/double: every number is converted as C converts it
 *     (rounding; a double beyond float's range is +-inf, as SetValue);
 *     only an integer beyond double (a BIG scalar of +-inf) is VB_ENOFIT;
 *   - into an integer type (char included): an integer is stored when it
 *     fits the type, else VB_ENOFIT (NumPy would wrap an integer array);
 *     a real is truncated toward zero (1.5 -> 1, -0.9 -> 0) when the
 *     truncated value fits, else VB_ENOFIT (+-inf included); NaN is
 *     VB_EDOMAIN (NumPy: ValueError for a scalar, an undefined C cast for
 *     an array);
 *   - a CHAR scalar is VB_ETYPE (a binding parses strings itself).
 * Every element is checked first; on refusal nothing is written, the
 * status is returned and vb_last_error() names the first refused element.
 *
 * Pointers: `src` (n elements of `stype`, or n scalars) is read only
 * during the call; `dst` (n elements of `dtype`) is written only after the
 * whole span passed.  dst and src may not overlap unless they are the same
 * pointer with the same type.  The caller owns both.  VB_BIT is not a span
 * type (VB_ETYPE): a bit array's bytes are VB_UNSIGNED_CHAR.
 */
#ifndef VB_SPAN_H
#define VB_SPAN_H

#include <stdint.h>

#include "vb_scalar.h"

enum { VB_RULES_CAST = 3 };

/* Check n elements of stype at src against dtype (VB_OK or the status of
 * the first refused element). */
VB_API int vb_span_check(int dtype, int stype, const void *src, int64_t n);

/* Check, then convert n elements of stype at src into dtype at dst. */
VB_API int vb_span_convert(int dtype, void *dst, int stype, const void *src, int64_t n);

/* The same for n tagged scalars (a binding's numbers one by one). */
VB_API int vb_span_convert_scalars(int dtype, void *dst, const vb_scalar *src, int64_t n);

#endif
