/* vb_io_common.c - the type table of the file formats, value conversion
 * between file bytes and array memory, output and positioned errors
 * (vb_io_impl.h). */
#include "vb_io_impl.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vb_types.h"

static const vb__io_type types[] = {
  {VB_BIT, "bit", "Bit", 0, 'b'},
  {VB_CHAR, "char", "Int8", 1, 'i'},
  {VB_SIGNED_CHAR, "signed_char", "Int8", 1, 'i'},
  {VB_UNSIGNED_CHAR, "unsigned_char", "UInt8", 1, 'u'},
  {VB_SHORT, "short", "Int16", 2, 'i'},
  {VB_UNSIGNED_SHORT, "unsigned_short", "UInt16", 2, 'u'},
  {VB_INT, "int", "Int32", 4, 'i'},
  {VB_UNSIGNED_INT, "unsigned_int", "UInt32", 4, 'u'},
  {VB_LONG, "long", "Int64", 8, 'i'},
  {VB_UNSIGNED_LONG, "unsigned_long", "UInt64", 8, 'u'},
  {VB_LONG_LONG, "vtktypeint64", "Int64", 8, 'i'},
  {VB_UNSIGNED_LONG_LONG, "vtktypeuint64", "UInt64", 8, 'u'},
  {VB_FLOAT, "float", "Float32", 4, 'f'},
  {VB_DOUBLE, "double", "Float64", 8, 'f'},
  {VB_ID_TYPE, "vtkIdType", "Int64", 4, 'i'},
};
#define NTYPES (sizeof types / sizeof *types)

const vb__io_type *vb__io_type_of(int type) {
  size_t i;
  for (i = 0; i < NTYPES; i++)
    if (types[i].type == type) return &types[i];
  return NULL;
}

static int ieq(const char *a, const char *b) {
  for (; *a && *b; a++, b++)
    if (tolower((unsigned char)*a) != tolower((unsigned char)*b)) return 0;
  return *a == *b;
}

const vb__io_type *vb__io_type_legacy(const char *name) {
  size_t i;
  if (ieq(name, "signed_char")) return &types[1]; /* VTK's reader makes a vtkCharArray */
  for (i = 0; i < NTYPES; i++)
    if (ieq(name, types[i].legacy)) return &types[i];
  return NULL;
}

static uint64_t load(const unsigned char *s, int w, int be) {
  uint64_t u = 0;
  int k;
  for (k = 0; k < w; k++) u |= (uint64_t)s[be ? k : w - 1 - k] << (8 * (w - 1 - k));
  return u;
}

static void bswap(unsigned char *p, size_t w, int64_t n) {
  int64_t i;
  size_t k;
  for (i = 0; i < n; i++, p += w)
    for (k = 0; k < w / 2; k++) {
      unsigned char t = p[k];
      p[k] = p[w - 1 - k];
      p[w - 1 - k] = t;
    }
}

static int host_be(void) {
  const uint16_t one = 1;
  return *(const unsigned char *)&one == 0;
}

int vb__io_decode(void *dst, int dst_type, const unsigned char *src, int width, char kind, int be, int64_t n,
                  int64_t *bad) {
  size_t dw = vb_type_size(dst_type);
  int dint = vb_type_is_integer(dst_type), dsigned = vb_type_is_signed(dst_type);
  int64_t i;
  if ((size_t)width == dw && (kind == 'f') == !dint && (kind == 'i') == (dint && dsigned)) {
    memcpy(dst, src, (size_t)n * dw);
    if (be != host_be()) bswap(dst, dw, n);
    return VB_OK;
  }
  for (i = 0; i < n; i++) {
    uint64_t u = load(src + (size_t)i * (size_t)width, width, be);
    unsigned char *d = (unsigned char *)dst + (size_t)i * dw;
    if (kind == 'f') { /* to a real array only (the table never asks otherwise) */
      double v;
      if (width == 4) {
        float f;
        uint32_t u32 = (uint32_t)u;
        memcpy(&f, &u32, 4);
        v = f;
      } else
        memcpy(&v, &u, 8);
      if (dst_type == VB_FLOAT) {
        float f = (float)v;
        memcpy(d, &f, 4);
      } else
        memcpy(d, &v, 8);
      continue;
    }
    if (kind == 'i' && width < 8 && (u >> (8 * width - 1)) & 1) u |= ~(uint64_t)0 << (8 * width);
    {
      int neg = kind == 'i' && (int64_t)u < 0;
      uint64_t lim = dw >= 8 ? ~(uint64_t)0 : ((uint64_t)1 << (8 * dw)) - 1;
      if (dsigned) lim >>= 1;
      if ((neg && (!dsigned || (dw < 8 && (int64_t)u < -(int64_t)lim - 1))) || (!neg && u > lim)) {
        if (bad) *bad = i;
        return VB_ENOFIT;
      }
      if (host_be())
        memcpy(d, (unsigned char *)&u + 8 - dw, dw);
      else
        memcpy(d, &u, dw);
    }
  }
  return VB_OK;
}

void vb__io_encode_be(unsigned char *dst, int width, char kind, const void *src, int src_type, int64_t n) {
  size_t sw = vb_type_size(src_type);
  int64_t i;
  int k;
  if ((size_t)width == sw) {
    memcpy(dst, src, (size_t)n * sw);
    if (!host_be()) bswap(dst, sw, n);
    return;
  }
  for (i = 0; i < n; i++) { /* integers of another width: long (4 on wasm32), vtkIdType as int */
    const unsigned char *s = (const unsigned char *)src + (size_t)i * sw;
    uint64_t u = 0;
    if (host_be())
      memcpy((unsigned char *)&u + 8 - sw, s, sw);
    else
      memcpy(&u, s, sw);
    if (kind == 'i' && vb_type_is_signed(src_type) && sw < 8 && (u >> (8 * sw - 1)) & 1)
      u |= ~(uint64_t)0 << (8 * sw);
    for (k = 0; k < width; k++) dst[(size_t)i * (size_t)width + (size_t)k] = (unsigned char)(u >> (8 * (width - 1 - k)));
  }
}

unsigned char *vb__io_grow(vb_io_bytes *b, size_t n, int *st) {
  if (n > b->cap - b->size) {
    size_t cap = b->cap ? b->cap : 4096;
    unsigned char *q;
    if (n > SIZE_MAX / 2 - b->size) return *st = VB_EOVERFLOW, NULL;
    while (cap - b->size < n) cap *= 2;
    q = realloc(b->data, cap);
    if (!q) return *st = VB_ENOMEM, NULL;
    b->data = q;
    b->cap = cap;
  }
  b->size += n;
  return b->data + b->size - n;
}

int vb__io_put(vb_io_bytes *b, const void *p, size_t n) {
  int st = VB_OK;
  unsigned char *q = vb__io_grow(b, n, &st);
  if (q && n) memcpy(q, p, n);
  return q ? VB_OK : st;
}

int vb__io_printf(vb_io_bytes *b, const char *fmt, ...) {
  char buf[512];
  va_list ap;
  int n;
  va_start(ap, fmt);
  n = vb__vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  if (n < 0) return VB_EINVAL;
  if ((size_t)n < sizeof buf) return vb__io_put(b, buf, (size_t)n);
  {
    char *big = malloc((size_t)n + 1);
    int st;
    if (!big) return VB_ENOMEM;
    va_start(ap, fmt);
    vb__vsnprintf(big, (size_t)n + 1, fmt, ap);
    va_end(ap);
    st = vb__io_put(b, big, (size_t)n);
    free(big);
    return st;
  }
}

int vb__io_put_encoded(vb_io_bytes *b, const char *s) {
  static const char hex[] = "0123456789ABCDEF";
  int st = VB_OK;
  for (; s && *s && st == VB_OK; s++) {
    signed char c = (signed char)*s; /* as VTK on x86: bytes past 127 are negative */
    if (c < 33 || c > 126 || c == '"' || c == '%') {
      char e[3] = {'%', hex[(unsigned char)c >> 4], hex[(unsigned char)c & 15]};
      st = vb__io_put(b, e, 3);
    } else
      st = vb__io_put(b, s, 1);
  }
  return st;
}

static int hexval(int c) {
  return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

size_t vb__io_decode_n(char *s, size_t len) {
  char *o = s;
  size_t i;
  for (i = 0; i < len; i++) {
    if (s[i] == '%') {
      if (i + 3 <= len) { /* VTK: two more characters there, read as hex (bad hex: 0) */
        int h = hexval((unsigned char)s[i + 1]), l = hexval((unsigned char)s[i + 2]);
        *o++ = (char)(h < 0 ? 0 : l < 0 ? h : h * 16 + l);
        i += 2;
      }
    } else
      *o++ = s[i];
  }
  *o = '\0';
  return (size_t)(o - s);
}

void vb__io_decode_name(char *s) { vb__io_decode_n(s, strlen(s)); }

int vb__io_fail_at(const char *what, const unsigned char *base, size_t off, int status, const char *fmt, ...) {
  char msg[400];
  size_t i, line = 1;
  va_list ap;
  for (i = 0; i < off; i++) line += base[i] == '\n';
  va_start(ap, fmt);
  vb__vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  return vb__fail("Read", status, "%s line %zu (byte %zu): %s", what, line, off, msg);
}

void vb_io_bytes_free(vb_io_bytes *b) {
  if (!b) return;
  free(b->data);
  b->data = NULL;
  b->size = b->cap = 0;
}

int vb_io_bytes_append(vb_io_bytes *b, const void *p, size_t n) {
  return b && (p || !n) ? vb__io_put(b, p, n) : VB_EINVAL;
}
