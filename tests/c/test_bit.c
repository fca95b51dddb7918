/* test_bit.c - vtkBitArray in the core (VB_BIT): packed storage (MSB first),
 * VTK 9.7.1's value rules and sizes (measured with VTK 9.7.1's Python
 * wrapping), BufferChangedEvent exactly when the bytes move, copies to and
 * from other types, exports holding their block, and failed allocations
 * leaving the array unchanged. */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>

#include "vb_test.h"

static int nevents;
static void count_event(vb_object *o, unsigned long ev, void *cd, void *ud) {
  (void)o; (void)ev; (void)cd; (void)ud;
  nevents++;
}

static vb_array *bits(const int *v, int n) {
  vb_array *a = vb_array_new(VB_BIT);
  int i;
  for (i = 0; i < n; i++) vb_array_insert_next_value_i64(a, v[i]);
  return a;
}

static int value(const vb_array *a, int64_t i) {
  vb_scalar s;
  if (vb_array_get_value_s(a, i, &s) != VB_OK || s.kind != VB_SCALAR_INT) return -1;
  return (int)s.v.i;
}

static const unsigned char *bytes(const vb_array *a) {
  return vb_buffer_data(vb_array_get_buffer(a));
}

TEST(test_bit_description) {
  vb_array *a = vb_array_new(VB_BIT);
  CHECK(a != NULL);
  CHECK_EQ_INT(vb_array_type(a), VB_BIT);
  CHECK_EQ_INT(vb_array_layout(a), VB_LAYOUT_AOS);
  CHECK(strcmp(vb_array_class_name(a), "vtkBitArray") == 0);
  CHECK(strcmp(vb_object_class_name(vb_array_object(a)), "vtkBitArray") == 0);
  CHECK_EQ_INT(vb_array_elem_size(a), 0); /* VTK: GetDataTypeSize() == 0 */
  CHECK(strcmp(vb_type_name(VB_BIT), "bit") == 0);
  CHECK(vb_type_min(VB_BIT) == 0.0 && vb_type_max(VB_BIT) == 1.0);
  CHECK(vb_type_is_integer(VB_BIT) && !vb_type_is_signed(VB_BIT));
  CHECK(!vb_type_is_valid(VB_BIT)); /* no buffers or points of bits */
  CHECK(vb_buffer_new(VB_BIT) == NULL);
  CHECK_EQ_INT(vb_buffer_type(vb_array_get_buffer(a)), VB_UNSIGNED_CHAR);
  CHECK(vb_array_contiguous_buffer(a) == NULL);
  vb_array_release(a);
  CHECK(vb_array_new_layout(VB_BIT, VB_LAYOUT_SOA) == NULL);
  CHECK_EQ_INT(vb_last_status(), VB_ETYPE);
}

/* VTK 9.7.1: [1,0,1,1,0,0,0,1, 1,1] is stored as bytes 0xb1 0xc0 */
TEST(test_bit_packing_msb_first) {
  static const int v[] = {1, 0, 1, 1, 0, 0, 0, 1, 1, 1};
  vb_array *a = bits(v, 10);
  int i;
  CHECK_EQ_INT(vb_array_get_number_of_values(a), 10);
  CHECK_EQ_INT(bytes(a)[0], 0xb1);
  CHECK_EQ_INT(bytes(a)[1], 0xc0);
  for (i = 0; i < 10; i++) CHECK_EQ_INT(value(a, i), v[i]);
  CHECK(vb_array_data(a) == bytes(a));
  vb_array_release(a);
}

/* value API: a C int, non-zero stored as 1; double API: VTK's int cast */
TEST(test_bit_value_rules) {
  vb_array *a = vb_array_new(VB_BIT);
  vb_scalar s, out;
  int64_t ok_ints[] = {0, 1, 2, -1, 255, 256, INT32_MAX, INT32_MIN};
  int expect[] = {0, 1, 1, 1, 1, 1, 1, 1};
  double reals[] = {0.0, 0.5, -0.7, 1.5, -1.2, 2.0, 1e300, INFINITY, NAN};
  int rbits[] = {0, 0, 0, 1, 1, 1, 1, 1, 0}; /* NaN: 0 (VTK: 1, an undefined cast) */
  size_t k;
  vb_array_set_number_of_values(a, 1);
  for (k = 0; k < sizeof ok_ints / sizeof ok_ints[0]; k++) {
    s = vb_scalar_int(ok_ints[k]);
    vb_array_set_value_i64(a, 0, 0);
    CHECK_EQ_INT(vb_array_set_value_s(a, 0, &s), VB_OK);
    CHECK_EQ_INT(value(a, 0), expect[k]);
  }
  vb_array_set_value_i64(a, 0, 1);
  s = vb_scalar_int((int64_t)INT32_MAX + 1);
  CHECK_EQ_INT(vb_array_set_value_s(a, 0, &s), VB_ENOFIT);
  CHECK_EQ_INT(vb_array_insert_next_value_s(a, &s), VB_ENOFIT);
  s = vb_scalar_int((int64_t)INT32_MIN - 1);
  CHECK_EQ_INT(vb_array_insert_value_s(a, 5, &s), VB_ENOFIT);
  s = vb_scalar_uint(UINT64_MAX);
  CHECK_EQ_INT(vb_array_set_value_s(a, 0, &s), VB_ENOFIT);
  s.kind = VB_SCALAR_BIG;
  s.v.d = 1e30;
  CHECK_EQ_INT(vb_array_set_value_s(a, 0, &s), VB_ENOFIT);
  s = vb_scalar_real(1.0); /* TypeError in VTK: integer argument expected */
  CHECK_EQ_INT(vb_array_set_value_s(a, 0, &s), VB_ETYPE);
  s.kind = VB_SCALAR_CHAR;
  s.v.i = 'a';
  CHECK_EQ_INT(vb_array_set_value_s(a, 0, &s), VB_ETYPE);
  CHECK_EQ_INT(vb_array_get_number_of_values(a), 1); /* refused: nothing inserted */
  CHECK_EQ_INT(value(a, 0), 1);
  for (k = 0; k < sizeof reals / sizeof reals[0]; k++) {
    s = vb_scalar_real(reals[k]);
    vb_array_set_value_i64(a, 0, 1 - rbits[k]);
    CHECK_EQ_INT(vb_array_set_tuple_s(a, 0, VB_RULES_DOUBLE, &s), VB_OK);
    CHECK_EQ_INT(value(a, 0), rbits[k]);
    CHECK_EQ_INT(vb_array_set_component(a, 0, 0, 1.0 - rbits[k]), VB_OK);
    CHECK_EQ_INT(vb_array_set_component(a, 0, 0, reals[k]), VB_OK);
    CHECK_EQ_INT(value(a, 0), rbits[k]);
  }
  s = vb_scalar_int(INT64_MAX); /* the double API takes any integer */
  CHECK_EQ_INT(vb_array_set_tuple_s(a, 0, VB_RULES_DOUBLE, &s), VB_OK);
  CHECK_EQ_INT(value(a, 0), 1);
  /* reads: INT under the value rules, REAL under the double rules */
  CHECK_EQ_INT(vb_array_get_tuple_s(a, 0, VB_RULES_DOUBLE, &out), VB_OK);
  CHECK(out.kind == VB_SCALAR_REAL && out.v.d == 1.0);
  CHECK_EQ_INT(vb_array_get_component_s(a, 0, 0, VB_RULES_VALUE, &out), VB_OK);
  CHECK(out.kind == VB_SCALAR_INT && out.v.i == 1);
  CHECK_EQ_INT(vb_array_get_value_s(a, 1, &out), VB_ERANGE);
  CHECK_EQ_INT(vb_array_get_value_s(a, -1, &out), VB_ERANGE);
  vb_array_release(a);
}

/* GetSize after inserts, measured on VTK 9.7.1 */
TEST(test_bit_insert_growth_as_vtk) {
  static const int64_t sizes[] = {2, 2, 6, 6, 6, 6, 14, 14, 14, 14, 14, 14, 14, 14, 30};
  vb_array *a = vb_array_new(VB_BIT);
  size_t k;
  int nc;
  vb_object_add_observer(vb_array_object(a), VB_BUFFER_CHANGED_EVENT, count_event, NULL, NULL);
  nevents = 0;
  for (k = 0; k < sizeof sizes / sizeof sizes[0]; k++) {
    CHECK_EQ_INT(vb_array_insert_next_value_i64(a, 1), VB_OK);
    CHECK_EQ_INT(vb_array_get_size(a), sizes[k]);
  }
  /* bytes moved 3 times (1 -> 2 -> 4 bytes); Size 2 -> 6 stayed in 1 byte */
  CHECK_EQ_INT(vb_buffer_count(vb_array_get_buffer(a)), 4);
  CHECK_EQ_INT(nevents, 3);
  vb_array_release(a);
  /* InsertValue(0), InsertValue(7); InsertNextTuple, InsertTuple(4);
   * InsertComponent(3, 0) (set_number_of_tuples + component, vtkbuf's) */
  for (nc = 1; nc <= 3; nc++) {
    static const int64_t iv[3][2] = {{2, 11}, {2, 12}, {3, 12}}, it[3][2] = {{2, 8}, {2, 12}, {3, 18}};
    vb_scalar one[3] = {{VB_SCALAR_INT, {1}}, {VB_SCALAR_INT, {1}}, {VB_SCALAR_INT, {1}}};
    a = vb_array_new(VB_BIT);
    vb_array_set_number_of_components(a, nc);
    vb_array_insert_value_s(a, 0, one);
    CHECK_EQ_INT(vb_array_get_size(a), iv[nc - 1][0]);
    vb_array_insert_value_s(a, 7, one);
    CHECK_EQ_INT(vb_array_get_size(a), iv[nc - 1][1]);
    CHECK_EQ_INT(vb_array_get_number_of_values(a), 8);
    CHECK_EQ_INT(value(a, 0), 1);
    CHECK_EQ_INT(value(a, 3), 0); /* new bits are 0 */
    vb_array_release(a);
    a = vb_array_new(VB_BIT);
    vb_array_set_number_of_components(a, nc);
    vb_array_insert_next_tuple_s(a, VB_RULES_DOUBLE, one);
    CHECK_EQ_INT(vb_array_get_size(a), it[nc - 1][0]);
    vb_array_insert_tuple_s(a, 4, VB_RULES_DOUBLE, one);
    CHECK_EQ_INT(vb_array_get_size(a), it[nc - 1][1]);
    CHECK_EQ_INT(vb_array_get_number_of_tuples(a), 5);
    vb_array_release(a);
  }
}

/* SetNumberOfValues / Resize / Squeeze / Allocate / Initialize: VTK 9.7.1's
 * sizes, one event per move of the bytes, none otherwise */
TEST(test_bit_shape_sizes_and_events) {
  vb_array *a = vb_array_new(VB_BIT);
  vb_object_add_observer(vb_array_object(a), VB_BUFFER_CHANGED_EVENT, count_event, NULL, NULL);
  nevents = 0;
  vb_array_set_number_of_values(a, 10);
  CHECK_EQ_INT(vb_array_get_size(a), 10);
  CHECK_EQ_INT(vb_buffer_count(vb_array_get_buffer(a)), 2);
  CHECK_EQ_INT(nevents, 1);
  vb_array_set_number_of_values(a, 10);
  CHECK_EQ_INT(nevents, 1);
  /* vtkbuf's common policy for every array: SetNumberOfValues shrinks
   * (VTK 9.7.1 keeps Size 10 here, for every array type) */
  vb_array_set_number_of_values(a, 5);
  CHECK_EQ_INT(vb_array_get_size(a), 5);
  CHECK_EQ_INT(nevents, 2); /* 2 bytes -> 1 */
  vb_array_set_number_of_values(a, 10);
  CHECK_EQ_INT(vb_array_get_size(a), 15);
  CHECK_EQ_INT(nevents, 3);
  vb_array_set_number_of_values(a, 20);
  CHECK_EQ_INT(vb_array_get_size(a), 35);
  CHECK_EQ_INT(nevents, 4);
  vb_array_squeeze(a);
  CHECK_EQ_INT(vb_array_get_size(a), 20);
  CHECK_EQ_INT(nevents, 5);
  vb_array_squeeze(a);
  CHECK_EQ_INT(nevents, 5);
  vb_array_set_number_of_values(a, 17); /* 20 -> 17 bits: 3 bytes either way */
  CHECK_EQ_INT(vb_array_get_size(a), 17);
  CHECK_EQ_INT(nevents, 5);
  vb_array_resize(a, 30);
  CHECK_EQ_INT(vb_array_get_size(a), 47);
  vb_array_resize(a, 3);
  CHECK_EQ_INT(vb_array_get_size(a), 3);
  CHECK_EQ_INT(vb_array_get_number_of_values(a), 3);
  CHECK_EQ_INT(nevents, 7);
  vb_array_set_number_of_components(a, 3);
  vb_array_resize(a, 5);
  CHECK_EQ_INT(vb_array_get_size(a), 18);
  vb_array_reserve_tuples(a, 6);
  CHECK_EQ_INT(vb_array_get_size(a), 18);
  vb_array_reserve_values(a, 30);
  CHECK_EQ_INT(vb_array_get_size(a), 48); /* 6 tuples + 10 */
  vb_array_initialize(a);
  CHECK_EQ_INT(vb_array_get_size(a), 0);
  CHECK_EQ_INT(vb_array_get_number_of_components(a), 3);
  CHECK(vb_buffer_block(vb_array_get_buffer(a)) == NULL);
  CHECK_EQ_INT(nevents, 10);
  vb_array_initialize(a);
  CHECK_EQ_INT(nevents, 10);
  vb_array_allocate(a, 100, 0);
  CHECK_EQ_INT(vb_array_get_size(a), 102);
  CHECK_EQ_INT(vb_array_get_number_of_values(a), 0);
  vb_array_release(a);
}

/* a shrink inside the last byte then a growth: the regrown bits read 0 */
TEST(test_bit_regrown_bits_are_zero) {
  static const int v[] = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
  vb_array *a = bits(v, 10);
  int i;
  vb_array_resize(a, 3);
  CHECK_EQ_INT(bytes(a)[0], 0xe0);
  vb_array_set_number_of_values(a, 10);
  for (i = 3; i < 10; i++) CHECK_EQ_INT(value(a, i), 0);
  vb_array_set_number_of_values(a, 5); /* MaxId only: values kept, as every array */
  vb_array_set_number_of_values(a, 10);
  CHECK_EQ_INT(value(a, 2), 1);
  vb_array_release(a);
}

TEST(test_bit_tuples_range_lookup) {
  static const int v[] = {1, 0, 1, 1, 0, 1};
  vb_array *a = bits(v, 6);
  double t[3], r[2];
  vb_scalar s, vr[2];
  int64_t idx;
  vb_array_set_number_of_components(a, 2);
  CHECK_EQ_INT(vb_array_get_number_of_tuples(a), 3);
  CHECK_EQ_INT(vb_array_get_tuple(a, 1, t), VB_OK);
  CHECK(t[0] == 1.0 && t[1] == 1.0);
  CHECK_EQ_INT(vb_array_get_range(a, 0, r), VB_OK);
  CHECK(r[0] == 0.0 && r[1] == 1.0);
  CHECK_EQ_INT(vb_array_get_range(a, -1, r), VB_OK);
  CHECK(r[0] == 1.0 && fabs(r[1] - sqrt(2.0)) < 1e-15);
  CHECK_EQ_INT(vb_array_get_value_range(a, 1, vr), VB_OK);
  CHECK(vr[0].kind == VB_SCALAR_INT && vr[0].v.i == 0 && vr[1].v.i == 1);
  s = vb_scalar_int(0);
  CHECK_EQ_INT(vb_array_lookup_value_s(a, &s, &idx), VB_OK);
  CHECK_EQ_INT(idx, 1);
  s = vb_scalar_int(1);
  vb_array_lookup_value_s(a, &s, &idx);
  CHECK_EQ_INT(idx, 0);
  s = vb_scalar_int(5); /* VTK: -1 */
  vb_array_lookup_value_s(a, &s, &idx);
  CHECK_EQ_INT(idx, -1);
  s = vb_scalar_real(1.0); /* VTK 9.7.1: TypeError (an ambiguous overload) */
  CHECK_EQ_INT(vb_array_lookup_value_s(a, &s, &idx), VB_ETYPE);
  s = vb_scalar_int(7); /* InsertTypedComponent grows to t + 1 tuples */
  CHECK_EQ_INT(vb_array_insert_component_s(a, 4, 1, VB_RULES_VALUE, &s), VB_OK);
  CHECK_EQ_INT(vb_array_get_number_of_tuples(a), 5);
  CHECK_EQ_INT(value(a, 9), 1);
  CHECK_EQ_INT(value(a, 8), 0);
  vb_array_initialize(a);
  CHECK_EQ_INT(vb_array_get_range(a, 0, r), VB_OK);
  CHECK(r[0] == 1e299 && r[1] == -1e299);
  CHECK_EQ_INT(vb_array_get_value_range(a, 0, vr), VB_OK); /* saturated: (max, min) */
  CHECK(vr[0].v.i == 1 && vr[1].v.i == 0);
  vb_array_release(a);
}

TEST(test_bit_copies) {
  static const int v[] = {1, 0, 1, 1, 0, 1};
  static const double d[] = {0, 0.5, 1.5, -0.7, -1.2, 2.0, 1e300};
  static const int dbits[] = {0, 0, 1, 0, 1, 1, 1};
  vb_array *b = bits(v, 6), *c = vb_array_new(VB_BIT), *i32 = vb_array_new(VB_INT);
  vb_array *dd = vb_array_new(VB_DOUBLE);
  int k;
  vb_array_set_number_of_components(b, 2);
  /* bit -> bit: bytes copied, Size = values */
  CHECK_EQ_INT(vb_array_deep_copy(c, b), VB_OK);
  CHECK_EQ_INT(vb_array_get_number_of_components(c), 2);
  CHECK_EQ_INT(vb_array_get_number_of_values(c), 6);
  CHECK_EQ_INT(vb_array_get_size(c), 6);
  CHECK_EQ_INT(bytes(c)[0], 0xb4);
  CHECK(bytes(c) != bytes(b));
  /* bit -> int: 0/1 */
  CHECK_EQ_INT(vb_array_deep_copy(i32, b), VB_OK);
  for (k = 0; k < 6; k++) {
    int64_t x;
    vb_array_get_value_i64(i32, k, &x);
    CHECK_EQ_INT(x, v[k]);
  }
  /* double -> bit: VTK's int cast */
  for (k = 0; k < 7; k++) vb_array_insert_next_value(dd, d[k]);
  CHECK_EQ_INT(vb_array_deep_copy(c, dd), VB_OK);
  CHECK_EQ_INT(vb_array_get_number_of_components(c), 1);
  for (k = 0; k < 7; k++) CHECK_EQ_INT(value(c, k), dbits[k]);
  CHECK_EQ_INT(bytes(c)[0] & 1, 0); /* the bit past the values is 0 */
  /* shallow: the same bytes, Size copied */
  CHECK_EQ_INT(vb_array_shallow_copy(c, b), VB_OK);
  CHECK(bytes(c) == bytes(b));
  CHECK_EQ_INT(vb_array_get_size(c), vb_array_get_size(b));
  CHECK_EQ_INT(vb_array_get_number_of_tuples(c), 3);
  /* shallow from another type: a deep copy (in place: the shared bytes are
   * written, as VTK's DeepCopy writes its shared buffer) */
  CHECK_EQ_INT(vb_array_shallow_copy(c, i32), VB_OK);
  for (k = 0; k < 6; k++) CHECK_EQ_INT(value(c, k), v[k]);
  vb_array_release(b);
  vb_array_release(c);
  vb_array_release(i32);
  vb_array_release(dd);
}

/* SetArray counts bits; SetBuffer takes bytes; an export outlives a move */
TEST(test_bit_foreign_memory_and_exports) {
  unsigned char *mem = malloc(2);
  vb_array *a = vb_array_new(VB_BIT);
  vb_buffer *buf = vb_buffer_new(VB_UNSIGNED_CHAR), *other = vb_buffer_new(VB_FLOAT);
  vb_block *held;
  mem[0] = 0xa0;
  mem[1] = 0xff;
  CHECK_EQ_INT(vb_array_set_array(a, mem, 11, 0, NULL, NULL), VB_OK);
  CHECK_EQ_INT(vb_array_get_number_of_values(a), 11);
  CHECK_EQ_INT(vb_array_get_size(a), 11);
  CHECK_EQ_INT(value(a, 0), 1);
  CHECK_EQ_INT(value(a, 1), 0);
  CHECK_EQ_INT(value(a, 10), 1);
  vb_array_set_value_i64(a, 0, 0);
  CHECK_EQ_INT(mem[0], 0x20); /* zero-copy */
  held = vb_buffer_block(vb_array_get_buffer(a));
  vb_block_retain(held); /* an export */
  nevents = 0;
  vb_object_add_observer(vb_array_object(a), VB_BUFFER_CHANGED_EVENT, count_event, NULL, NULL);
  vb_array_insert_next_value_i64(a, 1); /* 11 -> 11 + 11 + 2 bits: moves */
  CHECK_EQ_INT(nevents, 1);
  CHECK_EQ_INT(vb_array_get_size(a), 24);
  CHECK_EQ_INT(((unsigned char *)vb_block_data(held))[0], 0x20); /* still readable */
  vb_block_release(held);
  CHECK_EQ_INT(vb_array_set_buffer(a, other, 1), VB_ETYPE);
  CHECK_EQ_INT(vb_array_get_number_of_values(a), 12);
  vb_buffer_allocate(buf, 3);
  CHECK_EQ_INT(vb_array_set_buffer(a, buf, 1), VB_OK);
  CHECK_EQ_INT(vb_array_get_size(a), 24);
  CHECK_EQ_INT(vb_array_get_number_of_values(a), 24);
  CHECK_EQ_INT(nevents, 2);
  vb_buffer_reallocate(buf, 1); /* shrunk by its other holder: Size follows */
  CHECK_EQ_INT(vb_array_get_size(a), 8);
  CHECK_EQ_INT(vb_array_get_number_of_values(a), 8);
  CHECK_EQ_INT(nevents, 3);
  vb_array_release(a);
  vb_buffer_release(buf);
  vb_buffer_release(other);
}

typedef int (*bit_op)(vb_array *a, vb_array *o);
static int op_insert_next(vb_array *a, vb_array *o) { (void)o; return vb_array_insert_next_value_i64(a, 1); }
static int op_insert_far(vb_array *a, vb_array *o) {
  vb_scalar s = vb_scalar_int(1);
  (void)o;
  return vb_array_insert_value_s(a, 1000, &s);
}
static int op_values_grow(vb_array *a, vb_array *o) { (void)o; return vb_array_set_number_of_values(a, 5000); }
static int op_squeeze(vb_array *a, vb_array *o) { (void)o; return vb_array_squeeze(a); }
static int op_resize_shrink(vb_array *a, vb_array *o) { (void)o; return vb_array_resize(a, 9); }
static int op_deep_from_bits(vb_array *a, vb_array *o) { return vb_array_deep_copy(a, o); }
static int op_deep_from_double(vb_array *a, vb_array *o) {
  vb_array *d = vb_array_new(VB_DOUBLE);
  int st = d ? vb_array_deep_copy(d, o) : vb_last_status();
  if (st == VB_OK) st = vb_array_deep_copy(a, d);
  vb_array_release(d);
  return st;
}

TEST(test_bit_allocation_failure_leaves_array_unchanged) {
  static const bit_op ops[] = {op_insert_next, op_insert_far, op_values_grow, op_squeeze,
                               op_resize_shrink, op_deep_from_bits, op_deep_from_double};
  size_t k;
  for (k = 0; k < sizeof ops / sizeof ops[0]; k++) {
    long fail_at;
    int succeeded = 0;
    for (fail_at = 0; fail_at < 50 && !succeeded; fail_at++) {
      vb_array *a = vb_array_new(VB_BIT), *o = vb_array_new(VB_BIT);
      int64_t size, nv;
      unsigned char b0;
      int st, i;
      for (i = 0; i < 20; i++) vb_array_insert_next_value_i64(a, i % 3 == 0);
      for (i = 0; i < 300; i++) vb_array_insert_next_value_i64(o, i % 2);
      size = vb_array_get_size(a);
      nv = vb_array_get_number_of_values(a);
      b0 = bytes(a)[0];
      nevents = 0;
      vb_object_add_observer(vb_array_object(a), VB_BUFFER_CHANGED_EVENT, count_event, NULL, NULL);
      vbt_alloc_fail_after(fail_at);
      st = ops[k](a, o);
      vbt_alloc_reset();
      if (st == VB_OK) {
        succeeded = 1;
      } else {
        CHECK_EQ_INT(st, VB_ENOMEM);
        CHECK_EQ_INT(nevents, 0);
        CHECK_EQ_INT(vb_array_get_size(a), size);
        CHECK_EQ_INT(vb_array_get_number_of_values(a), nv);
        CHECK_EQ_INT(bytes(a)[0], b0);
      }
      vb_array_release(a);
      vb_array_release(o);
    }
    CHECK(succeeded);
  }
}

int main(void) {
  RUN(test_bit_description);
  RUN(test_bit_packing_msb_first);
  RUN(test_bit_value_rules);
  RUN(test_bit_insert_growth_as_vtk);
  RUN(test_bit_shape_sizes_and_events);
  RUN(test_bit_regrown_bits_are_zero);
  RUN(test_bit_tuples_range_lookup);
  RUN(test_bit_copies);
  RUN(test_bit_foreign_memory_and_exports);
  RUN(test_bit_allocation_failure_leaves_array_unchanged);
  return vb_test_done();
}
