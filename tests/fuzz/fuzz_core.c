/* fuzz_core.c - libFuzzer harness over the vtkbuf C API.
 *
 * The input is a sequence of operations (one opcode byte, then its
 * arguments) on a small pool of buffers, arrays (AOS/SOA/scaled SOA of
 * every type), data objects (points, cell arrays, attributes, polydata, a
 * sphere source) and exports (held block references with a copy of their
 * contents).  Foreign memory is adopted with a release callback; observers
 * resize their array or buffer, add and remove observers, drop the pool's
 * references or fire events during dispatch; an allocation failure can be
 * armed before any operation (the k-th allocation of the next operation
 * fails, once or from then on).  Values go through the tagged API with
 * arbitrary scalar kinds and payloads.
 *
 * Invariants, checked after every operation (abort() = a crash):
 *  - every reachable array: Size derived from its buffers, MaxId/Tuples
 *    consistent, first and last value readable, every buffer fits its block;
 *  - every held export that no reachable buffer uses any more still reads
 *    its old contents (and never freed memory: ASan); when observers acted
 *    during the operation, a block detached by it may have been written
 *    first (an insert into spare capacity, then a growth): its contents are
 *    taken as they are after that operation;
 *  - BufferChangedEvent fired on a pool array exactly when its storage
 *    (buffer objects, blocks, counts) changed, at most once for the array
 *    operated on (relaxed when an observer mutated something during the
 *    operation, since that is a second change; empty buffers replaced by
 *    empty ones may fire or not);
 *  - a failed array operation left the array unchanged (storage, shape,
 *    name, the values around the index it addressed) and fired nothing;
 *  - a value stored by the value API reads back as VTK's rules say;
 *  - at the end: every object and block freed (vb_object_live_count,
 *    vb_block_live_count back to zero), every owned foreign memory released
 *    exactly once, every observer's clientdata freed exactly once.
 *
 * Build: make fuzz (clang -fsanitize=fuzzer,address,undefined). */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vtkbuf.h"

#define NA 4 /* arrays */
#define NB 3 /* buffers */
#define NP 2 /* points */
#define NC 2 /* cell arrays */
#define NT 2 /* attributes */
#define ND 2 /* polydata */
#define NE 8 /* exports */
#define EXPORT_BYTES 4096
#define MAX_COMPS 64 /* tuple operations on arrays with more components are skipped */

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
const char *__asan_default_options(void);
const char *__asan_default_options(void) { return "allocator_may_return_null=1:detect_leaks=1"; }

#define INV(cond, ...)                                                                    \
  do {                                                                                    \
    if (!(cond)) {                                                                        \
      fprintf(stderr, "fuzz_core: invariant failed at line %d: %s: ", __LINE__, #cond);  \
      fprintf(stderr, __VA_ARGS__);                                                       \
      fprintf(stderr, " [last error: %s]\n", vb_last_error());                            \
      abort();                                                                            \
    }                                                                                     \
  } while (0)

/* ------------------------------------------------------------------ input */

static const uint8_t *in_p;
static size_t in_n;

static unsigned u8(void) {
  if (!in_n) return 0;
  in_n--;
  return *in_p++;
}
static unsigned u16(void) { return u8() | u8() << 8; }
static uint64_t u64(void) {
  uint64_t v = 0;
  int i;
  for (i = 0; i < 8; i++) v |= (uint64_t)u8() << (8 * i);
  return v;
}

static const int64_t special_counts[] = {
    -1, 0, 1, 2, 3, 7, 64, 1000, 4096, 65536, (int64_t)1 << 20, ((int64_t)1 << 31) - 1,
    (int64_t)1 << 31, (int64_t)1 << 32, (int64_t)1 << 40, (int64_t)1 << 45, (int64_t)1 << 61,
    (int64_t)1 << 62, INT64_MAX / 3 + 1, INT64_MAX / 2, INT64_MAX - 1, INT64_MAX, INT64_MIN,
    -((int64_t)1 << 31)};
#define NSPECIAL ((int)(sizeof special_counts / sizeof special_counts[0]))

/* a count or index: mostly small, sometimes special or arbitrary */
static int64_t count(void) {
  unsigned k = u8();
  switch (k & 7) {
  case 0: case 1: case 2: case 3: return k >> 3;
  case 4: return u16() & 0xfff;
  case 5: return special_counts[u8() % NSPECIAL];
  case 6: return (int64_t)u64();
  default: return -(int64_t)(k >> 3);
  }
}

static int ncomps(void) {
  unsigned k = u8();
  if ((k & 7) == 7) {
    static const int big[] = {0, -1, 65, 1000, 1 << 20, 1000000000, 2147483647, -2147483647 - 1};
    return big[(k >> 3) % 8];
  }
  return 1 + (int)((k >> 3) % 12);
}

static const double special_doubles[] = {0.0, -0.0, 0.5, -1.5, 1e300, -1e300, 3.4028235e38, 3.5e38,
                                         1e-310, 9007199254740993.0, 18446744073709551616.0,
                                         9223372036854775808.0, -9223372036854775809.0, 255.5, 1e19};

static double dbl(void) {
  unsigned k = u8();
  switch (k % 6) {
  case 0: return NAN;
  case 1: return (k & 8) ? -INFINITY : INFINITY;
  case 2: return special_doubles[(k >> 3) % (sizeof special_doubles / sizeof special_doubles[0])];
  case 3: {
    uint64_t b = u64();
    double d;
    memcpy(&d, &b, sizeof d);
    return d;
  }
  default: return (double)(int16_t)u16() / (double)(1 + (k >> 3));
  }
}

static vb_scalar scalar(void) {
  vb_scalar s;
  unsigned k = u8();
  memset(&s, 0, sizeof s);
  switch (k % 7) {
  case 0: s.kind = VB_SCALAR_INT; s.v.i = (int64_t)((uint64_t)special_counts[(k >> 3) % NSPECIAL] + (uint64_t)(int64_t)(int8_t)u8()); break;
  case 1: s.kind = VB_SCALAR_INT; s.v.i = (int64_t)u64(); break;
  case 2: s.kind = VB_SCALAR_UINT; s.v.u = (k & 8) ? u64() : (uint64_t)u16(); break;
  case 3: s.kind = VB_SCALAR_REAL; s.v.d = dbl(); break;
  case 4: s.kind = VB_SCALAR_CHAR; s.v.i = (k & 8) ? -1 : (int64_t)(u16() % 300); break;
  case 5: s.kind = VB_SCALAR_BIG; s.v.d = dbl(); break;
  default: s.kind = 5 + (int)(k >> 3); s.v.u = u64(); break; /* not a kind */
  }
  return s;
}

static int vtk_type(void) {
  unsigned k = u8();
  if (k % 16 == 15) return (int)(k >> 4) == 0 ? VB_VOID : 13 + (int)(k >> 4); /* bad ids too */
  return vb_type_at((int)(k % (unsigned)vb_type_count()))->id;
}

/* ----------------------------------------------------- allocation hook */

static long fail_countdown = -1; /* -1: no failure armed */
static int fail_sticky;
#define ALLOC_LIMIT ((size_t)1 << 20) /* larger requests are refused, as a system would */

static int should_fail(size_t size) {
  if (size > ALLOC_LIMIT) return 1;
  if (fail_countdown < 0) return 0;
  if (fail_countdown > 0) {
    fail_countdown--;
    return 0;
  }
  if (!fail_sticky) fail_countdown = -1;
  return 1;
}
static void *h_alloc(size_t size, size_t align, void *ud) {
  return should_fail(size) ? NULL : vb_default_alloc(size, align, ud);
}
static void *h_alloc_zeroed(size_t size, size_t align, void *ud) {
  return should_fail(size) ? NULL : vb_default_alloc_zeroed(size, align, ud);
}

/* ------------------------------------------------------------------- pool */

typedef struct {
  vb_array *a;
  unsigned long counter; /* our BufferChangedEvent counting observer */
  long events;
} aslot;

typedef struct {
  vb_block *blk;
  size_t len;
  int was_attached; /* a reachable buffer used the block at the last check */
  unsigned char copy[EXPORT_BYTES];
} xport;

static aslot A[NA];
static vb_buffer *B[NB];
static vb_points *P[NP];
static vb_cell_array *C[NC];
static vb_attributes *T[NT];
static vb_polydata *D[ND];
static vb_sphere_source *S;
static vb_structured_grid *SG; /* issue 18: one structured grid, one table */
static vb_table *TB;
static xport E[NE];

static int trace;
static long mutations; /* changes made by observers during dispatch */
static long live_mutators;
static int depth;

/* foreign memory: owned adoptions are released by vtkbuf exactly once */
typedef struct foreign {
  struct foreign *next;
  int released, owned;
  size_t nbytes;
  unsigned char *data;
} foreign;
static foreign *foreigns;

static void count_event(vb_object *o, unsigned long ev, void *cd, void *ud) {
  (void)o; (void)ev; (void)cd;
  ++*(long *)ud;
}

static void put_array(int i, vb_array *a) {
  vb_array *old = A[i].a;
  if (a) vb_array_retain(a);
  if (old) {
    vb_object_remove_observer(vb_array_object(old), A[i].counter);
    A[i].a = NULL;
    vb_array_release(old);
  }
  if (!a) return;
  A[i].events = 0;
  A[i].counter = vb_object_add_observer(vb_array_object(a), VB_BUFFER_CHANGED_EVENT, count_event, &A[i].events, NULL);
  if (!A[i].counter) { /* out of memory (armed failure): do not hold it */
    vb_array_release(a);
    return;
  }
  A[i].a = a;
}

static void put_buffer(int i, vb_buffer *b) {
  vb_buffer_retain(b);
  vb_buffer_release(B[i]);
  B[i] = b;
}
/* slot = x, holding a reference; slot and x are evaluated once */
#define PUT(slot, x, T_)                                                                   \
  do {                                                                                     \
    __typeof__(slot) *slot_ = &(slot), x_ = (x);                                          \
    T_##_retain(x_);                                                                       \
    T_##_release(*slot_);                                                                  \
    *slot_ = x_;                                                                           \
  } while (0)

static int is_counter(vb_object *o, unsigned long id) {
  int i;
  for (i = 0; i < NA; i++)
    if (A[i].a && vb_array_object(A[i].a) == o && A[i].counter == id) return 1;
  return 0;
}

/* ------------------------------------------------------------- observers */

typedef struct {
  int action, budget;
  int64_t param;
  unsigned long event;
} mutator;

static void mutator_free(void *p) {
  live_mutators--;
  free(p);
}

static void mutate(vb_object *caller, unsigned long ev, void *cd, void *ud);

static int count_visit(unsigned long event, void *clientdata, void *arg) {
  (void)event;
  if (!clientdata) abort();
  ++*(long *)arg;
  return 0;
}

static unsigned long add_mutator(vb_object *o, unsigned long event, int action, int64_t param, int budget) {
  mutator *m = malloc(sizeof *m);
  unsigned long id;
  if (!m) abort();
  m->action = action;
  m->param = param;
  m->budget = budget;
  m->event = event;
  live_mutators++;
  id = vb_object_add_observer(o, event, mutate, m, mutator_free);
  if (!id) mutator_free(m); /* not added: clientdata stays ours */
  return id;
}

static void mutate(vb_object *caller, unsigned long ev, void *cd, void *ud) {
  mutator *m = ud;
  vb_array *a = vb_array_from_object(caller);
  vb_buffer *b = vb_buffer_from_object(caller);
  int i;
  (void)cd;
  if (m->budget <= 0 || depth >= 3) return;
  m->budget--;
  depth++;
  mutations++;
  if (trace)
    fprintf(stderr, "  mutator on %s, event %lu: action %d param %lld\n", a ? "array" : b ? "buffer" : "other", ev,
            m->action % 8, (long long)m->param);
  switch (m->action % 8) {
  case 0:
    if (a) vb_array_set_number_of_tuples(a, m->param);
    if (b) vb_buffer_reallocate(b, m->param);
    break;
  case 1:
    if (a) vb_array_insert_next_value(a, (double)m->param);
    if (b) vb_buffer_allocate(b, m->param);
    break;
  case 2: add_mutator(caller, m->event, (int)((uint64_t)m->param % 8), (int64_t)((uint64_t)m->param / 8 % 64), 1); break;
  case 3:
    if (m->param & 1024) /* all mutators, this one included (a binding's GC clear) */
      vb_object_remove_observers_by_fn(caller, mutate);
    else if (!is_counter(caller, (unsigned long)m->param))
      vb_object_remove_observer(caller, (unsigned long)m->param);
    break;
  case 4: /* drop the pool's references: the object may die after dispatch */
    for (i = 0; i < NA; i++)
      if (A[i].a && vb_array_object(A[i].a) == caller) put_array(i, NULL);
    for (i = 0; i < NB; i++)
      if (B[i] && vb_buffer_object(B[i]) == caller) put_buffer(i, NULL);
    break;
  case 5:
    if (a) {
      vb_array *src = A[(uint64_t)m->param % NA].a;
      if (trace) fprintf(stderr, "  %s copy from %s\n", (m->param & 4) ? "deep" : "shallow", src ? vb_array_class_name(src) : "NULL");
      if (m->param & 4) vb_array_deep_copy(a, src);
      else vb_array_shallow_copy(a, src);
    }
    break;
  case 6:
    if (a) vb_array_initialize(a);
    if (b) vb_buffer_allocate(b, 0);
    break;
  default: vb_object_invoke(caller, VB_BUFFER_CHANGED_EVENT, NULL); break;
  }
  depth--;
}

/* --------------------------------------------------------------- exports */

static void export_release(int i) {
  vb_block_release(E[i].blk);
  E[i].blk = NULL;
}

static void export_take(int i, vb_buffer *b) {
  vb_block *blk = vb_buffer_block(b);
  export_release(i);
  if (!blk) return;
  vb_block_retain(blk);
  E[i].blk = blk;
  E[i].len = vb_block_size(blk) < EXPORT_BYTES ? vb_block_size(blk) : EXPORT_BYTES;
  E[i].was_attached = 1;
  if (E[i].len) memcpy(E[i].copy, vb_block_data(blk), E[i].len);
}

static void foreign_release(void *ctx, void *data) {
  foreign *f = ctx;
  INV(f->owned && !f->released && data == f->data, "release callback: owned %d released %d", f->owned,
      f->released);
  f->released = 1;
  free(data);
  f->data = NULL;
}

/* n elements of esize bytes of foreign memory, filled with a pattern */
static foreign *foreign_new(int64_t n, size_t esize, int owned) {
  foreign *f = calloc(1, sizeof *f);
  size_t i;
  if (!f) abort();
  f->owned = owned;
  f->nbytes = n > 0 && n < 4096 ? (size_t)n * esize : 0;
  f->data = malloc(f->nbytes ? f->nbytes : 1);
  if (!f->data) abort();
  for (i = 0; i < f->nbytes; i++) f->data[i] = (unsigned char)(i * 37 + 11);
  f->next = foreigns;
  foreigns = f;
  return f;
}

/* the adoption failed: nothing was adopted, the release was not called;
 * the memory stays ours (freed at the end) */
static void foreign_refused(foreign *f) {
  INV(!f->released, "release called by a failed adoption");
  f->owned = 0;
}

/* ------------------------------------------------------------- snapshots */

#define SIGN 16
typedef struct {
  vb_array *a;
  int nbuf, ncomp;
  vb_buffer *buf[SIGN];
  vb_block *blk[SIGN];
  int64_t cnt[SIGN];
  int64_t size, nvals;
  long events;
  const char *name;
} sig;

static int nbufs(const vb_array *a) {
  if (vb_array_layout(a) >= VB_LAYOUT_CONSTANT) return 0; /* implicit: values computed, no buffers */
  return vb_array_layout(a) == VB_LAYOUT_AOS ? 1 : vb_array_get_number_of_components(a);
}

static vb_buffer *buf_at(const vb_array *a, int c) {
  return vb_array_layout(a) == VB_LAYOUT_AOS ? vb_array_get_buffer(a) : vb_array_get_component_buffer(a, c);
}

/* storage signature; holds references so that no address is reused */
static void sig_take(sig *s, vb_array *a, long events) {
  int c;
  memset(s, 0, sizeof *s);
  s->a = a;
  if (!a) return;
  s->nbuf = nbufs(a);
  s->ncomp = vb_array_get_number_of_components(a);
  s->size = vb_array_get_size(a);
  s->nvals = vb_array_get_number_of_values(a);
  s->events = events;
  s->name = vb_array_get_name(a);
  for (c = 0; c < s->nbuf && c < SIGN; c++) {
    s->buf[c] = buf_at(a, c);
    s->blk[c] = vb_buffer_block(s->buf[c]);
    s->cnt[c] = vb_buffer_count(s->buf[c]);
    vb_buffer_retain(s->buf[c]);
    vb_block_retain(s->blk[c]);
  }
}

static void sig_drop(sig *s) {
  int c;
  for (c = 0; c < s->nbuf && c < SIGN; c++) {
    vb_buffer_release(s->buf[c]);
    vb_block_release(s->blk[c]);
  }
  s->nbuf = 0;
}

/* no memory on either side (every buffer empty, without a block): replacing
 * such buffer objects fires the event for SetBuffer but not for an SOA
 * reshape (tests/c/test_array.c event_table); either is accepted */
static int all_empty(const sig *x) {
  int c;
  for (c = 0; c < x->nbuf && c < SIGN; c++)
    if (x->blk[c] || x->cnt[c]) return 0;
  return x->nbuf <= SIGN;
}

static int moved(const sig *x, const sig *y) {
  int c;
  if (x->nbuf != y->nbuf) {
    for (c = 0; c < x->nbuf && c < SIGN; c++)
      if (x->blk[c] || x->cnt[c]) return 1;
    for (c = 0; c < y->nbuf && c < SIGN; c++)
      if (y->blk[c] || y->cnt[c]) return 1;
    return 0;
  }
  for (c = 0; c < x->nbuf && c < SIGN; c++)
    if (x->buf[c] != y->buf[c] || x->blk[c] != y->blk[c] || x->cnt[c] != y->cnt[c]) return 1;
  return 0;
}

/* values around an index, to check that a failed call wrote nothing */
#define NVSNAP 24
typedef struct {
  int64_t idx[NVSNAP];
  vb_scalar v[NVSNAP];
  int n;
} vsnap;

static int same_scalar(const vb_scalar *x, const vb_scalar *y) {
  return x->kind == y->kind && memcmp(&x->v, &y->v, sizeof x->v) == 0;
}

static void vsnap_take(vsnap *s, const vb_array *a, int64_t focus) {
  int64_t nv = vb_array_get_number_of_values(a), i;
  int k;
  s->n = 0;
  for (k = 0; k < NVSNAP; k++) {
    /* 8 first, 8 last, 8 from focus */
    i = k < 8 ? k : k < 16 ? nv - 16 + k : (focus >= 0 && focus < nv - (k - 16)) ? focus + (k - 16) : -1;
    if (i < 0 || i >= nv) continue;
    s->idx[s->n] = i;
    memset(&s->v[s->n], 0, sizeof s->v[s->n]);
    INV(vb_array_get_value_s(a, i, &s->v[s->n]) == VB_OK, "get_value_s(%lld) of %lld", (long long)i,
        (long long)nv);
    s->n++;
  }
}

/* the values before the operation: 8 first, 8 last, and 8 around the index
 * the operation addresses once it has decoded it (focus) */
static vsnap vs_before;
static int64_t vs_focus;
static void focus_at(const vb_array *a, int64_t i) {
  vs_focus = i;
  vsnap_take(&vs_before, a, i);
}

static int vsnap_same(const vsnap *x, const vsnap *y) {
  int k;
  if (x->n != y->n) return 0;
  for (k = 0; k < x->n; k++)
    if (x->idx[k] != y->idx[k] || !same_scalar(&x->v[k], &y->v[k])) return 0;
  return 1;
}

/* ----------------------------------------------------------- invariants */

#define MAXREACH 512
static vb_block *reach_blk[MAXREACH];
static int nreach;

static void reach_block(vb_block *b) {
  if (b && nreach < MAXREACH) reach_blk[nreach++] = b;
}

static void check_array(const vb_array *a) {
  int ncomp, c, nb;
  int64_t size, nv, minc = INT64_MAX;
  vb_scalar s;
  if (!a) return;
  ncomp = vb_array_get_number_of_components(a);
  size = vb_array_get_size(a);
  nv = vb_array_get_number_of_values(a);
  INV(ncomp >= 1, "ncomp %d", ncomp);
  INV(nv >= 0 && nv <= size, "values %lld size %lld", (long long)nv, (long long)size);
  INV(vb_array_get_max_id(a) == nv - 1, "max_id %lld values %lld", (long long)vb_array_get_max_id(a), (long long)nv);
  INV(vb_array_get_number_of_tuples(a) == nv / ncomp, "tuples");
  nb = nbufs(a);
  for (c = 0; c < nb; c++) {
    vb_buffer *b = buf_at(a, c);
    vb_block *blk = vb_buffer_block(b);
    int64_t n = vb_buffer_count(b);
    INV(b != NULL, "buffer %d of %d", c, nb);
    INV(vb_buffer_type(b) == vb_array_type(a), "buffer type");
    INV(n >= 0 && (n == 0 || blk), "count %lld without a block", (long long)n);
    INV(!blk || vb_buffer_nbytes(b) <= vb_block_size(blk), "buffer of %zu bytes in a block of %zu",
        vb_buffer_nbytes(b), vb_block_size(blk));
    INV(!blk || vb_block_refcount(blk) >= 1, "block refcount");
    if (n < minc) minc = n;
    reach_block(blk);
  }
  INV(nb == 0 || size == (nb == 1 && vb_array_layout(a) == VB_LAYOUT_AOS ? minc : minc * ncomp),
      "size %lld, smallest buffer %lld, %d comps", (long long)size, (long long)minc, ncomp);
  if (nv > 0) {
    INV(vb_array_get_value_s(a, 0, &s) == VB_OK, "first value");
    INV(vb_array_get_value_s(a, nv - 1, &s) == VB_OK, "last value");
  }
  INV(vb_array_get_value_s(a, nv, &s) == VB_ERANGE, "value past the end");
}

static void check_attributes(const vb_attributes *t) {
  int i, n = vb_attributes_get_number_of_arrays(t);
  for (i = 0; i < n; i++) {
    vb_array *a = vb_attributes_get_array(t, i);
    INV(a != NULL, "attributes array %d of %d", i, n);
    check_array(a);
  }
  for (i = 0; i < 5; i++) {
    int k = vb_attributes_get_active_attribute_index(t, i);
    INV(k >= -1 && k < n, "active %d of %d", k, n);
  }
}

static void check_cells(const vb_cell_array *ca) {
  vb_id pts[16];
  int64_t nc, np = 0;
  if (!ca) return;
  check_array(vb_cell_array_get_offsets_array(ca));
  check_array(vb_cell_array_get_connectivity_array(ca));
  nc = vb_cell_array_get_number_of_cells(ca);
  INV(nc >= 0, "cells");
  if (nc > 0) {
    vb_cell_array_get_cell(ca, 0, pts, 16, &np);
    vb_cell_array_get_cell(ca, nc - 1, pts, 16, &np);
  }
  if (nc <= 4096) vb_cell_array_get_max_cell_size(ca); /* O(cells): not on every step of a huge one */
}

static void check_points(const vb_points *p) {
  double x[3];
  int64_t n;
  if (!p) return;
  check_array(vb_points_get_data(p));
  n = vb_points_get_number_of_points(p);
  INV(n >= 0, "points");
  if (n > 0) /* the shared data array may have been given another component count */
    INV(vb_points_get_point(p, n - 1, x) ==
            (vb_array_get_number_of_components(vb_points_get_data(p)) == 3 ? VB_OK : VB_ESTATE),
        "last point");
}

static void check_polydata(const vb_polydata *d) {
  if (!d) return;
  check_points(vb_polydata_get_points(d));
  check_cells(vb_polydata_get_verts(d));
  check_cells(vb_polydata_get_lines(d));
  check_cells(vb_polydata_get_polys(d));
  check_cells(vb_polydata_get_strips(d));
  check_attributes(vb_polydata_get_point_data(d));
  check_attributes(vb_polydata_get_cell_data(d));
  INV(vb_polydata_get_number_of_cells(d) >= 0, "polydata cells");
}

/* nested: observers changed things during the operation, so a block may have
 * been written (an insert into spare capacity) and then detached (a growth)
 * within the one operation */
static void check_all(int nested) {
  int i, k;
  nreach = 0;
  for (i = 0; i < NA; i++) check_array(A[i].a);
  for (i = 0; i < NB; i++)
    if (B[i]) {
      INV(vb_buffer_count(B[i]) == 0 || vb_buffer_block(B[i]), "buffer without block");
      INV(vb_buffer_nbytes(B[i]) <= vb_block_size(vb_buffer_block(B[i])) || !vb_buffer_block(B[i]), "buffer size");
      reach_block(vb_buffer_block(B[i]));
    }
  for (i = 0; i < NP; i++) check_points(P[i]);
  for (i = 0; i < NC; i++) check_cells(C[i]);
  for (i = 0; i < NT; i++)
    if (T[i]) check_attributes(T[i]);
  for (i = 0; i < ND; i++) check_polydata(D[i]);
  if (S) check_polydata(vb_sphere_source_get_output(S));
  /* exports: a block nobody uses any more keeps its contents */
  for (i = 0; i < NE; i++) {
    int attached = 0;
    if (!E[i].blk) continue;
    for (k = 0; k < nreach && !attached; k++) attached = reach_blk[k] == E[i].blk;
    if (nreach >= MAXREACH) attached = 1; /* cannot tell */
    INV(vb_block_refcount(E[i].blk) >= 1, "export refcount");
    if (attached || (nested && E[i].was_attached)) {
      if (E[i].len) memcpy(E[i].copy, vb_block_data(E[i].blk), E[i].len);
    } else {
      INV(E[i].len == 0 || memcmp(E[i].copy, vb_block_data(E[i].blk), E[i].len) == 0,
          "export %d changed after its block was detached", i);
    }
    E[i].was_attached = attached;
  }
}

/* a value stored by the value API reads back as the rules say */
static void check_readback(const vb_array *a, int64_t i, const vb_scalar *in) {
  vb_scalar out;
  int t = vb_array_type(a);
  memset(&out, 0, sizeof out);
  if (vb_array_layout(a) == VB_LAYOUT_SCALED_SOA) return;
  INV(vb_array_get_value_s(a, i, &out) == VB_OK, "read back");
  if (t == VB_CHAR) {
    INV(out.kind == VB_SCALAR_CHAR && in->kind == VB_SCALAR_CHAR && out.v.i == in->v.i, "char %lld -> %lld",
        (long long)in->v.i, (long long)out.v.i);
  } else if (t == VB_FLOAT || t == VB_DOUBLE) {
    double d = in->kind == VB_SCALAR_INT ? (double)in->v.i
             : in->kind == VB_SCALAR_UINT ? (double)in->v.u : in->v.d;
    if (t == VB_FLOAT) {
      float f = in->kind == VB_SCALAR_INT ? (float)in->v.i
              : in->kind == VB_SCALAR_UINT ? (float)in->v.u : (float)in->v.d;
      d = f;
    }
    INV(out.kind == VB_SCALAR_REAL && (out.v.d == d || (isnan(d) && isnan(out.v.d))), "real %g -> %g", d, out.v.d);
  } else {
    INV(in->kind == VB_SCALAR_INT || in->kind == VB_SCALAR_UINT, "integer array took kind %d", in->kind);
    if (out.kind == VB_SCALAR_INT && in->kind == VB_SCALAR_INT) INV(out.v.i == in->v.i, "int");
    else if (out.kind == VB_SCALAR_UINT && in->kind == VB_SCALAR_UINT) INV(out.v.u == in->v.u, "uint");
    else if (out.kind == VB_SCALAR_INT) INV(out.v.i >= 0 && (uint64_t)out.v.i == in->v.u, "uint->int");
    else INV(out.kind == VB_SCALAR_UINT && in->v.i >= 0 && (uint64_t)in->v.i == out.v.u, "int->uint");
  }
}

/* ------------------------------------------------------------ operations */

static vb_array *arr(void) { return A[u8() % NA].a; }

/* one operation on an array (focus_at: the value index it addresses);
 * returns the status (VB_OK for operations without one) */
#define FOCUS(x) focus_at(a, (x))
static int64_t value_index(int64_t t, int ncomp, int c) { /* -1 on overflow */
  int64_t v;
  if (__builtin_mul_overflow(t, (int64_t)ncomp, &v) || __builtin_add_overflow(v, (int64_t)c, &v)) return -1;
  return v;
}
static int array_op(vb_array *a, unsigned op) {
  vb_scalar sv[MAX_COMPS];
  double dv[MAX_COMPS];
  int ncomp = vb_array_get_number_of_components(a), c, rules = u8() & 1, st;
  int64_t i, n;
  vb_scalar s;
  for (c = 0; c < ncomp && c < MAX_COMPS; c++) {
    sv[c] = scalar();
    dv[c] = vb_scalar_to_double(&sv[c]);
  }
  if (u8() & 1) rules = 7; /* not a rule set */
  else rules &= 1;
  switch (op % 30) {
  case 0: return vb_array_set_number_of_components(a, ncomps());
  case 1: return vb_array_set_number_of_tuples(a, count());
  case 2: return vb_array_set_number_of_values(a, count());
  case 3: return vb_array_resize(a, count());
  case 4: return vb_array_reserve_tuples(a, count());
  case 5: n = count(); return vb_array_allocate(a, n, count());
  case 6: return vb_array_squeeze(a);
  case 7: return vb_array_initialize(a);
  case 8:
    i = count();
    FOCUS(i);
    s = scalar();
    st = vb_array_set_value_s(a, i, &s);
    if (st == VB_OK) check_readback(a, i, &s);
    return st;
  case 9:
    i = count();
    FOCUS(i);
    s = scalar();
    st = vb_array_insert_value_s(a, i, &s);
    if (st == VB_OK && !mutations) check_readback(a, i, &s);
    return st;
  case 10:
    s = scalar();
    i = vb_array_get_number_of_values(a);
    FOCUS(i);
    st = vb_array_insert_next_value_s(a, &s);
    if (st == VB_OK && !mutations) check_readback(a, i, &s);
    return st;
  case 11:
    if (ncomp > MAX_COMPS) return VB_OK;
    i = count();
    FOCUS(value_index(i, ncomp, 0));
    return vb_array_set_tuple_s(a, i, rules, sv);
  case 12:
    if (ncomp > MAX_COMPS) return VB_OK;
    i = count();
    FOCUS(value_index(i, ncomp, 0));
    return vb_array_insert_tuple_s(a, i, rules, sv);
  case 13:
    if (ncomp > MAX_COMPS) return VB_OK;
    FOCUS(vb_array_get_number_of_values(a));
    return vb_array_insert_next_tuple_s(a, rules, sv);
  case 14:
    i = count();
    c = (int)(int8_t)u8();
    FOCUS(value_index(i, ncomp, c));
    return vb_array_set_component_s(a, i, c, rules, sv);
  case 15:
    if (ncomp > MAX_COMPS) return VB_OK;
    i = count();
    FOCUS(value_index(i, ncomp, 0));
    switch (u8() % 4) {
    case 0: return vb_array_set_tuple(a, i, dv);
    case 1: return vb_array_insert_tuple(a, i, dv);
    case 2: return vb_array_insert_next_tuple(a, dv);
    default: return vb_array_get_tuple(a, i, dv);
    }
  case 16:
    i = count();
    FOCUS(i);
    switch (u8() % 5) {
    case 0: return vb_array_set_value(a, i, dbl());
    case 1: return vb_array_insert_value(a, i, dbl());
    case 2: return vb_array_insert_next_value(a, dbl());
    case 3: return vb_array_set_value_i64(a, i, (int64_t)u64());
    default: return vb_array_insert_next_value_i64(a, (int64_t)u64());
    }
  case 17: {
    vb_scalar out[MAX_COMPS];
    double d[2], x;
    int64_t v;
    i = count();
    switch (u8() % 6) {
    case 0: return vb_array_get_value_s(a, i, out);
    case 1: return ncomp > MAX_COMPS ? VB_OK : vb_array_get_tuple_s(a, i, rules, out);
    case 2: return vb_array_get_component_s(a, i, (int)(int8_t)u8(), rules, out);
    case 3: return vb_array_get_value_i64(a, i, &v);
    case 4: return vb_array_get_component(a, i, (int)(int8_t)u8(), &x);
    default: return vb_array_get_range(a, (int)(int8_t)u8() % 4, d);
    }
  }
  case 18: return vb_array_deep_copy(a, arr());
  case 19: {
    vb_array *src = arr();
    if (trace) fprintf(stderr, "  shallow copy from %s\n", src ? vb_array_class_name(src) : "NULL");
    return vb_array_shallow_copy(a, src);
  }
  case 20: return vb_array_set_buffer(a, B[u8() % NB], u8() & 1);
  case 21: return vb_array_set_component_buffer(a, (int)(int8_t)u8() % 4, B[u8() % NB], u8() & 1);
  case 22:
  case 23: { /* adopt foreign memory */
    int save = u8() & 1, how = u8() % 3;
    foreign *f;
    n = count();
    c = (int)(int8_t)u8() % 4;
    f = foreign_new(n, vb_array_elem_size(a), !save);
    if (f->nbytes == 0 && n > 0) n = 0; /* never claim more than there is */
    if (vb_array_layout(a) == VB_LAYOUT_AOS || (op % 30) == 22)
      st = vb_array_set_array(a, f->data, n, save, how ? foreign_release : NULL, f);
    else
      st = vb_array_set_component_array(a, c, f->data, n, u8() & 1, save, how ? foreign_release : NULL, f);
    if (st != VB_OK) {
      foreign_refused(f);
    } else if (!how && !save) { /* vtkbuf calls free(data) itself */
      f->owned = 0;
      f->data = NULL;
    }
    return st;
  }
  case 24: return vb_array_set_scale(a, dbl());
  case 25: {
    static const char *names[] = {"a", "b", "Normals", "Points", "a", NULL};
    return vb_array_set_name(a, names[u8() % 6]);
  }
  case 26: { /* write through the data pointer */
    void *p = vb_array_data(a);
    size_t nb = (size_t)vb_array_get_size(a) * vb_array_elem_size(a);
    if (p && nb) memset((char *)p + u16() % nb, (int)u8(), 1);
    return VB_OK;
  }
  case 27: return vb_array_set_component_s(a, count(), (int)(int8_t)u8(), rules, sv);
  case 28: { /* issue 17's array API (vb_array_edit.c, vb_array_info.c, vb_array_int64.c) */
    int64_t ids[4], ids2[4], i64[MAX_COMPS];
    double w[4], r[2];
    unsigned char out[256];
    void *p = NULL;
    int k, m = (int)(u8() % 5);
    for (k = 0; k < 4; k++) {
      ids[k] = (int64_t)(int8_t)u8();
      ids2[k] = (int64_t)(int8_t)u8();
      w[k] = dbl();
    }
    c = (int)(int8_t)u8() % 5;
    switch (u8() % 20) {
    case 0: return vb_array_fill_s(a, rules, sv);
    case 1: return vb_array_fill_component_s(a, c, rules, sv);
    case 2: return vb_array_insert_one_component_s(a, count(), c, rules, sv);
    case 3: return vb_array_copy_component(a, c, arr(), (int)(int8_t)u8() % 5);
    case 4: return vb_array_remove_tuple(a, count());
    case 5: return (u8() & 1) ? vb_array_remove_first_tuple(a) : vb_array_remove_last_tuple(a);
    case 6: return vb_array_reset(a);
    case 7: return vb_array_insert_tuples(a, ids, ids2, m, arr());
    case 8: n = count(); return vb_array_insert_tuples_range(a, n, (int64_t)(u8() % 6), count(), arr());
    case 9: return vb_array_insert_tuples_starting_at(a, count(), ids2, m, arr());
    case 10: return (u8() & 1) ? vb_array_get_tuples(arr(), ids, m, a) : vb_array_get_tuples_range(arr(), count(), count(), a);
    case 11: return vb_array_interpolate_tuple(a, count(), ids, m, arr(), w);
    case 12: n = count(); return vb_array_interpolate_tuple2(a, n, count(), arr(), count(), arr(), dbl());
    case 13: n = count(); return (u8() & 1) ? vb_array_set_tuple_from(a, n, arr(), count()) : vb_array_insert_tuple_from(a, n, arr(), count());
    case 14: {
      static const char *names[] = {"x", "y", "", NULL};
      return (u8() & 1) ? vb_array_set_component_name(a, count(), names[u8() % 4]) : vb_array_copy_component_names(a, arr(), NULL);
    }
    case 15:
      if (ncomp > MAX_COMPS) return VB_OK;
      return (u8() & 1) ? vb_array_get_integer_tuple(a, count(), i64) : vb_array_get_unsigned_tuple(a, count(), (uint64_t *)i64);
    case 16:
      if (ncomp > MAX_COMPS) return VB_OK;
      for (k = 0; k < MAX_COMPS; k++) i64[k] = (int64_t)u64();
      return (u8() & 1) ? vb_array_set_integer_tuple(a, count(), i64) : vb_array_set_unsigned_tuple(a, count(), (const uint64_t *)i64);
    case 17: n = count(); return vb_array_get_data(arr(), n, count(), c, (int)(int8_t)u8() % 5, a);
    case 18: /* reads only: their failures change nothing either */
      st = vb_array_export_to(a, out, u8() % (sizeof out + 1));
      (void)vb_array_get_max_norm(a);
      return st != VB_OK ? st : vb_array_get_finite_range(a, c - 1, r);
    case 19: n = count(); st = vb_array_write_pointer(a, n, count(), &p);
      if (st == VB_OK && p) INV((char *)p >= (char *)vb_buffer_data(vb_array_get_buffer(a)), "write_pointer inside the array");
      return st;
    }
    return VB_OK;
  }
  default: return vb_array_insert_next_value_s(a, sv);
  }
}

static int buffer_op(int k, unsigned op) {
  vb_buffer *b = B[k];
  int64_t n;
  switch (op % 7) {
  case 0: {
    vb_buffer *nb = vb_buffer_new(vtk_type());
    if (nb) put_buffer(k, nb);
    vb_buffer_release(nb);
    return VB_OK;
  }
  case 1: return vb_buffer_allocate(b, count());
  case 2: return vb_buffer_reallocate(b, count());
  case 3: {
    xport *e = &E[u8() % NE];
    return vb_buffer_set_block(b, e->blk, count());
  }
  case 4: { /* with a release callback (owned) or without (ours, freed at the end) */
    int how = u8() & 1, st;
    foreign *f;
    n = count();
    f = foreign_new(n, b ? vb_buffer_elem_size(b) : 1, how);
    if (f->nbytes == 0 && n > 0) n = 0;
    st = vb_buffer_set_foreign(b, f->data, n, how ? foreign_release : NULL, f);
    if (st != VB_OK) foreign_refused(f);
    return st;
  }
  case 5: { /* write a byte */
    unsigned char *p = vb_buffer_data(b);
    size_t nb = vb_buffer_nbytes(b);
    if (p && nb) p[u16() % nb] = (unsigned char)u8();
    return VB_OK;
  }
  default: { /* adopt + set_block, releasing our block reference */
    foreign *f = foreign_new(count(), 1, 1);
    vb_block *blk = vb_block_adopt(f->data, f->nbytes, foreign_release, f);
    int st;
    if (!blk) {
      foreign_refused(f);
      return vb_last_status();
    }
    st = vb_buffer_set_block(b, blk, count());
    vb_block_release(blk); /* the last reference if set_block failed: released now */
    return st;
  }
  }
}

static int data_object_op(unsigned op) {
  double x[3] = {dbl(), dbl(), dbl()}, bounds[6];
  vb_id ids[8];
  int64_t n, np;
  int k, i;
  for (i = 0; i < 8; i++) ids[i] = count();
  if (trace) fprintf(stderr, "data object op %u\n", op % 40);
  switch (op % 40) {
  /* points */
  case 0: { vb_points *p = vb_points_new(vtk_type()); k = u8() % NP; if (p) PUT(P[k], p, vb_points); vb_points_release(p); return VB_OK; }
  case 1: return vb_points_set_number_of_points(P[u8() % NP], count());
  case 2: return (int)(vb_points_insert_next_point(P[u8() % NP], x) < 0 ? vb_last_status() : VB_OK);
  case 3: return vb_points_set_point(P[u8() % NP], count(), x);
  case 4: return vb_points_insert_point(P[u8() % NP], count(), x);
  case 5: return vb_points_allocate(P[u8() % NP], count());
  case 6: return vb_points_squeeze(P[u8() % NP]);
  case 7: return vb_points_initialize(P[u8() % NP]);
  case 8: k = u8() % NP; return vb_points_set_data(P[k], arr());
  case 9: k = u8() % NP; return vb_points_set_data_type(P[k], vtk_type());
  case 10: k = u8() % NP; put_array(u8() % NA, vb_points_get_data(P[k])); return VB_OK;
  case 11: return vb_points_get_bounds(P[u8() % NP], bounds);
  /* cell arrays */
  case 12: { vb_cell_array *c = vb_cell_array_new(); k = u8() % NC; if (c) PUT(C[k], c, vb_cell_array); vb_cell_array_release(c); return VB_OK; }
  case 13: n = count(); return vb_cell_array_insert_next_cell(C[u8() % NC], n, (n >= 0 && n <= 8) ? ids : NULL) < 0 ? vb_last_status() : VB_OK;
  case 14: return vb_cell_array_insert_next_cell_n(C[u8() % NC], count()) < 0 ? vb_last_status() : VB_OK;
  case 15: return vb_cell_array_insert_cell_point(C[u8() % NC], count());
  case 16: return vb_cell_array_update_cell_count(C[u8() % NC], count());
  case 17: n = count(); return vb_cell_array_allocate_estimate(C[u8() % NC], n, count());
  case 18: n = count(); return vb_cell_array_allocate_exact(C[u8() % NC], n, count());
  case 19: return vb_cell_array_squeeze(C[u8() % NC]);
  case 20: return (u8() & 1) ? vb_cell_array_reset(C[u8() % NC]) : vb_cell_array_initialize(C[u8() % NC]);
  case 21: { vb_array *o = arr(); return vb_cell_array_set_data(C[u8() % NC], o, arr()); }
  case 22: k = u8() % NC; put_array(u8() % NA, (u8() & 1) ? vb_cell_array_get_offsets_array(C[k]) : vb_cell_array_get_connectivity_array(C[k])); return VB_OK;
  case 23: n = count(); return vb_cell_array_get_cell(C[u8() % NC], n, ids, 8, &np);
  /* attributes */
  case 24: { vb_attributes *t = vb_attributes_new(); k = u8() % NT; if (t) PUT(T[k], t, vb_attributes); vb_attributes_release(t); return VB_OK; }
  case 25: return vb_attributes_add_array(T[u8() % NT], arr()) < 0 ? vb_last_status() : VB_OK;
  case 26: k = u8() % NT; return vb_attributes_remove_array_by_index(T[k], (int)(int8_t)u8());
  case 27: { static const char *names[] = {"a", "b", "Normals", NULL}; k = u8() % NT; vb_attributes_remove_array(T[k], names[u8() % 4]); return VB_OK; }
  case 28: k = u8() % NT; { vb_array *a = arr(); return vb_attributes_set_attribute(T[k], a, (int)(int8_t)u8() % 6); }
  case 29: k = u8() % NT; return vb_attributes_set_active_attribute(T[k], (int)(int8_t)u8(), (int)(int8_t)u8() % 6);
  case 30: k = u8() % NT; put_array(u8() % NA, vb_attributes_get_array(T[k], (int)(int8_t)u8())); return VB_OK;
  case 31: k = u8() % NT; return vb_attributes_initialize(T[k]);
  /* polydata */
  case 32: { vb_polydata *d = vb_polydata_new(); k = u8() % ND; if (d) PUT(D[k], d, vb_polydata); vb_polydata_release(d); return VB_OK; }
  case 33: k = u8() % ND; return vb_polydata_set_points(D[k], (u8() & 1) ? P[u8() % NP] : NULL);
  case 34: {
    vb_cell_array *c = (u8() & 3) ? C[u8() % NC] : NULL;
    k = u8() % ND;
    switch (u8() % 4) {
    case 0: return vb_polydata_set_verts(D[k], c);
    case 1: return vb_polydata_set_lines(D[k], c);
    case 2: return vb_polydata_set_polys(D[k], c);
    default: return vb_polydata_set_strips(D[k], c);
    }
  }
  case 35: { /* polydata parts into the pool */
    vb_polydata *d = D[u8() % ND];
    if (!d) return VB_OK;
    switch (u8() % 4) {
    case 0: PUT(P[u8() % NP], vb_polydata_get_points(d), vb_points); break;
    case 1: PUT(C[u8() % NC], vb_polydata_get_polys(d), vb_cell_array); break;
    case 2: PUT(T[u8() % NT], vb_polydata_get_point_data(d), vb_attributes); break;
    default: PUT(T[u8() % NT], vb_polydata_get_cell_data(d), vb_attributes); break;
    }
    return VB_OK;
  }
  case 36: k = u8() % ND; vb_polydata_get_point(D[k], count(), x); return vb_polydata_get_bounds(D[k], bounds);
  case 37: return vb_polydata_initialize(D[u8() % ND]);
  case 38: { /* sphere source */
    if (!S) S = vb_sphere_source_new();
    if (!S) return VB_ENOMEM;
    vb_sphere_source_set_theta_resolution(S, 3 + u8() % 16);
    vb_sphere_source_set_phi_resolution(S, 3 + u8() % 16);
    vb_sphere_source_set_lat_long_tessellation(S, u8() & 1);
    vb_sphere_source_set_output_points_precision(S, u8() % 3);
    vb_sphere_source_set_radius(S, dbl());
    if (trace)
      fprintf(stderr, "sphere theta %d phi %d latlong %d precision %d radius %.17g\n",
              vb_sphere_source_get_theta_resolution(S), vb_sphere_source_get_phi_resolution(S),
              vb_sphere_source_get_lat_long_tessellation(S), vb_sphere_source_get_output_points_precision(S),
              vb_sphere_source_get_radius(S));
    return vb_sphere_source_update(S);
  }
  default: { /* sphere output into the pool */
    vb_polydata *d = S ? vb_sphere_source_get_output(S) : NULL;
    if (d) PUT(D[u8() % ND], d, vb_polydata);
    return VB_OK;
  }
  }
}

/* vtkStructuredGrid and vtkTable (issue 18): extents, points of the pool,
 * blanking, cells, copies; columns of the pool, rows, values */
static int grid_op(unsigned op) {
  vb_data_object *g, *t;
  vb_variant v;
  vb_scalar sc;
  double x[3];
  int e[6], i, st;
  if (!SG && !(SG = vb_structured_grid_new())) return VB_ENOMEM;
  if (!TB && !(TB = vb_table_new())) return VB_ENOMEM;
  g = vb_structured_grid_data_object(SG);
  t = vb_table_data_object(TB);
  if (trace) fprintf(stderr, "grid op %u\n", op % 14);
  switch (op % 14) {
  case 0: for (i = 0; i < 6; i++) e[i] = (int8_t)u8() % 7; return vb_structured_grid_set_extent(SG, e);
  case 1: return vb_point_set_set_points(g, P[u8() % NP]);
  case 2: return vb_structured_grid_set_blank(SG, u8() & 1, count(), u8() & 1);
  case 3: st = vb_structured_grid_is_visible(SG, u8() & 1, count()); return st < 0 ? st : VB_OK;
  case 4: {
    vb_id_list *l = vb_id_list_new();
    st = l ? vb_data_set_get_cell_points(g, count(), l) : VB_ENOMEM;
    vb_id_list_release(l);
    return st < 0 ? st : vb_data_set_get_cell_size(g, count()) < 0 ? vb_last_status() : VB_OK;
  }
  case 5: {
    int ijk[3] = {(int8_t)u8() % 7, (int8_t)u8() % 7, (int8_t)u8() % 7};
    double b[6];
    st = vb_structured_grid_get_point_ijk(SG, ijk, u8() & 1, x);
    return st < 0 ? st : vb_data_object_get_bounds(g, b);
  }
  case 6: {
    vb_structured_grid *h = vb_structured_grid_new();
    vb_data_object *hd = vb_structured_grid_data_object(h);
    unsigned k = u8() % 3;
    st = !h ? VB_ENOMEM : k == 0 ? vb_data_object_deep_copy(hd, g) : k == 1 ? vb_data_object_shallow_copy(hd, g)
                                                                            : vb_data_set_copy_structure(hd, g);
    if (st == VB_OK && (u8() & 1)) { /* the copy becomes the pool's grid */
      vb_object_release(vb_data_object_object(g));
      SG = h;
      return VB_OK;
    }
    vb_object_release(vb_data_object_object(hd));
    return st;
  }
  case 7: st = vb_table_insert_column(TB, arr(), count()); return st < 0 ? st : VB_OK;
  case 8: st = vb_table_remove_column(TB, count()); return st < 0 ? st : VB_OK;
  case 9: return vb_table_insert_next_blank_row(TB, dbl()) < 0 ? vb_last_status() : VB_OK;
  case 10: return vb_table_set_number_of_rows(TB, count() & 0xffff);
  case 11:
    vb_variant_init(&v);
    st = vb_table_get_value(TB, count(), count(), &v);
    if (st == VB_OK && (u8() & 1)) st = vb_table_set_value(TB, count(), count(), &v);
    vb_variant_clear(&v);
    return st;
  case 12:
    vb_variant_init(&v);
    sc = vb_scalar_real(dbl());
    st = vb_variant_set_number(&v, VB_DOUBLE, &sc);
    if (st == VB_OK) st = vb_table_set_value(TB, count(), count(), &v);
    vb_variant_clear(&v);
    return st;
  default: {
    vb_table *u = vb_table_new();
    st = !u ? VB_ENOMEM : (u8() & 1) ? vb_data_object_deep_copy(vb_table_data_object(u), t)
                                     : vb_data_object_initialize(t);
    vb_object_release(vb_data_object_object(vb_table_data_object(u)));
    return st;
  }
  }
}

/* ---------------------------------------------------------------- driver */

static void release_all(void) {
  int i;
  fail_countdown = -1;
  for (i = 0; i < NE; i++) export_release(i);
  for (i = 0; i < NA; i++) put_array(i, NULL);
  for (i = 0; i < NB; i++) put_buffer(i, NULL);
  for (i = 0; i < NP; i++) PUT(P[i], NULL, vb_points);
  for (i = 0; i < NC; i++) PUT(C[i], NULL, vb_cell_array);
  for (i = 0; i < NT; i++) PUT(T[i], NULL, vb_attributes);
  for (i = 0; i < ND; i++) PUT(D[i], NULL, vb_polydata);
  vb_sphere_source_release(S);
  S = NULL;
  vb_object_release(vb_data_object_object(vb_structured_grid_data_object(SG)));
  vb_object_release(vb_data_object_object(vb_table_data_object(TB)));
  SG = NULL;
  TB = NULL;
}

static void finish(void) {
  release_all();
  INV(vb_object_live_count() == 0, "%ld object(s) alive at the end", vb_object_live_count());
  INV(vb_block_live_count() == 0, "%ld block(s) alive at the end", vb_block_live_count());
  INV(live_mutators == 0, "%ld observer clientdata not freed", live_mutators);
  while (foreigns) {
    foreign *f = foreigns;
    foreigns = f->next;
    INV(!f->owned || f->released, "owned foreign memory of %zu bytes never released", f->nbytes);
    free(f->data); /* NULL when vtkbuf released it */
    free(f);
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static int installed;
  sig before[NA], after;
  unsigned op;
  if (!installed) {
    vb_allocator h = {h_alloc, vb_default_free, NULL, h_alloc_zeroed};
    vb_set_allocator(&h);
    installed = 1;
    trace = getenv("FUZZ_TRACE") != NULL; /* one line per operation on stderr */
  }
  in_p = data;
  in_n = size;
  mutations = 0;
  INV(vb_object_live_count() == 0 && vb_block_live_count() == 0, "not clean at the start");
  while (in_n) {
    int i, target = -1, st = VB_OK;
    long muts0 = mutations;
    vsnap vs1;
    vb_array *ta = NULL;
    op = u8();
    /* arm an allocation failure for this operation */
    if (op >= 0xF0) {
      fail_countdown = u8() % 32;
      fail_sticky = (op & 1);
      op = u8();
    }
    /* an implicit array of 2^40 values costs no memory, but a scan of it (GetRange,
     * GetMaxNorm, DeepCopy, ...) takes hours: the harness keeps them below 2^20 values */
    for (i = 0; i < NA; i++)
      if (A[i].a && vb_array_layout(A[i].a) >= VB_LAYOUT_CONSTANT && vb_array_get_number_of_values(A[i].a) > (1 << 20))
        vb_array_set_number_of_tuples(A[i].a, 1 << 10);
    for (i = 0; i < NA; i++) sig_take(&before[i], A[i].a, A[i].events);
    switch (op % 8) {
    case 0: case 1: case 2: { /* array operation */
      unsigned sub = u8();
      target = u8() % NA;
      ta = A[target].a;
      if (!ta) {
        if (sub % 30 == 0 || sub % 30 == 1) {
          vb_array *a = vb_array_new_layout(vtk_type(), (int)(u8() % 7)); /* 6: no such layout */
          if (a) put_array(target, a);
          vb_array_release(a);
          target = -1;
          break;
        }
        /* NULL array: an error, never a crash */
        st = vb_array_set_number_of_tuples(NULL, 1);
        INV(st == VB_EINVAL, "NULL array");
        target = -1;
        break;
      }
      if (trace) fprintf(stderr, "  array op %u on slot %d (%s, %d comps)\n", sub % 30, target, vb_array_class_name(ta), vb_array_get_number_of_components(ta));
      vb_array_retain(ta); /* the pool may drop it during the operation */
      focus_at(ta, -100);
      st = array_op(ta, sub);
      break;
    }
    case 3: buffer_op(u8() % NB, u8()); break;
    case 4: { /* exports */
      int e = u8() % NE;
      unsigned k = u8();
      if (k & 1) {
        export_release(e);
      } else if (k & 2) {
        export_take(e, B[(k >> 2) % NB]);
      } else {
        vb_array *a = A[(k >> 2) % NA].a;
        if (a && nbufs(a) > 0) export_take(e, buf_at(a, (int)(u8() % (unsigned)nbufs(a))));
      }
      break;
    }
    case 5: { /* observers */
      unsigned k = u8();
      vb_object *o = (k & 1) ? vb_buffer_object(B[(k >> 1) % NB]) : (A[(k >> 1) % NA].a ? vb_array_object(A[(k >> 1) % NA].a) : NULL);
      static const unsigned long events[] = {VB_BUFFER_CHANGED_EVENT, VB_MODIFIED_EVENT, VB_ANY_EVENT, VB_DELETE_EVENT};
      if (!o) break;
      if (u8() & 1) {
        unsigned long ev = events[u8() % 4];
        int action = (int)u8();
        add_mutator(o, ev, action, count() % 4096, 1 + (int)(u8() % 3));
      } else if (u8() & 1) {
        unsigned long id = u8();
        if (!is_counter(o, id)) vb_object_remove_observer(o, id);
      } else { /* what a binding's GC does: count its observers, then detach them */
        long seen = 0, removed;
        vb_object_visit_observers(o, mutate, count_visit, &seen);
        removed = vb_object_remove_observers_by_fn(o, mutate);
        INV(removed == seen, "remove_observers_by_fn removed %ld of %ld visited", removed, seen);
        seen = 0;
        vb_object_visit_observers(o, mutate, count_visit, &seen);
        INV(seen == 0, "%ld mutators left after remove_observers_by_fn", seen);
      }
      break;
    }
    case 7: if (u8() < 48) { grid_op(u8()); break; } /* fall through */
    default: data_object_op(u8()); break;
    }
    fail_countdown = -1;
    if (trace)
      fprintf(stderr, "op %u (group %u) target %d status %d objects %ld blocks %ld\n", op, op % 8, target, st,
              vb_object_live_count(), vb_block_live_count());
    /* events fired exactly when storage moved */
    for (i = 0; i < NA; i++) {
      int mv;
      long ev;
      if (!before[i].a || A[i].a != before[i].a) {
        sig_drop(&before[i]);
        continue;
      }
      sig_take(&after, A[i].a, A[i].events);
      mv = moved(&before[i], &after);
      ev = after.events - before[i].events;
      if (trace && (mv || ev)) {
        int c;
        fprintf(stderr, "  slot %d: %ld event(s); nbuf %d -> %d;", i, ev, before[i].nbuf, after.nbuf);
        for (c = 0; c < after.nbuf && c < before[i].nbuf && c < SIGN; c++)
          fprintf(stderr, " [buf %s blk %s cnt %lld -> %lld]", before[i].buf[c] == after.buf[c] ? "=" : "new",
                  before[i].blk[c] == after.blk[c] ? "=" : "new", (long long)before[i].cnt[c], (long long)after.cnt[c]);
        fprintf(stderr, "\n");
      }
      if (mv && all_empty(&before[i]) && all_empty(&after)) {
        /* empty buffers replaced by empty buffers: no rule (see all_empty) */
      } else if (mutations == muts0) {
        INV(mv == (ev > 0), "array slot %d: storage %s, %ld BufferChangedEvent(s)", i, mv ? "moved" : "kept", ev);
        if (i == target) INV(ev <= 1, "%ld events for one call", ev);
      } else if (mv) {
        INV(ev > 0, "array slot %d: storage moved without an event", i);
      }
      if (i == target && st != VB_OK && mutations == muts0) {
        INV(!mv && after.ncomp == before[i].ncomp && after.size == before[i].size &&
                after.nvals == before[i].nvals && after.name == before[i].name,
            "failed call (%d) changed the array", st);
      }
      sig_drop(&after);
      sig_drop(&before[i]);
    }
    if (ta) {
      if (st != VB_OK && mutations == muts0) {
        vsnap_take(&vs1, ta, vs_focus);
        INV(vsnap_same(&vs_before, &vs1), "failed call (%d) changed values", st);
      }
      vb_array_release(ta);
    }
    check_all(mutations != muts0);
  }
  finish();
  return 0;
}
