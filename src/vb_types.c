/* vb_types.c - the table of scalar types (one X-macro row per VTK type). */
#include "vb_internal.h"

#include <float.h>
#include <limits.h>
#include <string.h>

#define IDTYPE(s, u) ((s) == 1 ? u "int8" : (s) == 2 ? u "int16" : (s) == 4 ? u "int32" : u "int64")

/* X(id, C type, VTK constant, C name, key, dtype, format, class, integer,
 *   signed, dtype default, min, max) */
#define VB_TYPE_TABLE(X)                                                                        \
  X(VB_CHAR, char, "VTK_CHAR", "char", "char", IDTYPE(sizeof(char), ""), "b", "vtkCharArray",   \
    1, CHAR_MIN < 0, 0, CHAR_MIN, CHAR_MAX)                                                     \
  X(VB_SIGNED_CHAR, signed char, "VTK_SIGNED_CHAR", "signed char", "int8", "int8", "b",          \
    "vtkSignedCharArray", 1, 1, 1, SCHAR_MIN, SCHAR_MAX)                                        \
  X(VB_UNSIGNED_CHAR, unsigned char, "VTK_UNSIGNED_CHAR", "unsigned char", "uint8", "uint8",     \
    "B", "vtkUnsignedCharArray", 1, 0, 1, 0, UCHAR_MAX)                                         \
  X(VB_SHORT, short, "VTK_SHORT", "short", "int16", "int16", "h", "vtkShortArray", 1, 1, 1,      \
    SHRT_MIN, SHRT_MAX)                                                                         \
  X(VB_UNSIGNED_SHORT, unsigned short, "VTK_UNSIGNED_SHORT", "unsigned short", "uint16",         \
    "uint16", "H", "vtkUnsignedShortArray", 1, 0, 1, 0, USHRT_MAX)                              \
  X(VB_INT, int, "VTK_INT", "int", "int32", "int32", "i", "vtkIntArray", 1, 1, 1, INT_MIN,       \
    INT_MAX)                                                                                    \
  X(VB_UNSIGNED_INT, unsigned int, "VTK_UNSIGNED_INT", "unsigned int", "uint32", "uint32", "I",  \
    "vtkUnsignedIntArray", 1, 0, 1, 0, (double)UINT_MAX)                                        \
  X(VB_LONG, long, "VTK_LONG", "long", "long", IDTYPE(sizeof(long), ""), "l", "vtkLongArray", 1, \
    1, 0, (double)LONG_MIN, (double)LONG_MAX)                                                   \
  X(VB_UNSIGNED_LONG, unsigned long, "VTK_UNSIGNED_LONG", "unsigned long", "unsigned long",      \
    IDTYPE(sizeof(long), "u"), "L", "vtkUnsignedLongArray", 1, 0, 0, 0, (double)ULONG_MAX)      \
  X(VB_LONG_LONG, long long, "VTK_LONG_LONG", "long long", "int64", "int64", "q",                \
    "vtkLongLongArray", 1, 1, 1, (double)LLONG_MIN, (double)LLONG_MAX)                          \
  X(VB_UNSIGNED_LONG_LONG, unsigned long long, "VTK_UNSIGNED_LONG_LONG", "unsigned long long",   \
    "uint64", "uint64", "Q", "vtkUnsignedLongLongArray", 1, 0, 1, 0, (double)ULLONG_MAX)        \
  X(VB_ID_TYPE, vb_id, "VTK_ID_TYPE", "idtype", "vtkIdType", "int64", "q", "vtkIdTypeArray", 1,  \
    1, 0, (double)INT64_MIN, (double)INT64_MAX)                                                 \
  X(VB_FLOAT, float, "VTK_FLOAT", "float", "float32", "float32", "f", "vtkFloatArray", 0, 1, 1,  \
    -FLT_MAX, FLT_MAX)                                                                          \
  X(VB_DOUBLE, double, "VTK_DOUBLE", "double", "float64", "float64", "d", "vtkDoubleArray", 0,   \
    1, 1, -DBL_MAX, DBL_MAX)

/* indexed by type id (unused slots have id 0); `order` lists the rows */
#define ROW(id, T, vtk, cname, key, dtype, fmt, cls, integer, sgn, dflt, lo, hi) \
  [id] = {id, vtk, cname, key, dtype, fmt, cls, sizeof(T), integer, sgn, dflt, lo, hi},
static const vb_type_info by_id[VB_UNSIGNED_LONG_LONG + 1] = {VB_TYPE_TABLE(ROW)};
#undef ROW
#define ID(id, ...) id,
static const int order[] = {VB_TYPE_TABLE(ID)};
#undef ID

#define NTYPES ((int)(sizeof order / sizeof order[0]))
#define ROW_AT(k) (&by_id[order[k]])

const vb_type_info *vb_type_info_of(int type) {
  if (type <= 0 || type > VB_UNSIGNED_LONG_LONG || by_id[type].id != type) return NULL;
  return &by_id[type];
}

int vb_type_count(void) { return NTYPES; }
const vb_type_info *vb_type_at(int k) { return k >= 0 && k < NTYPES ? ROW_AT(k) : NULL; }

int vb_type_from_key(const char *key) {
  int k;
  if (!key) return VB_VOID;
  if (strcmp(key, "vtkIdType") == 0) return VB_ID_TYPE;
  for (k = 0; k < NTYPES; k++) /* dtype names select the dtype-default row */
    if (ROW_AT(k)->dtype_default && strcmp(key, ROW_AT(k)->dtype) == 0) return order[k];
  for (k = 0; k < NTYPES; k++)
    if (strcmp(key, ROW_AT(k)->c_name) == 0 || strcmp(key, ROW_AT(k)->key) == 0) return order[k];
  for (k = 0; k < NTYPES; k++) /* format characters ("q": long long; "l"/"L": long) */
    if (ROW_AT(k)->dtype_default && strcmp(key, ROW_AT(k)->format) == 0) return order[k];
  if (strcmp(key, "l") == 0) return VB_LONG;
  if (strcmp(key, "L") == 0) return VB_UNSIGNED_LONG;
  return VB_VOID;
}

/* VB_BIT (vtkBitArray) is not a row of the table (there are no bit buffers or
 * points); the shorthands describe it as VTK does: "bit", size 0 (8 values
 * per byte), integral, unsigned, range [0, 1]. */
static const vb_type_info bit_row = {VB_BIT, "VTK_BIT", "bit", "bit", "uint8", "B", "vtkBitArray",
                                     0, 1, 0, 0, 0.0, 1.0};
static const vb_type_info *describe(int type) {
  return type == VB_BIT ? &bit_row : vb_type_info_of(type);
}

size_t vb_type_size(int type) {
  const vb_type_info *t = describe(type);
  return t ? t->size : 0;
}
const char *vb_type_name(int type) {
  const vb_type_info *t = describe(type);
  return t ? t->c_name : NULL;
}
int vb_type_is_valid(int type) { return vb_type_info_of(type) != NULL; }
int vb_type_is_integer(int type) {
  const vb_type_info *t = describe(type);
  return t ? t->is_integer : 0;
}
int vb_type_is_signed(int type) {
  const vb_type_info *t = describe(type);
  return t ? t->is_signed : 0;
}
double vb_type_min(int type) {
  const vb_type_info *t = describe(type);
  return t ? t->min : 0.0;
}
double vb_type_max(int type) {
  const vb_type_info *t = describe(type);
  return t ? t->max : 0.0;
}
