/* vb_scalar.h - one number as a binding received it, and VTK's rules for
 * storing it into a typed array.
 *
 * A binding only says what its language gave it (an integer, a float, a
 * one-character string, an integer beyond 64 bits); the core decides what
 * happens.  Two rule sets, as VTK's Python wrapping has them:
 *
 * VB_RULES_VALUE - SetValue, InsertValue, InsertNextValue, SetTypedComponent,
 *   item assignment:
 *   - integer arrays take integers exactly; an integer outside the type is
 *     VB_ENOFIT (Python OverflowError, JS RangeError); a REAL is VB_ETYPE
 *     (Python TypeError: "integer expected"), NaN and inf included;
 *   - char arrays (VB_CHAR) take CHAR only (a 1-character string, code
 *     0..255; another code or length is VB_EDOMAIN); anything else is
 *     VB_ETYPE;
 *   - float/double arrays take any INT/UINT/REAL/BIG as a C conversion to
 *     the type (1e300 -> inf in float32); a BIG beyond double is VB_ENOFIT,
 *     a CHAR is VB_ETYPE.
 * VB_RULES_DOUBLE - SetTuple*, SetComponent, InsertNextTuple*, InsertTuple*:
 *   VTK converts through double with a C cast (undefined out of range);
 *   vtkbuf saturates at the type's limits and stores NaN as 0 (a documented
 *   difference).  64-bit integer arrays (not scaled SOA) take INT/UINT
 *   exactly instead (VB_ENOFIT if outside the type, as the value API), so a
 *   vtkIdType survives the tuple API.  A CHAR is VB_ETYPE.
 *
 * Reading back (vb_scalar_load and the array getters): CHAR for char
 * arrays, INT for other integer types (UINT for 64-bit unsigned values),
 * REAL for float/double.  Under VB_RULES_DOUBLE every type reads as REAL,
 * 64-bit integer types included (VTK 9.7.1's GetTuple/GetComponent return
 * doubles); the value API reads them exactly.
 *
 * Bulk assignment (NumPy item/slice assignment, JS set) follows a third
 * rule set, VB_RULES_CAST (vb_span.h).
 */
#ifndef VB_SCALAR_H
#define VB_SCALAR_H

#include "vb_api.h"

#include <stdint.h>

typedef enum {
  VB_SCALAR_INT = 0,  /* v.i: an integer that fits int64 */
  VB_SCALAR_UINT = 1, /* v.u: a non-negative integer that fits uint64 */
  VB_SCALAR_REAL = 2, /* v.d: a floating-point number (Python float, a JS
                         number that is not an integer, NaN, +-inf) */
  VB_SCALAR_CHAR = 3, /* v.i: the code of a 1-character string; -1 for a
                         string of any other length (refused: VB_EDOMAIN
                         by char arrays, VB_ETYPE by the others) */
  VB_SCALAR_BIG = 4   /* v.d: an integer outside 64 bits, as the nearest
                         double (+-inf beyond the double range) */
} vb_scalar_kind;

enum { VB_RULES_VALUE = 0, VB_RULES_DOUBLE = 1 };

typedef struct vb_scalar {
  int kind; /* vb_scalar_kind */
  union {
    int64_t i;
    uint64_t u;
    double d;
  } v;
} vb_scalar;

/* Constructors (for C callers; bindings fill the struct directly). */
VB_API vb_scalar vb_scalar_int(int64_t i);
VB_API vb_scalar vb_scalar_uint(uint64_t u);
VB_API vb_scalar vb_scalar_real(double d);

/* Check s against `type` under `rules` (VB_OK, VB_ENOFIT, VB_ETYPE, with a
 * message naming the call `fn`, a VTK method name such as "SetValue" or NULL)
 * without storing anything. */
VB_API int vb_scalar_check(int type, int rules, const vb_scalar *s, const char *fn);

/* The scalar as a double (INT/UINT converted, REAL/BIG as is, CHAR its code). */
VB_API double vb_scalar_to_double(const vb_scalar *s);

#endif
