/* fuzz_xml.c - libFuzzer harness over the XML tokenizer and base64 of the
 * XML formats (vb_io_impl.h).  The input is a document: it is tokenized to
 * its end or its first error; every attribute value is entity-decoded and
 * every text base64-decoded.  Invariants (abort() = a crash): an error is
 * VB_EINVAL with a message naming a byte offset inside the input; events
 * point inside the input; base64 never writes past its output nor consumes
 * past its input; depth stays within its limit.
 *
 * Build: make fuzz (tools/run-fuzz, target xml). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vb_io_impl.h"

static void check(int ok, const char *what) {
  if (!ok) {
    fprintf(stderr, "invariant failed: %s (%s)\n", what, vb_last_error());
    abort();
  }
}

static int inside(const vb__xml *x, const char *p, size_t n) {
  return (const unsigned char *)p >= x->p && (const unsigned char *)p + n <= x->p + x->n;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  vb__xml x;
  int st = VB_OK, i, events = 0;
  vb__xml_init(&x, data, size);
  while (st == VB_OK && x.kind != VB__XML_EOF && events++ < 100000) {
    st = vb__xml_next(&x);
    if (st != VB_OK) break;
    check(x.depth >= 0 && x.depth <= VB__XML_MAX_DEPTH && x.pos <= size, "state");
    if (x.kind == VB__XML_START) {
      check(inside(&x, x.name, x.name_len), "name inside");
      for (i = 0; i < x.nattr; i++) {
        char buf[64];
        check(inside(&x, x.attr[i].value, x.attr[i].value_len), "attribute inside");
        check(vb__xml_decode(x.attr[i].value, x.attr[i].value_len, buf, sizeof buf) < sizeof buf, "decode bound");
      }
    } else if (x.kind == VB__XML_TEXT) {
      unsigned char *out = malloc(x.text_len + 1);
      size_t used, bad, n;
      check(inside(&x, x.text, x.text_len), "text inside");
      n = vb__io_base64_decode((const unsigned char *)x.text, x.text_len, out, x.text_len, &used, &bad);
      check(n <= x.text_len && used <= x.text_len, "base64 bounds");
      free(out);
    }
  }
  if (st != VB_OK) {
    const char *b = strstr(vb_last_error(), "(byte ");
    check(st == VB_EINVAL && b && strtoull(b + 6, NULL, 10) <= size, "error names a byte in the input");
  }
  return 0;
}
