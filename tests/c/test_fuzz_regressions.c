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

int main(void) {
  RUN(test_insert_value_at_int64_max);
  return vb_test_done();
}
