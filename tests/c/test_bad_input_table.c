/* test_bad_input_table.c - every row of tests/data/bad_input.tsv (the bad-input
 * table shared with the Python and JS suites) whose c_status is not "-":
 * the call returns that status and the fixture is unchanged (values, shape,
 * MTime; for observer rows the bad call is made from a ModifiedEvent observer
 * during vb_object_modified and its status is the one checked).  Reader rows
 * (fixtures legacy, xml) read the file with vb_legacy_read / vb_xml_read and
 * leave no object alive. */
#define _POSIX_C_SOURCE 200809L
#include <math.h>
#include <stdint.h>
#include <stdlib.h>

#include "vb_test.h"

#ifndef VB_TEST_DATA
#error "VB_TEST_DATA (the tests/data directory) must be defined by the build"
#endif

typedef struct {
  vb_array *a;
  vb_buffer *b;
  int reader; /* 1 "legacy": vb_legacy_read; 2 "xml": vb_xml_read */
} fixture;

static int make_fixture(const char *name, fixture *f) {
  f->a = NULL;
  f->b = NULL;
  f->reader = strcmp(name, "legacy") == 0 ? 1 : strcmp(name, "xml") == 0 ? 2 : 0;
  if (f->reader) {
  } else if (strcmp(name, "aos") == 0) {
    f->a = vb_array_new(VB_DOUBLE);
    vb_array_set_number_of_components(f->a, 3);
    vb_array_set_number_of_tuples(f->a, 4);
    for (int v = 0; v < 12; v++) vb_array_set_value(f->a, v, v);
  } else if (strcmp(name, "int") == 0) {
    f->a = vb_array_new(VB_INT);
    for (int v = 1; v <= 3; v++) vb_array_insert_next_value(f->a, v);
  } else if (strcmp(name, "buf") == 0) {
    f->b = vb_buffer_new(VB_DOUBLE);
    vb_buffer_allocate(f->b, 3);
    for (int v = 0; v < 3; v++) ((double *)vb_buffer_data(f->b))[v] = v + 1;
  } else
    return -1;
  return 0;
}

/* shape, size, values and (optionally) MTime as one string */
static void snapshot(const fixture *f, int mtime, char *out, size_t n) {
  size_t k = 0;
  if (f->reader) { /* a failed read leaves no object behind */
    snprintf(out, n, "%lld objects", (long long)vb_object_live_count());
    (void)mtime;
  } else if (f->a) {
    int64_t nv = vb_array_get_number_of_values(f->a);
    k += (size_t)snprintf(out + k, n - k, "%d %lld %lld:", vb_array_get_number_of_components(f->a),
                          (long long)vb_array_get_number_of_tuples(f->a), (long long)vb_array_get_size(f->a));
    for (int64_t i = 0; i < nv && k < n; i++) {
      double d = 0;
      vb_array_get_value(f->a, i, &d);
      k += (size_t)snprintf(out + k, n - k, " %g", d);
    }
    if (mtime && k < n) snprintf(out + k, n - k, " m%llu", (unsigned long long)vb_object_mtime(vb_array_object(f->a)));
  } else {
    int64_t c = vb_buffer_count(f->b);
    k += (size_t)snprintf(out + k, n - k, "%lld:", (long long)c);
    for (int64_t i = 0; i < c && k < n; i++) k += (size_t)snprintf(out + k, n - k, " %g", ((double *)vb_buffer_data(f->b))[i]);
    if (mtime && k < n) snprintf(out + k, n - k, " m%llu", (unsigned long long)vb_object_mtime(vb_buffer_object(f->b)));
  }
}

static int status_of(const char *s) {
  static const struct { const char *n; int v; } t[] = {
      {"VB_ENOMEM", VB_ENOMEM}, {"VB_EINVAL", VB_EINVAL}, {"VB_ERANGE", VB_ERANGE}, {"VB_EOVERFLOW", VB_EOVERFLOW},
      {"VB_ETYPE", VB_ETYPE},   {"VB_ESTATE", VB_ESTATE}, {"VB_EDOMAIN", VB_EDOMAIN}, {"VB_ENOFIT", VB_ENOFIT}};
  for (size_t k = 0; k < sizeof t / sizeof *t; k++)
    if (strcmp(t[k].n, s) == 0) return t[k].v;
  return 1;
}

/* the arguments: int:<int64>, float:<double>, list:a|b|c, buffer:<dtype> */
typedef struct {
  int n;
  int64_t i[4];
  double d[4];
  double list[4][8];
  int nlist[4];
  vb_scalar s[4];
  char text[4][1024]; /* file:<text>, "\\n" read as a newline */
  size_t len[4];
} args;

static int parse_args(char *text, args *g) {
  g->n = 0;
  for (char *tok = strtok(text, ";"); tok && g->n < 4; tok = strtok(NULL, ";"), g->n++) {
    int k = g->n;
    if (strncmp(tok, "int:", 4) == 0) {
      g->i[k] = strtoll(tok + 4, NULL, 10);
      g->d[k] = (double)g->i[k];
      g->s[k] = vb_scalar_int(g->i[k]);
      if (tok[4] != '-' && strtoull(tok + 4, NULL, 10) > (unsigned long long)INT64_MAX) g->s[k] = vb_scalar_uint(strtoull(tok + 4, NULL, 10));
    } else if (strncmp(tok, "float:", 6) == 0) {
      g->d[k] = strtod(tok + 6, NULL);
      g->s[k] = vb_scalar_real(g->d[k]);
    } else if (strncmp(tok, "list:", 5) == 0) {
      char *p = tok + 5;
      g->nlist[k] = 0;
      while (*p && g->nlist[k] < 8) {
        g->list[k][g->nlist[k]++] = strtod(p, &p);
        if (*p == '|') p++;
      }
    } else if (strncmp(tok, "file:", 5) == 0) {
      const char *p = tok + 5;
      size_t n = 0;
      for (; *p && n < sizeof g->text[k] - 1; p++) g->text[k][n++] = p[0] == '\\' && p[1] == 'n' ? (p++, '\n') : *p;
      g->len[k] = n;
      if (*p) return -1; /* longer than the table allows (tests/data/README.md) */
    } else if (strncmp(tok, "buffer:int32", 12) == 0) {
      g->i[k] = VB_INT;
    } else
      return -1;
  }
  return 0;
}

/* The bindings inflate zlib blocks with zlib; the table's blocks are stored
 * (deflate level 0, docs in bad_input.tsv), which this reads without zlib: a
 * zlib header, then stored blocks (BFINAL, BTYPE 00, LEN, NLEN, bytes), and
 * exactly `expected` bytes in all (more: a bomb; fewer, or anything else: bad). */
static int stored_inflate(void *ctx, const unsigned char *src, size_t n, unsigned char *dst, size_t expected) {
  size_t i = 2, out = 0;
  int last = 0;
  (void)ctx;
  if (n < 2 || (src[0] & 0x0f) != 8 || (src[0] * 256 + src[1]) % 31) return VB_EINVAL;
  while (!last) {
    size_t len;
    if (i + 5 > n || (src[i] & 6) != 0) return VB_EINVAL;
    last = src[i] & 1;
    len = src[i + 1] | (size_t)src[i + 2] << 8;
    if ((len ^ (src[i + 3] | (size_t)src[i + 4] << 8)) != 0xffff || i + 5 + len > n || out + len > expected) return VB_EINVAL;
    memcpy(dst + out, src + i + 5, len);
    out += len, i += 5 + len;
  }
  return out == expected ? VB_OK : VB_EINVAL;
}

static int call(fixture *f, const char *m, const args *g) {
  vb_array *a = f->a;
  double out[8];
  if (f->reader) {
    vb_io_callbacks cb = {stored_inflate, NULL, NULL};
    vb_object *o = strcmp(m, "Update") != 0 ? NULL
                   : f->reader == 1       ? vb_legacy_read(g->text[0], g->len[0], 0, NULL)
                                          : vb_xml_read(g->text[0], g->len[0], &cb, NULL);
    vb_object_release(o);
    return o ? VB_OK : strcmp(m, "Update") == 0 ? vb_last_status() : 1;
  }
  if (f->b) {
    if (strcmp(m, "Allocate") == 0) return vb_buffer_allocate(f->b, g->i[0]);
    if (strcmp(m, "Reallocate") == 0) return vb_buffer_reallocate(f->b, g->i[0]);
    return 1;
  }
  if (strcmp(m, "SetNumberOfTuples") == 0) return vb_array_set_number_of_tuples(a, g->i[0]);
  if (strcmp(m, "SetNumberOfValues") == 0) return vb_array_set_number_of_values(a, g->i[0]);
  if (strcmp(m, "SetNumberOfComponents") == 0) return vb_array_set_number_of_components(a, (int)g->i[0]);
  if (strcmp(m, "Resize") == 0) return vb_array_resize(a, g->i[0]);
  if (strcmp(m, "Allocate") == 0) return vb_array_allocate(a, g->i[0], 1000);
  if (strcmp(m, "GetValue") == 0) return vb_array_get_value(a, g->i[0], out);
  if (strcmp(m, "SetValue") == 0) return vb_array_set_value_s(a, g->i[0], &g->s[1]);
  if (strcmp(m, "GetTuple") == 0) return vb_array_get_tuple(a, g->i[0], out);
  if (strcmp(m, "SetTuple") == 0) return vb_array_set_tuple(a, g->i[0], g->list[1]);
  if (strcmp(m, "InsertTuple") == 0) return vb_array_insert_tuple(a, g->i[0], g->list[1]);
  if (strcmp(m, "GetComponent") == 0) return vb_array_get_component(a, g->i[0], (int)g->i[1], out);
  if (strcmp(m, "SetComponent") == 0) return vb_array_set_component(a, g->i[0], (int)g->i[1], g->d[2]);
  if (strcmp(m, "GetRange") == 0) return vb_array_get_range(a, (int)g->i[0], out);
  /* issue 17's array API (vb_array_edit.c, vb_array_info.c) */
  if (strcmp(m, "Fill") == 0) return vb_array_fill_s(a, VB_RULES_DOUBLE, &g->s[0]);
  if (strcmp(m, "FillValue") == 0) return vb_array_fill_s(a, VB_RULES_VALUE, &g->s[0]);
  if (strcmp(m, "FillComponent") == 0) return vb_array_fill_component_s(a, (int)g->i[0], VB_RULES_DOUBLE, &g->s[1]);
  if (strcmp(m, "InsertComponent") == 0)
    return vb_array_insert_one_component_s(a, g->i[0], (int)g->i[1], VB_RULES_DOUBLE, &g->s[2]);
  if (strcmp(m, "RemoveTuple") == 0) return vb_array_remove_tuple(a, g->i[0]);
  if (strcmp(m, "GetFiniteRange") == 0) return vb_array_get_finite_range(a, (int)g->i[0], out);
  if (strcmp(m, "SetBuffer") == 0) {
    vb_buffer *b = vb_buffer_new((int)g->i[0]);
    int st;
    vb_buffer_allocate(b, 3);
    st = vb_array_set_buffer(a, b, 1);
    vb_buffer_release(b);
    return st;
  }
  return 1;
}

/* re-entrant rows: the observer makes the call once, during ModifiedEvent */
typedef struct {
  fixture *f;
  const char *m;
  const args *g;
  int status, calls;
} reentry;

static void observer(vb_object *caller, unsigned long event, void *calldata, void *clientdata) {
  reentry *r = clientdata;
  (void)caller;
  (void)event;
  (void)calldata;
  if (r->calls++ == 0) r->status = call(r->f, r->m, r->g);
}

/* The message rules (every language): no C name (vb_*, a snake_case
 * function name such as set_number_of_components), and a call named first
 * ("SetValue: ...") is not named again ("SetValue: ...: SetValue: ..."). */
static int clean_message(const char *m) {
  const char *p, *colon;
  char call[64];
  size_t k;
  if (strstr(m, "vb_")) return 0;
  for (p = m; *p;) { /* words of [a-z0-9_] with an inner '_' */
    size_t n = strspn(p, "abcdefghijklmnopqrstuvwxyz0123456789_");
    if (n > 2 && p[0] != '_' && p[n - 1] != '_' && memchr(p, '_', n) &&
        (p == m || !((p[-1] >= 'A' && p[-1] <= 'Z'))))
      return 0;
    p += n ? n : 1;
  }
  colon = strstr(m, ": ");
  if (!colon || m[0] < 'A' || m[0] > 'Z' || (size_t)(colon - m) >= 64) return 1;
  k = (size_t)(colon - m);
  memcpy(call, m, k);
  call[k] = '\0';
  return strstr(colon + 2, call) == NULL; /* the call named once */
}

static int run_row(char **col) {
  fixture f;
  args g;
  char before[2048], after[2048], argtext[1024];
  const char *m = col[2];
  int want = status_of(col[4]), st, observed = strncmp(m, "observer:", 9) == 0, ok;
  snprintf(argtext, sizeof argtext, "%s", col[3]);
  if (make_fixture(col[1], &f) < 0 || parse_args(argtext, &g) < 0) return -1;
  snapshot(&f, !observed, before, sizeof before);
  if (observed) {
    reentry r = {&f, m + 9, &g, 1, 0};
    vb_object *o = f.a ? vb_array_object(f.a) : vb_buffer_object(f.b);
    unsigned long id = vb_object_add_observer(o, VB_MODIFIED_EVENT, observer, &r, NULL);
    vb_object_modified(o);
    vb_object_remove_observer(o, id);
    st = r.calls == 1 ? r.status : 1;
  } else
    st = call(&f, m, &g);
  snapshot(&f, !observed, after, sizeof after);
  ok = st == want && strcmp(before, after) == 0 && clean_message(vb_last_error());
  if (!ok)
    fprintf(stderr, "  row %s: status %d (want %s), %s -> %s, message \"%s\"\n", col[0], st, col[4], before,
            after, vb_last_error());
  vb_array_release(f.a);
  vb_buffer_release(f.b);
  return ok ? 0 : -1;
}

TEST(test_message_rules) {
  CHECK(clean_message("SetValue: value index 12 not in [0, 12)"));
  CHECK(clean_message("negative count -1"));
  CHECK(!clean_message("InsertNextValue: value out of range: InsertNextValue: 300 is out of range"));
  CHECK(!clean_message("value out of domain: sphere_source_set_radius: value must be finite"));
  CHECK(!clean_message("vb_array_set_value_s failed"));
  /* the messages the issue names, now */
  {
    vb_array *a = vb_array_new(VB_UNSIGNED_CHAR);
    vb_sphere_source *s = vb_sphere_source_new();
    vb_scalar v = vb_scalar_int(300);
    CHECK_EQ_INT(vb_array_insert_next_value_s(a, &v), VB_ENOFIT);
    CHECK(strcmp(vb_last_error(), "InsertNextValue: 300 is out of range for unsigned char") == 0);
    CHECK_EQ_INT(vb_sphere_source_set_radius(s, NAN), VB_EDOMAIN);
    CHECK(strcmp(vb_last_error(), "SetRadius: value must be finite") == 0);
    CHECK_EQ_INT(vb_array_set_number_of_components(a, 0), VB_EINVAL);
    CHECK(strcmp(vb_last_error(), "SetNumberOfComponents: 0 < 1") == 0);
    CHECK_EQ_INT(vb_array_get_value_s(a, 3, &v), VB_ERANGE);
    CHECK(strcmp(vb_last_error(), "GetValue: expects 0 <= valueIdx && valueIdx < GetNumberOfValues() (valueIdx 3, 0 values)") == 0);
    /* a failure in the core's internals, named after the API call on its way out */
    CHECK_EQ_INT(vb_array_set_number_of_values(a, INT64_MAX), VB_EOVERFLOW);
    CHECK(strncmp(vb_last_error(), "SetNumberOfValues: ", 19) == 0 && clean_message(vb_last_error()));
    vb_array_release(a);
    vb_sphere_source_release(s);
  }
}

TEST(test_table) {
  FILE *fp = fopen(VB_TEST_DATA "/bad_input.tsv", "r");
  static char line[4096];
  int nrows = 0, nc = 0, nfail = 0, header = 1;
  CHECK(fp != NULL);
  if (!fp) return;
  while (fgets(line, sizeof line, fp)) {
    char *col[8], *save = NULL;
    int n = 0;
    if (line[0] == '#') continue;
    line[strcspn(line, "\n")] = '\0';
    for (col[n] = strtok_r(line, "\t", &save); col[n] && n < 7; col[++n] = strtok_r(NULL, "\t", &save)) {}
    if (header) { header = 0; continue; }
    CHECK_EQ_INT(n, 7);
    if (n != 7) continue;
    nrows++;
    if (strcmp(col[4], "-") == 0) continue;
    nc++;
    if (run_row(col) < 0) nfail++;
  }
  fclose(fp);
  CHECK_EQ_INT(nfail, 0);
  CHECK(nrows >= 40);
  CHECK(nc >= 25);
  printf("  %d rows of bad_input.tsv, %d with a C status\n", nrows, nc);
}

int main(void) {
  RUN(test_message_rules);
  RUN(test_table);
  return vb_test_done();
}
