/* test_number_rules.c - every row of tests/data/number_rules.tsv (VTK 9.7.1's
 * number rules, shared with the Python and JS suites) through the tagged
 * core API: the status, the value read back, and the array unchanged after
 * every refused value. */
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>

#include "vb_test.h"

#ifndef VB_TEST_DATA
#error "VB_TEST_DATA (the tests/data directory) must be defined by the build"
#endif

typedef struct {
  char *path, *cls, *abi, *input, *c_status, *expected;
} row;

static int type_of_class(const char *cls) {
  int k;
  for (k = 0; k < vb_type_count(); k++)
    if (strcmp(vb_type_at(k)->aos_class, cls) == 0) return vb_type_at(k)->id;
  return VB_VOID;
}

static int status_of(const char *name) {
  if (strcmp(name, "VB_OK") == 0) return VB_OK;
  if (strcmp(name, "VB_ENOFIT") == 0) return VB_ENOFIT;
  if (strcmp(name, "VB_ETYPE") == 0) return VB_ETYPE;
  if (strcmp(name, "VB_EDOMAIN") == 0) return VB_EDOMAIN;
  return 1; /* unknown: never a status */
}

/* "int:300" -> INT/UINT/BIG, "float:3.7" -> REAL, "chr:97" -> CHAR, "str:ab" -> CHAR -1 */
static int parse_input(const char *in, vb_scalar *s) {
  const char *lit = strchr(in, ':') + 1;
  if (strncmp(in, "int:", 4) == 0) {
    char *end;
    errno = 0;
    if (lit[0] == '-') {
      long long v = strtoll(lit, &end, 10);
      if (errno == 0 && *end == '\0') { *s = vb_scalar_int(v); return 0; }
    } else {
      unsigned long long u = strtoull(lit, &end, 10);
      if (errno == 0 && *end == '\0') {
        *s = u <= (unsigned long long)INT64_MAX ? vb_scalar_int((int64_t)u) : vb_scalar_uint(u);
        return 0;
      }
    }
    s->kind = VB_SCALAR_BIG; /* past 64 bits: the nearest double (inf past double) */
    s->v.d = strtod(lit, NULL);
    return 0;
  }
  if (strncmp(in, "float:", 6) == 0) { *s = vb_scalar_real(strtod(lit, NULL)); return 0; }
  if (strncmp(in, "chr:", 4) == 0) { s->kind = VB_SCALAR_CHAR; s->v.i = atoi(lit); return 0; }
  if (strncmp(in, "str:", 4) == 0) { s->kind = VB_SCALAR_CHAR; s->v.i = -1; return 0; }
  return -1;
}

/* does the scalar read back equal "ok:int:44" / "ok:float:nan" / "ok:chr:97"? */
static int matches(const vb_scalar *got, const char *expected) {
  const char *lit;
  if (strncmp(expected, "ok:", 3) != 0) return 0;
  expected += 3;
  lit = strchr(expected, ':') + 1;
  if (strncmp(expected, "int:", 4) == 0) {
    if (got->kind == VB_SCALAR_INT) return lit[0] == '-' ? got->v.i == strtoll(lit, NULL, 10)
                                                         : got->v.i >= 0 && (uint64_t)got->v.i == strtoull(lit, NULL, 10);
    return got->kind == VB_SCALAR_UINT && got->v.u == strtoull(lit, NULL, 10);
  }
  if (strncmp(expected, "float:", 6) == 0) {
    double want = strtod(lit, NULL);
    return got->kind == VB_SCALAR_REAL && (got->v.d == want || (isnan(want) && isnan(got->v.d)));
  }
  if (strncmp(expected, "chr:", 4) == 0) return got->kind == VB_SCALAR_CHAR && got->v.i == atoi(lit);
  return 0;
}

/* runs one row; 0 when it behaves as the table says */
static int run_row(const row *r) {
  vb_array *a = vb_array_new(type_of_class(r->cls));
  vb_scalar in, out;
  int64_t idx = 1;
  int st = 1, want = status_of(r->c_status), ok = 1;
  double v0 = 0, v1 = 0;
  if (!a || parse_input(r->input, &in) < 0) {
    vb_array_release(a);
    return -1;
  }
  vb_array_set_number_of_tuples(a, 2);
  vb_array_set_tuple(a, 0, (double[]){7});
  vb_array_set_tuple(a, 1, (double[]){7});
  if (strcmp(r->path, "SetValue") == 0) st = vb_array_set_value_s(a, 1, &in);
  else if (strcmp(r->path, "InsertValue") == 0) st = vb_array_insert_value_s(a, 1, &in);
  else if (strcmp(r->path, "InsertNextValue") == 0) st = vb_array_insert_next_value_s(a, &in), idx = 2;
  else if (strcmp(r->path, "SetTuple1") == 0) st = vb_array_set_tuple_s(a, 1, VB_RULES_DOUBLE, &in);
  else if (strcmp(r->path, "InsertTuple1") == 0) st = vb_array_insert_tuple_s(a, 1, VB_RULES_DOUBLE, &in);
  else if (strcmp(r->path, "InsertNextTuple1") == 0)
    st = vb_array_insert_next_tuple_s(a, VB_RULES_DOUBLE, &in), idx = 2;
  else if (strcmp(r->path, "SetComponent") == 0) st = vb_array_set_component_s(a, 1, 0, VB_RULES_DOUBLE, &in);
  else if (strcmp(r->path, "Assign") == 0) /* bulk: one scalar into value 1 (vb_span.h) */
    st = vb_span_convert_scalars(vb_array_type(a), (char *)vb_array_data(a) + vb_array_elem_size(a), &in, 1);
  else if (strcmp(r->path, "AssignArray") == 0) { /* bulk: a typed source of int64, uint64 or double */
    int64_t i64 = in.v.i;
    uint64_t u64 = in.v.u;
    double d = in.v.d;
    void *dst = (char *)vb_array_data(a) + vb_array_elem_size(a);
    if (in.kind == VB_SCALAR_INT) st = vb_span_convert(vb_array_type(a), dst, VB_LONG_LONG, &i64, 1);
    else if (in.kind == VB_SCALAR_UINT) st = vb_span_convert(vb_array_type(a), dst, VB_UNSIGNED_LONG_LONG, &u64, 1);
    else st = vb_span_convert(vb_array_type(a), dst, VB_DOUBLE, &d, 1);
  }
  if (st != want) ok = 0;
  else if (st == VB_OK) ok = vb_array_get_value_s(a, idx, &out) == VB_OK && matches(&out, r->expected);
  else /* refused: unchanged */
    ok = vb_array_get_number_of_values(a) == 2 && vb_array_get_value(a, 0, &v0) == VB_OK &&
         vb_array_get_value(a, 1, &v1) == VB_OK && v0 == 7 && v1 == 7;
  vb_array_release(a);
  if (!ok) fprintf(stderr, "  row %s %s %s: status %d (want %s), expected %s\n", r->path, r->cls, r->input, st,
                   r->c_status, r->expected);
  return ok ? 0 : -1;
}

TEST(test_table) {
  FILE *f = fopen(VB_TEST_DATA "/number_rules.tsv", "r");
  static char line[4096];
  const char *abi = sizeof(long) == 8 ? "lp64" : "ilp32";
  int nrows = 0, nfail = 0, header = 1;
  CHECK(f != NULL);
  if (!f) return;
  while (fgets(line, sizeof line, f)) {
    char *col[8];
    int n = 0;
    row r;
    if (line[0] == '#') continue;
    line[strcspn(line, "\n")] = '\0';
    for (col[n] = strtok(line, "\t"); col[n] && n < 7; col[++n] = strtok(NULL, "\t")) {}
    if (header) { header = 0; continue; }
    CHECK(n == 7 && col[7] != NULL);
    if (n != 7) continue;
    r.path = col[0]; r.cls = col[1]; r.abi = col[2]; r.input = col[3]; r.expected = col[4]; r.c_status = col[6];
    if (strcmp(r.abi, "any") != 0 && strcmp(r.abi, abi) != 0) continue;
    nrows++;
    if (run_row(&r) < 0 && ++nfail > 20) break;
  }
  fclose(f);
  CHECK_EQ_INT(nfail, 0);
  CHECK(nrows >= 2940 + 13 * (30 + 23)); /* 7 paths x 14 classes x 30 inputs + the bulk rows */
  printf("  %d rows of number_rules.tsv\n", nrows);
}

/* A tuple with one bad component writes nothing: the check runs first. */
TEST(test_tuple_all_or_nothing) {
  vb_array *a = vb_array_new(VB_LONG_LONG);
  vb_scalar t[3] = {vb_scalar_int(1), vb_scalar_int(2), vb_scalar_uint(UINT64_MAX)};
  vb_scalar back[3];
  vb_array_set_number_of_components(a, 3);
  vb_array_set_number_of_tuples(a, 1);
  CHECK_EQ_INT(vb_array_set_tuple_s(a, 0, VB_RULES_DOUBLE, t), VB_ENOFIT);
  CHECK_EQ_INT(vb_array_insert_next_tuple_s(a, VB_RULES_DOUBLE, t), VB_ENOFIT);
  CHECK_EQ_INT(vb_array_get_number_of_tuples(a), 1);
  CHECK_EQ_INT(vb_array_get_tuple_s(a, 0, VB_RULES_VALUE, back), VB_OK);
  CHECK(back[0].kind == VB_SCALAR_INT && back[0].v.i == 0 && back[1].v.i == 0);
  t[2] = vb_scalar_int(INT64_MIN);
  CHECK_EQ_INT(vb_array_insert_next_tuple_s(a, VB_RULES_DOUBLE, t), VB_OK);
  CHECK_EQ_INT(vb_array_get_tuple_s(a, 1, VB_RULES_VALUE, back), VB_OK); /* stored exactly */
  CHECK(back[2].kind == VB_SCALAR_INT && back[2].v.i == INT64_MIN);
  CHECK_EQ_INT(vb_array_get_tuple_s(a, 1, VB_RULES_DOUBLE, back), VB_OK); /* read as VTK: doubles */
  CHECK(back[2].kind == VB_SCALAR_REAL && back[2].v.d == -9223372036854775808.0);
  CHECK_EQ_INT(vb_array_set_tuple_s(a, 0, 7, t), VB_EINVAL); /* unknown rules */
  vb_array_release(a);
}

/* Scaled SOA: values are raw * scale; the double API reads reals, the value API the type */
TEST(test_scaled_rules) {
  vb_array *s = vb_array_new_scaled_soa(VB_INT);
  vb_scalar v = vb_scalar_int(40), out;
  vb_array_set_scale(s, 4.0);
  CHECK_EQ_INT(vb_array_insert_next_value_s(s, &v), VB_OK);
  CHECK_EQ_INT(*(int *)vb_buffer_data(vb_array_get_component_buffer(s, 0)), 10);
  CHECK_EQ_INT(vb_array_get_value_s(s, 0, &out), VB_OK);
  CHECK(out.kind == VB_SCALAR_INT && out.v.i == 40);
  CHECK_EQ_INT(vb_array_get_tuple_s(s, 0, VB_RULES_DOUBLE, &out), VB_OK);
  CHECK(out.kind == VB_SCALAR_REAL && out.v.d == 40.0);
  v = vb_scalar_int(1LL << 40); /* does not fit int: refused before scaling */
  CHECK_EQ_INT(vb_array_set_value_s(s, 0, &v), VB_ENOFIT);
  v = vb_scalar_real(2.5);
  CHECK_EQ_INT(vb_array_set_value_s(s, 0, &v), VB_ETYPE);
  CHECK_EQ_INT(vb_array_set_component_s(s, 0, 0, VB_RULES_DOUBLE, &v), VB_OK); /* raw 2.5/4 -> 0 */
  CHECK_EQ_INT(*(int *)vb_buffer_data(vb_array_get_component_buffer(s, 0)), 0);
  vb_array_release(s);
}

TEST(test_scalar_check) {
  vb_scalar c;
  c.kind = VB_SCALAR_CHAR;
  c.v.i = 'a';
  CHECK_EQ_INT(vb_scalar_check(VB_CHAR, VB_RULES_VALUE, &c, "t"), VB_OK);
  CHECK_EQ_INT(vb_scalar_check(VB_SIGNED_CHAR, VB_RULES_VALUE, &c, "t"), VB_ETYPE);
  CHECK_EQ_INT(vb_scalar_check(VB_CHAR, VB_RULES_DOUBLE, &c, "t"), VB_ETYPE);
  c.kind = 99;
  CHECK_EQ_INT(vb_scalar_check(VB_INT, VB_RULES_VALUE, &c, "t"), VB_EINVAL);
  CHECK_EQ_INT(vb_scalar_check(VB_INT, 5, &c, "t"), VB_EINVAL);
  CHECK_EQ_INT(vb_scalar_check(99, VB_RULES_VALUE, &c, "t"), VB_ETYPE);
  c = vb_scalar_uint(UINT64_MAX);
  CHECK_EQ_INT(vb_scalar_check(VB_UNSIGNED_LONG_LONG, VB_RULES_VALUE, &c, NULL), VB_OK);
  CHECK_EQ_INT(vb_scalar_check(VB_LONG_LONG, VB_RULES_VALUE, &c, NULL), VB_ENOFIT);
  CHECK(strstr(vb_last_error(), "18446744073709551615") != NULL);
  CHECK(vb_scalar_to_double(&c) == 18446744073709551616.0);
}

/* vb_span.h directly: every element checked before anything is written */
TEST(test_span_convert) {
  unsigned char u8[3] = {7, 7, 7};
  signed char i8[2] = {0, 0};
  int64_t i64[2] = {0, 0};
  uint64_t u64[1] = {0};
  const double d[3] = {255.9, -0.9, 300.0}, d2[2] = {-128.9, 127.99};
  const int32_t i32[3] = {1, 2, 256};
  const double big[1] = {9223372036854775808.0}, nan1[1] = {NAN};
  const uint64_t umax[1] = {UINT64_MAX};
  vb_scalar s[2] = {vb_scalar_int(1), vb_scalar_int(300)};
  CHECK_EQ_INT(vb_span_convert(VB_UNSIGNED_CHAR, u8, VB_DOUBLE, d, 3), VB_ENOFIT); /* 300: nothing written */
  CHECK(u8[0] == 7 && u8[1] == 7 && u8[2] == 7);
  CHECK_EQ_INT(vb_span_convert(VB_UNSIGNED_CHAR, u8, VB_DOUBLE, d, 2), VB_OK); /* truncation */
  CHECK(u8[0] == 255 && u8[1] == 0 && u8[2] == 7);
  CHECK_EQ_INT(vb_span_convert(VB_UNSIGNED_CHAR, u8, VB_INT, i32, 3), VB_ENOFIT);
  CHECK_EQ_INT(vb_span_convert(VB_SIGNED_CHAR, i8, VB_DOUBLE, d2, 2), VB_OK);
  CHECK(i8[0] == -128 && i8[1] == 127);
  CHECK_EQ_INT(vb_span_convert(VB_LONG_LONG, i64, VB_DOUBLE, big, 1), VB_ENOFIT); /* 2^63 */
  CHECK_EQ_INT(vb_span_convert(VB_LONG_LONG, i64, VB_UNSIGNED_LONG_LONG, umax, 1), VB_ENOFIT);
  CHECK_EQ_INT(vb_span_convert(VB_UNSIGNED_LONG_LONG, u64, VB_UNSIGNED_LONG_LONG, umax, 1), VB_OK);
  CHECK(u64[0] == UINT64_MAX);
  CHECK_EQ_INT(vb_span_convert(VB_INT, i64, VB_DOUBLE, nan1, 1), VB_EDOMAIN);
  CHECK_EQ_INT(vb_span_convert(VB_FLOAT, i64, VB_DOUBLE, nan1, 1), VB_OK); /* floats take NaN */
  CHECK_EQ_INT(vb_span_convert_scalars(VB_UNSIGNED_CHAR, u8, s, 2), VB_ENOFIT);
  CHECK(u8[0] == 255 && u8[1] == 0);
  s[1] = vb_scalar_real(2.5);
  CHECK_EQ_INT(vb_span_convert_scalars(VB_UNSIGNED_CHAR, u8, s, 2), VB_OK);
  CHECK(u8[0] == 1 && u8[1] == 2);
  s[0].kind = VB_SCALAR_CHAR;
  CHECK_EQ_INT(vb_span_convert_scalars(VB_UNSIGNED_CHAR, u8, s, 2), VB_ETYPE);
  CHECK_EQ_INT(vb_span_convert(VB_BIT, u8, VB_DOUBLE, d, 1), VB_ETYPE);
  CHECK_EQ_INT(vb_span_convert(VB_UNSIGNED_CHAR, u8, VB_DOUBLE, d, -1), VB_EOVERFLOW);
  CHECK_EQ_INT(vb_span_check(VB_UNSIGNED_CHAR, VB_DOUBLE, d, 3), VB_ENOFIT);
  CHECK_EQ_INT(vb_span_convert(VB_UNSIGNED_CHAR, NULL, VB_DOUBLE, NULL, 0), VB_OK);
}

int main(void) {
  RUN(test_table);
  RUN(test_tuple_all_or_nothing);
  RUN(test_span_convert);
  RUN(test_scaled_rules);
  RUN(test_scalar_check);
  return vb_test_done();
}
