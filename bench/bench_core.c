/* bench_core.c - C core benchmarks (not a timed test).
 *  1. InsertNextValue of 10^7 floats into a vtkFloatArray-like AOS array,
 *     vs a plain C loop writing into a preallocated float array.
 *  2. DeepCopy of 100 MB (float AOS -> float AOS) vs memcpy of the same
 *     bytes; warm (destination already sized: in-place copy) and cold
 *     (fresh destination each time, compared with memcpy into fresh malloc).
 * Target: DeepCopy / memcpy >= 0.8. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "vtkbuf.h"

static double now(void) {
  struct timespec ts;
  timespec_get(&ts, TIME_UTC);
  return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

static volatile float sink;

#define N_INSERT 10000000
#define COPY_BYTES (100u * 1000u * 1000u)
#define REPS 5

int main(void) {
  double t0, t_insert = 1e30, t_plain = 1e30, t_deep = 1e30, t_memcpy = 1e30;
  double t_deep_cold = 1e30, t_memcpy_cold = 1e30;
  int r;
  int64_t i, nfloat = COPY_BYTES / sizeof(float);

  for (r = 0; r < REPS; r++) {
    vb_array *a = vb_array_new(VB_FLOAT);
    float *plain = malloc(N_INSERT * sizeof(float));
    volatile float *vp = plain;
    t0 = now();
    for (i = 0; i < N_INSERT; i++)
      if (vb_array_insert_next_value(a, (double)(float)i) != VB_OK) return 1;
    t0 = now() - t0;
    if (t0 < t_insert) t_insert = t0;
    sink = ((float *)vb_array_data(a))[N_INSERT - 1];
    memset(plain, 0, N_INSERT * sizeof(float)); /* preallocated and touched */
    t0 = now();
    for (i = 0; i < N_INSERT; i++) vp[i] = (float)(double)(float)i;
    t0 = now() - t0;
    if (t0 < t_plain) t_plain = t0;
    sink = plain[N_INSERT - 1];
    free(plain);
    vb_array_release(a);
  }
  printf("InsertNextValue: %d floats: %.1f Mvalues/s (%.3f s); plain preallocated loop %.1f Mvalues/s; ratio %.2f\n",
         N_INSERT, N_INSERT / t_insert / 1e6, t_insert, N_INSERT / t_plain / 1e6, t_plain / t_insert);

  {
    vb_array *src = vb_array_new(VB_FLOAT), *dst = vb_array_new(VB_FLOAT);
    char *m_src, *m_dst;
    vb_array_set_number_of_values(src, nfloat);
    memset(vb_array_data(src), 1, COPY_BYTES);
    vb_array_deep_copy(dst, src); /* size dst once */
    m_src = malloc(COPY_BYTES);
    m_dst = malloc(COPY_BYTES);
    memset(m_src, 1, COPY_BYTES);
    memset(m_dst, 2, COPY_BYTES);
    for (r = 0; r < REPS; r++) {
      t0 = now();
      memcpy(m_dst, m_src, COPY_BYTES);
      t0 = now() - t0;
      if (t0 < t_memcpy) t_memcpy = t0;
      sink = (float)m_dst[COPY_BYTES - 1];
      t0 = now();
      if (vb_array_deep_copy(dst, src) != VB_OK) return 1;
      t0 = now() - t0;
      if (t0 < t_deep) t_deep = t0;
      sink = ((float *)vb_array_data(dst))[nfloat - 1];
      /* cold: fresh destinations */
      {
        vb_array *fresh = vb_array_new(VB_FLOAT);
        char *fm;
        t0 = now();
        vb_array_deep_copy(fresh, src);
        t0 = now() - t0;
        if (t0 < t_deep_cold) t_deep_cold = t0;
        vb_array_release(fresh);
        t0 = now();
        fm = malloc(COPY_BYTES);
        memcpy(fm, m_src, COPY_BYTES);
        t0 = now() - t0;
        if (t0 < t_memcpy_cold) t_memcpy_cold = t0;
        sink = (float)fm[1];
        free(fm);
      }
    }
    printf("DeepCopy 100 MB (warm, dst sized): %.2f GB/s; memcpy %.2f GB/s; ratio %.2f (target >= 0.80): %s\n",
           COPY_BYTES / t_deep / 1e9, COPY_BYTES / t_memcpy / 1e9, t_memcpy / t_deep,
           t_memcpy / t_deep >= 0.8 ? "PASS" : "MISS");
    printf("DeepCopy 100 MB (cold, new dst):   %.2f GB/s; malloc+memcpy %.2f GB/s; ratio %.2f (target >= 0.80): %s\n",
           COPY_BYTES / t_deep_cold / 1e9, COPY_BYTES / t_memcpy_cold / 1e9, t_memcpy_cold / t_deep_cold,
           t_memcpy_cold / t_deep_cold >= 0.8 ? "PASS" : "MISS");
    free(m_src);
    free(m_dst);
    vb_array_release(src);
    vb_array_release(dst);
  }
  return 0;
}
