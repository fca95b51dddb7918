/* vb_js_io_write.c - the writers for js/io_write.mjs: one call with plain
 * arguments, the file's bytes returned in memory JS frees with _free.  The
 * host compresses (node:zlib, or the browser's async CompressionStream), so
 * zlib takes two calls: without blocks the call returns the raw blocks the
 * file needs (each behind its 4-byte little-endian length), with blocks
 * (the same framing, compressed, in the same order) the file. */
#include <stdlib.h>
#include <string.h>

#include "vtkbuf.h"

VB_API void *vb_js_write(vb_object *obj, int format, int mode, int raw, int h64, int zlib,
                         const unsigned char *blocks, size_t nblocks, const char *name, size_t *size);

typedef struct replay {
  const unsigned char *p;
  size_t n, pos;
} replay;

static int record(void *ctx, const unsigned char *src, size_t n, int level, vb_io_bytes *out) {
  unsigned char len[4] = {(unsigned char)n, (unsigned char)(n >> 8), (unsigned char)(n >> 16), (unsigned char)(n >> 24)};
  vb_io_bytes *rec = ctx;
  int st = vb_io_bytes_append(rec, len, 4);
  (void)level, (void)out;
  return st != VB_OK ? st : vb_io_bytes_append(rec, src, n);
}

static int play(void *ctx, const unsigned char *src, size_t n, int level, vb_io_bytes *out) {
  replay *r = ctx;
  size_t len;
  (void)src, (void)n, (void)level;
  if (r->n - r->pos < 4) return VB_EINVAL;
  len = (size_t)r->p[r->pos] | (size_t)r->p[r->pos + 1] << 8 | (size_t)r->p[r->pos + 2] << 16 |
        (size_t)r->p[r->pos + 3] << 24;
  r->pos += 4;
  if (r->n - r->pos < len) return VB_EINVAL;
  r->pos += len;
  return vb_io_bytes_append(out, r->p + r->pos - len, len);
}

/* format 0: legacy (mode 1: binary; h64 1: version 4.2), 1: XML, 2: composite
 * XML (name: the index file's; the files framed as vb_xml_write_composite).
 * Returns the bytes (free them) and *size, or NULL (vb_last_error()). */
void *vb_js_write(vb_object *obj, int format, int mode, int raw, int h64, int zlib, const unsigned char *blocks,
                  size_t nblocks, const char *name, size_t *size) {
  vb_io_bytes out = {NULL, 0, 0}, rec = {NULL, 0, 0};
  replay r = {blocks, nblocks, 0};
  int st;
  if (format == 0) {
    vb_legacy_options lo = {mode == 1, h64 ? 42 : 51, NULL, NULL, 0};
    st = vb_legacy_write(obj, &lo, &out);
  } else {
    vb_xml_options xo = {mode, raw, h64, zlib, 0, 0, blocks ? play : record, blocks ? (void *)&r : (void *)&rec};
    st = format == 2 ? vb_xml_write_composite(obj, &xo, name, &out) : vb_xml_write(obj, &xo, &out);
    if (st == VB_OK && zlib && !blocks) {
      vb_io_bytes_free(&out);
      out = rec;
      rec.data = NULL;
    }
  }
  vb_io_bytes_free(&rec);
  if (st != VB_OK) {
    vb_io_bytes_free(&out);
    return NULL;
  }
  if (!out.data && !(out.data = malloc(1))) return NULL; /* an empty result is still an address */
  *size = out.size;
  return out.data;
}
