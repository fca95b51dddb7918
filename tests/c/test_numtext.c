/* test_numtext.c - the JS build's own number text (src/vb_numtext.c, built here
 * with VB_NUMTEXT_OWN: digits from libc's %e instead of the JS engine) gives
 * libc's bytes: %g at every precision for random, tie-rich and special doubles,
 * the integer and string conversions, truncation, strtod and strtoll/strtoull.
 * (The JS engine's digits are checked against VTK in tests/js/values.test.mjs.) */
#define VB_NUMTEXT_OWN 1
#define vb__vsnprintf own_vsnprintf
#define vb__snprintf own_snprintf
#define vb__strtod own_strtod
#define vb__strtoi own_strtoi
#include "../../src/vb_numtext.c"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vb_test.h"

static uint64_t rng = 88172645463325252ull;
static uint64_t next(void) {
  rng ^= rng << 13;
  rng ^= rng >> 7;
  rng ^= rng << 17;
  return rng;
}

static int same_g(double d, int p) {
  char f[16], a[64], b[64];
  snprintf(f, sizeof f, "%%.%dg", p);
  snprintf(a, sizeof a, f, d);
  own_snprintf(b, sizeof b, f, d);
  if (strcmp(a, b)) fprintf(stderr, "  %%.%dg of %.17g: libc %s, own %s\n", p, d, a, b);
  return !strcmp(a, b);
}

TEST(test_g_as_libc) {
  static const double special[] = {0.0, -0.0, INFINITY, -INFINITY, NAN, 1e300, 1e-300, 5e-324, 0.0001, 0.00001,
                                   123456, 1234567, 100000, 1e6, 9.9999995, 0.5, 2.5, 0.125, 2.015625, 1e21};
  int bad = 0;
  for (size_t k = 0; k < sizeof special / sizeof *special; k++)
    for (int p = 0; p <= 17; p++) bad += !same_g(special[k], p);
  for (long i = 0; i < 100000 && bad < 10; i++) {
    uint64_t b = next();
    double d;
    if (i % 3 == 0) memcpy(&d, &b, sizeof d);                                        /* any bits */
    else if (i % 3 == 1) d = (double)(int64_t)(b % 2000001) / 1000.0 - 1000;           /* short decimals */
    else d = ldexp((double)(b % 1024), (int)(next() % 40) - 20);                       /* exact: ties */
    bad += !same_g(d, (int)(next() % 18));
  }
  CHECK_EQ_INT(bad, 0);
  char a[64], b[64];
  snprintf(a, sizeof a, "%g", 1e-5);
  own_snprintf(b, sizeof b, "%g", 1e-5);
  CHECK(!strcmp(a, b));
}

TEST(test_conversions_as_libc) {
  char a[256], b[256];
  int na = snprintf(a, sizeof a, "%s %d %i %u %x %lld %llu %llx %zu %c %% %.3s %lu %ld|", "ab", -5, 7, 4000000000u, 255,
                    (long long)INT64_MIN, (unsigned long long)UINT64_MAX, 0xdeadbeefull, (size_t)12, 'q', "abcdef", 9ul, -3l);
  int nb = own_snprintf(b, sizeof b, "%s %d %i %u %x %lld %llu %llx %zu %c %% %.3s %lu %ld|", "ab", -5, 7, 4000000000u,
                        255, (long long)INT64_MIN, (unsigned long long)UINT64_MAX, 0xdeadbeefull, (size_t)12, 'q',
                        "abcdef", 9ul, -3l);
  CHECK(!strcmp(a, b));
  CHECK_EQ_INT(na, nb);
  /* truncated: the length of the whole text, the prefix NUL-terminated */
  volatile size_t cap = 5; /* not a constant: no truncation warning */
  na = snprintf(a, cap, "%s %d", "hello", 123);
  nb = own_snprintf(b, cap, "%s %d", "hello", 123);
  CHECK_EQ_INT(na, nb);
  CHECK(!strcmp(a, b) && !strcmp(b, "hell"));
  CHECK_EQ_INT(own_snprintf(NULL, 0, "%d", 12345), 5);
  /* a precision from the arguments (.*), as the writers and the XML reader's messages use */
  na = snprintf(a, sizeof a, "%.*g|%.*s|%.*g", 11, 1.0 / 3, 3, "abcdef", 0, 2.5);
  nb = own_snprintf(b, sizeof b, "%.*g|%.*s|%.*g", 11, 1.0 / 3, 3, "abcdef", 0, 2.5);
  CHECK(!strcmp(a, b));
  CHECK_EQ_INT(na, nb);
}

TEST(test_parsing_as_libc) {
  static const char *const reals[] = {"1.5", "-0", "+.5", ".", "-", "1e", "1e+", "1e5x", "inf", "-Infinity", "INFINIT",
                                      "nan", "nan(abc_1)", "nan(", "NaN()", "1.e3", "007", "1e400", "-1e-400", "12abc",
                                      "", "e5", ".e5", "5.", "1.7976931348623157e308", "2.2250738585072011e-308",
                                      "0.1000000000000000055511151231257827", "4.9406564584124654e-324",
                                      "123456789012345678901234567890"};
  for (size_t k = 0; k < sizeof reals / sizeof *reals; k++) {
    char *e1;
    const char *e2;
    double x = strtod(reals[k], &e1), y = own_strtod(reals[k], &e2);
    CHECK(e1 == e2);
    CHECK(isnan(x) ? isnan(y) : memcmp(&x, &y, sizeof x) == 0);
  }
  /* decimal only: "0x10" reads the 0 */
  const char *e;
  double z = own_strtod("-0x10", &e);
  CHECK(z == 0 && signbit(z) && *e == 'x');
  static const char *const ints[] = {"0", "0x", "0x1f", "0xg", "010", "08", "-5", "+5", "-", "18446744073709551615",
                                     "18446744073709551616", "-9223372036854775808", "-9223372036854775809",
                                     "9223372036854775808", "0X7fffffffffffffff", "-0x10", "99999999999999999999999",
                                     "12abc", "", "x"};
  for (size_t k = 0; k < sizeof ints / sizeof *ints; k++) {
    char *e1;
    const char *e2;
    unsigned long long x = ints[k][0] == '-' ? (unsigned long long)strtoll(ints[k], &e1, 0) : strtoull(ints[k], &e1, 0);
    unsigned long long y = own_strtoi(ints[k], &e2);
    CHECK(e1 == e2);
    CHECK(x == y);
  }
}

int main(void) {
  RUN(test_g_as_libc);
  RUN(test_conversions_as_libc);
  RUN(test_parsing_as_libc);
  return vb_test_done();
}
