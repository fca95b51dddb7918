/* vb_io_base64.c - base64 as VTK's XML files use it (vtkBase64Utilities):
 * the standard alphabet, '=' padding; the reader skips whitespace between
 * characters (VTK's inline data is indented) and stops at '=' or the end.
 * The start of the XML format (docs/io.md). */
#include "vb_io_impl.h"

#include <string.h>

static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

int vb__io_base64_encode(vb_io_bytes *b, const unsigned char *p, size_t n) {
  size_t i;
  int st = VB_OK;
  unsigned char *q = n < SIZE_MAX / 2 ? vb__io_grow(b, (n + 2) / 3 * 4, &st) : NULL;
  if (!q) return n < SIZE_MAX / 2 ? st : VB_EOVERFLOW;
  for (i = 0; i + 3 <= n; i += 3, q += 4) {
    unsigned v = (unsigned)p[i] << 16 | (unsigned)p[i + 1] << 8 | p[i + 2];
    q[0] = (unsigned char)alphabet[v >> 18], q[1] = (unsigned char)alphabet[v >> 12 & 63];
    q[2] = (unsigned char)alphabet[v >> 6 & 63], q[3] = (unsigned char)alphabet[v & 63];
  }
  if (i < n) {
    unsigned a = p[i], c = i + 1 < n ? p[i + 1] : 0;
    q[0] = (unsigned char)alphabet[a >> 2];
    q[1] = (unsigned char)alphabet[(a & 3) << 4 | c >> 4];
    q[2] = i + 1 < n ? (unsigned char)alphabet[(c & 15) << 2] : '=';
    q[3] = '=';
  }
  return VB_OK;
}

/* 64 + the value of each base64 character; 0: not one (bytes past 127 included) */
static const unsigned char values[256] = {
  0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
  0,0,0,0,0,0,0,0,0,0,0,126,0,0,0,127,116,117,118,119,120,121,122,123,124,125,0,0,0,0,0,0,
  0,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,0,0,0,0,0,
  0,90,91,92,93,94,95,96,97,98,99,100,101,102,103,104,105,106,107,108,109,110,111,112,113,114,115,0,0,0,0,0};

static int value(unsigned char c) { return values[c] ? values[c] - 64 : -1; }

size_t vb__io_base64_decode(const unsigned char *s, size_t n, unsigned char *out, size_t cap, size_t *used,
                            size_t *bad) {
  size_t i, o = 0;
  unsigned acc = 0;
  int k = 0;
  *bad = (size_t)-1;
  for (i = 0; i < n && o < cap; i++) {
    int v;
    while (!k && i + 4 <= n && cap - o >= 3 && values[s[i]] & values[s[i + 1]] & values[s[i + 2]] & values[s[i + 3]]) {
      unsigned u = (unsigned)(values[s[i]] & 63) << 18 | (unsigned)(values[s[i + 1]] & 63) << 12 |
                   (unsigned)(values[s[i + 2]] & 63) << 6 | (values[s[i + 3]] & 63);
      out[o] = (unsigned char)(u >> 16), out[o + 1] = (unsigned char)(u >> 8), out[o + 2] = (unsigned char)u;
      o += 3, i += 4; /* four characters at a time while there are no blanks */
    }
    if (i >= n || o >= cap) break;
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
