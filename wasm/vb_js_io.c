/* vb_js_io.c - glue of the file readers (js/io_read.mjs): the XML reader with
 * an inflate callback that calls Module.vbInflate(src, n, dst, expected)
 * (addresses and sizes as Numbers in both builds; it returns a vb_status)
 * and, when `load` is set, a load callback for the files a composite file
 * names: Module.vbLoad(name) gives a new reference to a data object, or 0.
 * JS exceptions never unwind through C: a throwing callback is an error. */
#include <emscripten.h>
#include <stdint.h>

#include "vb_error.h"
#include "vb_io.h"

VB_API vb_object *vb_js_xml_read(const void *data, size_t n, int load);

EM_JS(int, vb_js_inflate_call, (double src, double n, double dst, double expected), {
  try { return Module["vbInflate"](src, n, dst, expected); } catch (e) { return -2; }
});

static int js_inflate(void *ctx, const unsigned char *src, size_t n, unsigned char *dst, size_t expected) {
  (void)ctx;
  return vb_js_inflate_call((double)(uintptr_t)src, (double)n, (double)(uintptr_t)dst, (double)expected);
}

EM_JS(double, vb_js_load_call, (double file), {
  try { return Module["vbLoad"](file); } catch (e) { return 0; }
});

static int js_load(void *ctx, const char *file, vb_object **out) {
  double p = vb_js_load_call((double)(uintptr_t)file);
  (void)ctx;
  if (!p) return VB_EINVAL;
  *out = (vb_object *)(uintptr_t)p;
  return VB_OK;
}

VB_API vb_object *vb_js_xml_read(const void *data, size_t n, int load) {
  vb_io_callbacks cb = {js_inflate, load ? js_load : NULL, NULL};
  return vb_xml_read(data, n, &cb, NULL);
}
