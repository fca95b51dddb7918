/* vb_variant.h - vtkVariant: one value of any VTK scalar type, a string or an
 * object, and VTK 9.7.1's conversions between them.
 *
 * A vb_variant is a value the caller owns (stack or embedded); it is not a
 * vb_object.  Start with vb_variant_init (invalid: type VB_VOID) and end with
 * vb_variant_clear, which frees the string and releases the object.  A
 * string is copied (owned); an object is retained.
 *
 * Conversions (vb_variant_to_*), as VTK's To<Type>():
 *  - numbers convert as C does within the target's range; a value outside it
 *    (or NaN into an integer) gives 0 and *valid = 0 (VTK casts: a wrap or
 *    undefined behaviour, the one rule (b)/(d));
 *  - strings parse: integers as strtoll with base 0 ("0x10" is 16, "-4.7" is
 *    -4), reals as decimal numbers (leading blanks skipped; "0x10" is 0), a
 *    string that does not start with a number gives 0, invalid; char targets
 *    (char, signed char, unsigned char) take the code of the first character
 *    after blanks;
 *  - objects and invalid variants give 0, invalid.
 * vb_variant_to_string: integers in decimal, VB_CHAR and VB_SIGNED_CHAR as
 * their character, float/double as printf %g (VTK's default formatting),
 * strings as themselves, objects and invalid variants "" (invalid).
 */
#ifndef VB_VARIANT_H
#define VB_VARIANT_H

#include <stddef.h>
#include <stdint.h>

#include "vb_object.h"
#include "vb_scalar.h"

enum { VB_VARIANT_STRING = 13, VB_VARIANT_OBJECT = 21 }; /* VTK_STRING, VTK_OBJECT */

typedef struct vb_variant {
  int type;       /* VB_VOID (invalid), a scalar type id, VB_VARIANT_STRING, VB_VARIANT_OBJECT */
  vb_scalar num;  /* numbers: the value as the type holds it (INT, UINT or REAL) */
  char *s;        /* strings: owned, NUL-terminated */
  size_t len;     /* strings: bytes before the NUL */
  vb_object *obj; /* objects: retained */
} vb_variant;

VB_API void vb_variant_init(vb_variant *v);
VB_API void vb_variant_clear(vb_variant *v);
VB_API int vb_variant_copy(vb_variant *dst, const vb_variant *src); /* VB_ENOMEM: dst unchanged */

/* A number of `type` (VTK's vtkVariant(value, type)): VB_ETYPE for a type a
 * variant cannot hold (vtkIdType, bit: VTK makes those invalid); an integer
 * outside the type VB_ENOFIT; reals convert as the double interface does
 * (truncated, saturated). v is unchanged on failure. */
VB_API int vb_variant_set_number(vb_variant *v, int type, const vb_scalar *s);
VB_API int vb_variant_set_string(vb_variant *v, const char *s, size_t len); /* VB_ENOMEM */
VB_API void vb_variant_set_object(vb_variant *v, vb_object *o);             /* NULL: invalid */

VB_API int vb_variant_type(const vb_variant *v);           /* VB_VOID for NULL */
VB_API vb_object *vb_variant_object(const vb_variant *v); /* borrowed; NULL unless an object */
VB_API int vb_variant_is_valid(const vb_variant *v);
VB_API int vb_variant_is_numeric(const vb_variant *v);
/* "int", "double", "string", the object's class name, "void" when invalid */
VB_API const char *vb_variant_type_name(const vb_variant *v);

/* To<type>() for a scalar type: the value as that type would hold it
 * (INT/UINT/REAL scalar), *valid (may be NULL) 1 or 0. */
VB_API vb_scalar vb_variant_to(const vb_variant *v, int type, int *valid);
VB_API double vb_variant_to_double(const vb_variant *v, int *valid);
/* vb_variant_to for integer types as an int64 (64-bit unsigned values above
 * INT64_MAX come back as their two's complement: read them as uint64) */
VB_API int64_t vb_variant_to_i64(const vb_variant *v, int type, int *valid);
/* sizeof(vb_variant), for bindings that allocate one in foreign memory */
VB_API size_t vb_variant_size(void);
/* ToString: writes at most n bytes (NUL included), returns the full length
 * (as snprintf); strings are copied as they are (they may hold NULs). */
VB_API size_t vb_variant_to_string(const vb_variant *v, char *buf, size_t n);
/* VTK's ==, <: numbers compare as numbers, otherwise the ToString texts;
 * objects by identity; an invalid variant equals an invalid one and is less
 * than any valid one.  Returns <0, 0, >0. */
VB_API int vb_variant_compare(const vb_variant *a, const vb_variant *b);

#endif
