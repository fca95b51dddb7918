/* vb_abstract_array.c - what field data does with any vtkAbstractArray it
 * holds: a data array (vb_array) or a string / variant array
 * (vb_value_array).  Private helpers (vb_field_data_impl.h). */
#include "vb_field_data_impl.h"

#define ARR(o) vb_array_from_object((vb_object *)(o))
#define VAL(o) vb_value_array_from_object((vb_object *)(o))

int vb__aa_is(const vb_object *o) { return ARR(o) || VAL(o); }

const char *vb__aa_name(const vb_object *o) {
  return ARR(o) ? vb_array_get_name(ARR(o)) : vb_value_array_get_name(VAL(o));
}
int vb__aa_ncomp(const vb_object *o) {
  return ARR(o) ? vb_array_get_number_of_components(ARR(o)) : vb_value_array_get_number_of_components(VAL(o));
}
int64_t vb__aa_ntuples(const vb_object *o) {
  return ARR(o) ? vb_array_get_number_of_tuples(ARR(o)) : vb_value_array_get_number_of_tuples(VAL(o));
}
int vb__aa_set_ntuples(vb_object *o, int64_t n) {
  return ARR(o) ? vb_array_set_number_of_tuples(ARR(o), n) : vb_value_array_set_number_of_tuples(VAL(o), n);
}
int vb__aa_reserve(vb_object *o, int64_t n) {
  return ARR(o) ? vb_array_reserve_tuples(ARR(o), n) : vb_value_array_reserve_tuples(VAL(o), n);
}
int vb__aa_squeeze(vb_object *o) { return ARR(o) ? vb_array_squeeze(ARR(o)) : vb_value_array_squeeze(VAL(o)); }

int64_t vb__aa_kib(const vb_object *o) {
  return ARR(o) ? vb__array_kib(ARR(o)) : vb_value_array_get_actual_memory_size(VAL(o));
}

vb_object *vb__aa_like(const vb_object *o) {
  vb_value_array *v = VAL(o), *b;
  if (ARR(o)) return vb_array_object(vb__array_like(ARR(o)));
  if (!(b = vb_value_array_new(vb_value_array_type(v)))) return NULL;
  if (vb_value_array_set_number_of_components(b, vb_value_array_get_number_of_components(v)) != VB_OK ||
      vb_value_array_set_name(b, vb_value_array_get_name(v)) != VB_OK) {
    vb_value_array_release(b);
    return NULL;
  }
  return vb_value_array_object(b);
}

int vb__aa_deep_copy(vb_object *dst, const vb_object *src) {
  return ARR(dst) ? vb_array_deep_copy(ARR(dst), ARR(src)) : vb_value_array_deep_copy(VAL(dst), VAL(src));
}
