/* fuzz_xml_read.c - libFuzzer harness over the XML reader (vb_xml_read):
 * the input is a whole file; zlib blocks go through a test callback that
 * copies a block whose size is the one expected (so the compressed paths
 * run without zlib).  Invariants (abort() = a crash): a read gives a data
 * object, or NULL with VB_EINVAL / VB_EOVERFLOW / VB_ENOMEM and a message
 * naming a byte inside the input; nothing is left alive after the release.
 *
 * Build: make fuzz (tools/run-fuzz, target xml_read). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vb_io_impl.h"
#include "vtkbuf.h"

static void check(int ok, const char *what) {
  if (!ok) {
    fprintf(stderr, "invariant failed: %s (%s)\n", what, vb_last_error());
    abort();
  }
}

static int copy_inflate(void *ctx, const unsigned char *src, size_t n, unsigned char *dst, size_t expected) {
  (void)ctx;
  if (n != expected) return VB_EINVAL;
  memcpy(dst, src, n);
  return VB_OK;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  vb_io_callbacks cb = {copy_inflate, NULL, NULL};
  vb_xml_info info;
  vb_object *o = vb_xml_read(data, size, &cb, &info);
  if (!o) {
    int st = vb_last_status();
    const char *b = strstr(vb_last_error(), "(byte ");
    check(st == VB_EINVAL || st == VB_EOVERFLOW || st == VB_ENOMEM, "status");
    check(st == VB_ENOMEM || (b && strtoull(b + 6, NULL, 10) <= size), "error names a byte in the input");
  } else {
    check(vb_data_set_get_number_of_points(vb_data_object_from_object(o)) >= 0, "points");
    vb_object_release(o);
  }
  check(vb_object_live_count() == 0, "nothing alive after the release");
  return 0;
}
