/* test_memory.c - large allocations: fresh zeroed memory is not touched
 * (resident memory stays small for a huge array), and an allocation the
 * system refuses is VB_ENOMEM with the object unchanged and usable.
 *
 * Under valgrind (RUNNING_ON_VALGRIND, or VB_UNDER_VALGRIND=1 set by
 * mk/core.mk) the huge sizes cannot be mapped: the lazy tests run a smaller
 * equivalent and the kernel-refusal test is replaced by the hook-refusal
 * test (which always runs); each says so in its output. */
#define _POSIX_C_SOURCE 200809L
#include <stdint.h>
#include <stdlib.h>
#include <unistd.h>

#include "vb_test.h"

#ifdef VB_HAVE_VALGRIND_H
#include <valgrind/valgrind.h>
#endif

/* refused huge requests are NULL under ASan too (also when run directly,
 * without mk/core.mk's ASAN_OPTIONS) */
const char *__asan_default_options(void);
const char *__asan_default_options(void) { return "allocator_may_return_null=1"; }

static int under_valgrind(void) {
  const char *e = getenv("VB_UNDER_VALGRIND");
#ifdef RUNNING_ON_VALGRIND
  if (RUNNING_ON_VALGRIND) return 1;
#endif
  return e && *e && strcmp(e, "0") != 0;
}

/* resident set size of this process in MiB (/proc/self/statm) */
static long rss_mib(void) {
  long pages = -1, resident = -1;
  FILE *f = fopen("/proc/self/statm", "r");
  if (!f) return -1;
  if (fscanf(f, "%ld %ld", &pages, &resident) != 2) resident = -1;
  fclose(f);
  return resident < 0 ? -1 : resident * (sysconf(_SC_PAGESIZE) / 1024) / 1024;
}

#define RSS_LIMIT_MIB 1024L
#define CHECK_RSS(what)                                                                  \
  do {                                                                                   \
    long r_ = rss_mib();                                                                 \
    printf("  RSS %s: %ld MiB\n", what, r_);                                             \
    if (!under_valgrind()) CHECK(r_ >= 0 && r_ < RSS_LIMIT_MIB);                          \
  } while (0)

/* /proc/meminfo field in KiB, -1 if absent */
static long long meminfo_kib(const char *key) {
  char line[256];
  long long v = -1;
  size_t n = strlen(key);
  FILE *f = fopen("/proc/meminfo", "r");
  if (!f) return -1;
  while (fgets(line, sizeof line, f))
    if (strncmp(line, key, n) == 0 && line[n] == ':') {
      v = atoll(line + n + 1);
      break;
    }
  fclose(f);
  return v;
}

static int overcommit_mode(void) {
  int m = -1;
  FILE *f = fopen("/proc/sys/vm/overcommit_memory", "r");
  if (!f) return -1;
  if (fscanf(f, "%d", &m) != 1) m = -1;
  fclose(f);
  return m;
}

/* 1 if the kernel refuses one mapping of `bytes` (more than RAM + swap
 * under the heuristic or strict overcommit policy); 0 if it may grant it
 * lazily (overcommit_memory = 1, or a machine that large) */
static int kernel_refuses(double bytes) {
  long long ram = meminfo_kib("MemTotal"), swap = meminfo_kib("SwapTotal");
  if (overcommit_mode() == 1 || ram < 0) return 0;
  return bytes > ((double)ram + (double)(swap > 0 ? swap : 0)) * 1024.0;
}

static int events;
static void count_event(vb_object *o, unsigned long ev, void *cd, void *ud) {
  (void)o; (void)ev; (void)cd; (void)ud;
  events++;
}

static double value_at(const vb_array *a, int64_t i) {
  double d = -12345.0;
  CHECK_EQ_INT(vb_array_get_value(a, i, &d), VB_OK);
  return d;
}

static void set_real(vb_array *a, int64_t i, double d) {
  vb_scalar s = vb_scalar_real(d);
  CHECK_EQ_INT(vb_array_set_value_s(a, i, &s), VB_OK);
}

/* The example: SetNumberOfComponents(10**9); SetNumberOfTuples(3):
 * 12 GB of float32 that nobody wrote costs no resident memory. */
TEST(test_lazy_huge_array) {
  int ncomp = 1000000000;
  int64_t n;
  vb_array *a = vb_array_new(VB_FLOAT);
  if (under_valgrind()) {
    ncomp = 1000000;
    printf("  valgrind: 10^6 components instead of 10^9 (12 MB, RSS not checked)\n");
  }
  n = (int64_t)ncomp * 3;
  events = 0;
  vb_object_add_observer(vb_array_object(a), VB_BUFFER_CHANGED_EVENT, count_event, NULL, NULL);
  CHECK_EQ_INT(vb_array_set_number_of_components(a, ncomp), VB_OK);
  CHECK_EQ_INT(vb_array_set_number_of_tuples(a, 3), VB_OK);
  CHECK_EQ_INT(events, 1);
  CHECK_EQ_INT(vb_array_get_size(a), n);
  CHECK_EQ_INT(vb_array_get_number_of_tuples(a), 3);
  CHECK_EQ_INT(vb_array_get_max_id(a), n - 1);
  CHECK((uintptr_t)vb_array_data(a) % 64 == 0);
  CHECK_RSS("after SetNumberOfTuples(3)");
  CHECK(value_at(a, 0) == 0.0 && value_at(a, n / 2) == 0.0 && value_at(a, n - 1) == 0.0);
  set_real(a, 0, 1.5);
  set_real(a, n / 2, -2.5);
  set_real(a, n - 1, 3.5);
  CHECK_EQ_INT(vb_array_set_component(a, 1, 7, 4.5), VB_OK);
  CHECK(value_at(a, 0) == 1.5 && value_at(a, n / 2) == -2.5 && value_at(a, n - 1) == 3.5);
  CHECK(value_at(a, (int64_t)ncomp + 7) == 4.5 && value_at(a, 1) == 0.0);
  CHECK_RSS("after writing 4 values");
  CHECK_EQ_INT(events, 1);
  vb_array_release(a);
}

/* Growth copies only the old contents: 1000 values grown to 2^29 floats
 * (2 GiB, twice the RSS limit); an export of the old block keeps its
 * contents.  (Sizes past 8 GB are test_lazy_huge_array's: each costs about
 * a second of page-table work under ASan.) */
TEST(test_lazy_growth) {
  int64_t big = (int64_t)1 << 29, i;
  vb_array *a = vb_array_new(VB_FLOAT);
  vb_block *old;
  const float *oldp;
  if (under_valgrind()) {
    big = (int64_t)1 << 22;
    printf("  valgrind: grows to 2^22 values instead of 2^29 (RSS not checked)\n");
  }
  for (i = 0; i < 1000; i++) CHECK_EQ_INT(vb_array_insert_next_value(a, (double)i), VB_OK);
  old = vb_buffer_block(vb_array_get_buffer(a));
  vb_block_retain(old);
  oldp = vb_block_data(old);
  events = 0;
  vb_object_add_observer(vb_array_object(a), VB_BUFFER_CHANGED_EVENT, count_event, NULL, NULL);
  CHECK_EQ_INT(vb_array_set_number_of_values(a, big), VB_OK);
  CHECK_EQ_INT(events, 1);
  CHECK(vb_buffer_block(vb_array_get_buffer(a)) != old);
  CHECK(vb_array_get_size(a) >= big);
  CHECK_EQ_INT(vb_array_get_number_of_values(a), big);
  CHECK_RSS("after the growth");
  CHECK(value_at(a, 0) == 0.0 && value_at(a, 999) == 999.0);
  CHECK(value_at(a, 1000) == 0.0 && value_at(a, big / 2) == 0.0 && value_at(a, big - 1) == 0.0);
  set_real(a, big - 1, 42.0);
  CHECK(value_at(a, big - 1) == 42.0);
  CHECK(oldp[0] == 0.0f && oldp[999] == 999.0f); /* the export still reads the old block */
  CHECK_RSS("after writing");
  vb_block_release(old);
  vb_array_release(a);
}

/* Buffers: Allocate is lazy; a shrink then regrow copies what is kept only. */
TEST(test_lazy_buffer) {
  int64_t big = (int64_t)1 << 28; /* doubles: 2 GiB */
  vb_buffer *b = vb_buffer_new(VB_DOUBLE);
  double *p;
  if (under_valgrind()) {
    big = 1000000;
    printf("  valgrind: 10^6 doubles instead of 2^28 (RSS not checked)\n");
  }
  CHECK_EQ_INT(vb_buffer_allocate(b, big), VB_OK);
  CHECK_RSS("after Allocate");
  p = vb_buffer_data(b);
  CHECK(p && (uintptr_t)p % 64 == 0 && p[0] == 0.0 && p[big - 1] == 0.0);
  p[0] = 1.0;
  p[999] = 2.0;
  CHECK_EQ_INT(vb_buffer_reallocate(b, 1000), VB_OK);
  CHECK_EQ_INT(vb_buffer_reallocate(b, big), VB_OK);
  p = vb_buffer_data(b);
  CHECK(p[0] == 1.0 && p[999] == 2.0 && p[1000] == 0.0 && p[big - 1] == 0.0);
  CHECK_RSS("after shrink + regrow");
  vb_buffer_release(b);
}

/* ---- refusal ---- */

/* the array's observable state, to check "unchanged" */
typedef struct {
  int ncomp;
  int64_t size, max_id;
  vb_block *blk[4];
  double v[4];
} snap;

static snap take(const vb_array *a) {
  snap s;
  int c;
  memset(&s, 0, sizeof s);
  s.ncomp = vb_array_get_number_of_components(a);
  s.size = vb_array_get_size(a);
  s.max_id = vb_array_get_max_id(a);
  for (c = 0; c < 4; c++) {
    vb_buffer *b = vb_array_layout(a) == VB_LAYOUT_AOS ? (c ? NULL : vb_array_get_buffer(a))
                   : c < s.ncomp ? vb_array_get_component_buffer(a, c) : NULL;
    s.blk[c] = vb_buffer_block(b);
    if (c <= s.max_id) vb_array_get_value(a, c, &s.v[c]);
  }
  return s;
}

static int same(const snap *x, const snap *y) {
  return x->ncomp == y->ncomp && x->size == y->size && x->max_id == y->max_id &&
         memcmp(x->blk, y->blk, sizeof x->blk) == 0 && memcmp(x->v, y->v, sizeof x->v) == 0;
}

/* one refused request on array a: status ENOMEM, nothing changed, no event */
static void expect_refused(vb_array *a, int st, const snap *before, const char *what) {
  snap after = take(a);
  if (st != VB_ENOMEM || !same(before, &after) || events != 0)
    fprintf(stderr, "  refused request: %s\n", what);
  CHECK_EQ_INT(st, VB_ENOMEM);
  CHECK(same(before, &after));
  CHECK_EQ_INT(events, 0);
}

/* a small normal workload: the array is usable after a refusal */
static void workload(vb_array *a) {
  int64_t i, n0 = vb_array_get_number_of_values(a);
  int ncomp = vb_array_get_number_of_components(a);
  vb_array *copy = vb_array_new(vb_array_type(a));
  for (i = 0; i < 100 * ncomp; i++) CHECK_EQ_INT(vb_array_insert_next_value(a, 1.0), VB_OK);
  CHECK_EQ_INT(vb_array_get_number_of_values(a), n0 + 100 * ncomp);
  CHECK_EQ_INT(vb_array_deep_copy(copy, a), VB_OK);
  CHECK_EQ_INT(vb_array_get_number_of_values(copy), n0 + 100 * ncomp);
  CHECK_EQ_INT(vb_array_squeeze(a), VB_OK);
  CHECK_EQ_INT(vb_array_set_number_of_tuples(a, 3), VB_OK);
  vb_array_release(copy);
}

static vb_array *filled(int layout, int ncomp) {
  vb_array *a = vb_array_new_layout(VB_FLOAT, layout);
  int i;
  vb_array_set_number_of_components(a, ncomp);
  for (i = 0; i < 2 * ncomp; i++) vb_array_insert_next_value(a, 10.0 + i);
  return a;
}

/* Requests the kernel cannot grant: 10^9 components x 7 float tuples
 * (28 GB, more than this machine's RAM + swap), 2^40 elements, and 2^45
 * doubles (256 TiB, past the 47-bit address space on any machine). */
TEST(test_enomem_from_the_system) {
  static const int layouts[] = {VB_LAYOUT_AOS, VB_LAYOUT_SOA, VB_LAYOUT_SCALED_SOA};
  double gb28 = 7e9 * 4;
  int refuse28 = kernel_refuses(gb28), refuse40 = kernel_refuses(4.0 * 1099511627776.0);
  int l, st;
  vb_array *a;
  vb_buffer *b;
  snap s;
  if (under_valgrind()) {
    printf("  valgrind: huge requests skipped (valgrind cannot map them); "
           "test_enomem_refused_by_hook covers refusal\n");
    return;
  }
  printf("  overcommit_memory=%d, RAM+swap %lld MiB: 28 GB %s, 4 TiB %s, 256 TiB refused\n",
         overcommit_mode(), (meminfo_kib("MemTotal") + (meminfo_kib("SwapTotal") > 0 ? meminfo_kib("SwapTotal") : 0)) / 1024,
         refuse28 ? "refused" : "may be granted lazily", refuse40 ? "refused" : "may be granted lazily");
  /* the example with 7 tuples */
  a = vb_array_new(VB_FLOAT);
  CHECK_EQ_INT(vb_array_set_number_of_components(a, 1000000000), VB_OK);
  events = 0;
  vb_object_add_observer(vb_array_object(a), VB_BUFFER_CHANGED_EVENT, count_event, NULL, NULL);
  s = take(a);
  st = vb_array_set_number_of_tuples(a, 7);
  if (refuse28) {
    expect_refused(a, st, &s, "10^9 x 7 floats");
    CHECK(strstr(vb_last_error(), "out of memory") != NULL);
    printf("  10^9 x 7 floats: %s\n", vb_last_error());
  } else {
    CHECK_EQ_INT(st, VB_OK);
    CHECK_RSS("10^9 x 7 floats granted lazily");
  }
  CHECK_EQ_INT(vb_array_set_number_of_components(a, 1000), VB_OK);
  CHECK_EQ_INT(vb_array_set_number_of_tuples(a, 7), VB_OK);
  CHECK_EQ_INT(vb_array_set_number_of_components(a, 1), VB_OK);
  CHECK_EQ_INT(vb_array_initialize(a), VB_OK);
  workload(a);
  vb_array_release(a);

  for (l = 0; l < 3; l++) {
    int64_t huge[2] = {(int64_t)1 << 40, (int64_t)1 << 45};
    int h;
    a = filled(layouts[l], 3);
    events = 0;
    vb_object_add_observer(vb_array_object(a), VB_BUFFER_CHANGED_EVENT, count_event, NULL, NULL);
    for (h = 0; h < 2; h++) {
      if (h == 0 && !refuse40) continue;
      s = take(a);
      expect_refused(a, vb_array_set_number_of_tuples(a, huge[h]), &s, "set_number_of_tuples");
      expect_refused(a, vb_array_resize(a, huge[h]), &s, "resize");
      expect_refused(a, vb_array_reserve_tuples(a, huge[h]), &s, "reserve_tuples");
      expect_refused(a, vb_array_allocate(a, huge[h] * 3, 0), &s, "allocate");
      expect_refused(a, vb_array_insert_value(a, huge[h] * 3, 1.0), &s, "insert_value");
      expect_refused(a, vb_array_insert_tuple(a, huge[h], (const double[3]){1, 2, 3}), &s, "insert_tuple");
    }
    workload(a);
    vb_array_release(a);
  }
  b = vb_buffer_new(VB_DOUBLE);
  CHECK_EQ_INT(vb_buffer_allocate(b, 5), VB_OK);
  ((double *)vb_buffer_data(b))[4] = 4.0;
  {
    vb_block *blk = vb_buffer_block(b);
    CHECK_EQ_INT(vb_buffer_allocate(b, (int64_t)1 << 45), VB_ENOMEM);
    CHECK_EQ_INT(vb_buffer_reallocate(b, (int64_t)1 << 45), VB_ENOMEM);
    CHECK(vb_buffer_block(b) == blk && vb_buffer_count(b) == 5 && ((double *)vb_buffer_data(b))[4] == 4.0);
  }
  CHECK_EQ_INT(vb_buffer_reallocate(b, 1000), VB_OK);
  CHECK(((double *)vb_buffer_data(b))[4] == 4.0);
  vb_buffer_release(b);
}

/* The same refusals made by an allocator hook (runs under valgrind too):
 * allocations of at least `limit` bytes fail, after `grant` of them
 * succeeded (so an SOA array gets some component blocks, then a refusal). */
static size_t refuse_limit;
static long refuse_grant;

static void *refusing_alloc(size_t size, size_t align, void *ud) {
  if (size >= refuse_limit && refuse_grant-- <= 0) return NULL;
  return vb_default_alloc(size, align, ud);
}

static void *refusing_alloc_zeroed(size_t size, size_t align, void *ud) {
  if (size >= refuse_limit && refuse_grant-- <= 0) return NULL;
  return vb_default_alloc_zeroed(size, align, ud);
}

TEST(test_enomem_refused_by_hook) {
  static const int layouts[] = {VB_LAYOUT_AOS, VB_LAYOUT_SOA, VB_LAYOUT_SCALED_SOA};
  vb_allocator hook = {refusing_alloc, vb_default_free, NULL, refusing_alloc_zeroed};
  int64_t big = 1 << 20; /* tuples: 4 MiB per component, >= the 1 MiB limit */
  long blocks = vb_block_live_count();
  int l, g;
  for (l = 0; l < 3; l++) {
    for (g = 0; g < 3; g++) { /* grant 0..2 large allocations before refusing */
      vb_array *a = filled(layouts[l], 3);
      snap s = take(a);
      events = 0;
      vb_object_add_observer(vb_array_object(a), VB_BUFFER_CHANGED_EVENT, count_event, NULL, NULL);
      refuse_limit = (size_t)1 << 20;
#define REFUSED(call, what)                                                                \
  do {                                                                                     \
    refuse_grant = g;                                                                      \
    vb_set_allocator(&hook);                                                               \
    expect_refused(a, (call), &s, what);                                                   \
    vb_set_allocator(NULL);                                                                \
  } while (0)
      if (g == 0 || layouts[l] != VB_LAYOUT_AOS) { /* AOS makes one large allocation */
        REFUSED(vb_array_set_number_of_tuples(a, big), "set_number_of_tuples");
        REFUSED(vb_array_resize(a, big), "resize");
        REFUSED(vb_array_reserve_tuples(a, big), "reserve_tuples");
        REFUSED(vb_array_allocate(a, big * 3, 0), "allocate");
        REFUSED(vb_array_insert_value(a, big * 3, 1.0), "insert_value");
      }
#undef REFUSED
      CHECK_EQ_INT(vb_block_live_count(), blocks + (layouts[l] == VB_LAYOUT_AOS ? 1 : 3));
      workload(a);
      vb_array_release(a);
    }
  }
  if (under_valgrind()) printf("  (this test stands in for test_enomem_from_the_system under valgrind)\n");
}

int main(void) {
  setvbuf(stdout, NULL, _IONBF, 0);
  if (under_valgrind()) printf("running under valgrind: smaller sizes, said per test\n");
  RUN(test_lazy_huge_array);
  RUN(test_lazy_growth);
  RUN(test_lazy_buffer);
  RUN(test_enomem_from_the_system);
  RUN(test_enomem_refused_by_hook);
  return vb_test_done();
}
