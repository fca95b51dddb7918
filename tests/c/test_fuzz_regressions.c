/* test_fuzz_regressions.c - one test per bug that tests/fuzz/fuzz_core found
 * (tests/fuzz/README.md lists them), each reduced to the calls that
 * triggered it.  Run under ASan+UBSan by make check-asan. */
#include <stdint.h>

#include "vb_test.h"

/* crash-412f24f7: InsertValue(INT64_MAX) computed i + 1 - 1 with a signed
 * overflow (UBSan) before any check, and growing to make index INT64_MAX
 * addressable computed INT64_MAX / 1 + 1 tuples; now VB_EOVERFLOW, the
 * array unchanged. */
TEST(test_insert_value_at_int64_max) {
  vb_array *a = vb_array_new(VB_FLOAT);
  vb_scalar s = vb_scalar_real(1.0);
  CHECK_EQ_INT(vb_array_insert_next_value(a, 5.0), VB_OK);
  CHECK_EQ_INT(vb_array_insert_value(a, INT64_MAX, 1.0), VB_EOVERFLOW);
  CHECK_EQ_INT(vb_array_insert_value_s(a, INT64_MAX, &s), VB_EOVERFLOW);
  CHECK_EQ_INT(vb_array_insert_value(a, INT64_MAX - 1, 1.0), VB_EOVERFLOW);
  CHECK_EQ_INT(vb_array_get_number_of_values(a), 1);
  CHECK_EQ_INT(vb_array_get_size(a), 1);
  CHECK_EQ_INT(vb_array_insert_next_value(a, 6.0), VB_OK);
  vb_array_release(a);
}

/* crash-82273e92: an SOA array whose components share one buffer object
 * (SetComponentBuffer twice) allocated a new block per slot on growth and
 * installed only the first: the other leaked.  Now a shared buffer grows
 * once; both components see it. */
TEST(test_soa_shared_component_buffer_growth) {
  vb_array *a = vb_array_new_soa(VB_FLOAT);
  vb_buffer *b = vb_buffer_new(VB_FLOAT);
  double t[3] = {1, 2, 3}, out[3];
  long blocks;
  CHECK_EQ_INT(vb_array_set_number_of_components(a, 3), VB_OK);
  CHECK_EQ_INT(vb_array_set_component_buffer(a, 0, b, 0), VB_OK);
  CHECK_EQ_INT(vb_array_set_component_buffer(a, 1, b, 0), VB_OK);
  blocks = vb_block_live_count();
  CHECK_EQ_INT(vb_array_set_number_of_tuples(a, 4), VB_OK);
  CHECK_EQ_INT(vb_block_live_count(), blocks + 2); /* the shared buffer's and component 2's */
  CHECK(vb_array_get_component_buffer(a, 0) == b && vb_array_get_component_buffer(a, 1) == b);
  CHECK_EQ_INT(vb_buffer_count(b), 4);
  CHECK_EQ_INT(vb_array_set_tuple(a, 3, t), VB_OK);
  CHECK_EQ_INT(vb_array_get_tuple(a, 3, out), VB_OK);
  CHECK(out[0] == 2 && out[1] == 2 && out[2] == 3); /* components 0 and 1 alias */
  CHECK_EQ_INT(vb_array_resize(a, 100), VB_OK);
  CHECK_EQ_INT(vb_array_squeeze(a), VB_OK);
  vb_buffer_release(b);
  vb_array_release(a);
}

int main(void) {
  RUN(test_insert_value_at_int64_max);
  RUN(test_soa_shared_component_buffer_growth);
  return vb_test_done();
}
