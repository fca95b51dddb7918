/* vb_types.h - VTK scalar type ids and their C properties. */
#ifndef VB_TYPES_H
#define VB_TYPES_H

#include <stddef.h>
#include <stdint.h>

/* Same numeric values as VTK's vtkType.h (VTK_FLOAT == 10, ...). */
enum {
  VB_VOID = 0,
  VB_CHAR = 2,
  VB_UNSIGNED_CHAR = 3,
  VB_SHORT = 4,
  VB_UNSIGNED_SHORT = 5,
  VB_INT = 6,
  VB_UNSIGNED_INT = 7,
  VB_LONG = 8,
  VB_UNSIGNED_LONG = 9,
  VB_FLOAT = 10,
  VB_DOUBLE = 11,
  VB_ID_TYPE = 12,
  VB_SIGNED_CHAR = 15,
  VB_LONG_LONG = 16,
  VB_UNSIGNED_LONG_LONG = 17
};

/* vtkIdType: 64-bit on every platform, including wasm32. */
typedef int64_t vb_id;

/* sizeof the C type (char, long, ... as compiled; long is 4 bytes on wasm32),
 * 0 for an unknown type or VB_VOID. */
size_t vb_type_size(int type);

/* C spelling of the type as VTK names it: "char", "unsigned char", "float",
 * "double", "idtype", "long long", ...; NULL if unknown. Static string. */
const char *vb_type_name(int type);

/* 1 for the 14 scalar types above (not VB_VOID), else 0. */
int vb_type_is_valid(int type);

/* 1 for integer types (char included), 0 for float/double/unknown. */
int vb_type_is_integer(int type);

/* 1 for signed types (float/double, id type, and char if char is signed). */
int vb_type_is_signed(int type);

/* Value range of the type as doubles (VTK's GetDataTypeMin/Max). */
double vb_type_min(int type);
double vb_type_max(int type);

#endif
