/* vb_io_legacy_read.c - the legacy .vtk reader (vb_io.h): header, then the
 * data set kind's keywords from a table (DATASET <kind>), arrays in every
 * VTK type name, ASCII or big-endian binary, versions up to 5.1.
 *
 * Everything is built aside (points, cell arrays, attribute arrays) and put
 * into the new data object only when the whole file was read; on error it
 * is all released.  Counts are checked against the bytes left before
 * anything is allocated (a hostile header cannot ask for more memory than
 * the file could fill). */
#include "vb_io_legacy_impl.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vb_attributes.h"
#include "vb_cell_array.h"
#include "vb_data_set.h"
#include "vb_field_data.h"
#include "vb_polydata.h"
#include "vb_types.h"
#include "vb_value_array.h"

typedef vb__lx lx;

const char vb__lx_what[] = "legacy VTK file:";
#define FAIL LX_FAIL
#define FAIL_HERE LX_FAIL_HERE

static int nieq(const char *a, const char *b, size_t n) { /* a's first n bytes are b (lower case) */
  for (; n && *a && tolower((unsigned char)*a) == *b; a++, b++, n--) {}
  return n == 0;
}

static int is_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

/* VTK's ReadString: the next whitespace-separated word (at most 255 bytes) */
int vb__lx_word(lx *L, const char *expected) {
  size_t k = 0;
  while (L->pos < L->n && is_space(L->p[L->pos])) L->pos++;
  L->tok_pos = L->pos;
  while (L->pos < L->n && !is_space(L->p[L->pos])) {
    if (k == sizeof L->tok - 1) return FAIL(L, VB_EINVAL, "a word longer than 255 bytes");
    L->tok[k++] = (char)L->p[L->pos++];
  }
  L->tok[k] = '\0';
  if (!k && expected) return FAIL(L, VB_EINVAL, "the file ends where %s was expected", expected);
  return k ? 1 : 0;
}

int vb__lx_keyword_is(const lx *L, const char *kw) {
  const char *t = L->tok;
  for (; *t && *kw; t++, kw++)
    if (tolower((unsigned char)*t) != *kw) return 0;
  return !*t && !*kw;
}

/* an integer word in [lo, hi] */
int vb__lx_integer(lx *L, const char *what, int64_t lo, int64_t hi, int64_t *out) {
  char *end;
  long long v;
  int st = vb__lx_word(L, what);
  if (st <= 0) return st < 0 ? st : VB_EINVAL;
  errno = 0;
  v = strtoll(L->tok, &end, 10);
  if (*end || end == L->tok) return FAIL(L, VB_EINVAL, "%s: '%s' is not an integer", what, L->tok);
  if (errno || v < lo || v > hi) return FAIL(L, VB_EINVAL, "%s: %s is out of range", what, L->tok);
  *out = v;
  return VB_OK;
}

/* a number word (text in binary files too, as VTK's Read(double *)) */
int vb__lx_real(lx *L, const char *what, double *out) {
  const char *end;
  int st = vb__lx_word(L, what);
  if (st <= 0) return st < 0 ? st : VB_EINVAL;
  *out = vb__strtod(L->tok, &end);
  if (*end || end == L->tok) return FAIL(L, VB_EINVAL, "%s: '%s' is not a number", what, L->tok);
  return VB_OK;
}

/* VTK's ReadLine: up to '\n', a trailing '\r' dropped; 0 at the end */
int vb__lx_line(lx *L, char *out, size_t cap) {
  size_t k = 0;
  if (L->pos >= L->n) return 0;
  L->tok_pos = L->pos;
  while (L->pos < L->n && L->p[L->pos] != '\n') {
    if (k + 1 < cap) out[k++] = (char)L->p[L->pos];
    L->pos++;
  }
  if (L->pos < L->n) L->pos++;
  if (k && out[k - 1] == '\r') k--;
  out[k] = '\0';
  return 1;
}

/* ---- arrays ---- */

static int ascii_value(lx *L, const vb__io_type *t, int dst_type, void *dst, int64_t i) {
  char *end;
  const char *fe;
  int st = vb__lx_word(L, "a value");
  if (st <= 0) return st < 0 ? st : VB_EINVAL;
  errno = 0;
  if (t->kind == 'f') {
    if (dst_type == VB_FLOAT)
      ((float *)dst)[i] = vb__strtof(L->tok, &fe);
    else
      ((double *)dst)[i] = vb__strtod(L->tok, &fe);
    if (*fe || fe == L->tok) return FAIL(L, VB_EINVAL, "'%s' is not a number", L->tok);
    return VB_OK;
  } else {
    unsigned char be[8];
    int64_t bad;
    long long v = 0;
    unsigned long long u = 0;
    if (t->kind == 'u' && L->tok[0] != '-')
      u = strtoull(L->tok, &end, 10), v = u <= 255 ? (long long)u : 0;
    else
      v = strtoll(L->tok, &end, 10), u = (unsigned long long)v;
    if (*end || end == L->tok) return FAIL(L, VB_EINVAL, "'%s' is not an integer", L->tok);
    if (t->width == 1 && !errno && v >= -128 && v <= 255 && u <= 255) { /* VTK reads an int and casts */
      unsigned char b = (unsigned char)v;
      memcpy((unsigned char *)dst + (size_t)i, &b, 1);
      return VB_OK;
    }
    if (errno || (t->kind == 'u' && v < 0)) return FAIL(L, VB_EINVAL, "%s does not fit %s", L->tok, t->legacy);
    be[0] = (unsigned char)(u >> 56), be[1] = (unsigned char)(u >> 48), be[2] = (unsigned char)(u >> 40);
    be[3] = (unsigned char)(u >> 32), be[4] = (unsigned char)(u >> 24), be[5] = (unsigned char)(u >> 16);
    be[6] = (unsigned char)(u >> 8), be[7] = (unsigned char)u;
    if (vb__io_decode((unsigned char *)dst + (size_t)i * vb_type_size(dst_type), dst_type, be, 8,
                      t->kind == 'u' ? 'u' : 'i', 1, 1, &bad) != VB_OK)
      return FAIL(L, VB_EINVAL, "%s does not fit %s", L->tok, t->legacy);
    return VB_OK;
  }
}

/* after the data: blank lines, then an optional METADATA block (component
 * names; INFORMATION and other lines skipped up to the blank line ending it) */
static int metadata(lx *L, vb_array *a, vb_value_array *sa, int64_t ncomp) {
  char ln[256];
  size_t i = L->pos;
  while (i < L->n && (L->p[i] == ' ' || L->p[i] == '\r' || L->p[i] == '\n')) i++;
  if (L->n - i < 8 || !nieq((const char *)L->p + i, "metadata", 8)) return VB_OK;
  L->pos = i;
  vb__lx_line(L, ln, sizeof ln);
  while (vb__lx_line(L, ln, sizeof ln) && ln[0]) {
    int64_t c;
    if (!nieq(ln, "component_names", 15)) continue;
    for (c = 0; c < ncomp; c++) {
      if (!vb__lx_line(L, ln, sizeof ln)) return FAIL_HERE(L, VB_EINVAL, "the file ends in component names");
      vb__io_decode_name(ln);
      if ((a ? vb_array_set_component_name(a, c, ln) : vb_value_array_set_component_name(sa, c, ln)) != VB_OK)
        return VB_ENOMEM;
    }
  }
  return VB_OK;
}

/* VTK's ReadArray: ntuples x ncomp values of type name `tname` */
int vb__lx_read_array(lx *L, const char *tname, int64_t ntuples, int64_t ncomp, vb_array **out) {
  const vb__io_type *t = vb__io_type_legacy(tname);
  vb_array *a;
  int64_t nv, i;
  size_t left, need;
  int st = VB_OK, dst_type;
  *out = NULL;
  if (!t) {
    if (nieq(tname, "string", 6) || nieq(tname, "utf8_string", 11) || nieq(tname, "variant", 7))
      return FAIL(L, VB_EINVAL, "%s arrays are read in FIELD sections only%s", tname,
                  nieq(tname, "variant", 7) ? " (variant arrays are not read yet)" : "");
    return FAIL(L, VB_EINVAL, "unknown data type '%s'", tname);
  }
  if (ncomp < 1 || ncomp > 0x7fffffff) return FAIL(L, VB_EINVAL, "%lld components", (long long)ncomp);
  if (ntuples < 0 || ntuples > INT64_MAX / ncomp) return FAIL(L, VB_EOVERFLOW, "%lld tuples of %lld components",
                                                             (long long)ntuples, (long long)ncomp);
  nv = ntuples * ncomp;
  left = L->n - L->pos;
  if (L->binary && nv > 0) { /* no values: VTK reads nothing, not even the end of the line */
    while (L->pos < L->n && L->p[L->pos] != '\n') L->pos++; /* the rest of the line, as VTK */
    if (L->pos < L->n) L->pos++;
    left = L->n - L->pos;
    need = t->kind == 'b' ? (size_t)((nv + 7) / 8) : (size_t)nv * (size_t)t->width;
    if ((uint64_t)nv > SIZE_MAX / 8 || (nv && need > left))
      return FAIL_HERE(L, VB_EINVAL, "%lld %s values need %llu bytes, %zu left", (long long)nv, t->legacy,
                       (unsigned long long)(t->kind == 'b' ? (uint64_t)(nv + 7) / 8 : (uint64_t)nv * (uint64_t)t->width), left);
  } else if ((uint64_t)nv > left / 2 + 1)
    return FAIL(L, VB_EINVAL, "%lld values cannot fit in the %zu bytes left", (long long)nv, left);
  dst_type = t->type;
  a = vb_array_new(dst_type);
  if (!a) return VB_ENOMEM;
  if ((st = vb_array_set_number_of_components(a, (int)ncomp)) != VB_OK ||
      (st = vb_array_set_number_of_tuples(a, ntuples)) != VB_OK)
    goto fail;
  if (nv && t->kind == 'b') {
    unsigned char *bits = vb_array_data(a);
    if (L->binary) {
      memcpy(bits, L->p + L->pos, (size_t)(nv + 7) / 8);
      L->pos += (size_t)(nv + 7) / 8;
    } else
      for (i = 0; i < nv && st == VB_OK; i++) {
        int64_t v;
        st = vb__lx_integer(L, "a bit", INT64_MIN, INT64_MAX, &v);
        if (v) bits[i / 8] |= (unsigned char)(0x80 >> (i % 8));
      }
  } else if (nv && L->binary) {
    int64_t bad;
    if (vb__io_decode(vb_array_data(a), dst_type, L->p + L->pos, t->width, t->kind, 1, nv, &bad) != VB_OK) {
      L->tok_pos = L->pos + (size_t)bad * (size_t)t->width;
      st = FAIL(L, VB_EINVAL, "a %s value does not fit this build's %s", t->legacy, vb_type_name(dst_type));
    }
    L->pos += (size_t)nv * (size_t)t->width;
  } else
    for (i = 0; i < nv && st == VB_OK; i++) st = ascii_value(L, t, dst_type, vb_array_data(a), i);
  if (st == VB_OK) st = metadata(L, a, NULL, ncomp);
  if (st == VB_OK) {
    *out = a;
    return VB_OK;
  }
fail:
  vb_array_release(a);
  return st;
}

/* VTK's string arrays (string, utf8_string): after the rest of the line,
 * ASCII: one %-encoded line a value; binary: a big-endian length header
 * whose top two bits give its width (3: 1 byte, 6 bits of length; 2: 2
 * bytes, 14 bits; 1: 4 bytes, 30 bits; 0: 8 bytes), then the bytes */
static int read_strings(lx *L, int64_t ntuples, int64_t ncomp, vb_value_array **out) {
  vb_value_array *a;
  vb_variant v;
  int64_t i, nv;
  int st;
  *out = NULL;
  if (ncomp < 1 || ncomp > 0x7fffffff || ntuples < 0 || ntuples > INT64_MAX / ncomp)
    return FAIL(L, VB_EINVAL, "%lld tuples of %lld components", (long long)ntuples, (long long)ncomp);
  nv = ntuples * ncomp;
  while (L->pos < L->n && L->p[L->pos] != '\n') L->pos++;
  if (L->pos < L->n) L->pos++;
  if ((uint64_t)nv > L->n - L->pos) /* each value takes a byte at least */
    return FAIL(L, VB_EINVAL, "%lld strings cannot fit in the %zu bytes left", (long long)nv, L->n - L->pos);
  if (!(a = vb_value_array_new(VB_STRING_ARRAY))) return VB_ENOMEM;
  st = vb_value_array_set_number_of_components(a, (int)ncomp);
  if (st == VB_OK) st = vb_value_array_set_number_of_tuples(a, ntuples);
  vb_variant_init(&v);
  for (i = 0; i < nv && st == VB_OK; i++) {
    size_t left = L->n - L->pos, w, len;
    const unsigned char *q = L->p + L->pos;
    L->tok_pos = L->pos;
    if (L->binary) {
      uint64_t u = 0;
      w = !left ? 1 : (size_t)1 << (3 - (q[0] >> 6));
      for (len = 0; len < w && len < left; len++) u = u << 8 | q[len];
      if (w > left || (u &= w == 8 ? ~(uint64_t)0 : ((uint64_t)1 << (8 * w - 2)) - 1) > left - w) {
        st = FAIL(L, VB_EINVAL, "string %lld does not fit in the %zu bytes left", (long long)i, left);
        break;
      }
      st = vb_variant_set_string(&v, (const char *)q + w, (size_t)u);
      L->pos += w + (size_t)u;
    } else {
      const unsigned char *e = memchr(q, '\n', left);
      char *buf;
      len = e ? (size_t)(e - q) : left;
      if (!left) {
        st = FAIL(L, VB_EINVAL, "the file ends in a string array");
        break;
      }
      if (!(buf = malloc(len + 1))) {
        st = VB_ENOMEM;
        break;
      }
      memcpy(buf, q, len);
      st = vb_variant_set_string(&v, buf, vb__io_decode_n(buf, len));
      free(buf);
      L->pos += len + (e != NULL);
    }
    if (st == VB_OK) st = vb_value_array_set_value(a, i, &v);
  }
  vb_variant_clear(&v);
  if (st == VB_OK) st = metadata(L, NULL, a, ncomp);
  if (st != VB_OK) {
    vb_value_array_release(a);
    return st;
  }
  *out = a;
  return VB_OK;
}

/* ---- FIELD name n, then n arrays ---- */
int vb__lx_read_field(lx *L, vb_field_data **out) {
  int64_t n, k, nc, nt;
  vb_field_data *f;
  int st;
  *out = NULL;
  if ((st = vb__lx_word(L, "a field name")) < 0 || (st = vb__lx_integer(L, "the number of field arrays", 0, INT32_MAX, &n)) != VB_OK)
    return st;
  if (!(f = vb_field_data_new())) return VB_ENOMEM;
  for (k = 0; k < n; k++) {
    char name[256];
    vb_array *a;
    if ((st = vb__lx_word(L, "an array name")) < 0) break;
    if (!strcmp(L->tok, "NULL_ARRAY")) continue;
    memcpy(name, L->tok, sizeof name);
    vb__io_decode_name(name);
    if ((st = vb__lx_integer(L, "a number of components", 1, INT32_MAX, &nc)) != VB_OK ||
        (st = vb__lx_integer(L, "a number of tuples", 0, INT64_MAX, &nt)) != VB_OK || (st = vb__lx_word(L, "a data type")) < 0)
      break;
    if (vb__lx_keyword_is(L, "string") || vb__lx_keyword_is(L, "utf8_string")) {
      vb_value_array *sa;
      if ((st = read_strings(L, nt, nc, &sa)) != VB_OK) break;
      st = vb_value_array_set_name(sa, name);
      if (st == VB_OK) st = vb_field_data_add_abstract_array(f, vb_value_array_object(sa));
      vb_value_array_release(sa);
    } else {
      char tname[256];
      memcpy(tname, L->tok, sizeof tname);
      if ((st = vb__lx_read_array(L, tname, nt, nc, &a)) != VB_OK) break;
      st = vb_array_set_name(a, name);
      if (st == VB_OK) st = vb_field_data_add_array(f, a);
      vb_array_release(a);
    }
    if (st < 0) break;
    st = VB_OK;
  }
  if (st < 0) {
    vb_field_data_release(f);
    return st;
  }
  *out = f;
  return VB_OK;
}

/* ---- POINT_DATA / CELL_DATA sections ---- */
/* attribute keywords: VB_ATTRIBUTE_* (-1 color scalars, -2 lookup table) */
static const struct { const char *kw; int attr, ncomp; } sections[] = {
  {"scalars", VB_ATTRIBUTE_SCALARS, 0},     {"color_scalars", -1, 0},
  {"vectors", VB_ATTRIBUTE_VECTORS, 3},     {"normals", VB_ATTRIBUTE_NORMALS, 3},
  {"tensors6", VB_ATTRIBUTE_TENSORS, 6},    {"tensors", VB_ATTRIBUTE_TENSORS, 9},
  {"texture_coordinates", VB_ATTRIBUTE_TCOORDS, 0},
  {"global_ids", VB_ATTRIBUTE_GLOBALIDS, 1}, {"pedigree_ids", VB_ATTRIBUTE_PEDIGREEIDS, 1},
  {"edge_flags", VB_ATTRIBUTE_EDGEFLAG, 1}, {"lookup_table", -2, 0},
};

static int read_section(lx *L, int s, vb_attributes *at, int64_t num) {
  char name[256], tname[256];
  int64_t nc = sections[s].ncomp;
  int attr = sections[s].attr, st, skip;
  vb_array *a = NULL;
  if ((st = vb__lx_word(L, "a name")) < 0) return st;
  memcpy(name, L->tok, sizeof name);
  vb__io_decode_name(name);
  if (attr == -2) { /* LOOKUP_TABLE name size: RGBA colors (vtkbuf has no lookup table: skipped) */
    int64_t size;
    if ((st = vb__lx_integer(L, "a lookup table size", 0, INT32_MAX, &size)) != VB_OK) return st;
    if ((st = vb__lx_read_array(L, L->binary ? "unsigned_char" : "float", size, 4, &a)) != VB_OK) return st;
    vb_array_release(a);
    return VB_OK;
  }
  if (attr == -1) {
    if ((st = vb__lx_integer(L, "a number of color components", 1, INT32_MAX, &nc)) != VB_OK) return st;
    strcpy(tname, L->binary ? "unsigned_char" : "float");
  } else {
    if (attr == VB_ATTRIBUTE_TCOORDS && (st = vb__lx_integer(L, "a texture dimension", 1, 3, &nc)) != VB_OK) return st;
    if ((st = vb__lx_word(L, "a data type")) < 0) return st;
    memcpy(tname, L->tok, sizeof tname);
    if (attr == VB_ATTRIBUTE_SCALARS) {
      int64_t k = L->pos;
      nc = 1;
      if ((st = vb__lx_word(L, "LOOKUP_TABLE")) < 0) return st;
      if (!vb__lx_keyword_is(L, "lookup_table")) {
        L->pos = (size_t)k;
        if ((st = vb__lx_integer(L, "a number of components", 1, INT32_MAX, &nc)) != VB_OK) return st;
        if ((st = vb__lx_word(L, "LOOKUP_TABLE")) < 0) return st;
      }
      if (!vb__lx_keyword_is(L, "lookup_table")) return FAIL(L, VB_EINVAL, "SCALARS needs a LOOKUP_TABLE line");
      if ((st = vb__lx_word(L, "a lookup table name")) < 0) return st;
    }
  }
  if ((st = vb__lx_read_array(L, tname, num, nc, &a)) != VB_OK) return st;
  if (attr == -1 && !L->binary) { /* ASCII colors are floats in [0, 1]: (unsigned char)(255 v + 0.5) */
    vb_array *c = vb_array_new(VB_UNSIGNED_CHAR);
    int64_t i, nv = num * nc;
    if (!c || vb_array_set_number_of_components(c, (int)nc) || vb_array_set_number_of_tuples(c, num)) {
      vb_array_release(c);
      vb_array_release(a);
      return VB_ENOMEM;
    }
    for (i = 0; i < nv; i++) {
      double v = 255.0 * ((float *)vb_array_data(a))[i] + 0.5;
      ((unsigned char *)vb_array_data(c))[i] = (unsigned char)(v >= 0 && v < 256 ? v : 0);
    }
    vb_array_release(a);
    a = c;
  }
  st = vb_array_set_name(a, name);
  if (attr == -1) attr = VB_ATTRIBUTE_SCALARS;
  skip = vb_attributes_get_attribute(at, attr) != NULL;
  if (st == VB_OK) {
    if (!skip)
      st = vb_attributes_set_attribute(at, a, attr);
    else if (L->read_all & (sections[s].attr == -1 ? VB_LEGACY_READ_ALL_COLOR_SCALARS : 1u << attr))
      st = vb_attributes_add_array(at, a);
    if (st > 0) st = VB_OK;
  }
  vb_array_release(a);
  return st < 0 ? st : VB_OK;
}

/* keywords until the end of the file, switching between POINT_DATA and
 * CELL_DATA (VTK reads them in either order) */
int vb__lx_read_attributes(lx *L, vb_attributes *pd, vb_attributes *cd, int cells, int64_t npts, int64_t ncells) {
  int64_t num = cells ? ncells : npts;
  vb_attributes *at = cells ? cd : pd;
  int st;
  while ((st = vb__lx_word(L, NULL)) == 1) {
    size_t s;
    int64_t n;
    for (s = 0; s < sizeof sections / sizeof *sections && !vb__lx_keyword_is(L, sections[s].kw); s++) {}
    if (s < sizeof sections / sizeof *sections)
      st = read_section(L, (int)s, at, num);
    else if (vb__lx_keyword_is(L, "field")) {
      vb_field_data *f;
      int k;
      if ((st = vb__lx_read_field(L, &f)) == VB_OK) {
        for (k = 0; k < vb_field_data_get_number_of_arrays(f) && st >= 0; k++)
          st = vb_field_data_add_abstract_array(vb_attributes_field_data(at), vb_field_data_get_abstract_array(f, k));
        vb_field_data_release(f);
      }
    } else if (vb__lx_keyword_is(L, "point_data") || vb__lx_keyword_is(L, "cell_data")) {
      int c = vb__lx_keyword_is(L, "cell_data");
      if ((st = vb__lx_integer(L, "a number of tuples", 0, INT64_MAX, &n)) != VB_OK) return st;
      if (n != (c ? ncells : npts))
        return FAIL(L, VB_EINVAL, "%s %lld, but the data set has %lld", c ? "CELL_DATA" : "POINT_DATA", (long long)n,
                    (long long)(c ? ncells : npts));
      at = c ? cd : pd, num = n;
    } else
      return FAIL(L, VB_EINVAL, "unknown attribute keyword '%s'", L->tok);
    if (st < 0) return st;
  }
  return st < 0 ? st : VB_OK;
}

/* ---- cells: 5.1 (n_offsets n_conn, OFFSETS type, CONNECTIVITY type) or
 * older (ncells size, then n id id ... as ints) ---- */
int vb__lx_read_cells(lx *L, vb_cell_array **out) {
  int64_t a, b;
  vb_cell_array *ca;
  int st;
  *out = NULL;
  if ((st = vb__lx_integer(L, "a cell count", 0, INT64_MAX, &a)) != VB_OK || (st = vb__lx_integer(L, "a cell size", 0, INT64_MAX, &b)) != VB_OK)
    return st;
  if (!(ca = vb_cell_array_new())) return VB_ENOMEM;
  if (L->version >= 50) {
    vb_array *off = NULL, *conn = NULL;
    char tname[256];
    if (a >= 1) {
      if ((st = vb__lx_word(L, "OFFSETS")) < 0 || (!vb__lx_keyword_is(L, "offsets") && (st = FAIL(L, VB_EINVAL, "expected OFFSETS"))) ||
          (st = vb__lx_word(L, "a data type")) < 0)
        goto done;
      memcpy(tname, L->tok, sizeof tname);
      if ((st = vb__lx_read_array(L, tname, a, 1, &off)) != VB_OK) goto done;
      if ((st = vb__lx_word(L, "CONNECTIVITY")) < 0 ||
          (!vb__lx_keyword_is(L, "connectivity") && (st = FAIL(L, VB_EINVAL, "expected CONNECTIVITY"))) ||
          (st = vb__lx_word(L, "a data type")) < 0)
        goto done;
      memcpy(tname, L->tok, sizeof tname);
      if ((st = vb__lx_read_array(L, tname, b, 1, &conn)) != VB_OK) goto done;
      if (!vb_array_is_integral(off) || !vb_array_is_integral(conn) || vb_array_type(off) == VB_BIT ||
          vb_array_type(conn) == VB_BIT)
        st = FAIL(L, VB_EINVAL, "cell offsets and connectivity must be integers");
      else if ((st = vb_cell_array_set_data(ca, off, conn)) != VB_OK)
        st = FAIL(L, VB_EINVAL, "bad cell offsets (%s)", vb_last_error());
    }
  done:
    vb_array_release(off);
    vb_array_release(conn);
  } else if (b > 0) {
    size_t left;
    vb_id *ids;
    int64_t i;
    if (L->binary) {
      while (L->pos < L->n && L->p[L->pos] != '\n') L->pos++;
      if (L->pos < L->n) L->pos++;
    }
    left = L->n - L->pos;
    if ((uint64_t)b > (L->binary ? left / 4 : left / 2 + 1)) {
      st = FAIL(L, VB_EINVAL, "%lld cell values cannot fit in the %zu bytes left", (long long)b, left);
      goto legacy_done;
    }
    if (!(ids = malloc((size_t)b * sizeof *ids))) {
      st = VB_ENOMEM;
      goto legacy_done;
    }
    for (i = 0; i < b && st == VB_OK; i++) {
      if (L->binary) {
        const unsigned char *q = L->p + L->pos + 4 * (size_t)i;
        ids[i] = (int32_t)((uint32_t)q[0] << 24 | (uint32_t)q[1] << 16 | (uint32_t)q[2] << 8 | q[3]);
      } else
        st = vb__lx_integer(L, "a cell value", INT32_MIN, INT32_MAX, &ids[i]);
    }
    if (L->binary) L->pos += 4 * (size_t)b;
    if (st == VB_OK && vb_cell_array_import_legacy_format(ca, b, ids) != VB_OK)
      st = FAIL(L, VB_EINVAL, "bad cell list (a count past its end or negative)");
    else if (st == VB_OK && vb_cell_array_get_number_of_cells(ca) != a)
      st = FAIL(L, VB_EINVAL, "%lld cells announced, %lld found", (long long)a,
                (long long)vb_cell_array_get_number_of_cells(ca));
    free(ids);
  }
legacy_done:
  if (st != VB_OK) {
    vb_cell_array_release(ca);
    return st;
  }
  *out = ca;
  return VB_OK;
}

