/* vb_io_base64.c - base64 as VTK's XML files use it (vtkBase64Utilities):
 * the standard alphabet, '=' padding; the reader skips whitespace between
 * characters (VTK's inline data is indented) and stops at '=' or the end.
 * The start of the XML format (docs/io.md). */
#include "vb_io_impl.h"

#include <string.h>

static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

int vb__io_base64_encode(vb_io_bytes *b, const unsigned char *p, size_t n) {
  unsigned char q[4];
  size_t i;
  int st = VB_OK;
  for (i = 0; i + 3 <= n && st == VB_OK; i += 3) {
    q[0] = (unsigned char)alphabet[p[i] >> 2];
    q[1] = (unsigned char)alphabet[(p[i] & 3) << 4 | p[i + 1] >> 4];
    q[2] = (unsigned char)alphabet[(p[i + 1] & 15) << 2 | p[i + 2] >> 6];
    q[3] = (unsigned char)alphabet[p[i + 2] & 63];
    st = vb__io_put(b, q, 4);
  }
  if (st == VB_OK && i < n) {
    unsigned a = p[i], c = i + 1 < n ? p[i + 1] : 0;
    q[0] = (unsigned char)alphabet[a >> 2];
    q[1] = (unsigned char)alphabet[(a & 3) << 4 | c >> 4];
    q[2] = i + 1 < n ? (unsigned char)alphabet[(c & 15) << 2] : '=';
    q[3] = '=';
    st = vb__io_put(b, q, 4);
  }
  return st;
}

static int value(unsigned char c) {
  return c >= 'A' && c <= 'Z' ? c - 'A' : c >= 'a' && c <= 'z' ? c - 'a' + 26 : c >= '0' && c <= '9' ? c - '0' + 52
         : c == '+' ? 62 : c == '/' ? 63 : -1;
}

size_t vb__io_base64_decode(const unsigned char *s, size_t n, unsigned char *out, size_t cap, size_t *used,
                            size_t *bad) {
  size_t i, o = 0;
  unsigned acc = 0;
  int k = 0;
  *bad = (size_t)-1;
  for (i = 0; i < n && o < cap; i++) {
    int v;
    if (s[i] == ' ' || s[i] == '\n' || s[i] == '\r' || s[i] == '\t') continue;
    if (s[i] == '=') break;
    if ((v = value(s[i])) < 0) {
      *bad = i;
      break;
    }
    acc = acc << 6 | (unsigned)v;
    if (++k == 4) {
      unsigned char t[3] = {(unsigned char)(acc >> 16), (unsigned char)(acc >> 8), (unsigned char)acc};
      size_t m = cap - o < 3 ? cap - o : 3;
      memcpy(out + o, t, m);
      o += m, k = 0, acc = 0;
    }
  }
  if (k >= 2 && o < cap) out[o++] = (unsigned char)(acc >> (6 * k - 8)); /* a tail of 2 or 3 characters */
  if (k == 3 && o < cap) out[o++] = (unsigned char)(acc >> 2);
  /* skip padding and whitespace */
  while (i < n && (s[i] == '=' || s[i] == ' ' || s[i] == '\n' || s[i] == '\r' || s[i] == '\t')) i++;
  *used = i;
  return o;
}
