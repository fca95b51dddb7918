/* test_array_api.c - vb_array_edit.c and vb_array_info.c: fill, remove,
 * tuples from other arrays, interpolation, component names, type info,
 * sizes, ranges; every refused call leaves the array unchanged; allocation
 * failures are errors.  Expected values follow VTK 9.7.1 (the same cases
 * run against VTK in tests/conformance/snippets/array_api.py). */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>

#include "vb_test.h"

static const int layouts[] = {VB_LAYOUT_AOS, VB_LAYOUT_SOA, VB_LAYOUT_SCALED_SOA};

/* an array of n values 0, 1, ... (as doubles) with nc components */
static vb_array *seq(int type, int layout, int nc, int n) {
  vb_array *a = vb_array_new_layout(type, layout);
  int i;
  vb_array_set_number_of_components(a, nc);
  for (i = 0; i < n; i++) vb_array_insert_next_value(a, (double)i);
  return a;
}

static double val(const vb_array *a, int64_t i) {
  double d = -999.0;
  vb_array_get_value(a, i, &d);
  return d;
}

/* the values of a, as a checksum-like snapshot */
typedef struct {
  int64_t nv, size, maxid;
  double v[64];
} snap;
static snap take(const vb_array *a) {
  snap s;
  int64_t i;
  s.nv = vb_array_get_number_of_values(a);
  s.size = vb_array_get_size(a);
  s.maxid = vb_array_get_max_id(a);
  for (i = 0; i < s.nv && i < 64; i++) s.v[i] = val(a, i);
  return s;
}
static int same(const vb_array *a, const snap *s) {
  snap t = take(a);
  int64_t i;
  if (t.nv != s->nv || t.size != s->size || t.maxid != s->maxid) return 0;
  for (i = 0; i < t.nv && i < 64; i++)
    if (t.v[i] != s->v[i]) return 0;
  return 1;
}

TEST(test_fill) {
  int l;
  for (l = 0; l < 3; l++) {
    vb_array *a = seq(VB_FLOAT, layouts[l], 2, 6);
    vb_scalar s7 = vb_scalar_real(7.0), s35 = vb_scalar_real(3.5);
    CHECK_EQ_INT(vb_array_fill_s(a, VB_RULES_DOUBLE, &s7), VB_OK);
    CHECK_EQ_INT(vb_array_fill_component_s(a, 1, VB_RULES_DOUBLE, &s35), VB_OK);
    CHECK(val(a, 0) == 7.0 && val(a, 1) == 3.5 && val(a, 4) == 7.0 && val(a, 5) == 3.5);
    {
      snap s = take(a);
      CHECK_EQ_INT(vb_array_fill_component_s(a, 2, VB_RULES_DOUBLE, &s7), VB_ERANGE);
      CHECK_EQ_INT(vb_array_fill_component_s(a, -1, VB_RULES_DOUBLE, &s7), VB_ERANGE);
      CHECK_EQ_INT(vb_array_fill_s(a, 5, &s7), VB_EINVAL);
      CHECK_EQ_INT(vb_array_fill_s(a, VB_RULES_DOUBLE, NULL), VB_EINVAL);
      CHECK(same(a, &s));
    }
    vb_array_release(a);
  }
  { /* AOS fills a partial last tuple too (std::fill to MaxId) */
    vb_array *a = seq(VB_FLOAT, VB_LAYOUT_AOS, 2, 3);
    vb_scalar s9 = vb_scalar_real(9.0);
    vb_array_fill_s(a, VB_RULES_DOUBLE, &s9);
    CHECK(val(a, 2) == 9.0);
    vb_array_release(a);
  }
  { /* the value rules: out of range and fractions refused, array unchanged */
    vb_array *a = seq(VB_UNSIGNED_CHAR, VB_LAYOUT_AOS, 1, 2);
    vb_scalar big = vb_scalar_int(300), frac = vb_scalar_real(2.5), ok = vb_scalar_int(9);
    snap s = take(a);
    CHECK_EQ_INT(vb_array_fill_s(a, VB_RULES_VALUE, &big), VB_ENOFIT);
    CHECK_EQ_INT(vb_array_fill_component_s(a, 0, VB_RULES_VALUE, &frac), VB_ETYPE);
    CHECK(same(a, &s));
    CHECK_EQ_INT(vb_array_fill_component_s(a, 0, VB_RULES_VALUE, &ok), VB_OK);
    CHECK(val(a, 0) == 9.0 && val(a, 1) == 9.0);
    vb_array_release(a);
  }
  { /* bits */
    vb_array *a = vb_array_new(VB_BIT);
    vb_scalar one = vb_scalar_int(1);
    vb_array_set_number_of_values(a, 10);
    CHECK_EQ_INT(vb_array_fill_s(a, VB_RULES_DOUBLE, &one), VB_OK);
    CHECK(val(a, 0) == 1.0 && val(a, 9) == 1.0);
    vb_array_release(a);
  }
}

TEST(test_insert_component) {
  int types[] = {VB_FLOAT, VB_BIT, VB_INT};
  int k;
  for (k = 0; k < 3; k++) {
    vb_array *a = vb_array_new(types[k]);
    vb_scalar one = vb_scalar_int(1);
    vb_array_set_number_of_components(a, 3);
    CHECK_EQ_INT(vb_array_insert_one_component_s(a, 3, 0, VB_RULES_DOUBLE, &one), VB_OK);
    CHECK_EQ_INT(vb_array_get_max_id(a), 9); /* the component, not the tuple */
    CHECK_EQ_INT(vb_array_get_size(a), 12);
    CHECK_EQ_INT(vb_array_insert_one_component_s(a, 1, 2, VB_RULES_DOUBLE, &one), VB_OK);
    CHECK_EQ_INT(vb_array_get_max_id(a), 9);
    CHECK_EQ_INT(vb_array_insert_one_component_s(a, 5, 1, VB_RULES_DOUBLE, &one), VB_OK);
    CHECK_EQ_INT(vb_array_get_max_id(a), 16);
    CHECK_EQ_INT(vb_array_get_size(a), 30);
    CHECK(val(a, 16) == 1.0 && val(a, 5) == 1.0 && val(a, 9) == 1.0);
    {
      snap s = take(a);
      CHECK_EQ_INT(vb_array_insert_one_component_s(a, 0, 3, VB_RULES_DOUBLE, &one), VB_ERANGE);
      CHECK_EQ_INT(vb_array_insert_one_component_s(a, -1, 0, VB_RULES_DOUBLE, &one), VB_ERANGE);
      CHECK_EQ_INT(vb_array_insert_one_component_s(a, INT64_MAX / 2, 0, VB_RULES_DOUBLE, &one), VB_EOVERFLOW);
      CHECK(same(a, &s));
    }
    vb_array_release(a);
  }
}

TEST(test_copy_component) {
  vb_array *a = seq(VB_DOUBLE, VB_LAYOUT_AOS, 2, 6), *b = seq(VB_INT, VB_LAYOUT_SOA, 1, 3),
           *c = seq(VB_INT, VB_LAYOUT_AOS, 1, 2);
  snap s = take(a);
  CHECK_EQ_INT(vb_array_copy_component(a, 1, c, 0), VB_EINVAL); /* tuple counts */
  CHECK_EQ_INT(vb_array_copy_component(a, 2, b, 0), VB_ERANGE);
  CHECK_EQ_INT(vb_array_copy_component(a, 0, b, 1), VB_ERANGE);
  CHECK_EQ_INT(vb_array_copy_component(a, 0, NULL, 0), VB_EINVAL);
  CHECK(same(a, &s));
  CHECK_EQ_INT(vb_array_copy_component(a, 1, b, 0), VB_OK);
  CHECK(val(a, 1) == 0.0 && val(a, 3) == 1.0 && val(a, 5) == 2.0 && val(a, 4) == 4.0);
  CHECK_EQ_INT(vb_array_copy_component(a, 0, a, 1), VB_OK);
  CHECK(val(a, 4) == 2.0);
  vb_array_release(a);
  vb_array_release(b);
  vb_array_release(c);
}

TEST(test_remove) {
  int l;
  for (l = 0; l < 3; l++) {
    vb_array *a = seq(VB_FLOAT, layouts[l], 2, 8);
    int64_t cap = vb_array_get_size(a);
    snap s = take(a);
    CHECK_EQ_INT(vb_array_remove_tuple(a, 4), VB_ERANGE);
    CHECK_EQ_INT(vb_array_remove_tuple(a, -1), VB_ERANGE);
    CHECK(same(a, &s));
    CHECK_EQ_INT(vb_array_remove_tuple(a, 1), VB_OK);
    CHECK_EQ_INT(vb_array_get_number_of_tuples(a), 3);
    CHECK_EQ_INT(vb_array_get_size(a), cap); /* capacity kept */
    CHECK(val(a, 2) == 4.0 && val(a, 5) == 7.0);
    CHECK_EQ_INT(vb_array_remove_first_tuple(a), VB_OK);
    CHECK(val(a, 0) == 4.0);
    CHECK_EQ_INT(vb_array_remove_last_tuple(a), VB_OK); /* then Squeeze */
    CHECK_EQ_INT(vb_array_get_number_of_tuples(a), 1);
    CHECK_EQ_INT(vb_array_get_size(a), 2);
    CHECK_EQ_INT(vb_array_remove_tuple(a, 0), VB_OK); /* the last: RemoveLastTuple */
    CHECK_EQ_INT(vb_array_get_size(a), 0);
    CHECK_EQ_INT(vb_array_remove_last_tuple(a), VB_OK);
    CHECK_EQ_INT(vb_array_remove_first_tuple(a), VB_OK);
    CHECK_EQ_INT(vb_array_get_number_of_tuples(a), 0);
    vb_array_release(a);
  }
  { /* Reset keeps storage */
    vb_array *a = seq(VB_INT, VB_LAYOUT_AOS, 2, 6);
    int64_t cap = vb_array_get_size(a);
    CHECK_EQ_INT(vb_array_reset(a), VB_OK);
    CHECK_EQ_INT(vb_array_get_max_id(a), -1);
    CHECK_EQ_INT(vb_array_get_size(a), cap);
    vb_array_release(a);
  }
  { /* bits: only the last tuple */
    vb_array *a = seq(VB_BIT, VB_LAYOUT_AOS, 1, 5);
    snap s = take(a);
    CHECK_EQ_INT(vb_array_remove_tuple(a, 1), VB_ETYPE);
    CHECK(same(a, &s));
    CHECK_EQ_INT(vb_array_remove_tuple(a, 4), VB_OK);
    CHECK_EQ_INT(vb_array_get_number_of_values(a), 4);
    vb_array_release(a);
  }
}

TEST(test_tuples_from_arrays) {
  vb_array *s = seq(VB_FLOAT, VB_LAYOUT_AOS, 2, 6), *d = vb_array_new(VB_FLOAT), *o = vb_array_new(VB_DOUBLE),
           *w = seq(VB_FLOAT, VB_LAYOUT_AOS, 3, 3);
  int64_t dids[] = {5, 1}, sids[] = {0, 2}, bad[] = {0, 3}, idx;
  vb_array_set_number_of_components(d, 2);
  CHECK_EQ_INT(vb_array_insert_tuples(d, dids, sids, 2, s), VB_OK);
  CHECK_EQ_INT(vb_array_get_number_of_tuples(d), 6);
  CHECK(val(d, 10) == 0.0 && val(d, 11) == 1.0 && val(d, 2) == 4.0 && val(d, 3) == 5.0);
  {
    snap sn = take(d);
    CHECK_EQ_INT(vb_array_insert_tuples(d, dids, bad, 2, s), VB_ERANGE); /* source 3 missing */
    CHECK_EQ_INT(vb_array_insert_tuples(d, dids, sids, 2, w), VB_EINVAL); /* components */
    CHECK_EQ_INT(vb_array_insert_tuples(d, dids, NULL, 2, s), VB_EINVAL);
    CHECK_EQ_INT(vb_array_set_tuple_from(d, 6, s, 0), VB_ERANGE);
    CHECK_EQ_INT(vb_array_insert_tuples_range(d, -1, 1, 0, s), VB_ERANGE);
    CHECK(same(d, &sn));
  }
  CHECK_EQ_INT(vb_array_insert_tuples(d, NULL, NULL, 0, w), VB_OK); /* nothing, nothing checked */
  CHECK_EQ_INT(vb_array_insert_tuples_range(d, 0, 2, 1, s), VB_OK);
  CHECK(val(d, 0) == 2.0 && val(d, 3) == 5.0 && vb_array_get_number_of_tuples(d) == 6);
  CHECK_EQ_INT(vb_array_insert_tuples_starting_at(d, 7, sids, 2, s), VB_OK);
  CHECK_EQ_INT(vb_array_get_number_of_tuples(d), 9);
  CHECK(val(d, 16) == 4.0);
  CHECK_EQ_INT(vb_array_set_tuple_from(d, 0, s, 2), VB_OK);
  CHECK(val(d, 0) == 4.0);
  CHECK_EQ_INT(vb_array_insert_next_tuple_from(d, s, 1, &idx), VB_OK);
  CHECK_EQ_INT(idx, 9);
  CHECK(val(d, 19) == 3.0);
  /* GetTuples: into out's allocated tuples, out not grown */
  vb_array_set_number_of_components(o, 2);
  CHECK_EQ_INT(vb_array_get_tuples(s, sids, 2, o), VB_ERANGE);
  vb_array_set_number_of_tuples(o, 2);
  CHECK_EQ_INT(vb_array_get_tuples(s, sids, 2, o), VB_OK);
  CHECK(val(o, 0) == 0.0 && val(o, 2) == 4.0);
  CHECK_EQ_INT(vb_array_get_tuples_range(s, 1, 2, o), VB_OK);
  CHECK(val(o, 0) == 2.0 && val(o, 3) == 5.0);
  CHECK_EQ_INT(vb_array_get_tuples_range(s, 2, 1, o), VB_OK); /* empty range */
  CHECK_EQ_INT(vb_array_get_tuples_range(s, 0, 2, o), VB_ERANGE); /* 3 > 2 tuples */
  /* same array as source and destination */
  CHECK_EQ_INT(vb_array_insert_tuples_range(s, 3, 3, 0, s), VB_OK);
  CHECK_EQ_INT(vb_array_get_number_of_tuples(s), 6);
  CHECK(val(s, 6) == 0.0 && val(s, 11) == 5.0);
  /* across types: the double rules, exactly as SetTuple of the double API */
  {
    vb_array *u = vb_array_new(VB_UNSIGNED_CHAR), *ref = vb_array_new(VB_UNSIGNED_CHAR),
             *f = seq(VB_FLOAT, VB_LAYOUT_AOS, 1, 2);
    vb_scalar v300 = vb_scalar_real(300.0);
    int st1, st2;
    vb_array_set_value(f, 1, 300.0);
    vb_array_set_number_of_values(u, 1);
    vb_array_set_number_of_values(ref, 1);
    st1 = vb_array_set_tuple_from(u, 0, f, 1);
    st2 = vb_array_set_tuple_s(ref, 0, VB_RULES_DOUBLE, &v300);
    CHECK_EQ_INT(st1, st2);
    CHECK(val(u, 0) == val(ref, 0));
    vb_array_release(u);
    vb_array_release(ref);
    vb_array_release(f);
  }
  vb_array_release(s);
  vb_array_release(d);
  vb_array_release(o);
  vb_array_release(w);
}

TEST(test_interpolate) {
  vb_array *s = seq(VB_FLOAT, VB_LAYOUT_AOS, 2, 6), *i = vb_array_new(VB_INT), *u = vb_array_new(VB_UNSIGNED_CHAR);
  int64_t ids[] = {0, 2};
  double w[] = {0.25, 0.75};
  vb_array_set_number_of_components(i, 2);
  CHECK_EQ_INT(vb_array_interpolate_tuple(i, 0, ids, 2, s, w), VB_ETYPE);
  CHECK_EQ_INT(vb_array_get_number_of_tuples(i), 0);
  CHECK_EQ_INT(vb_array_interpolate_tuple(s, 3, ids, 2, s, w), VB_OK);
  CHECK(val(s, 6) == 3.0 && val(s, 7) == 4.0);
  CHECK_EQ_INT(vb_array_interpolate_tuple2(s, 4, 0, s, 2, s, 0.5), VB_OK);
  CHECK(val(s, 8) == 2.0 && val(s, 9) == 3.0);
  CHECK_EQ_INT(vb_array_interpolate_tuple2(s, 4, 0, s, 9, s, 0.5), VB_ERANGE);
  { /* integers: round half away from zero, clamp */
    vb_array *si = vb_array_new(VB_UNSIGNED_CHAR);
    int64_t two[] = {0, 1};
    double ww[] = {1.0, 1.0}, neg[] = {-1.0, 0.0};
    vb_array_insert_next_value(si, 200);
    vb_array_insert_next_value(si, 251);
    CHECK_EQ_INT(vb_array_interpolate_tuple(u, 0, two, 2, si, ww), VB_OK);
    CHECK_EQ_INT(vb_array_interpolate_tuple(u, 1, two, 2, si, neg), VB_OK);
    CHECK_EQ_INT(vb_array_interpolate_tuple2(u, 2, 0, si, 1, si, 0.5), VB_OK);
    CHECK(val(u, 0) == 255.0 && val(u, 1) == 0.0 && val(u, 2) == 226.0);
    vb_array_release(si);
  }
  vb_array_release(s);
  vb_array_release(i);
  vb_array_release(u);
}

TEST(test_component_names) {
  vb_array *a = vb_array_new(VB_FLOAT), *b = vb_array_new(VB_DOUBLE), *c = vb_array_new(VB_INT);
  int copied = -1;
  CHECK(!vb_array_has_a_component_name(a));
  CHECK_EQ_INT(vb_array_set_component_name(a, -1, "x"), VB_OK);
  CHECK_EQ_INT(vb_array_set_component_name(a, 0, NULL), VB_OK);
  CHECK(!vb_array_has_a_component_name(a));
  CHECK_EQ_INT(vb_array_set_component_name(a, 4, "w"), VB_OK);
  CHECK_EQ_INT(vb_array_set_component_name(a, 1, "y"), VB_OK);
  CHECK_EQ_INT(vb_array_set_component_name(a, 1, "yy"), VB_OK);
  CHECK(vb_array_has_a_component_name(a));
  CHECK(!vb_array_get_component_name(a, 0) && !vb_array_get_component_name(a, 5));
  CHECK(strcmp(vb_array_get_component_name(a, 1), "yy") == 0);
  CHECK_EQ_INT(vb_array_copy_component_names(b, a, &copied), VB_OK);
  CHECK_EQ_INT(copied, 1);
  CHECK(strcmp(vb_array_get_component_name(b, 4), "w") == 0);
  CHECK_EQ_INT(vb_array_copy_component_names(b, c, &copied), VB_OK); /* c has none */
  CHECK_EQ_INT(copied, 0);
  CHECK(vb_array_get_component_name(b, 4) != NULL);
  CHECK_EQ_INT(vb_array_copy_component_names(b, NULL, &copied), VB_OK);
  CHECK_EQ_INT(copied, 0);
  /* DeepCopy / ShallowCopy carry the name and the names */
  vb_array_set_name(a, "n");
  vb_array_set_name(c, "m");
  vb_array_set_component_name(c, 0, "q");
  CHECK_EQ_INT(vb_array_deep_copy(c, a), VB_OK);
  CHECK(strcmp(vb_array_get_name(c), "n") == 0 && strcmp(vb_array_get_component_name(c, 1), "yy") == 0);
  CHECK(vb_array_get_component_name(c, 0) == NULL);
  {
    vb_array *e = vb_array_new(VB_FLOAT);
    CHECK_EQ_INT(vb_array_shallow_copy(c, e), VB_OK); /* deep copy (types differ); no names in e */
    CHECK(vb_array_get_name(c) == NULL && vb_array_get_component_name(c, 1) != NULL);
    CHECK_EQ_INT(vb_array_shallow_copy(e, a), VB_OK);
    CHECK(strcmp(vb_array_get_name(e), "n") == 0 && strcmp(vb_array_get_component_name(e, 4), "w") == 0);
    vb_array_release(e);
  }
  vb_array_release(a);
  vb_array_release(b);
  vb_array_release(c);
}

TEST(test_info) {
  double r[2];
  vb_array *f = vb_array_new(VB_FLOAT), *b = vb_array_new(VB_BIT), *s = vb_array_new_soa(VB_DOUBLE),
           *k = vb_array_new_scaled_soa(VB_INT);
  CHECK_EQ_INT(vb_array_get_array_type(f), VB_ARRAY_TYPE_AOS);
  CHECK_EQ_INT(vb_array_get_array_type(b), VB_ARRAY_TYPE_BIT);
  CHECK_EQ_INT(vb_array_get_array_type(s), VB_ARRAY_TYPE_SOA);
  CHECK_EQ_INT(vb_array_get_array_type(k), VB_ARRAY_TYPE_SCALED_SOA);
  CHECK(strcmp(vb_array_get_array_type_as_string(s), "VTK_SOA_DATA_ARRAY") == 0);
  CHECK(vb_array_has_standard_memory_layout(f) && vb_array_has_standard_memory_layout(b) &&
        !vb_array_has_standard_memory_layout(s));
  CHECK(!vb_array_is_integral(f) && vb_array_is_integral(b) && vb_array_is_integral(k));
  vb_array_set_number_of_components(f, 3);
  vb_array_set_number_of_tuples(f, 100);
  CHECK_EQ_INT(vb_array_get_actual_memory_size(f), 2);
  CHECK_EQ_INT(vb_array_get_data_size(f), 300);
  vb_array_set_number_of_values(b, 20000);
  CHECK_EQ_INT(vb_array_get_actual_memory_size(b), 0);
  vb_array_get_data_type_range(VB_FLOAT, r);
  CHECK(r[0] == -(double)1.0e+38f && r[1] == (double)1.0e+38f);
  vb_array_get_data_type_range(VB_UNSIGNED_CHAR, r);
  CHECK(r[0] == 0.0 && r[1] == 255.0);
  vb_array_get_data_type_range(99, r);
  CHECK(r[0] == 0.0 && r[1] == 1.0);
  CHECK_EQ_INT(vb_array_get_data_type_range(VB_INT, NULL), VB_EINVAL);
  {
    vb_scalar v[2];
    vb_array *c = vb_array_new(VB_CHAR), *u = vb_array_new(VB_UNSIGNED_LONG_LONG);
    CHECK_EQ_INT(vb_array_get_data_type_value_range(c, v), VB_OK);
    CHECK(v[0].kind == VB_SCALAR_CHAR && v[0].v.i == 0x80 && v[1].v.i == 0x7f);
    CHECK_EQ_INT(vb_array_get_data_type_value_range(u, v), VB_OK);
    CHECK(v[0].kind == VB_SCALAR_INT && v[0].v.i == 0 && v[1].kind == VB_SCALAR_UINT && v[1].v.u == UINT64_MAX);
    CHECK_EQ_INT(vb_array_get_data_type_value_range(k, v), VB_OK); /* scaled int SOA: the int limits */
    CHECK(v[0].v.i == INT32_MIN && v[1].v.i == INT32_MAX);
    CHECK_EQ_INT(vb_array_get_data_type_value_range(b, v), VB_OK);
    CHECK(v[0].v.i == 0 && v[1].v.i == 1);
    vb_array_release(c);
    vb_array_release(u);
  }
  vb_array_release(f);
  vb_array_release(b);
  vb_array_release(s);
  vb_array_release(k);
}

TEST(test_ranges) {
  vb_array *a = vb_array_new(VB_DOUBLE);
  double r[2], v[] = {0, 0, INFINITY, -1, 2, -2, NAN, 5};
  int i;
  vb_array_set_number_of_components(a, 2);
  CHECK_EQ_INT(vb_array_get_finite_range(a, 0, r), VB_OK);
  CHECK(r[0] == 1e299 && r[1] == -1e299);
  CHECK(vb_array_get_max_norm(a) == 0.0);
  for (i = 0; i < 8; i++) vb_array_insert_next_value(a, v[i]);
  CHECK_EQ_INT(vb_array_get_finite_range(a, 0, r), VB_OK);
  CHECK(r[0] == 0.0 && r[1] == 2.0);
  CHECK_EQ_INT(vb_array_get_finite_range(a, 1, r), VB_OK);
  CHECK(r[0] == -2.0 && r[1] == 5.0);
  CHECK_EQ_INT(vb_array_get_finite_range(a, -1, r), VB_OK);
  CHECK(r[0] == 0.0 && fabs(r[1] - sqrt(8.0)) < 1e-12);
  CHECK_EQ_INT(vb_array_get_finite_range(a, 2, r), VB_ERANGE);
  CHECK(isnan(vb_array_get_max_norm(a))); /* std::max(norm, m): a NaN norm last wins (VTK) */
  vb_array_release(a);
}

TEST(test_enomem) {
  long k;
  for (k = 0; k < 6; k++) {
    vb_array *a = seq(VB_FLOAT, VB_LAYOUT_AOS, 2, 4), *b = vb_array_new(VB_FLOAT);
    snap s;
    int st;
    vb_array_set_name(a, "name");
    vb_array_set_component_name(a, 1, "y");
    vb_array_set_component_name(b, 0, "keep");
    s = take(b);
    vbt_alloc_fail_after(k);
    st = vb_array_deep_copy(b, a);
    vbt_alloc_reset();
    if (st != VB_OK) { /* refused: b unchanged */
      CHECK_EQ_INT(st, VB_ENOMEM);
      CHECK(same(b, &s) && vb_array_get_name(b) == NULL && strcmp(vb_array_get_component_name(b, 0), "keep") == 0);
    } else {
      CHECK(strcmp(vb_array_get_component_name(b, 1), "y") == 0);
    }
    vbt_alloc_fail_after(k);
    st = vb_array_set_component_name(b, 7, "z");
    vbt_alloc_reset();
    CHECK(st == VB_OK || (st == VB_ENOMEM && vb_array_get_component_name(b, 7) == NULL));
    vbt_alloc_fail_after(k);
    st = vb_array_insert_one_component_s(b, 1000, 0, VB_RULES_DOUBLE, &(vb_scalar){VB_SCALAR_REAL, {.d = 1.0}});
    vbt_alloc_reset();
    CHECK(st == VB_OK || (st == VB_ENOMEM && vb_array_get_max_id(b) < 1000));
    vb_array_release(a);
    vb_array_release(b);
  }
}

TEST(test_int64_tuples) {
  vb_array *a = vb_array_new(VB_INT), *f = vb_array_new(VB_FLOAT), *u = vb_array_new(VB_UNSIGNED_LONG_LONG),
           *d = vb_array_new(VB_DOUBLE), *e = vb_array_new(VB_FLOAT);
  int64_t o[2], big[2] = {5, (int64_t)1 << 40}, ok[2] = {5, -7};
  uint64_t uo[2], uv[2] = {5, 7};
  vb_array_set_number_of_components(a, 2);
  vb_array_insert_next_value(a, 0);
  vb_array_insert_next_value(a, 0);
  vb_array_insert_next_value(a, 1);
  vb_array_insert_next_value(a, -10);
  CHECK_EQ_INT(vb_array_get_integer_tuple(a, 1, o), VB_OK);
  CHECK(o[0] == 1 && o[1] == -10);
  CHECK_EQ_INT(vb_array_get_unsigned_tuple(a, 1, uo), VB_OK);
  CHECK(uo[1] == UINT64_MAX - 9); /* modulo 2^64 */
  CHECK_EQ_INT(vb_array_get_integer_tuple(a, 2, o), VB_ERANGE);
  {
    snap s = take(a);
    CHECK_EQ_INT(vb_array_set_integer_tuple(a, 0, big), VB_ENOFIT); /* VTK wraps: refused */
    CHECK(same(a, &s));
  }
  CHECK_EQ_INT(vb_array_set_integer_tuple(a, 0, ok), VB_OK);
  CHECK_EQ_INT(vb_array_set_unsigned_tuple(a, 1, uv), VB_OK);
  CHECK(val(a, 1) == -7.0 && val(a, 3) == 7.0);
  vb_array_insert_next_value(f, 2.7);
  vb_array_insert_next_value(f, -2.7);
  vb_array_insert_next_value(f, NAN);
  CHECK_EQ_INT(vb_array_get_integer_tuple(f, 1, o), VB_OK);
  CHECK(o[0] == -2);
  CHECK_EQ_INT(vb_array_get_integer_tuple(f, 2, o), VB_ENOFIT);
  CHECK_EQ_INT(vb_array_get_unsigned_tuple(f, 1, uo), VB_ENOFIT);
  vb_array_insert_next_value_s(u, &(vb_scalar){VB_SCALAR_UINT, {.u = UINT64_MAX}});
  CHECK_EQ_INT(vb_array_get_integer_tuple(u, 0, o), VB_OK);
  CHECK(o[0] == -1);
  CHECK_EQ_INT(vb_array_get_unsigned_tuple(u, 0, uo), VB_OK);
  CHECK(uo[0] == UINT64_MAX);
  /* GetData */
  CHECK_EQ_INT(vb_array_get_data(a, 0, 1, 1, 1, d), VB_OK);
  CHECK_EQ_INT(vb_array_get_number_of_values(d), 2);
  CHECK(val(d, 0) == -7.0 && val(d, 1) == 7.0);
  CHECK_EQ_INT(vb_array_get_data(a, 0, 1, 1, 1, e), VB_ETYPE);
  CHECK_EQ_INT(vb_array_get_data(a, 0, 2, 0, 1, d), VB_ERANGE);
  CHECK_EQ_INT(vb_array_get_data(a, 1, 0, 0, 1, d), VB_ERANGE);
  CHECK_EQ_INT(vb_array_get_data(a, 0, 0, 0, 2, d), VB_ERANGE);
  CHECK_EQ_INT(vb_array_get_data(d, 0, 0, 0, 0, d), VB_EINVAL);
  /* MaxDiscreteValues */
  CHECK_EQ_INT(vb_array_get_max_discrete_values(a), 32);
  CHECK_EQ_INT(vb_array_set_max_discrete_values(a, 5), VB_OK);
  CHECK_EQ_INT(vb_array_get_max_discrete_values(a), 5);
  vb_array_release(a);
  vb_array_release(f);
  vb_array_release(u);
  vb_array_release(d);
  vb_array_release(e);
}

TEST(test_raw_memory) {
  vb_array *a = seq(VB_FLOAT, VB_LAYOUT_AOS, 2, 6), *s = seq(VB_DOUBLE, VB_LAYOUT_SCALED_SOA, 2, 4),
           *b = seq(VB_BIT, VB_LAYOUT_AOS, 1, 3);
  float f[8];
  double d[4];
  unsigned char bits[1];
  void *p = NULL;
  CHECK_EQ_INT(vb_array_export_to(a, f, sizeof f), VB_OK);
  CHECK(f[0] == 0.0f && f[5] == 5.0f);
  CHECK_EQ_INT(vb_array_export_to(a, f, 5 * sizeof(float)), VB_ERANGE);
  vb_array_set_scale(s, 2.0);
  CHECK_EQ_INT(vb_array_export_to(s, d, sizeof d), VB_OK); /* raw x scale, interleaved */
  CHECK(d[0] == 0.0 && d[3] == 6.0);
  CHECK_EQ_INT(vb_array_export_to(b, bits, 1), VB_OK);
  CHECK(bits[0] == 0x60); /* 0, 1, 1 (2 is non-zero): MSB first */
  CHECK_EQ_INT(vb_array_write_pointer(a, 4, 4, &p), VB_OK);
  CHECK_EQ_INT(vb_array_get_number_of_values(a), 8);
  CHECK_EQ_INT(vb_array_get_size(a), 16);
  CHECK(p == (char *)vb_array_data(a) + 4 * sizeof(float));
  CHECK_EQ_INT(vb_array_write_pointer(s, 0, 1, &p), VB_ETYPE);
  CHECK_EQ_INT(vb_array_write_pointer(b, 0, 1, &p), VB_ETYPE);
  CHECK_EQ_INT(vb_array_write_pointer(a, -1, 1, &p), VB_ERANGE);
  vb_array_release(a);
  vb_array_release(s);
  vb_array_release(b);
}

int main(void) {
  RUN(test_fill);
  RUN(test_insert_component);
  RUN(test_copy_component);
  RUN(test_remove);
  RUN(test_tuples_from_arrays);
  RUN(test_interpolate);
  RUN(test_component_names);
  RUN(test_info);
  RUN(test_ranges);
  RUN(test_enomem);
  RUN(test_int64_tuples);
  RUN(test_raw_memory);
  return vb_test_done();
}
