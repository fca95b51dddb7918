/* vb_js_io.c - glue of the file readers (js/io_read.mjs): the XML reader with
 * an inflate callback that calls Module.vbInflate(src, n, dst, expected)
 * (addresses and sizes as Numbers in both builds); it returns a vb_status.
 * JS exceptions never unwind through C: a throwing callback is VB_EINVAL. */
#include <emscripten.h>
#include <stdint.h>

#include "vb_io.h"

VB_API vb_object *vb_js_xml_read(const void *data, size_t n);

EM_JS(int, vb_js_inflate_call, (double src, double n, double dst, double expected), {
  try { return Module["vbInflate"](src, n, dst, expected); } catch (e) { return -2; }
});

static int js_inflate(void *ctx, const unsigned char *src, size_t n, unsigned char *dst, size_t expected) {
  (void)ctx;
  return vb_js_inflate_call((double)(uintptr_t)src, (double)n, (double)(uintptr_t)dst, (double)expected);
}

VB_API vb_object *vb_js_xml_read(const void *data, size_t n) {
  vb_io_callbacks cb = {js_inflate, NULL, NULL};
  return vb_xml_read(data, n, &cb, NULL);
}
