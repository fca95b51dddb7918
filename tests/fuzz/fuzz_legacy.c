/* fuzz_legacy.c - libFuzzer harness over the legacy .vtk reader and writer
 * (vb_io.h).
 *
 * The input is a file (its first byte, when the input is longer than one,
 * also chooses the ReadAll* flags).  Invariants (abort() = a crash):
 *  - the reader returns a data object or NULL with an error message that
 *    names a position ("line ... (byte ...)") or is out of memory;
 *  - what it returns is written in the four modes (ASCII/binary x 4.2/5.1)
 *    without error (but for the two refusals noted at the check), each of those files reads back, and from the second
 *    write on the bytes stay the same (a fixed point; the first write may
 *    differ once: a polydata without points written to a binary file reads
 *    back with empty points, as in VTK); every kind (polydata, unstructured
 *    grid, structured points, structured and rectilinear grid, FIELD-only
 *    data object; seeds of each in tests/fuzz/corpus_legacy);
 *  - at the end every object and block is freed (vb_object_live_count,
 *    vb_block_live_count back to zero).
 *
 * Build: make fuzz (tools/run-fuzz, target legacy). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vtkbuf.h"

static void check(int ok, const char *what) {
  if (!ok) {
    fprintf(stderr, "invariant failed: %s (%s)\n", what, vb_last_error());
    abort();
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  unsigned read_all = size > 1 ? (data[0] & 1 ? 0x301fu : 0u) : 0u;
  vb_object *o = vb_legacy_read(data, size, read_all, NULL);
  int mode;
  if (!o) {
    check(strstr(vb_last_error(), "(byte ") != NULL || vb_last_status() == VB_ENOMEM, "error names a position");
  } else {
    for (mode = 0; mode < 4; mode++) {
      vb_legacy_options opt = {mode & 1, mode & 2 ? 42 : 51, NULL, NULL, (mode & 1) && size > 2 && (data[1] & 1)};
      vb_io_bytes a = {NULL, 0, 0}, b = {NULL, 0, 0}, c = {NULL, 0, 0};
      vb_object *o2, *o3;
      int st = vb_legacy_write(o, &opt, &a);
      /* refusals VTK would write an unreadable file for: a name over 255 bytes; an attribute
       * whose array a same-named one of other components replaced (as in VTK's reader) */
      check(st == VB_OK || st == VB_ENOMEM ||
                (st == VB_EINVAL && (strstr(vb_last_error(), "VTK reads 255") ||
                                     strstr(vb_last_error(), "components, the section needs"))),
            "what was read can be written");
      if (st == VB_OK) {
        o2 = vb_legacy_read(a.data, a.size, 0, NULL);
        check(o2 != NULL, "what was written reads back");
        check(vb_legacy_write(o2, &opt, &b) == VB_OK, "rewrite");
        o3 = vb_legacy_read(b.data, b.size, 0, NULL);
        check(o3 != NULL, "the rewrite reads back");
        check(vb_legacy_write(o3, &opt, &c) == VB_OK, "third write");
        check(b.size == c.size && memcmp(b.data, c.data, b.size) == 0, "writing what was read back gives the same bytes");
        vb_object_release(o2);
        vb_object_release(o3);
      }
      vb_io_bytes_free(&a);
      vb_io_bytes_free(&b);
      vb_io_bytes_free(&c);
    }
    vb_object_release(o);
  }
  check(vb_object_live_count() == 0 && vb_block_live_count() == 0, "everything freed");
  return 0;
}
