/* vb_array_bit.c - what differs for vtkBitArray (type VB_BIT): packed
 * storage (8 values per byte, most significant bit first, as VTK) and copies
 * to and from other arrays (VTK 9.7.1's growth on insert: vb_array.c).  Values
 * themselves go through vb_array_impl.h's accessors and vb_scalar.c's bit
 * rules; everything else (shape, events, failures leaving the array
 * unchanged) is the common array code. */
#include "vb_array_impl.h"

#include <string.h>

int vb__bit_bytes(int64_t nbits, int64_t *nbytes) {
  VB_CHECK(nbits >= 0 && nbits <= INT64_MAX - 7, VB_EOVERFLOW, "%lld bits: bad count", (long long)nbits);
  *nbytes = nbits / 8 + (nbits % 8 != 0);
  return VB_OK;
}

/* clear bits [from, all bits of the buffer) */
static void clear_from(vb_array *a, int64_t from) {
  unsigned char *p = (unsigned char *)VB_BUF_DATA(a->bufs[0]);
  int64_t nbytes = a->bufs[0]->count, byte = from / 8;
  if (!p || byte >= nbytes) return;
  if (from % 8) p[byte++] &= (unsigned char)(0xFF00u >> (from % 8));
  if (byte < nbytes) memset(p + byte, 0, (size_t)(nbytes - byte));
}

void vb__bit_clear_tail(vb_array *a) {
  if (a->nbits % 8) clear_from(a, a->nbits); /* only the last byte's tail */
}

void vb__bit_copy_values(vb_array *dst, const vb_array *src, int64_t nv) {
  int64_t i;
  if (vb__is_bit(dst) && vb__is_bit(src)) {
    char *to = VB_BUF_DATA(dst->bufs[0]), *from = VB_BUF_DATA(src->bufs[0]);
    if (nv && to && from) memmove(to, from, (size_t)(nv / 8 + (nv % 8 != 0)));
  } else {
    /* through double, as VTK's DeepCopy: other -> bit by VTK's int cast
     * (vb__bit_from_double), bit -> other exactly (0 or 1) */
    for (i = 0; i < nv; i++) vb__set_d(dst, i, vb__get_d(src, i));
  }
  if (vb__is_bit(dst)) clear_from(dst, nv); /* past the values: 0 */
}
