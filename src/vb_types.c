/* vb_types.c - the table of scalar types. */
#include "vb_internal.h"

#include <float.h>
#include <limits.h>

typedef struct {
  int type;
  size_t size;
  const char *name;
  int integer, is_signed;
  double min, max;
} type_info;

static const type_info types[] = {
    {VB_CHAR, sizeof(char), "char", 1, CHAR_MIN < 0, CHAR_MIN, CHAR_MAX},
    {VB_UNSIGNED_CHAR, sizeof(unsigned char), "unsigned char", 1, 0, 0, UCHAR_MAX},
    {VB_SHORT, sizeof(short), "short", 1, 1, SHRT_MIN, SHRT_MAX},
    {VB_UNSIGNED_SHORT, sizeof(unsigned short), "unsigned short", 1, 0, 0, USHRT_MAX},
    {VB_INT, sizeof(int), "int", 1, 1, INT_MIN, INT_MAX},
    {VB_UNSIGNED_INT, sizeof(unsigned int), "unsigned int", 1, 0, 0, (double)UINT_MAX},
    {VB_LONG, sizeof(long), "long", 1, 1, (double)LONG_MIN, (double)LONG_MAX},
    {VB_UNSIGNED_LONG, sizeof(unsigned long), "unsigned long", 1, 0, 0, (double)ULONG_MAX},
    {VB_FLOAT, sizeof(float), "float", 0, 1, -FLT_MAX, FLT_MAX},
    {VB_DOUBLE, sizeof(double), "double", 0, 1, -DBL_MAX, DBL_MAX},
    {VB_ID_TYPE, sizeof(vb_id), "idtype", 1, 1, (double)INT64_MIN, (double)INT64_MAX},
    {VB_SIGNED_CHAR, sizeof(signed char), "signed char", 1, 1, SCHAR_MIN, SCHAR_MAX},
    {VB_LONG_LONG, sizeof(long long), "long long", 1, 1, (double)LLONG_MIN, (double)LLONG_MAX},
    {VB_UNSIGNED_LONG_LONG, sizeof(unsigned long long), "unsigned long long", 1, 0, 0,
     (double)ULLONG_MAX},
};

static const type_info *info(int type) {
  size_t i;
  for (i = 0; i < sizeof types / sizeof types[0]; i++)
    if (types[i].type == type) return &types[i];
  return NULL;
}

size_t vb_type_size(int type) {
  const type_info *t = info(type);
  return t ? t->size : 0;
}

const char *vb_type_name(int type) {
  const type_info *t = info(type);
  return t ? t->name : NULL;
}

int vb_type_is_valid(int type) { return info(type) != NULL; }

int vb_type_is_integer(int type) {
  const type_info *t = info(type);
  return t ? t->integer : 0;
}

int vb_type_is_signed(int type) {
  const type_info *t = info(type);
  return t ? t->is_signed : 0;
}

double vb_type_min(int type) {
  const type_info *t = info(type);
  return t ? t->min : 0.0;
}

double vb_type_max(int type) {
  const type_info *t = info(type);
  return t ? t->max : 0.0;
}
