/* vb_value_array_impl.h - private to vb_value_array*.c: the struct of
 * vtkStringArray / vtkVariantArray and its storage (vb_value_array.h). */
#ifndef VB_VALUE_ARRAY_IMPL_H
#define VB_VALUE_ARRAY_IMPL_H

#include "vb_internal.h"
#include "vb_names.h"
#include "vb_value_array.h"

/* the values, shared by shallow copies (refcounted); slots past MaxId are
 * kept (VTK keeps them too) until the storage shrinks */
typedef struct {
  long refs;
  vb_variant *v;
  int64_t cap;
} vb__vstore;

struct vb_value_array {
  vb_object obj;
  int type; /* VB_STRING_ARRAY / VB_VARIANT_ARRAY */
  int ncomp;
  int64_t max_id;
  vb__vstore *st; /* never NULL */
  char *name;
  vb__names comp_names; /* vtkAbstractArray::ComponentNames */
  unsigned max_discrete; /* MaxDiscreteValues: a setting only */
};

#define VA_CHECK(a) VB_CHECK((a) != NULL, VB_EINVAL, "array is NULL")

static inline int64_t vb__va_nvalues(const vb_value_array *a) {
  return a->max_id + 1 < a->st->cap ? a->max_id + 1 : a->st->cap;
}
/* storage for exactly n values (kept values moved, dropped ones cleared) */
int vb__va_set_cap(vb_value_array *a, int64_t n);
/* VTK ReserveTuples: capacity C tuples -> C + t when t > C */
int vb__va_reserve(vb_value_array *a, int64_t t);
/* values [i, i + n) addressable (grows as EnsureAccessToTuple), MaxId raised */
int vb__va_ensure(vb_value_array *a, int64_t last);
/* v as stored in a (string arrays: its text); dst cleared first */
int vb__va_convert(const vb_value_array *a, vb_variant *dst, const vb_variant *v);
int vb__va_check_src(const char *fn, const vb_value_array *dst, const vb_value_array *src);

#endif
