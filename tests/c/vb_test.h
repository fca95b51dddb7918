/* vb_test.h - a minimal test harness for the C core.
 * TEST(name) { ... CHECK(cond); ... }  and in main: RUN(name); ... return vb_test_done();
 * A failing CHECK prints file:line and the last vtkbuf error, and the test
 * continues.  The last line printed is "N passed, M failed". */
#ifndef VB_TEST_H
#define VB_TEST_H

#include <stdio.h>
#include <string.h>

#include "vtkbuf.h"

static int vbt_failed_checks, vbt_passed, vbt_failed;

#define CHECK(cond)                                                                     \
  do {                                                                                  \
    if (!(cond)) {                                                                      \
      vbt_failed_checks++;                                                              \
      fprintf(stderr, "  %s:%d: CHECK(%s) failed [last error: %s]\n", __FILE__, __LINE__, \
              #cond, vb_last_error());                                                  \
    }                                                                                   \
  } while (0)

#define CHECK_EQ_INT(a, b)                                                              \
  do {                                                                                  \
    long long a_ = (long long)(a), b_ = (long long)(b);                                 \
    if (a_ != b_) {                                                                     \
      vbt_failed_checks++;                                                              \
      fprintf(stderr, "  %s:%d: %s == %lld, expected %s == %lld [last error: %s]\n",   \
              __FILE__, __LINE__, #a, a_, #b, b_, vb_last_error());                     \
    }                                                                                   \
  } while (0)

#define TEST(name) static void name(void)

#define RUN(name)                                                                       \
  do {                                                                                  \
    int before_ = vbt_failed_checks;                                                    \
    long blocks_ = vb_block_live_count();                                               \
    long objects_ = vb_object_live_count();                                             \
    name();                                                                             \
    if (vb_block_live_count() != blocks_) {                                             \
      vbt_failed_checks++;                                                              \
      fprintf(stderr, "  %s leaked %ld block(s)\n", #name, vb_block_live_count() - blocks_); \
    }                                                                                   \
    if (vb_object_live_count() != objects_) {                                           \
      vbt_failed_checks++;                                                              \
      fprintf(stderr, "  %s leaked %ld object(s)\n", #name,                             \
              vb_object_live_count() - objects_);                                       \
    }                                                                                   \
    if (vbt_failed_checks == before_) {                                                 \
      vbt_passed++;                                                                     \
      printf("PASS %s\n", #name);                                                       \
    } else {                                                                            \
      vbt_failed++;                                                                     \
      printf("FAIL %s\n", #name);                                                       \
    }                                                                                   \
  } while (0)

static int vb_test_done(void) {
  printf("%d passed, %d failed\n", vbt_passed, vbt_failed);
  return vbt_failed ? 1 : 0;
}

/* ---- allocator fault injection: fail the Nth allocation from now ---- */
static long vbt_alloc_countdown = -1; /* -1: never fail */
static long vbt_alloc_calls;

static void *vbt_alloc(size_t size, size_t align, void *ud) {
  vbt_alloc_calls++;
  if (vbt_alloc_countdown == 0) return NULL;
  if (vbt_alloc_countdown > 0) vbt_alloc_countdown--;
  return vb_default_alloc(size, align, ud);
}

/* zeroed allocations count and fail like the others */
static void *vbt_alloc_zeroed(size_t size, size_t align, void *ud) {
  vbt_alloc_calls++;
  if (vbt_alloc_countdown == 0) return NULL;
  if (vbt_alloc_countdown > 0) vbt_alloc_countdown--;
  return vb_default_alloc_zeroed(size, align, ud);
}

static void vbt_free(void *p, void *ud) { vb_default_free(p, ud); }

/* Install the counting allocator; fail_after = k: the (k+1)-th allocation
 * fails and every one after it too (until vbt_alloc_reset). */
static void vbt_alloc_fail_after(long k) {
  vb_allocator a = {vbt_alloc, vbt_free, NULL, vbt_alloc_zeroed};
  vbt_alloc_countdown = k;
  vbt_alloc_calls = 0;
  vb_set_allocator(&a);
}

static void vbt_alloc_reset(void) {
  vbt_alloc_countdown = -1;
  vb_set_allocator(NULL);
}

#endif
