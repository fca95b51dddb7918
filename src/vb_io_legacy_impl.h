/* vb_io_legacy_impl.h - what the legacy reader's files share (private):
 * vb_io_legacy_read.c (words, numbers, arrays, FIELD, attribute sections,
 * cells) and vb_io_legacy_kinds.c (one reader per DATASET kind, the entry
 * point).  An lx is one read: the input (borrowed), the position, the
 * file's mode. */
#ifndef VB_IO_LEGACY_IMPL_H
#define VB_IO_LEGACY_IMPL_H

#include "vb_attributes.h"
#include "vb_cell_array.h"
#include "vb_field_data.h"
#include "vb_io_impl.h"

typedef struct vb__lx {
  const unsigned char *p;
  size_t n, pos, tok_pos; /* tok_pos: where the last token started */
  int binary, version;
  unsigned read_all;
  char tok[256];
} vb__lx;

extern const char vb__lx_what[];
#define LX_FAIL(L, st, ...) vb__io_fail_at(vb__lx_what, (L)->p, (L)->tok_pos, (st), __VA_ARGS__)
#define LX_FAIL_HERE(L, st, ...) vb__io_fail_at(vb__lx_what, (L)->p, (L)->pos, (st), __VA_ARGS__)

/* the next word into L->tok: 1, 0 at the end (an error naming `expected`
 * when not NULL), or a negative status */
int vb__lx_word(vb__lx *L, const char *expected);
int vb__lx_keyword_is(const vb__lx *L, const char *kw); /* kw in lower case */
int vb__lx_integer(vb__lx *L, const char *what, int64_t lo, int64_t hi, int64_t *out);
int vb__lx_line(vb__lx *L, char *out, size_t cap); /* VTK's ReadLine: 0 at the end */
int vb__lx_real(vb__lx *L, const char *what, double *out); /* an ASCII number, binary files too */
/* ntuples x ncomp values of legacy type name tname: a new array (or a
 * vtkStringArray, as a vb_object) in *out */
int vb__lx_read_array(vb__lx *L, const char *tname, int64_t ntuples, int64_t ncomp, vb_array **out);
int vb__lx_read_field(vb__lx *L, vb_field_data **out); /* after "FIELD" */
/* POINT_DATA / CELL_DATA sections up to the end of the file; cells: the
 * first is CELL_DATA (its count already read) */
int vb__lx_read_attributes(vb__lx *L, vb_attributes *pd, vb_attributes *cd, int cells, int64_t npts, int64_t ncells);
int vb__lx_read_cells(vb__lx *L, vb_cell_array **out); /* after VERTICES / CELLS ... */

#endif
