/* vb_types.h - VTK scalar type ids and the one table of their properties.
 *
 * Every binding reads its type maps from this table (vb_type_info /
 * vb_type_at) instead of keeping its own: C type, VTK id, size, limits,
 * NumPy dtype, buffer-protocol format and the VTK class names. */
#ifndef VB_TYPES_H
#define VB_TYPES_H

#include "vb_api.h"

#include <stddef.h>
#include <stdint.h>

/* Same numeric values as VTK's vtkType.h (VTK_FLOAT == 10, ...). */
enum {
  VB_VOID = 0,
  VB_BIT = 1, /* vtkBitArray (vb_array.h, vb_array_bit.c); not a row of the type table */
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

/* One row of the type table.  Every string is static (never freed). */
typedef struct vb_type_info {
  int id;                /* VB_FLOAT, ... */
  const char *vtk_name;  /* "VTK_FLOAT" (the VTK constant) */
  const char *c_name;    /* "float": GetDataTypeAsString, also a template key */
  const char *key;       /* canonical template key used in class names:
                            "float32", "int64", "char", "long", "vtkIdType" */
  const char *dtype;     /* NumPy dtype name of the storage ("int32" for a
                            4-byte long on wasm32) */
  const char *format;    /* buffer-protocol format character ("f", "q", ...) */
  const char *aos_class; /* "vtkFloatArray", "vtkIdTypeArray", ... */
  size_t size;           /* sizeof the C type as compiled */
  int is_integer;        /* char included */
  int is_signed;         /* float/double, id type, char when char is signed */
  int dtype_default;     /* 1: the type a dtype name selects (int64 -> long long,
                            not long or idtype; int8 -> signed char, not char) */
  double min, max;       /* value range (VTK's GetDataTypeMin/Max) */
} vb_type_info;

/* Row of a type id; NULL for an unknown id or VB_VOID. */
VB_API const vb_type_info *vb_type_info_of(int type);
/* Rows in table order, k in [0, vb_type_count()); NULL outside. */
VB_API int vb_type_count(void);
VB_API const vb_type_info *vb_type_at(int k);
/* Type id of a template key: a dtype name ("float64"), a C name
 * ("unsigned char", "vtkIdType"), a canonical key or a format character
 * ("d"); VB_VOID if unknown. */
VB_API int vb_type_from_key(const char *key);

/* Shorthands over vb_type_info_of (0 / NULL / 0.0 for an unknown type).
 * They also describe VB_BIT as VTK does (name "bit", size 0, integral,
 * unsigned, range [0, 1]), which has no table row: vb_type_is_valid is 0
 * for it (no vb_buffer or points of bits; vb_array_new takes it). */
VB_API size_t vb_type_size(int type);
VB_API const char *vb_type_name(int type); /* c_name */
VB_API int vb_type_is_valid(int type);
VB_API int vb_type_is_integer(int type);
VB_API int vb_type_is_signed(int type);
VB_API double vb_type_min(int type);
VB_API double vb_type_max(int type);

#endif
