/* test_array.c - AOS / SOA / scaled SOA arrays: VTK semantics, values,
 * copies, buffers, BufferChangedEvent table, errors, export safety. */
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>

#include "vb_test.h"

static const int all_types[] = {VB_CHAR, VB_UNSIGNED_CHAR, VB_SHORT, VB_UNSIGNED_SHORT, VB_INT,
                                VB_UNSIGNED_INT, VB_LONG, VB_UNSIGNED_LONG, VB_FLOAT, VB_DOUBLE,
                                VB_ID_TYPE, VB_SIGNED_CHAR, VB_LONG_LONG, VB_UNSIGNED_LONG_LONG};
#define NTYPES (int)(sizeof all_types / sizeof all_types[0])
static const int layouts[] = {VB_LAYOUT_AOS, VB_LAYOUT_SOA, VB_LAYOUT_SCALED_SOA};

/* 64-bit tuples through the tagged double API (VB_RULES_DOUBLE: exact for
 * 64-bit integer arrays); n <= 4 components here */
static int tup_i64(int (*f)(vb_array *, int64_t, int, const vb_scalar *), vb_array *a, int64_t t,
                   const int64_t *v) {
  vb_scalar s[4];
  int c, n = a ? vb_array_get_number_of_components(a) : 1;
  if (!v) return f(a, t, VB_RULES_DOUBLE, NULL);
  for (c = 0; c < n && c < 4; c++) s[c] = vb_scalar_int(v[c]);
  return f(a, t, VB_RULES_DOUBLE, s);
}
static int tup_u64(int (*f)(vb_array *, int64_t, int, const vb_scalar *), vb_array *a, int64_t t,
                   const uint64_t *v) {
  vb_scalar s[4];
  int c, n = a ? vb_array_get_number_of_components(a) : 1;
  if (!v) return f(a, t, VB_RULES_DOUBLE, NULL);
  for (c = 0; c < n && c < 4; c++) s[c] = vb_scalar_uint(v[c]);
  return f(a, t, VB_RULES_DOUBLE, s);
}
static int next_s(vb_array *a, int64_t t, int rules, const vb_scalar *v) {
  (void)t;
  return vb_array_insert_next_tuple_s(a, rules, v);
}
#define vb_array_set_tuple_i64(a, t, v) tup_i64(vb_array_set_tuple_s, a, t, v)
#define vb_array_set_tuple_u64(a, t, v) tup_u64(vb_array_set_tuple_s, a, t, v)
#define vb_array_insert_tuple_i64(a, t, v) tup_i64(vb_array_insert_tuple_s, a, t, v)
#define vb_array_insert_tuple_u64(a, t, v) tup_u64(vb_array_insert_tuple_s, a, t, v)
#define vb_array_insert_next_tuple_i64(a, v) tup_i64(next_s, a, 0, v)
#define vb_array_insert_next_tuple_u64(a, v) tup_u64(next_s, a, 0, v)
/* read back exactly: the value rules (the double rules read every type as REAL, as VTK) */
static int get_tuple_i64(const vb_array *a, int64_t t, int64_t *out) {
  vb_scalar s[4];
  int c, st = vb_array_get_tuple_s(a, t, VB_RULES_VALUE, out ? s : NULL);
  for (c = 0; st == VB_OK && c < vb_array_get_number_of_components(a) && c < 4; c++)
    out[c] = s[c].kind == VB_SCALAR_REAL ? (int64_t)s[c].v.d : s[c].v.i;
  return st;
}
static int get_tuple_u64(const vb_array *a, int64_t t, uint64_t *out) {
  vb_scalar s[4];
  int c, st = vb_array_get_tuple_s(a, t, VB_RULES_VALUE, out ? s : NULL);
  for (c = 0; st == VB_OK && c < vb_array_get_number_of_components(a) && c < 4; c++)
    out[c] = s[c].kind == VB_SCALAR_REAL ? (s[c].v.d >= 18446744073709551615.0 ? UINT64_MAX : (uint64_t)s[c].v.d) : s[c].v.u;
  return st;
}
#define vb_array_get_tuple_i64 get_tuple_i64
#define vb_array_get_tuple_u64 get_tuple_u64
static int get_value_u64(const vb_array *a, int64_t i, uint64_t *out) {
  vb_scalar s;
  int st = vb_array_get_value_s(a, i, &s);
  if (st == VB_OK) *out = s.v.u;
  return st;
}
static int set_value_u64(vb_array *a, int64_t i, uint64_t v) {
  vb_scalar s = vb_scalar_uint(v);
  return vb_array_set_value_s(a, i, &s);
}
static int insert_next_value_u64(vb_array *a, uint64_t v) {
  vb_scalar s = vb_scalar_uint(v);
  return vb_array_insert_next_value_s(a, &s);
}
#define vb_array_get_value_u64 get_value_u64
#define vb_array_set_value_u64 set_value_u64
#define vb_array_insert_next_value_u64 insert_next_value_u64

static int nevents;
static void count_event(vb_object *o, unsigned long ev, void *cd, void *ud) {
  (void)o; (void)cd; (void)ud;
  if (ev == VB_BUFFER_CHANGED_EVENT) nevents++;
}

TEST(test_all_types_and_layouts) {
  int t, l;
  for (l = 0; l < 3; l++)
    for (t = 0; t < NTYPES; t++) {
      vb_array *a = vb_array_new_layout(all_types[t], layouts[l]);
      double tup[3] = {1, 2, 3}, out[3] = {0, 0, 0}, v;
      int64_t i;
      CHECK(a != NULL);
      if (!a) continue;
      CHECK_EQ_INT(vb_array_layout(a), layouts[l]);
      CHECK_EQ_INT(vb_array_type(a), all_types[t]);
      CHECK_EQ_INT(vb_array_elem_size(a), vb_type_size(all_types[t]));
      CHECK(vb_array_class_name(a) != NULL);
      CHECK(vb_array_from_object(vb_array_object(a)) == a);
      CHECK(vb_buffer_from_object(vb_array_object(a)) == NULL);
      CHECK_EQ_INT(vb_array_get_number_of_components(a), 1);
      CHECK_EQ_INT(vb_array_set_number_of_components(a, 3), VB_OK);
      CHECK_EQ_INT(vb_array_set_number_of_tuples(a, 100), VB_OK);
      CHECK_EQ_INT(vb_array_get_number_of_tuples(a), 100);
      CHECK_EQ_INT(vb_array_get_number_of_values(a), 300);
      CHECK_EQ_INT(vb_array_get_size(a), 300);
      if (layouts[l] == VB_LAYOUT_AOS) {
        CHECK_EQ_INT(vb_buffer_count(vb_array_get_buffer(a)), 300);
        CHECK(vb_array_get_component_buffer(a, 0) == NULL);
      } else {
        CHECK_EQ_INT(vb_buffer_count(vb_array_get_component_buffer(a, 2)), 100);
        CHECK(vb_array_get_buffer(a) == NULL);
        CHECK_EQ_INT(vb_last_status(), VB_ETYPE);
      }
      for (i = 0; i < 100; i++) CHECK_EQ_INT(vb_array_set_tuple(a, i, tup), VB_OK);
      CHECK_EQ_INT(vb_array_get_tuple(a, 99, out), VB_OK);
      CHECK(out[0] == 1 && out[1] == 2 && out[2] == 3);
      CHECK_EQ_INT(vb_array_insert_next_tuple(a, tup), VB_OK);
      CHECK_EQ_INT(vb_array_get_number_of_tuples(a), 101);
      CHECK_EQ_INT(vb_array_get_size(a), 3 * (100 + 101)); /* VTK: old + requested */
      CHECK_EQ_INT(vb_array_get_component(a, 100, 2, &v), VB_OK);
      CHECK(v == 3);
      CHECK_EQ_INT(vb_array_set_component(a, 100, 1, 7), VB_OK);
      CHECK_EQ_INT(vb_array_get_value(a, 301, &v), VB_OK);
      CHECK(v == 7);
      CHECK_EQ_INT(vb_array_squeeze(a), VB_OK);
      CHECK_EQ_INT(vb_array_get_size(a), 303);
      CHECK_EQ_INT(vb_array_get_value(a, 301, &v), VB_OK);
      CHECK(v == 7);
      CHECK_EQ_INT(vb_array_initialize(a), VB_OK);
      CHECK_EQ_INT(vb_array_get_size(a), 0);
      CHECK_EQ_INT(vb_array_get_number_of_values(a), 0);
      CHECK_EQ_INT(vb_array_get_number_of_components(a), 3);
      vb_array_release(a);
    }
}

TEST(test_class_names) {
  vb_array *a = vb_array_new(VB_FLOAT), *b = vb_array_new(VB_ID_TYPE), *c = vb_array_new_soa(VB_INT),
           *d = vb_array_new_scaled_soa(VB_SHORT);
  CHECK(strcmp(vb_array_class_name(a), "vtkFloatArray") == 0);
  CHECK(strcmp(vb_array_class_name(b), "vtkIdTypeArray") == 0);
  CHECK(strcmp(vb_array_class_name(c), "vtkSOADataArrayTemplate") == 0);
  CHECK(strcmp(vb_array_class_name(d), "vtkScaledSOADataArrayTemplate") == 0);
  vb_array_release(a); vb_array_release(b); vb_array_release(c); vb_array_release(d);
}

TEST(test_growth_policy) {
  vb_array *a = vb_array_new(VB_FLOAT);
  int64_t i, reallocs = 0, last = -1;
  vb_object_add_observer(vb_array_object(a), VB_BUFFER_CHANGED_EVENT, count_event, NULL, NULL);
  nevents = 0;
  for (i = 0; i < 100000; i++) {
    CHECK_EQ_INT(vb_array_insert_next_value(a, (double)i), VB_OK);
    if (vb_array_get_size(a) != last) { reallocs++; last = vb_array_get_size(a); }
  }
  CHECK_EQ_INT(vb_array_get_number_of_values(a), 100000);
  CHECK(reallocs <= 20); /* capacity at least doubles: amortized O(1) */
  CHECK_EQ_INT(nevents, reallocs);
  {
    double v;
    CHECK_EQ_INT(vb_array_get_value(a, 99999, &v), VB_OK);
    CHECK(v == 99999.0);
  }
  /* SetNumberOfValues: grow to old + new (VTK Resize), shrink exactly */
  CHECK_EQ_INT(vb_array_initialize(a), VB_OK);
  CHECK_EQ_INT(vb_array_set_number_of_values(a, 10), VB_OK);
  CHECK_EQ_INT(vb_array_get_size(a), 10);
  CHECK_EQ_INT(vb_array_set_number_of_values(a, 1000), VB_OK);
  CHECK_EQ_INT(vb_array_get_size(a), 1010);
  CHECK_EQ_INT(vb_array_get_number_of_values(a), 1000);
  CHECK_EQ_INT(vb_array_set_number_of_values(a, 5), VB_OK);
  CHECK_EQ_INT(vb_array_get_size(a), 5);
  /* Allocate: MaxId -1, storage only grows (or 0 releases) */
  CHECK_EQ_INT(vb_array_allocate(a, 3, 0), VB_OK);
  CHECK_EQ_INT(vb_array_get_size(a), 5);
  CHECK_EQ_INT(vb_array_get_number_of_values(a), 0);
  CHECK_EQ_INT(vb_array_allocate(a, 50, 0), VB_OK);
  CHECK_EQ_INT(vb_array_get_size(a), 50);
  CHECK_EQ_INT(vb_array_allocate(a, 0, 0), VB_OK);
  CHECK_EQ_INT(vb_array_get_size(a), 0);
  /* ReserveTuples keeps data and MaxId */
  vb_array_set_number_of_components(a, 2);
  vb_array_set_number_of_tuples(a, 3);
  vb_array_set_value(a, 5, 42);
  CHECK_EQ_INT(vb_array_reserve_tuples(a, 100), VB_OK); /* VTK 9.7: 3 + 100 tuples */
  CHECK_EQ_INT(vb_array_get_size(a), 206);
  CHECK_EQ_INT(vb_array_get_number_of_tuples(a), 3);
  {
    double v;
    vb_array_get_value(a, 5, &v);
    CHECK(v == 42);
  }
  CHECK_EQ_INT(vb_array_reserve_tuples(a, 10), VB_OK);
  CHECK_EQ_INT(vb_array_get_size(a), 206);
  /* Resize below MaxId clamps */
  CHECK_EQ_INT(vb_array_resize(a, 1), VB_OK);
  CHECK_EQ_INT(vb_array_get_number_of_values(a), 2);
  /* insert_value beyond the end grows, zero fills */
  CHECK_EQ_INT(vb_array_insert_value(a, 9, 1.5), VB_OK);
  CHECK_EQ_INT(vb_array_get_number_of_values(a), 10);
  {
    double v;
    vb_array_get_value(a, 8, &v);
    CHECK(v == 0);
    vb_array_get_value(a, 9, &v);
    CHECK(v == 1.5);
  }
  vb_array_release(a);
}

TEST(test_int64_exact) {
  vb_array *a = vb_array_new(VB_UNSIGNED_LONG_LONG), *b = vb_array_new(VB_ID_TYPE),
           *c = vb_array_new_soa(VB_UNSIGNED_LONG_LONG), *d = vb_array_new(VB_LONG_LONG);
  uint64_t u;
  int64_t s;
  double v;
  CHECK_EQ_INT(vb_array_insert_next_value_u64(a, UINT64_MAX), VB_OK);
  CHECK_EQ_INT(vb_array_insert_next_value_u64(a, UINT64_MAX - 1), VB_OK);
  CHECK_EQ_INT(vb_array_get_value_u64(a, 0, &u), VB_OK);
  CHECK(u == UINT64_MAX);
  CHECK_EQ_INT(vb_array_get_value_u64(a, 1, &u), VB_OK);
  CHECK(u == UINT64_MAX - 1);
  CHECK_EQ_INT(vb_array_insert_next_value_i64(b, INT64_MIN), VB_OK);
  CHECK_EQ_INT(vb_array_insert_next_value_i64(b, INT64_MAX), VB_OK);
  CHECK_EQ_INT(vb_array_get_value_i64(b, 0, &s), VB_OK);
  CHECK(s == INT64_MIN);
  CHECK_EQ_INT(vb_array_get_value_i64(b, 1, &s), VB_OK);
  CHECK(s == INT64_MAX);
  CHECK_EQ_INT(vb_array_set_value_u64(a, 1, 12345678901234567891ull), VB_OK);
  CHECK_EQ_INT(vb_array_get_value_u64(a, 1, &u), VB_OK);
  CHECK(u == 12345678901234567891ull);
  /* deep copy between integer arrays and layouts is exact */
  CHECK_EQ_INT(vb_array_deep_copy(c, a), VB_OK);
  CHECK_EQ_INT(vb_array_get_value_u64(c, 0, &u), VB_OK);
  CHECK(u == UINT64_MAX);
  CHECK_EQ_INT(vb_array_deep_copy(d, b), VB_OK);
  CHECK_EQ_INT(vb_array_get_value_i64(d, 0, &s), VB_OK);
  CHECK(s == INT64_MIN);
  /* double interface saturates instead of UB */
  CHECK_EQ_INT(vb_array_set_value(b, 0, 1e300), VB_OK);
  CHECK_EQ_INT(vb_array_get_value_i64(b, 0, &s), VB_OK);
  CHECK(s == INT64_MAX);
  CHECK_EQ_INT(vb_array_set_value(b, 0, NAN), VB_OK);
  CHECK_EQ_INT(vb_array_get_value(b, 0, &v), VB_OK);
  CHECK(v == 0);
  CHECK_EQ_INT(vb_array_set_value(a, 0, -5.0), VB_OK);
  CHECK_EQ_INT(vb_array_get_value_u64(a, 0, &u), VB_OK);
  CHECK(u == 0);
  {
    vb_array *ch = vb_array_new(VB_UNSIGNED_CHAR);
    vb_array_insert_next_value(ch, 300.0); /* the double interface saturates */
    /* the value API refuses an integer outside the type, array unchanged */
    CHECK_EQ_INT(vb_array_insert_next_value_i64(ch, 300), VB_ENOFIT);
    CHECK_EQ_INT(vb_array_get_number_of_values(ch), 1);
    vb_array_get_value(ch, 0, &v);
    CHECK(v == 255);
    vb_array_release(ch);
  }
  vb_array_release(a); vb_array_release(b); vb_array_release(c); vb_array_release(d);
}

TEST(test_tuple_64bit_exact) {
  /* int64 min / uint64 max (and neighbours that double cannot hold) round-trip
   * through every tuple entry point, for each type wide enough */
  static const int stypes[] = {VB_LONG_LONG, VB_ID_TYPE, VB_LONG};
  const int64_t smin[3] = {INT64_MIN, INT64_MAX, -((int64_t)1 << 53) - 1};
  const uint64_t umax[3] = {UINT64_MAX, UINT64_MAX - 1, ((uint64_t)1 << 53) + 1};
  int64_t si[3];
  uint64_t ui[3];
  double d[3];
  size_t k;
  int j;
  for (k = 0; k < sizeof stypes / sizeof stypes[0]; k++) {
    vb_array *a;
    if (vb_type_size(stypes[k]) != 8) continue; /* long on wasm32 */
    a = vb_array_new(stypes[k]);
    vb_array_set_number_of_components(a, 3);
    CHECK_EQ_INT(vb_array_insert_next_tuple_i64(a, smin), VB_OK);
    CHECK_EQ_INT(vb_array_insert_tuple_i64(a, 3, smin), VB_OK); /* grows, tuples 1-2 zero */
    CHECK_EQ_INT(vb_array_get_number_of_tuples(a), 4);
    CHECK_EQ_INT(vb_array_set_tuple_i64(a, 1, smin), VB_OK);
    for (j = 0; j < 4; j++) {
      memset(si, 0, sizeof si);
      CHECK_EQ_INT(vb_array_get_tuple_i64(a, j, si), VB_OK);
      if (j == 2) CHECK(si[0] == 0 && si[1] == 0 && si[2] == 0);
      else CHECK(si[0] == INT64_MIN && si[1] == INT64_MAX && si[2] == smin[2]);
    }
    CHECK_EQ_INT(vb_array_get_tuple(a, 0, d), VB_OK); /* the double form rounds */
    CHECK(d[2] == -9007199254740992.0);
    vb_array_release(a);
  }
  {
    static const int utypes[] = {VB_UNSIGNED_LONG_LONG, VB_UNSIGNED_LONG};
    for (k = 0; k < 2; k++) {
      vb_array *a;
      if (vb_type_size(utypes[k]) != 8) continue;
      a = vb_array_new(utypes[k]);
      vb_array_set_number_of_components(a, 3);
      CHECK_EQ_INT(vb_array_insert_next_tuple_u64(a, umax), VB_OK);
      CHECK_EQ_INT(vb_array_insert_tuple_u64(a, 1, umax), VB_OK);
      CHECK_EQ_INT(vb_array_set_tuple_u64(a, 1, umax), VB_OK);
      for (j = 0; j < 2; j++) {
        memset(ui, 0, sizeof ui);
        CHECK_EQ_INT(vb_array_get_tuple_u64(a, j, ui), VB_OK);
        CHECK(ui[0] == UINT64_MAX && ui[1] == UINT64_MAX - 1 && ui[2] == umax[2]);
      }
      vb_array_release(a);
    }
  }
  /* narrower integer types: the double API saturates, the value API refuses */
  {
    vb_array *c = vb_array_new(VB_UNSIGNED_CHAR), *f = vb_array_new(VB_DOUBLE), *fl = vb_array_new(VB_FLOAT);
    const int64_t v[1] = {300};
    const uint64_t big[1] = {UINT64_MAX};
    int64_t o = 0;
    CHECK_EQ_INT(vb_array_insert_next_tuple_i64(c, v), VB_OK);
    CHECK_EQ_INT(vb_array_get_value_i64(c, 0, &o), VB_OK);
    CHECK_EQ_INT(o, 255);
    CHECK_EQ_INT(vb_array_insert_next_value_i64(c, 300), VB_ENOFIT);
    CHECK_EQ_INT(vb_array_get_number_of_values(c), 1);
    /* float types convert */
    CHECK_EQ_INT(vb_array_insert_next_tuple_u64(f, big), VB_OK);
    CHECK_EQ_INT(vb_array_get_tuple(f, 0, d), VB_OK);
    CHECK(d[0] == 18446744073709551616.0);
    CHECK_EQ_INT(vb_array_get_tuple_u64(f, 0, ui), VB_OK); /* saturates back */
    CHECK(ui[0] == UINT64_MAX);
    CHECK_EQ_INT(vb_array_insert_next_tuple_i64(fl, v), VB_OK);
    CHECK_EQ_INT(vb_array_get_tuple_i64(fl, 0, si), VB_OK);
    CHECK_EQ_INT(si[0], 300);
    vb_array_release(c); vb_array_release(f); vb_array_release(fl);
  }
  /* scaled SOA: through the scale, like the value functions */
  {
    vb_array *s = vb_array_new_scaled_soa(VB_INT);
    const int64_t v[1] = {40};
    int32_t raw;
    vb_array_set_scale(s, 4.0);
    CHECK_EQ_INT(vb_array_insert_next_tuple_i64(s, v), VB_OK);
    raw = *(int32_t *)vb_buffer_data(vb_array_get_component_buffer(s, 0));
    CHECK_EQ_INT(raw, 10);
    CHECK_EQ_INT(vb_array_get_tuple_i64(s, 0, si), VB_OK);
    CHECK_EQ_INT(si[0], 40);
    vb_array_release(s);
  }
  /* errors */
  {
    vb_array *a = vb_array_new(VB_LONG_LONG);
    const int64_t v[2] = {1, 2};
    vb_array_set_number_of_components(a, 2);
    CHECK_EQ_INT(vb_array_get_tuple_i64(a, 0, si), VB_ERANGE);
    CHECK_EQ_INT(vb_array_set_tuple_u64(a, 0, ui), VB_ERANGE);
    CHECK_EQ_INT(vb_array_set_tuple_i64(a, 0, NULL), VB_EINVAL);
    CHECK_EQ_INT(vb_array_insert_tuple_i64(a, -1, v), VB_ERANGE);
    CHECK_EQ_INT(vb_array_insert_tuple_u64(a, INT64_MAX, ui), VB_EOVERFLOW);
    CHECK_EQ_INT(vb_array_insert_next_tuple_i64(a, NULL), VB_EINVAL);
    CHECK_EQ_INT(vb_array_insert_next_tuple_u64(NULL, ui), VB_EINVAL);
    CHECK(strstr(vb_last_error(), "InsertNextTuple") != NULL);
    CHECK_EQ_INT(vb_array_get_number_of_values(a), 0);
    CHECK_EQ_INT(vb_array_insert_next_tuple_i64(a, v), VB_OK);
    CHECK_EQ_INT(vb_array_get_tuple_u64(a, 1, ui), VB_ERANGE);
    vb_array_release(a);
  }
}

TEST(test_range) {
  vb_array *a = vb_array_new(VB_DOUBLE);
  double r[2], t1[2] = {3, 4}, t2[2] = {-1, 0}, t3[2] = {NAN, 1};
  CHECK_EQ_INT(vb_array_get_range(a, 0, r), VB_OK);
  CHECK(r[0] == 1e299 && r[1] == -1e299);
  vb_array_set_number_of_components(a, 2);
  vb_array_insert_next_tuple(a, t1);
  vb_array_insert_next_tuple(a, t2);
  vb_array_insert_next_tuple(a, t3);
  CHECK_EQ_INT(vb_array_get_range(a, 0, r), VB_OK);
  CHECK(r[0] == -1 && r[1] == 3);
  CHECK_EQ_INT(vb_array_get_range(a, 1, r), VB_OK);
  CHECK(r[0] == 0 && r[1] == 4);
  CHECK_EQ_INT(vb_array_get_range(a, -1, r), VB_OK);
  CHECK(r[0] == 1 && r[1] == 5);
  CHECK_EQ_INT(vb_array_get_range(a, 2, r), VB_ERANGE);
  CHECK_EQ_INT(vb_array_get_range(a, -2, r), VB_OK); /* any negative comp: the magnitude (VTK) */
  {
    double m[2];
    CHECK_EQ_INT(vb_array_get_range(a, -1, m), VB_OK);
    CHECK(r[0] == m[0] && r[1] == m[1]);
  }
  CHECK_EQ_INT(vb_array_get_range(a, 0, NULL), VB_EINVAL);
  vb_array_release(a);
}

TEST(test_scaled_soa) {
  vb_array *a = vb_array_new_scaled_soa(VB_SHORT), *b = vb_array_new(VB_DOUBLE), *c = vb_array_new_scaled_soa(VB_SHORT);
  double v;
  CHECK(vb_array_get_scale(a) == 1.0);
  CHECK_EQ_INT(vb_array_set_scale(a, 0.5), VB_OK);
  CHECK_EQ_INT(vb_array_set_scale(a, 0.0), VB_EINVAL);
  CHECK_EQ_INT(vb_array_set_scale(a, INFINITY), VB_EINVAL);
  CHECK_EQ_INT(vb_array_set_scale(b, 2.0), VB_ETYPE);
  CHECK(vb_array_get_scale(a) == 0.5);
  vb_array_insert_next_value(a, 10.0);
  CHECK_EQ_INT(((short *)vb_buffer_data(vb_array_get_component_buffer(a, 0)))[0], 20); /* raw */
  vb_array_get_value(a, 0, &v);
  CHECK(v == 10.0);
  CHECK_EQ_INT(vb_array_deep_copy(b, a), VB_OK);
  vb_array_get_value(b, 0, &v);
  CHECK(v == 10.0);
  CHECK_EQ_INT(vb_array_deep_copy(c, a), VB_OK); /* raw + scale */
  CHECK(vb_array_get_scale(c) == 0.5);
  vb_array_get_value(c, 0, &v);
  CHECK(v == 10.0);
  CHECK_EQ_INT(vb_array_deep_copy(c, b), VB_OK); /* from unscaled: scale 1 */
  CHECK(vb_array_get_scale(c) == 1.0);
  vb_array_get_value(c, 0, &v);
  CHECK(v == 10.0);
  vb_array_release(a); vb_array_release(b); vb_array_release(c);
}

/* ---------------------------------------------------------------- copies */

TEST(test_deep_shallow_copy) {
  int ls, ld;
  for (ls = 0; ls < 3; ls++)
    for (ld = 0; ld < 3; ld++) {
      vb_array *s = vb_array_new_layout(VB_INT, layouts[ls]), *d = vb_array_new_layout(VB_DOUBLE, layouts[ld]);
      vb_array *e = vb_array_new_layout(VB_INT, layouts[ls]);
      double tup[3], out[3];
      int64_t t;
      vb_array_set_number_of_components(s, 3);
      for (t = 0; t < 50; t++) {
        tup[0] = (double)t; tup[1] = (double)-t; tup[2] = (double)(2 * t);
        vb_array_insert_next_tuple(s, tup);
      }
      CHECK_EQ_INT(vb_array_deep_copy(d, s), VB_OK);
      CHECK_EQ_INT(vb_array_get_number_of_components(d), 3);
      CHECK_EQ_INT(vb_array_get_number_of_tuples(d), 50);
      CHECK_EQ_INT(vb_array_get_size(d), 150);
      vb_array_get_tuple(d, 49, out);
      CHECK(out[0] == 49 && out[1] == -49 && out[2] == 98);
      /* shallow copy with the same type and layout shares blocks */
      CHECK_EQ_INT(vb_array_shallow_copy(e, s), VB_OK);
      CHECK_EQ_INT(vb_array_get_number_of_tuples(e), 50);
      if (layouts[ls] == VB_LAYOUT_AOS)
        CHECK(vb_buffer_block(vb_array_get_buffer(e)) == vb_buffer_block(vb_array_get_buffer(s)));
      else
        CHECK(vb_buffer_block(vb_array_get_component_buffer(e, 1)) ==
              vb_buffer_block(vb_array_get_component_buffer(s, 1)));
      vb_array_set_value(e, 0, 123);
      {
        double v;
        vb_array_get_value(s, 0, &v);
        CHECK(v == 123); /* shared memory */
      }
      /* reallocating one leaves the other intact */
      vb_array_resize(s, 1000);
      vb_array_release(s);
      vb_array_get_tuple(e, 49, out);
      CHECK(out[0] == 49 && out[2] == 98);
      /* shallow copy across types deep-copies */
      CHECK_EQ_INT(vb_array_shallow_copy(d, e), VB_OK);
      vb_array_get_tuple(d, 0, out);
      CHECK(out[0] == 123);
      vb_array_release(d);
      vb_array_release(e);
    }
}

TEST(test_deep_copy_shared_buffer) {
  vb_array *s = vb_array_new(VB_FLOAT), *d = vb_array_new(VB_FLOAT);
  double v;
  int i;
  for (i = 0; i < 10; i++) vb_array_insert_next_value(s, i);
  vb_array_reserve_tuples(s, 64);
  CHECK_EQ_INT(vb_array_get_size(s), 79); /* VTK 9.7: the 15 of the growth policy + 64 */
  CHECK_EQ_INT(vb_array_set_buffer(d, vb_array_get_buffer(s), 1), VB_OK);
  CHECK_EQ_INT(vb_array_get_number_of_values(d), 79);
  CHECK_EQ_INT(vb_array_deep_copy(d, s), VB_OK); /* d's storage is also s's */
  CHECK_EQ_INT(vb_array_get_number_of_values(d), 10);
  vb_array_get_value(d, 9, &v);
  CHECK(v == 9);
  vb_array_release(s);
  vb_array_release(d);
}

static int nfreed;
static void free_and_count(void *ctx, void *data) {
  (void)ctx;
  nfreed++;
  free(data);
}

TEST(test_set_array_and_buffers) {
  vb_array *a = vb_array_new(VB_DOUBLE), *s = vb_array_new_soa(VB_FLOAT);
  double *mem = malloc(8 * sizeof(double)), v;
  float *c0 = malloc(4 * sizeof(float)), *c1 = malloc(4 * sizeof(float));
  float saved[4] = {1, 2, 3, 4};
  vb_buffer *buf;
  int i;
  for (i = 0; i < 8; i++) mem[i] = i;
  nfreed = 0;
  CHECK_EQ_INT(vb_array_set_array(a, mem, 8, 0, free_and_count, NULL), VB_OK);
  CHECK(vb_array_data(a) == mem);
  CHECK_EQ_INT(vb_array_get_number_of_values(a), 8);
  vb_array_get_value(a, 7, &v);
  CHECK(v == 7);
  CHECK_EQ_INT(vb_array_insert_next_value(a, 8), VB_OK); /* moves off foreign memory */
  CHECK_EQ_INT(nfreed, 1);
  /* save = 1: never freed */
  CHECK_EQ_INT(vb_array_set_array(a, saved, 4, 1, NULL, NULL), VB_OK);
  vb_array_initialize(a);
  CHECK(saved[3] == 4);
  /* save = 0, release NULL: free() */
  CHECK_EQ_INT(vb_array_set_array(a, malloc(16), 2, 0, NULL, NULL), VB_OK);
  CHECK_EQ_INT(vb_array_set_array(s, mem, 8, 0, NULL, NULL), VB_ETYPE);
  /* SOA component arrays */
  vb_array_set_number_of_components(s, 2);
  for (i = 0; i < 4; i++) { c0[i] = (float)i; c1[i] = (float)(10 + i); }
  CHECK_EQ_INT(vb_array_set_component_array(s, 0, c0, 4, 1, 0, NULL, NULL), VB_OK);
  CHECK_EQ_INT(vb_array_get_size(s), 0); /* component 1 still empty */
  CHECK_EQ_INT(vb_array_set_component_array(s, 1, c1, 4, 1, 0, NULL, NULL), VB_OK);
  CHECK_EQ_INT(vb_array_get_number_of_tuples(s), 4);
  CHECK_EQ_INT(vb_array_get_component(s, 3, 1, &v), VB_OK);
  CHECK(v == 13);
  /* VTK's sequence: component 0 with updateMaxId, the others without. MaxId is
   * clamped while component 1 is empty (nothing unsafe to read), then becomes
   * what component 0 asked for once the storage allows it (saved memory: the
   * arrays above went to the array, which frees them) */
  {
    static float d0[4] = {0, 1, 2, 3}, d1[4] = {10, 11, 12, 13};
    vb_array *w = vb_array_new_soa(VB_FLOAT);
    vb_array_set_number_of_components(w, 2);
    CHECK_EQ_INT(vb_array_set_component_array(w, 0, d0, 4, 1, 1, NULL, NULL), VB_OK);
    CHECK_EQ_INT(vb_array_get_number_of_tuples(w), 0);
    CHECK_EQ_INT(vb_array_set_component_array(w, 1, d1, 3, 0, 1, NULL, NULL), VB_OK);
    CHECK_EQ_INT(vb_array_get_number_of_tuples(w), 3); /* as far as component 1 goes */
    CHECK_EQ_INT(vb_array_set_component_array(w, 1, d1, 4, 0, 1, NULL, NULL), VB_OK);
    CHECK_EQ_INT(vb_array_get_number_of_tuples(w), 4);
    CHECK_EQ_INT(vb_array_get_component(w, 3, 1, &v), VB_OK);
    CHECK(v == 13);
    vb_array_set_number_of_tuples(w, 2); /* another MaxId: nothing pending any more */
    CHECK_EQ_INT(vb_array_set_component_array(w, 1, d1, 4, 0, 1, NULL, NULL), VB_OK);
    CHECK_EQ_INT(vb_array_get_number_of_tuples(w), 2);
    vb_array_release(w);
  }
  CHECK_EQ_INT(vb_array_set_component_array(s, 2, c1, 4, 1, 1, NULL, NULL), VB_ERANGE);
  CHECK_EQ_INT(vb_array_set_component_array(a, 0, c1, 4, 1, 1, NULL, NULL), VB_ETYPE);
  /* SetBuffer / SetComponentBuffer */
  buf = vb_buffer_new(VB_DOUBLE);
  vb_buffer_allocate(buf, 6);
  CHECK_EQ_INT(vb_array_set_buffer(a, buf, 1), VB_OK);
  CHECK(vb_array_get_buffer(a) == buf);
  CHECK_EQ_INT(vb_array_get_number_of_values(a), 6);
  CHECK_EQ_INT(vb_object_refcount(vb_buffer_object(buf)), 2);
  CHECK_EQ_INT(vb_array_set_component_buffer(s, 0, buf, 1), VB_ETYPE);
  CHECK_EQ_INT(vb_array_set_buffer(s, buf, 1), VB_ETYPE);
  /* buffer shared and reallocated by someone else: array follows, fires */
  vb_object_add_observer(vb_array_object(a), VB_BUFFER_CHANGED_EVENT, count_event, NULL, NULL);
  nevents = 0;
  vb_buffer_reallocate(buf, 3);
  CHECK_EQ_INT(nevents, 1);
  CHECK_EQ_INT(vb_array_get_number_of_values(a), 3);
  CHECK_EQ_INT(vb_array_get_value(a, 4, &v), VB_ERANGE);
  vb_buffer_release(buf);
  vb_array_release(a);
  vb_array_release(s);
}

/* ------------------------------------------------------ event table (#3) */

typedef struct {
  const char *name;
  int setup; /* 0: empty, 1: 10 values size 10, 2: 10 values size 20 */
  int (*op)(vb_array *a, vb_array *other);
  int fires;
  int layouts; /* bit mask of layouts the row applies to */
} event_row;

#define ALL 7
#define AOS_ONLY 1
#define SOA_ONLY 6

static int op_ncomp_same(vb_array *a, vb_array *o) { (void)o; return vb_array_set_number_of_components(a, 1); }
static int op_ncomp_change(vb_array *a, vb_array *o) { (void)o; return vb_array_set_number_of_components(a, 2); }
static int op_tuples_grow(vb_array *a, vb_array *o) { (void)o; return vb_array_set_number_of_tuples(a, 30); }
static int op_tuples_same(vb_array *a, vb_array *o) { (void)o; return vb_array_set_number_of_tuples(a, 10); }
static int op_tuples_shrink(vb_array *a, vb_array *o) { (void)o; return vb_array_set_number_of_tuples(a, 5); }
static int op_values_grow(vb_array *a, vb_array *o) { (void)o; return vb_array_set_number_of_values(a, 11); }
static int op_values_same(vb_array *a, vb_array *o) { (void)o; return vb_array_set_number_of_values(a, 10); }
static int op_resize_same(vb_array *a, vb_array *o) { (void)o; return vb_array_resize(a, vb_array_get_size(a)); }
static int op_resize_grow(vb_array *a, vb_array *o) { (void)o; return vb_array_resize(a, 100); }
static int op_resize_shrink(vb_array *a, vb_array *o) { (void)o; return vb_array_resize(a, 2); }
static int op_reserve_small(vb_array *a, vb_array *o) { (void)o; return vb_array_reserve_tuples(a, 5); }
static int op_reserve_big(vb_array *a, vb_array *o) { (void)o; return vb_array_reserve_tuples(a, 500); }
static int op_alloc_small(vb_array *a, vb_array *o) { (void)o; return vb_array_allocate(a, 4, 0); }
static int op_alloc_big(vb_array *a, vb_array *o) { (void)o; return vb_array_allocate(a, 400, 0); }
static int op_alloc_zero(vb_array *a, vb_array *o) { (void)o; return vb_array_allocate(a, 0, 0); }
static int op_squeeze(vb_array *a, vb_array *o) { (void)o; return vb_array_squeeze(a); }
static int op_initialize(vb_array *a, vb_array *o) { (void)o; return vb_array_initialize(a); }
static int op_insert_next(vb_array *a, vb_array *o) { (void)o; return vb_array_insert_next_value(a, 1); }
static int op_insert_next_i64(vb_array *a, vb_array *o) { (void)o; return vb_array_insert_next_value_i64(a, 1); }
static int op_insert_next_tuple(vb_array *a, vb_array *o) { double t = 1; (void)o; return vb_array_insert_next_tuple(a, &t); }
static int op_insert_next_tuple_i64(vb_array *a, vb_array *o) { int64_t t = 1; (void)o; return vb_array_insert_next_tuple_i64(a, &t); }
static int op_insert_next_tuple_u64(vb_array *a, vb_array *o) { uint64_t t = 1; (void)o; return vb_array_insert_next_tuple_u64(a, &t); }
static int op_insert_tuple_i64_far(vb_array *a, vb_array *o) { int64_t t = 1; (void)o; return vb_array_insert_tuple_i64(a, 50, &t); }
static int op_insert_tuple_u64_far(vb_array *a, vb_array *o) { uint64_t t = 1; (void)o; return vb_array_insert_tuple_u64(a, 50, &t); }
static int op_insert_tuple_i64_in(vb_array *a, vb_array *o) { int64_t t = 1; (void)o; return vb_array_insert_tuple_i64(a, 3, &t); }
static int op_set_tuple_i64(vb_array *a, vb_array *o) { int64_t t = 2; (void)o; return vb_array_set_tuple_i64(a, 3, &t); }
static int op_set_tuple_u64(vb_array *a, vb_array *o) { uint64_t t = 2; (void)o; return vb_array_set_tuple_u64(a, 3, &t); }
static int op_get_tuple_i64(vb_array *a, vb_array *o) { int64_t t; (void)o; return vb_array_get_tuple_i64(a, 3, &t); }
static int op_get_tuple_u64(vb_array *a, vb_array *o) { uint64_t t; (void)o; return vb_array_get_tuple_u64(a, 3, &t); }
static int op_err_set_tuple_i64(vb_array *a, vb_array *o) { int64_t t = 2; (void)o; return vb_array_set_tuple_i64(a, 10, &t) == VB_ERANGE ? 0 : -99; }
static int op_insert_value_far(vb_array *a, vb_array *o) { (void)o; return vb_array_insert_value(a, 50, 1); }
static int op_insert_value_in(vb_array *a, vb_array *o) { (void)o; return vb_array_insert_value(a, 3, 1); }
static int op_set_value(vb_array *a, vb_array *o) { (void)o; return vb_array_set_value(a, 3, 1); }
static int op_set_tuple(vb_array *a, vb_array *o) { double t = 2; (void)o; return vb_array_set_tuple(a, 3, &t); }
static int op_set_component(vb_array *a, vb_array *o) { (void)o; return vb_array_set_component(a, 3, 0, 2); }
static int op_get_range(vb_array *a, vb_array *o) { double r[2]; (void)o; return vb_array_get_range(a, 0, r); }
static int op_deep_same(vb_array *a, vb_array *o) { return vb_array_deep_copy(a, o); }
static int op_shallow(vb_array *a, vb_array *o) { return vb_array_shallow_copy(a, o); }
static int op_shallow_twice(vb_array *a, vb_array *o) {
  int st = vb_array_shallow_copy(a, o);
  nevents = 0;
  return st ? st : vb_array_shallow_copy(a, o);
}
static int op_set_array(vb_array *a, vb_array *o) {
  (void)o;
  if (vb_array_layout(a) == VB_LAYOUT_AOS) return vb_array_set_array(a, calloc(4, 4), 4, 0, NULL, NULL);
  return vb_array_set_component_array(a, 0, calloc(4, 4), 4, 1, 0, NULL, NULL);
}
static int op_set_buffer_other(vb_array *a, vb_array *o) {
  vb_buffer *b = vb_buffer_new(vb_array_type(a));
  int st;
  (void)o;
  if (!b) return vb_last_status();
  if ((st = vb_buffer_allocate(b, 10)) != VB_OK) {
    vb_buffer_release(b);
    return st;
  }
  st = vb_array_layout(a) == VB_LAYOUT_AOS ? vb_array_set_buffer(a, b, 1) : vb_array_set_component_buffer(a, 0, b, 1);
  vb_buffer_release(b);
  return st;
}
static int op_set_buffer_same(vb_array *a, vb_array *o) {
  (void)o;
  if (vb_array_layout(a) == VB_LAYOUT_AOS) return vb_array_set_buffer(a, vb_array_get_buffer(a), 1);
  return vb_array_set_component_buffer(a, 0, vb_array_get_component_buffer(a, 0), 1);
}
static int op_external_realloc(vb_array *a, vb_array *o) {
  (void)o;
  return vb_buffer_reallocate(vb_array_layout(a) == VB_LAYOUT_AOS ? vb_array_get_buffer(a)
                                                                 : vb_array_get_component_buffer(a, 0), 77);
}
static int op_set_scale(vb_array *a, vb_array *o) { (void)o; return vb_array_set_scale(a, 4.0); }
static int op_err_resize(vb_array *a, vb_array *o) { (void)o; return vb_array_resize(a, -1) == VB_EOVERFLOW ? 0 : -99; }
static int op_err_set_value(vb_array *a, vb_array *o) { (void)o; return vb_array_set_value(a, 10, 1) == VB_ERANGE ? 0 : -99; }
static int op_err_ncomp(vb_array *a, vb_array *o) { (void)o; return vb_array_set_number_of_components(a, 0) == VB_EINVAL ? 0 : -99; }

static const event_row event_table[] = {
    {"set_number_of_components same", 1, op_ncomp_same, 0, ALL},
    {"set_number_of_components change (AOS: reinterpret)", 1, op_ncomp_change, 0, AOS_ONLY},
    {"set_number_of_components change (SOA: new buffers)", 1, op_ncomp_change, 1, SOA_ONLY},
    {"set_number_of_components change on empty SOA", 0, op_ncomp_change, 0, SOA_ONLY},
    {"set_number_of_tuples grow from empty", 0, op_tuples_grow, 1, ALL},
    {"set_number_of_tuples grow", 1, op_tuples_grow, 1, ALL},
    {"set_number_of_tuples same", 1, op_tuples_same, 0, ALL},
    {"set_number_of_tuples shrink", 1, op_tuples_shrink, 1, ALL},
    {"set_number_of_values grow", 1, op_values_grow, 1, ALL},
    {"set_number_of_values same", 1, op_values_same, 0, ALL},
    {"resize same", 2, op_resize_same, 0, ALL},
    {"resize grow", 1, op_resize_grow, 1, ALL},
    {"resize shrink", 1, op_resize_shrink, 1, ALL},
    {"reserve_tuples within size", 2, op_reserve_small, 0, ALL},
    {"reserve_tuples beyond size", 2, op_reserve_big, 1, ALL},
    {"allocate within size", 2, op_alloc_small, 0, ALL},
    {"allocate beyond size", 2, op_alloc_big, 1, ALL},
    {"allocate 0 nonempty", 2, op_alloc_zero, 1, ALL},
    {"allocate 0 empty", 0, op_alloc_zero, 0, ALL},
    {"squeeze with slack", 2, op_squeeze, 1, ALL},
    {"squeeze exact", 1, op_squeeze, 0, ALL},
    {"initialize nonempty", 1, op_initialize, 1, ALL},
    {"initialize empty", 0, op_initialize, 0, ALL},
    {"insert_next_value full", 1, op_insert_next, 1, ALL},
    {"insert_next_value room", 2, op_insert_next, 0, ALL},
    {"insert_next_value empty", 0, op_insert_next, 1, ALL},
    {"insert_next_value_i64 full", 1, op_insert_next_i64, 1, ALL},
    {"insert_next_tuple full", 1, op_insert_next_tuple, 1, ALL},
    {"insert_next_tuple room", 2, op_insert_next_tuple, 0, ALL},
    {"insert_next_tuple_i64 full", 1, op_insert_next_tuple_i64, 1, ALL},
    {"insert_next_tuple_i64 room", 2, op_insert_next_tuple_i64, 0, ALL},
    {"insert_next_tuple_i64 empty", 0, op_insert_next_tuple_i64, 1, ALL},
    {"insert_next_tuple_u64 full", 1, op_insert_next_tuple_u64, 1, ALL},
    {"insert_next_tuple_u64 room", 2, op_insert_next_tuple_u64, 0, ALL},
    {"insert_tuple_i64 beyond size", 1, op_insert_tuple_i64_far, 1, ALL},
    {"insert_tuple_u64 beyond size", 1, op_insert_tuple_u64_far, 1, ALL},
    {"insert_tuple_i64 within", 1, op_insert_tuple_i64_in, 0, ALL},
    {"set_tuple_i64", 1, op_set_tuple_i64, 0, ALL},
    {"set_tuple_u64", 1, op_set_tuple_u64, 0, ALL},
    {"get_tuple_i64", 1, op_get_tuple_i64, 0, ALL},
    {"get_tuple_u64", 1, op_get_tuple_u64, 0, ALL},
    {"failed set_tuple_i64 out of range", 1, op_err_set_tuple_i64, 0, ALL},
    {"insert_value beyond size", 1, op_insert_value_far, 1, ALL},
    {"insert_value within", 1, op_insert_value_in, 0, ALL},
    {"set_value", 1, op_set_value, 0, ALL},
    {"set_tuple", 1, op_set_tuple, 0, ALL},
    {"set_component", 1, op_set_component, 0, ALL},
    {"get_range", 1, op_get_range, 0, ALL},
    {"deep_copy same size", 1, op_deep_same, 0, ALL},
    {"deep_copy other size", 2, op_deep_same, 1, ALL},
    {"deep_copy into empty", 0, op_deep_same, 1, ALL},
    {"shallow_copy", 1, op_shallow, 1, ALL},
    {"shallow_copy again (same blocks)", 1, op_shallow_twice, 0, ALL},
    {"set_array", 1, op_set_array, 1, ALL},
    {"set_buffer other", 1, op_set_buffer_other, 1, ALL},
    {"set_buffer same", 1, op_set_buffer_same, 0, ALL},
    {"buffer reallocated through the buffer", 1, op_external_realloc, 1, ALL},
    {"set_scale", 1, op_set_scale, 0, 4},
    {"failed resize(-1)", 1, op_err_resize, 0, ALL},
    {"failed set_value out of range", 1, op_err_set_value, 0, ALL},
    {"failed set_number_of_components(0)", 1, op_err_ncomp, 0, ALL},
};

static void setup_array(vb_array *a, int setup) {
  if (setup >= 1) vb_array_set_number_of_values(a, 10);
  if (setup == 2) vb_array_reserve_tuples(a, 20);
}

TEST(test_buffer_changed_event_table) {
  size_t r;
  int l;
  for (l = 0; l < 3; l++)
    for (r = 0; r < sizeof event_table / sizeof event_table[0]; r++) {
      const event_row *row = &event_table[r];
      vb_array *a, *o;
      int st;
      if (!(row->layouts & (1 << l))) continue;
      a = vb_array_new_layout(VB_FLOAT, layouts[l]);
      o = vb_array_new_layout(VB_FLOAT, layouts[l]);
      setup_array(a, row->setup);
      setup_array(o, 1);
      vb_object_add_observer(vb_array_object(a), VB_BUFFER_CHANGED_EVENT, count_event, NULL, NULL);
      nevents = 0;
      st = row->op(a, o);
      if (st != VB_OK || nevents != row->fires) {
        vbt_failed_checks++;
        fprintf(stderr, "  event table [%s, layout %d]: status %d, %d event(s), expected %d\n", row->name,
                layouts[l], st, nevents, row->fires);
      }
      vb_array_release(a);
      vb_array_release(o);
    }
}

/* ---------------------------------------------------------------- errors */

TEST(test_errors) {
  vb_array *a = vb_array_new(VB_FLOAT), *s = vb_array_new_soa(VB_FLOAT);
  double v, t[3];
  void *data;
  CHECK(vb_array_new(0) == NULL);
  CHECK_EQ_INT(vb_last_status(), VB_ETYPE);
  CHECK(vb_array_new_layout(VB_FLOAT, 9) == NULL);
  CHECK_EQ_INT(vb_last_status(), VB_EINVAL);
  vb_array_set_number_of_values(a, 4);
  data = vb_array_data(a);
  /* null arguments */
  CHECK_EQ_INT(vb_array_set_number_of_tuples(NULL, 3), VB_EINVAL);
  CHECK_EQ_INT(vb_array_insert_next_value(NULL, 3), VB_EINVAL);
  CHECK_EQ_INT(vb_array_insert_next_tuple(a, NULL), VB_EINVAL);
  CHECK_EQ_INT(vb_array_get_value(a, 0, NULL), VB_EINVAL);
  CHECK_EQ_INT(vb_array_get_tuple(a, 0, NULL), VB_EINVAL);
  CHECK_EQ_INT(vb_array_deep_copy(a, NULL), VB_EINVAL);
  CHECK_EQ_INT(vb_array_shallow_copy(NULL, a), VB_EINVAL);
  CHECK_EQ_INT(vb_array_set_buffer(a, NULL, 1), VB_EINVAL);
  CHECK_EQ_INT(vb_array_set_array(a, NULL, 4, 1, NULL, NULL), VB_EINVAL);
  CHECK(vb_array_get_buffer(NULL) == NULL);
  /* bad indices / components */
  CHECK_EQ_INT(vb_array_get_value(a, 4, &v), VB_ERANGE);
  CHECK_EQ_INT(vb_array_get_value(a, -1, &v), VB_ERANGE);
  CHECK_EQ_INT(vb_array_set_value(a, 4, 1), VB_ERANGE);
  CHECK_EQ_INT(vb_array_get_tuple(a, 4, t), VB_ERANGE);
  CHECK_EQ_INT(vb_array_get_component(a, 0, 1, &v), VB_ERANGE);
  CHECK_EQ_INT(vb_array_set_component(a, 0, -1, 1), VB_ERANGE);
  CHECK(vb_array_get_component_buffer(s, 1) == NULL);
  CHECK_EQ_INT(vb_last_status(), VB_ERANGE);
  CHECK(strstr(vb_last_error(), "component 1") != NULL);
  CHECK(vb_array_get_component_buffer(s, -1) == NULL);
  CHECK_EQ_INT(vb_array_insert_value(a, -1, 1), VB_ERANGE);
  CHECK_EQ_INT(vb_array_set_number_of_components(a, 0), VB_EINVAL);
  CHECK_EQ_INT(vb_array_set_number_of_components(a, -3), VB_EINVAL);
  /* negative and overflowing counts */
  CHECK_EQ_INT(vb_array_set_number_of_tuples(a, -1), VB_EOVERFLOW);
  CHECK_EQ_INT(vb_array_set_number_of_values(a, -1), VB_EOVERFLOW);
  CHECK_EQ_INT(vb_array_resize(a, -1), VB_EOVERFLOW);
  CHECK_EQ_INT(vb_array_reserve_tuples(a, -5), VB_EOVERFLOW);
  CHECK_EQ_INT(vb_array_allocate(a, -5, 0), VB_EOVERFLOW);
  vb_array_set_number_of_components(a, 3);
  CHECK_EQ_INT(vb_array_set_number_of_tuples(a, INT64_MAX / 2), VB_EOVERFLOW); /* tuples x comps overflows int64 */
  CHECK_EQ_INT(vb_array_set_number_of_tuples(a, INT64_MAX / 8), VB_EOVERFLOW); /* bytes past the address space */
  CHECK_EQ_INT(vb_array_resize(a, INT64_MAX), VB_EOVERFLOW);
  CHECK_EQ_INT(vb_array_reserve_tuples(a, INT64_MAX / 3), VB_EOVERFLOW);
  CHECK_EQ_INT(vb_array_insert_tuple(a, INT64_MAX - 1, t), VB_EOVERFLOW);
  CHECK_EQ_INT(vb_array_insert_value(a, INT64_MAX - 1, 1), VB_EOVERFLOW);
  CHECK_EQ_INT(vb_array_set_array(a, t, INT64_MAX / 4, 1, NULL, NULL), VB_EOVERFLOW);
  if (sizeof(size_t) == 4) /* wasm32: 2^30 floats = 4 GiB > address space */
    CHECK_EQ_INT(vb_array_set_number_of_tuples(a, (int64_t)1 << 30), VB_EOVERFLOW);
  vb_array_set_number_of_components(a, 1);
  /* type mismatch */
  {
    vb_buffer *db = vb_buffer_new(VB_DOUBLE);
    CHECK_EQ_INT(vb_array_set_buffer(a, db, 1), VB_ETYPE);
    CHECK(strstr(vb_last_error(), "double") != NULL);
    CHECK_EQ_INT(vb_array_set_component_buffer(s, 0, db, 1), VB_ETYPE);
    vb_buffer_release(db);
  }
  /* nothing changed */
  CHECK(vb_array_data(a) == data);
  CHECK_EQ_INT(vb_array_get_number_of_values(a), 4);
  CHECK_EQ_INT(vb_array_get_size(a), 4);
  vb_array_release(a);
  vb_array_release(s);
}

/* Every allocation of an operation is made to fail in turn: the call must
 * report VB_ENOMEM and leave the array exactly as it was. */
typedef int (*array_op)(vb_array *a, vb_array *o);

static void snapshot(vb_array *a, int64_t snap[6]) {
  snap[0] = vb_array_get_number_of_components(a);
  snap[1] = vb_array_get_number_of_values(a);
  snap[2] = vb_array_get_size(a);
  snap[3] = (int64_t)(intptr_t)(vb_array_layout(a) == VB_LAYOUT_AOS ? vb_array_data(a)
                                                                     : vb_buffer_data(vb_array_get_component_buffer(a, 0)));
  snap[4] = (int64_t)(vb_array_get_scale(a) * 1000);
  snap[5] = vb_block_live_count();
}

static int op_deep_soa3(vb_array *a, vb_array *o) {
  vb_array_set_number_of_components(o, 3);
  vb_array_set_number_of_tuples(o, 5);
  return vb_array_deep_copy(a, o);
}
static int op_shallow_soa3(vb_array *a, vb_array *o) {
  vb_array_set_number_of_components(o, 3);
  vb_array_set_number_of_tuples(o, 5);
  return vb_array_shallow_copy(a, o);
}

TEST(test_allocation_failure_leaves_array_unchanged) {
  static const array_op ops[] = {op_tuples_grow, op_resize_grow, op_resize_shrink, op_reserve_big, op_alloc_big,
                                 op_squeeze, op_insert_next, op_insert_next_tuple, op_insert_value_far,
                                 op_insert_next_tuple_i64, op_insert_next_tuple_u64, op_insert_tuple_i64_far,
                                 op_insert_tuple_u64_far,
                                 op_deep_same, op_ncomp_change, op_set_buffer_other, op_deep_soa3, op_shallow_soa3};
  size_t k;
  int l;
  for (l = 0; l < 3; l++)
    for (k = 0; k < sizeof ops / sizeof ops[0]; k++) {
      long fail_at;
      int succeeded = 0;
      for (fail_at = 0; fail_at < 50 && !succeeded; fail_at++) {
        vb_array *a = vb_array_new_layout(VB_DOUBLE, layouts[l]);
        vb_array *o = vb_array_new_layout(VB_DOUBLE, layouts[l]);
        int64_t before[6], after[6];
        int st, j;
        setup_array(a, 2);
        setup_array(o, 1);
        vb_array_set_value(a, 0, 3.5);
        nevents = 0;
        vb_object_add_observer(vb_array_object(a), VB_BUFFER_CHANGED_EVENT, count_event, NULL, NULL);
        snapshot(a, before);
        vbt_alloc_fail_after(fail_at);
        st = ops[k](a, o);
        vbt_alloc_reset();
        if (st == VB_OK) {
          succeeded = 1;
        } else {
          double v = 0;
          snapshot(a, after);
          for (j = 0; j < 6; j++)
            if (before[j] != after[j] && !(j == 5)) {
              vbt_failed_checks++;
              fprintf(stderr, "  op %zu layout %d fail_at %ld: field %d changed\n", k, l, fail_at, j);
            }
          CHECK_EQ_INT(st, VB_ENOMEM);
          CHECK(strlen(vb_last_error()) > 0);
          CHECK_EQ_INT(nevents, 0);
          vb_array_get_value(a, 0, &v);
          CHECK(v == 3.5);
        }
        vb_array_release(a);
        vb_array_release(o);
      }
      CHECK(succeeded);
    }
}

/* ---------------------------------------------------------------- safety */

/* export taken -> array reallocated -> export read and released */
TEST(test_export_then_reallocate) {
  int l;
  for (l = 0; l < 3; l++) {
    vb_array *a = vb_array_new_layout(VB_FLOAT, layouts[l]);
    vb_buffer *buf;
    vb_block *exported;
    const float *view;
    int64_t i, n = 1000;
    int ok = 1;
    for (i = 0; i < n; i++) vb_array_insert_next_value(a, (double)i);
    buf = l == 0 ? vb_array_get_buffer(a) : vb_array_get_component_buffer(a, 0);
    exported = vb_buffer_block(buf); /* the export holds the block */
    vb_block_retain(exported);
    view = vb_block_data(exported);
    CHECK_EQ_INT(vb_array_resize(a, 1 << 20), VB_OK); /* reallocate */
    CHECK(vb_buffer_block(buf) != exported);
    CHECK_EQ_INT(vb_array_set_number_of_values(a, 3), VB_OK); /* again */
    vb_array_initialize(a);
    for (i = 0; i < n; i++) ok &= view[i] == (float)i; /* valid, old contents */
    CHECK(ok);
    vb_array_release(a);
    CHECK(view[n - 1] == (float)(n - 1));
    vb_block_release(exported);
  }
}

/* numpy_to_vtk: foreign memory adopted; the foreign owner outlives the array */
TEST(test_foreign_owner_outlives_array) {
  vb_array *a = vb_array_new(VB_DOUBLE);
  double *mem = malloc(16 * sizeof(double));
  vb_block *blk;
  nfreed = 0;
  blk = vb_block_adopt(mem, 16 * sizeof(double), free_and_count, NULL);
  CHECK_EQ_INT(vb_buffer_set_block(vb_array_get_buffer(a), blk, 16), VB_OK);
  vb_block_release(blk); /* the array's buffer holds it now */
  CHECK_EQ_INT(vb_array_set_number_of_values(a, 16), VB_OK);
  vb_array_set_value(a, 15, 2.5);
  CHECK(mem[15] == 2.5);
  CHECK_EQ_INT(nfreed, 0);
  vb_array_insert_next_value(a, 1); /* moves away from the foreign memory */
  CHECK_EQ_INT(nfreed, 1);
  vb_array_release(a);
}

/* ---------------------------------------------------------------- objects */

typedef struct {
  vb_object *obj;
  unsigned long other_id, self_id;
  int calls;
  int action; /* 0 nothing, 1 remove other, 2 remove self, 3 add, 4 release obj, 5 nested invoke */
} obs_ctx;

static int cd_frees;
static void cd_free(void *p) { (void)p; cd_frees++; }
static int order[8], norder;

static void obs_fn(vb_object *o, unsigned long ev, void *calldata, void *ud) {
  obs_ctx *c = ud;
  (void)calldata;
  c->calls++;
  if (norder < 8) order[norder++] = (int)c->self_id;
  if (ev != VB_MODIFIED_EVENT) return;
  switch (c->action) {
  case 1: vb_object_remove_observer(o, c->other_id); break;
  case 2: vb_object_remove_observer(o, c->self_id); break;
  case 3: vb_object_add_observer(o, VB_MODIFIED_EVENT, obs_fn, c, NULL); break;
  case 4: c->action = 0; vb_object_release(o); break; /* the caller's only reference */
  case 5: c->action = 0; vb_object_invoke(o, VB_MODIFIED_EVENT, NULL); break;
  default: break;
  }
}

TEST(test_observers) {
  vb_array *a = vb_array_new(VB_FLOAT);
  vb_object *o = vb_array_object(a);
  obs_ctx c1 = {0}, c2 = {0}, c3 = {0};
  uint64_t m;
  c1.self_id = vb_object_add_observer(o, VB_MODIFIED_EVENT, obs_fn, &c1, cd_free);
  c2.self_id = vb_object_add_observer(o, VB_ANY_EVENT, obs_fn, &c2, cd_free);
  CHECK(c1.self_id > 0 && c2.self_id > c1.self_id);
  CHECK(vb_object_add_observer(o, 1, NULL, NULL, NULL) == 0);
  CHECK(vb_object_add_observer(NULL, 1, obs_fn, NULL, NULL) == 0);
  CHECK(vb_object_has_observer(o, VB_MODIFIED_EVENT));
  /* order: last added first (VTK, equal priority) */
  norder = 0;
  m = vb_object_mtime(o);
  vb_object_modified(o);
  CHECK(vb_object_mtime(o) > m);
  CHECK_EQ_INT(norder, 2);
  CHECK_EQ_INT(order[0], c2.self_id);
  CHECK_EQ_INT(order[1], c1.self_id);
  /* c2 (runs first) removes c1 during dispatch: c1 not called, freed once */
  c2.action = 1; c2.other_id = c1.self_id;
  c1.calls = 0; cd_frees = 0;
  vb_object_modified(o);
  CHECK_EQ_INT(c1.calls, 0);
  CHECK_EQ_INT(cd_frees, 1);
  CHECK_EQ_INT(vb_object_remove_observer(o, c1.self_id), VB_EINVAL);
  /* c2 removes itself; adds during dispatch are not called for that event */
  c3.action = 3;
  c3.self_id = vb_object_add_observer(o, VB_MODIFIED_EVENT, obs_fn, &c3, NULL);
  c2.action = 2;
  c3.calls = 0;
  vb_object_modified(o);
  CHECK_EQ_INT(c3.calls, 1);
  CHECK_EQ_INT(cd_frees, 2);
  /* nested invoke */
  c3.action = 5;
  c3.calls = 0;
  vb_object_modified(o); /* c3 + the observer it added before */
  CHECK(c3.calls >= 2);
  /* drop the last reference during dispatch: destroyed after dispatch */
  c3.action = 4;
  cd_frees = 0;
  vb_object_modified(o);
  CHECK_EQ_INT(cd_frees, 0); /* remaining observers had no free fn */
  /* a is gone now; ASan/valgrind verify no use after free */
}

static int deleted;
static void on_delete(vb_object *o, unsigned long ev, void *cd, void *ud) {
  (void)cd; (void)ud;
  if (ev == VB_DELETE_EVENT) {
    deleted++;
    CHECK_EQ_INT(vb_object_refcount(o), 0);
    vb_object_remove_observer(o, 1);
  }
}

static void release_in_callback(vb_object *o, unsigned long ev, void *cd, void *ud) {
  (void)ev; (void)cd; (void)ud;
  vb_object_release(o);
}

TEST(test_delete_event_and_release_in_buffer_changed) {
  vb_array *a = vb_array_new(VB_DOUBLE);
  vb_buffer *b = vb_buffer_new(VB_INT);
  deleted = 0;
  vb_object_add_observer(vb_array_object(a), VB_DELETE_EVENT, on_delete, NULL, cd_free);
  vb_object_retain(vb_array_object(a));
  CHECK_EQ_INT(vb_object_refcount(vb_array_object(a)), 2);
  vb_array_release(a);
  CHECK_EQ_INT(deleted, 0);
  cd_frees = 0;
  vb_array_release(a);
  CHECK_EQ_INT(deleted, 1);
  CHECK_EQ_INT(cd_frees, 1);
  /* the observer of BufferChangedEvent drops the last reference mid-insert */
  a = vb_array_new(VB_DOUBLE);
  vb_object_add_observer(vb_array_object(a), VB_BUFFER_CHANGED_EVENT, release_in_callback, NULL, NULL);
  CHECK_EQ_INT(vb_array_insert_next_value(a, 1.0), VB_OK);
  /* buffer: same for a raw buffer */
  vb_object_add_observer(vb_buffer_object(b), VB_BUFFER_CHANGED_EVENT, release_in_callback, NULL, NULL);
  CHECK_EQ_INT(vb_buffer_allocate(b, 10), VB_OK);
}

static void other_fn(vb_object *o, unsigned long ev, void *cd, void *ud) {
  (void)o; (void)ev; (void)cd; (void)ud;
}
static int sum_visit(unsigned long ev, void *cd, void *arg) {
  *(int *)arg += *(int *)cd * (ev == VB_ANY_EVENT ? 1 : -1);
  return 0;
}
static int stop_visit(unsigned long ev, void *cd, void *arg) {
  (void)arg; (void)ev;
  return *(int *)cd == 20 ? 7 : 0;
}

/* what a binding's garbage collector sees and clears: the clientdata of the
 * observers with its callback, never internal ones or other callbacks' */
TEST(test_visit_and_remove_observers_by_fn) {
  vb_array *a = vb_array_new(VB_FLOAT);
  vb_object *o = vb_array_object(a);
  int v1 = 1, v2 = 20, v3 = 300, vi = 4000, sum = 0;
  unsigned long id1 = vb_object_add_observer(o, VB_MODIFIED_EVENT, other_fn, &v1, cd_free);
  vb_object_add_observer(o, VB_ANY_EVENT, other_fn, &v2, cd_free);
  vb_object_add_observer(o, VB_DELETE_EVENT, on_delete, &v3, cd_free);
  vb_object_add_internal_observer(o, VB_MODIFIED_EVENT, other_fn, &vi);
  CHECK_EQ_INT(vb_object_visit_observers(o, other_fn, sum_visit, &sum), 0);
  CHECK_EQ_INT(sum, 20 - 1); /* v1 (ModifiedEvent) counts -1, v2 (AnyEvent) +20 */
  CHECK_EQ_INT(vb_object_visit_observers(o, other_fn, stop_visit, NULL), 7);
  CHECK_EQ_INT(vb_object_visit_observers(NULL, other_fn, sum_visit, &sum), 0);
  CHECK_EQ_INT(vb_object_remove_observer(o, id1), VB_OK);
  sum = 0;
  vb_object_visit_observers(o, other_fn, sum_visit, &sum);
  CHECK_EQ_INT(sum, 20);
  cd_frees = 0;
  CHECK_EQ_INT(vb_object_remove_observers_by_fn(o, other_fn), 1);
  CHECK_EQ_INT(cd_frees, 1);
  CHECK(vb_object_has_observer(o, VB_DELETE_EVENT)); /* another callback: kept */
  CHECK(!vb_object_has_observer(o, VB_ANY_EVENT));
  CHECK_EQ_INT(vb_object_remove_observers_by_fn(o, other_fn), 0);
  CHECK_EQ_INT(vb_object_remove_observers_by_fn(NULL, other_fn), 0);
  sum = 0;
  vb_object_visit_observers(o, other_fn, sum_visit, &sum);
  CHECK_EQ_INT(sum, 0); /* the internal observer is never visited */
  vb_array_release(a);
}

/* what a view covers (vb_view.h): the one answer of every binding */
TEST(test_view_of) {
  vb_buffer *buf = vb_buffer_new(VB_SHORT);
  vb_array *aos = vb_array_new(VB_FLOAT), *soa = vb_array_new_soa(VB_INT), *sc = vb_array_new_scaled_soa(VB_DOUBLE),
           *bit = vb_array_new(VB_BIT);
  vb_view v;
  CHECK_EQ_INT(vb_buffer_allocate(buf, 5), VB_OK);
  CHECK_EQ_INT(vb_view_of(vb_buffer_object(buf), -1, &v), VB_OK);
  CHECK(v.count == 5 && v.type == VB_SHORT && v.columns == 1 && v.data == vb_buffer_data(buf));
  CHECK(v.block == vb_buffer_block(buf));
  CHECK_EQ_INT(vb_view_of(vb_buffer_object(buf), 0, &v), VB_ETYPE);
  vb_array_set_number_of_components(aos, 3);
  vb_array_set_number_of_tuples(aos, 4);
  CHECK_EQ_INT(vb_view_of(vb_array_object(aos), -1, &v), VB_OK);
  CHECK(v.count == 12 && v.columns == 3 && v.type == VB_FLOAT && v.data == vb_array_data(aos));
  CHECK_EQ_INT(vb_view_of(vb_array_object(aos), 0, &v), VB_ETYPE);
  CHECK(v.data == NULL && v.count == 0); /* zeroed on error */
  vb_array_set_number_of_components(soa, 2);
  vb_array_set_number_of_tuples(soa, 3);
  CHECK_EQ_INT(vb_view_of(vb_array_object(soa), -1, &v), VB_ETYPE); /* one buffer per component */
  CHECK_EQ_INT(vb_view_of(vb_array_object(soa), 1, &v), VB_OK);
  CHECK(v.count == 3 && v.columns == 1 && v.data == vb_buffer_data(vb_array_get_component_buffer(soa, 1)));
  CHECK_EQ_INT(vb_view_of(vb_array_object(soa), 2, &v), VB_ERANGE);
  CHECK_EQ_INT(vb_view_of(vb_array_object(soa), -2, &v), VB_ERANGE);
  vb_array_set_number_of_components(soa, 1);
  CHECK_EQ_INT(vb_view_of(vb_array_object(soa), -1, &v), VB_OK);
  vb_array_set_number_of_values(sc, 2); /* one component, scaled: raw storage only by component */
  CHECK_EQ_INT(vb_view_of(vb_array_object(sc), -1, &v), VB_ETYPE);
  CHECK_EQ_INT(vb_view_of(vb_array_object(sc), 0, &v), VB_OK);
  CHECK(v.count == 2);
  vb_array_set_number_of_values(bit, 9); /* packed: 2 bytes */
  CHECK_EQ_INT(vb_view_of(vb_array_object(bit), -1, &v), VB_OK);
  CHECK(v.count == 2 && v.type == VB_UNSIGNED_CHAR);
  CHECK_EQ_INT(vb_view_of(NULL, -1, &v), VB_ETYPE);
  vb_buffer_release(buf);
  vb_array_release(aos);
  vb_array_release(soa);
  vb_array_release(sc);
  vb_array_release(bit);
}

int main(void) {
  RUN(test_all_types_and_layouts);
  RUN(test_view_of);
  RUN(test_class_names);
  RUN(test_growth_policy);
  RUN(test_int64_exact);
  RUN(test_tuple_64bit_exact);
  RUN(test_range);
  RUN(test_scaled_soa);
  RUN(test_deep_shallow_copy);
  RUN(test_deep_copy_shared_buffer);
  RUN(test_set_array_and_buffers);
  RUN(test_buffer_changed_event_table);
  RUN(test_errors);
  RUN(test_allocation_failure_leaves_array_unchanged);
  RUN(test_export_then_reallocate);
  RUN(test_foreign_owner_outlives_array);
  RUN(test_observers);
  RUN(test_delete_event_and_release_in_buffer_changed);
  RUN(test_visit_and_remove_observers_by_fn);
  return vb_test_done();
}
