/* test_typed.c - VTK 9.7's typed accessors in the core: the component and
 * tuple functions under VB_RULES_VALUE, InsertTypedComponent, ReserveValues
 * and ReserveTuples (sizes measured on VTK 9.7.1), GetValueRange and
 * LookupValue; refused values and failed allocations leave arrays
 * unchanged. */
#include <math.h>
#include <stdint.h>

#include "vb_test.h"

static const int layouts[] = {VB_LAYOUT_AOS, VB_LAYOUT_SOA, VB_LAYOUT_SCALED_SOA};

static vb_array *make(int type, int layout, int comps, int64_t tuples) {
  vb_array *a = vb_array_new_layout(type, layout);
  vb_array_set_number_of_components(a, comps);
  vb_array_set_number_of_tuples(a, tuples);
  return a;
}

static int nevents;
static void count_event(vb_object *o, unsigned long ev, void *cd, void *ud) {
  (void)o; (void)ev; (void)cd; (void)ud;
  nevents++;
}

TEST(test_typed_component_value_rules) {
  int l;
  for (l = 0; l < 3; l++) {
    vb_array *a = make(VB_INT, layouts[l], 2, 3);
    vb_scalar v = vb_scalar_int(5), out;
    CHECK_EQ_INT(vb_array_set_component_s(a, 0, 1, VB_RULES_VALUE, &v), VB_OK);
    CHECK_EQ_INT(vb_array_get_component_s(a, 0, 1, VB_RULES_VALUE, &out), VB_OK);
    CHECK(out.kind == VB_SCALAR_INT && out.v.i == 5);
    v = vb_scalar_real(5.5); /* a float into an int array: TypeError in VTK */
    CHECK_EQ_INT(vb_array_set_component_s(a, 0, 1, VB_RULES_VALUE, &v), VB_ETYPE);
    v = vb_scalar_int(1LL << 40); /* OverflowError in VTK */
    CHECK_EQ_INT(vb_array_set_component_s(a, 0, 1, VB_RULES_VALUE, &v), VB_ENOFIT);
    vb_array_get_component_s(a, 0, 1, VB_RULES_VALUE, &out);
    CHECK(out.v.i == 5); /* unchanged */
    v = vb_scalar_int(1);
    CHECK_EQ_INT(vb_array_set_component_s(a, 0, 2, VB_RULES_VALUE, &v), VB_ERANGE);
    CHECK_EQ_INT(vb_array_set_component_s(a, 3, 0, VB_RULES_VALUE, &v), VB_ERANGE);
    CHECK_EQ_INT(vb_array_get_component_s(a, -1, 0, VB_RULES_VALUE, &out), VB_ERANGE);
    vb_array_release(a);
  }
}

TEST(test_typed_tuple_value_rules) {
  vb_array *a = make(VB_UNSIGNED_CHAR, VB_LAYOUT_AOS, 2, 2);
  vb_scalar t[2] = {{VB_SCALAR_INT, {7}}, {VB_SCALAR_INT, {8}}}, out[2];
  CHECK_EQ_INT(vb_array_set_tuple_s(a, 1, VB_RULES_VALUE, t), VB_OK);
  t[1].v.i = 300; /* checked whole before anything is written */
  t[0].v.i = 9;
  CHECK_EQ_INT(vb_array_set_tuple_s(a, 1, VB_RULES_VALUE, t), VB_ENOFIT);
  CHECK_EQ_INT(vb_array_insert_next_tuple_s(a, VB_RULES_VALUE, t), VB_ENOFIT);
  CHECK_EQ_INT(vb_array_get_number_of_tuples(a), 2);
  CHECK_EQ_INT(vb_array_get_tuple_s(a, 1, VB_RULES_VALUE, out), VB_OK);
  CHECK(out[0].v.i == 7 && out[1].v.i == 8);
  t[1].v.i = 255;
  CHECK_EQ_INT(vb_array_insert_next_tuple_s(a, VB_RULES_VALUE, t), VB_OK);
  CHECK_EQ_INT(vb_array_get_number_of_tuples(a), 3);
  CHECK_EQ_INT(vb_array_insert_tuple_s(a, 5, VB_RULES_VALUE, t), VB_OK);
  CHECK_EQ_INT(vb_array_get_number_of_tuples(a), 6);
  vb_array_release(a);
  { /* 64-bit exact, char arrays take characters */
    vb_array *b = make(VB_UNSIGNED_LONG_LONG, VB_LAYOUT_SOA, 1, 1);
    vb_scalar u = vb_scalar_uint(UINT64_MAX), o;
    CHECK_EQ_INT(vb_array_set_tuple_s(b, 0, VB_RULES_VALUE, &u), VB_OK);
    CHECK_EQ_INT(vb_array_get_tuple_s(b, 0, VB_RULES_VALUE, &o), VB_OK);
    CHECK(o.kind == VB_SCALAR_UINT && o.v.u == UINT64_MAX);
    vb_array_release(b);
    b = make(VB_CHAR, VB_LAYOUT_AOS, 1, 1);
    u.kind = VB_SCALAR_CHAR;
    u.v.i = 'q';
    CHECK_EQ_INT(vb_array_set_tuple_s(b, 0, VB_RULES_VALUE, &u), VB_OK);
    CHECK_EQ_INT(vb_array_get_tuple_s(b, 0, VB_RULES_VALUE, &o), VB_OK);
    CHECK(o.kind == VB_SCALAR_CHAR && o.v.i == 'q');
    u = vb_scalar_int(5);
    CHECK_EQ_INT(vb_array_set_tuple_s(b, 0, VB_RULES_VALUE, &u), VB_ETYPE);
    vb_array_release(b);
  }
}

TEST(test_insert_typed_component) {
  int l;
  for (l = 0; l < 3; l++) {
    vb_array *a = make(VB_SHORT, layouts[l], 3, 0);
    vb_scalar v = vb_scalar_int(-7), out;
    nevents = 0;
    vb_object_add_observer(vb_array_object(a), VB_BUFFER_CHANGED_EVENT, count_event, NULL, NULL);
    CHECK_EQ_INT(vb_array_insert_component_s(a, 2, 1, VB_RULES_VALUE, &v), VB_OK);
    CHECK_EQ_INT(vb_array_get_number_of_tuples(a), 3);
    CHECK_EQ_INT(vb_array_get_max_id(a), 8);
    CHECK(nevents > 0);
    CHECK_EQ_INT(vb_array_get_component_s(a, 2, 1, VB_RULES_VALUE, &out), VB_OK);
    CHECK(out.v.i == -7);
    v = vb_scalar_int(4); /* inside: no growth, no event */
    nevents = 0;
    CHECK_EQ_INT(vb_array_insert_component_s(a, 0, 2, VB_RULES_VALUE, &v), VB_OK);
    CHECK_EQ_INT(vb_array_get_number_of_tuples(a), 3);
    CHECK_EQ_INT(nevents, 0);
    /* refused: nothing changes */
    v = vb_scalar_int(40000);
    CHECK_EQ_INT(vb_array_insert_component_s(a, 9, 0, VB_RULES_VALUE, &v), VB_ENOFIT);
    v = vb_scalar_real(1.5);
    CHECK_EQ_INT(vb_array_insert_component_s(a, 9, 0, VB_RULES_VALUE, &v), VB_ETYPE);
    CHECK_EQ_INT(vb_array_insert_component_s(a, 9, 0, VB_RULES_DOUBLE, &v), VB_OK); /* double API */
    CHECK_EQ_INT(vb_array_get_number_of_tuples(a), 10);
    v = vb_scalar_int(1);
    CHECK_EQ_INT(vb_array_insert_component_s(a, 1, 3, VB_RULES_VALUE, &v), VB_ERANGE);
    CHECK_EQ_INT(vb_array_insert_component_s(a, 1, -1, VB_RULES_VALUE, &v), VB_ERANGE);
    CHECK_EQ_INT(vb_array_insert_component_s(a, -1, 0, VB_RULES_VALUE, &v), VB_ERANGE);
    CHECK_EQ_INT(vb_array_insert_component_s(a, INT64_MAX, 0, VB_RULES_VALUE, &v), VB_EOVERFLOW);
    CHECK_EQ_INT(vb_array_insert_component_s(a, 0, 0, 7, &v), VB_EINVAL);
    CHECK_EQ_INT(vb_array_insert_component_s(a, 0, 0, VB_RULES_VALUE, NULL), VB_EINVAL);
    CHECK_EQ_INT(vb_array_insert_component_s(NULL, 0, 0, VB_RULES_VALUE, &v), VB_EINVAL);
    CHECK_EQ_INT(vb_array_get_number_of_tuples(a), 10);
    vb_array_release(a);
  }
}

/* every allocation of a growing InsertTypedComponent may fail: unchanged, no event */
TEST(test_insert_typed_component_enomem) {
  int l;
  for (l = 0; l < 3; l++) {
    long fail_at;
    int succeeded = 0;
    for (fail_at = 0; fail_at < 16 && !succeeded; fail_at++) {
      vb_array *a = make(VB_FLOAT, layouts[l], 2, 2);
      vb_scalar v = vb_scalar_real(2.5), out;
      int st;
      vb_array_set_component(a, 1, 1, 9.0);
      nevents = 0;
      vb_object_add_observer(vb_array_object(a), VB_BUFFER_CHANGED_EVENT, count_event, NULL, NULL);
      vbt_alloc_fail_after(fail_at);
      st = vb_array_insert_component_s(a, 40, 0, VB_RULES_VALUE, &v);
      vbt_alloc_reset();
      if (st == VB_OK) {
        succeeded = 1;
        CHECK_EQ_INT(vb_array_get_number_of_tuples(a), 41);
      } else {
        CHECK_EQ_INT(st, VB_ENOMEM);
        CHECK_EQ_INT(nevents, 0);
        CHECK_EQ_INT(vb_array_get_number_of_tuples(a), 2);
        CHECK_EQ_INT(vb_array_get_size(a), 4);
        vb_array_get_component_s(a, 1, 1, VB_RULES_VALUE, &out);
        CHECK(out.v.d == 9.0);
      }
      vb_array_release(a);
    }
    CHECK(succeeded);
  }
}

/* sizes as VTK 9.7.1 gives them (measured) */
TEST(test_reserve_values_tuples) {
  int l;
  for (l = 0; l < 3; l++) {
    vb_array *a = vb_array_new_layout(VB_FLOAT, layouts[l]), *b;
    vb_array_set_number_of_components(a, 3);
    CHECK_EQ_INT(vb_array_reserve_tuples(a, 10), VB_OK);
    CHECK_EQ_INT(vb_array_get_size(a), 30);
    CHECK_EQ_INT(vb_array_reserve_tuples(a, 5), VB_OK);
    CHECK_EQ_INT(vb_array_get_size(a), 30);
    CHECK_EQ_INT(vb_array_reserve_tuples(a, 20), VB_OK);
    CHECK_EQ_INT(vb_array_get_size(a), 90);
    CHECK_EQ_INT(vb_array_reserve_values(a, 7), VB_OK);
    CHECK_EQ_INT(vb_array_get_size(a), 90);
    CHECK_EQ_INT(vb_array_reserve_values(a, 100), VB_OK);
    CHECK_EQ_INT(vb_array_get_size(a), 192);
    CHECK_EQ_INT(vb_array_get_number_of_tuples(a), 0);
    CHECK_EQ_INT(vb_array_reserve_values(a, -1), VB_EOVERFLOW);
    CHECK_EQ_INT(vb_array_reserve_values(NULL, 1), VB_EINVAL);
    CHECK_EQ_INT(vb_array_get_size(a), 192);
    b = vb_array_new_layout(VB_FLOAT, layouts[l]);
    CHECK_EQ_INT(vb_array_reserve_values(b, 5), VB_OK);
    CHECK_EQ_INT(vb_array_get_size(b), 5);
    CHECK_EQ_INT(vb_array_get_number_of_values(b), 0);
    vb_array_release(a);
    vb_array_release(b);
  }
}

static void ins2(vb_array *a, vb_scalar x, vb_scalar y) {
  vb_scalar t[2];
  t[0] = x;
  t[1] = y;
  CHECK_EQ_INT(vb_array_insert_next_tuple_s(a, VB_RULES_DOUBLE, t), VB_OK);
}

TEST(test_value_range) {
  vb_scalar r[2];
  int l;
  for (l = 0; l < 3; l++) {
    vb_array *a = vb_array_new_layout(VB_DOUBLE, layouts[l]);
    vb_array_set_number_of_components(a, 2);
    CHECK_EQ_INT(vb_array_get_value_range(a, 0, r), VB_OK); /* empty */
    CHECK(r[0].kind == VB_SCALAR_REAL && r[0].v.d == 1e299 && r[1].v.d == -1e299);
    ins2(a, vb_scalar_real(1), vb_scalar_real(2));
    ins2(a, vb_scalar_real(3), vb_scalar_real(-4));
    ins2(a, vb_scalar_real(NAN), vb_scalar_real(9));
    CHECK_EQ_INT(vb_array_get_value_range(a, 0, r), VB_OK);
    CHECK(r[0].v.d == 1.0 && r[1].v.d == 3.0); /* NaN skipped */
    CHECK_EQ_INT(vb_array_get_value_range(a, 1, r), VB_OK);
    CHECK(r[0].v.d == -4.0 && r[1].v.d == 9.0);
    CHECK_EQ_INT(vb_array_get_value_range(a, -1, r), VB_OK);
    CHECK(fabs(r[0].v.d - sqrt(5.0)) < 1e-15 && r[1].v.d == 5.0);
    CHECK_EQ_INT(vb_array_get_value_range(a, 2, r), VB_ERANGE);
    CHECK_EQ_INT(vb_array_get_value_range(a, -2, r), VB_ERANGE);
    CHECK_EQ_INT(vb_array_get_value_range(a, 0, NULL), VB_EINVAL);
    vb_array_release(a);
  }
  { /* integers exactly, in the value type */
    vb_array *a = vb_array_new(VB_LONG_LONG);
    vb_array_insert_next_value_i64(a, (1LL << 62) + 1);
    vb_array_insert_next_value_i64(a, -5);
    vb_array_insert_next_value_i64(a, (1LL << 62));
    CHECK_EQ_INT(vb_array_get_value_range(a, 0, r), VB_OK);
    CHECK(r[0].kind == VB_SCALAR_INT && r[0].v.i == -5);
    CHECK(r[1].kind == VB_SCALAR_INT && r[1].v.i == (1LL << 62) + 1);
    vb_array_release(a);
    a = vb_array_new(VB_UNSIGNED_LONG_LONG);
    {
      vb_scalar u = vb_scalar_uint(UINT64_MAX), w = vb_scalar_uint(UINT64_MAX - 1);
      vb_array_insert_next_value_s(a, &w);
      vb_array_insert_next_value_s(a, &u);
      vb_array_insert_next_value_i64(a, 3);
    }
    CHECK_EQ_INT(vb_array_get_value_range(a, 0, r), VB_OK);
    CHECK(r[0].kind == VB_SCALAR_INT && r[0].v.i == 3);
    CHECK(r[1].kind == VB_SCALAR_UINT && r[1].v.u == UINT64_MAX);
    vb_array_release(a);
    a = vb_array_new(VB_INT); /* empty: 1e299 / -1e299 saturated into int */
    CHECK_EQ_INT(vb_array_get_value_range(a, 0, r), VB_OK);
    CHECK(r[0].kind == VB_SCALAR_INT && r[0].v.i == INT32_MAX && r[1].v.i == INT32_MIN);
    vb_array_release(a);
    a = vb_array_new(VB_CHAR);
    {
      vb_scalar c = {VB_SCALAR_CHAR, {'z'}};
      vb_array_insert_next_value_s(a, &c);
      c.v.i = 'a';
      vb_array_insert_next_value_s(a, &c);
    }
    CHECK_EQ_INT(vb_array_get_value_range(a, 0, r), VB_OK);
    CHECK(r[0].kind == VB_SCALAR_CHAR && r[0].v.i == 'a' && r[1].v.i == 'z');
    vb_array_release(a);
  }
}

static int64_t lookup(vb_array *a, vb_scalar v) {
  int64_t i = -2;
  CHECK_EQ_INT(vb_array_lookup_value_s(a, &v, &i), VB_OK);
  return i;
}

TEST(test_lookup_value) {
  int l;
  for (l = 0; l < 3; l++) {
    vb_array *a = vb_array_new_layout(VB_DOUBLE, layouts[l]);
    vb_array_set_number_of_components(a, 2);
    ins2(a, vb_scalar_real(1), vb_scalar_real(2));
    ins2(a, vb_scalar_real(3), vb_scalar_real(-4));
    ins2(a, vb_scalar_real(NAN), vb_scalar_real(9));
    CHECK_EQ_INT(lookup(a, vb_scalar_int(3)), 2);
    CHECK_EQ_INT(lookup(a, vb_scalar_real(3.0)), 2);
    CHECK_EQ_INT(lookup(a, vb_scalar_int(-4)), 3);
    CHECK_EQ_INT(lookup(a, vb_scalar_real(NAN)), 4); /* NaN finds NaN, as VTK */
    CHECK_EQ_INT(lookup(a, vb_scalar_int(99)), -1);
    {
      vb_scalar c = {VB_SCALAR_CHAR, {'a'}};
      CHECK_EQ_INT(lookup(a, c), -1);
    }
    vb_array_release(a);
  }
  {
    vb_array *a = vb_array_new(VB_UNSIGNED_CHAR);
    vb_scalar big = {VB_SCALAR_BIG, {0}};
    int64_t i;
    vb_array_insert_next_value_i64(a, 1);
    vb_array_insert_next_value_i64(a, 255);
    CHECK_EQ_INT(lookup(a, vb_scalar_int(255)), 1);
    CHECK_EQ_INT(lookup(a, vb_scalar_real(255.0)), 1);
    /* VTK 9.7.1 (measured): the argument is converted to the value type, a C
     * conversion: reals truncate, integers wrap */
    CHECK_EQ_INT(lookup(a, vb_scalar_real(1.5)), 0);
    CHECK_EQ_INT(lookup(a, vb_scalar_real(1.9)), 0);
    CHECK_EQ_INT(lookup(a, vb_scalar_int(257)), 0);
    CHECK_EQ_INT(lookup(a, vb_scalar_int(-1)), 1);
    CHECK_EQ_INT(lookup(a, vb_scalar_int(300)), -1);
    CHECK_EQ_INT(lookup(a, vb_scalar_real(-1.5)), -1); /* undefined cast in VTK: not found */
    CHECK_EQ_INT(lookup(a, vb_scalar_real(NAN)), -1);
    big.v.d = 1e30; /* an integer past int64: OverflowError in VTK */
    CHECK_EQ_INT(vb_array_lookup_value_s(a, &big, &i), VB_ENOFIT);
    big = vb_scalar_uint(1ULL << 63);
    CHECK_EQ_INT(vb_array_lookup_value_s(a, &big, &i), VB_ENOFIT);
    vb_clear_error(); /* not found is not a failure: nothing recorded */
    lookup(a, vb_scalar_int(300));
    CHECK_EQ_INT(vb_last_status(), VB_OK);
    CHECK_EQ_INT(vb_array_lookup_value_s(a, NULL, &i), VB_EINVAL);
    big.kind = 99;
    CHECK_EQ_INT(vb_array_lookup_value_s(a, &big, &i), VB_EINVAL);
    CHECK_EQ_INT(vb_array_lookup_value_s(NULL, &big, &i), VB_EINVAL);
    vb_array_release(a);
  }
  {
    vb_array *a = vb_array_new(VB_UNSIGNED_LONG_LONG);
    vb_scalar u = vb_scalar_uint(UINT64_MAX);
    vb_array_insert_next_value_i64(a, 0);
    vb_array_insert_next_value_s(a, &u);
    CHECK_EQ_INT(lookup(a, vb_scalar_int(-1)), 1); /* wraps to UINT64_MAX, as VTK */
    CHECK_EQ_INT(lookup(a, vb_scalar_int(-2)), -1);
    vb_array_release(a);
    a = vb_array_new(VB_LONG_LONG);
    vb_array_insert_next_value_i64(a, (1LL << 62) + 1);
    CHECK_EQ_INT(lookup(a, vb_scalar_int((1LL << 62) + 1)), 0);
    CHECK_EQ_INT(lookup(a, vb_scalar_int(1LL << 62)), -1); /* exact, not through double */
    vb_array_release(a);
    a = vb_array_new(VB_FLOAT);
    vb_array_insert_next_value(a, 0.1);
    CHECK_EQ_INT(lookup(a, vb_scalar_real(0.1)), 0); /* compared as a float */
    CHECK_EQ_INT(lookup(a, vb_scalar_real(1e300)), -1);
    vb_array_release(a);
    a = vb_array_new(VB_CHAR);
    {
      vb_scalar c = {VB_SCALAR_CHAR, {'z'}};
      vb_array_insert_next_value_s(a, &c);
      CHECK_EQ_INT(lookup(a, c), 0);
      CHECK_EQ_INT(lookup(a, vb_scalar_int('z')), 0); /* a code, as VTK */
      c.v.i = -1;
      CHECK_EQ_INT(lookup(a, c), -1);
    }
    vb_array_release(a);
  }
}

int main(void) {
  RUN(test_typed_component_value_rules);
  RUN(test_typed_tuple_value_rules);
  RUN(test_insert_typed_component);
  RUN(test_insert_typed_component_enomem);
  RUN(test_reserve_values_tuples);
  RUN(test_value_range);
  RUN(test_lookup_value);
  return vb_test_done();
}
