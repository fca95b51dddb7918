/* vb_array_copy.c - the values of DeepCopy and ShallowCopy between arrays of
 * any type and layout (see vb_array.h for their contracts; the name and
 * component names are vb_array_info.c's). */
#include "vb_array_impl.h"

#include <string.h>


static int shares_buffer(const vb_array *x, const vb_array *y) {
  int i, j;
  for (i = 0; i < x->nbuf; i++)
    for (j = 0; j < y->nbuf; j++)
      if (x->bufs[i] == y->bufs[j]) return 1;
  return 0;
}

int vb__array_deep_copy_data(vb_array *dst, const vb_array *src) {
  int64_t nv, nt, per, nbits, i;
  size_t nbytes;
  vb__bufset fresh = {0, NULL, NULL};
  vb_block *stackblk[8], **blks = stackblk;
  vb_buffer *stackbuf[8], **bufs = stackbuf;
  int nb, b, st, in_place, newcomp;
  double new_scale;
  VB_CHECK(dst && src, VB_EINVAL, "%s array is NULL", dst ? "source" : "destination");
  if (dst == src) return VB_OK;
  if (dst->impl) return vb__implicit_copy(dst, src);
  if (shares_buffer(dst, src)) {
    /* replacing dst's storage would replace src's: copy from a snapshot
     * that holds src's current blocks */
    vb_array *tmp = vb_array_new_layout(src->type, src->layout);
    if (!tmp) return vb_last_status();
    st = vb__array_shallow_copy_data(tmp, src);
    if (st == VB_OK) st = vb__array_deep_copy_data(dst, tmp);
    vb_array_release(tmp);
    return st;
  }
  nv = vb__nvalues(src);
  nt = nv / src->ncomp + (nv % src->ncomp != 0);
  newcomp = src->ncomp;
  per = vb__is_soa(dst) ? nt : nt * newcomp;
  nbits = per; /* bit arrays: per is counted in bytes */
  if (vb__is_bit(dst) && (st = vb__bit_bytes(nbits, &per)) != VB_OK) return VB_NAMED(st);
  if ((st = vb__bytes(per, dst->esize, &nbytes)) != VB_OK) return VB_NAMED(st);
  nb = vb__is_soa(dst) ? newcomp : 1;
  /* storage reused in place when it has exactly the needed size */
  in_place = dst->ncomp == newcomp || !vb__is_soa(dst);
  for (b = 0; in_place && b < dst->nbuf; b++) in_place = vb_buffer_count(dst->bufs[b]) == per;
  new_scale = 1.0;
  if (dst->layout == VB_LAYOUT_SCALED_SOA && src->layout == VB_LAYOUT_SCALED_SOA && src->type == dst->type)
    new_scale = src->scale;

  vb__array_op_begin(dst);
  if (!in_place) {
    if (vb__is_soa(dst) && dst->ncomp != newcomp) {
      if ((st = vb__bufset_make(dst, newcomp, &fresh)) != VB_OK) return VB_NAMED(vb__array_op_end(dst, st));
    }
    if (nb > 8 && (!(blks = vb__calloc((size_t)nb * sizeof *blks, VB_MIN_ALIGN)) ||
                   !(bufs = vb__calloc((size_t)nb * sizeof *bufs, VB_MIN_ALIGN)))) {
      if (blks != stackblk) vb__free(blks);
      vb__bufset_free(&fresh);
      return VB_NAMED(vb__array_op_end(dst, VB_ENOMEM));
    }
    for (b = 0; b < nb; b++) {
      /* a partial last tuple leaves a tail that the copy does not write */
      blks[b] = !per ? NULL
                : nv == nt * newcomp && !vb__is_bit(dst) ? vb_block_new(nbytes) : vb_block_new_zeroed(nbytes);
      if (per && !blks[b]) {
        st = vb_last_status();
        while (b-- > 0) vb_block_release(blks[b]);
        if (blks != stackblk) vb__free(blks);
        if (bufs != stackbuf) vb__free(bufs);
        vb__bufset_free(&fresh);
        return VB_NAMED(vb__array_op_end(dst, st));
      }
    }
    /* commit: nothing can fail from here on (see vb__commit_blocks) */
    vb__capture_bufs(fresh.bufs ? fresh.bufs : dst->bufs, nb, bufs);
    if (fresh.bufs) vb__bufset_commit(dst, &fresh);
    dst->ncomp = newcomp;
    vb__commit_blocks(bufs, blks, nb, per);
    if (blks != stackblk) vb__free(blks);
    if (bufs != stackbuf) vb__free(bufs);
    if (vb__is_bit(dst)) dst->nbits = nbits; /* its Size, before it is checked */
    /* observers ran: both arrays must still hold the values to copy */
    if (vb__size_of(dst) < nv || vb__size_of(src) < nv || dst->ncomp != newcomp || src->ncomp != newcomp) {
      dst->max_id = -1;
      return VB_NAMED(vb__array_op_end(dst, VB_FAIL(VB_ESTATE, "an observer changed the arrays during the copy")));
    }
  }
  dst->ncomp = newcomp;
  dst->scale = new_scale;
  dst->max_id = nv - 1;
  if (vb__is_bit(dst)) dst->nbits = nbits;
  /* data */
  if (vb__is_bit(dst) || vb__is_bit(src)) {
    vb__bit_copy_values(dst, src, nv);
  } else if (src->type == dst->type && src->layout == dst->layout) {
    if (!vb__is_soa(dst)) {
      if (nv) memmove(vb_buffer_data(dst->bufs[0]), vb_buffer_data(src->bufs[0]), (size_t)nv * dst->esize);
    } else {
      for (b = 0; b < nb; b++)
        if (nv) memmove(vb_buffer_data(dst->bufs[b]), vb_buffer_data(src->bufs[b]), (size_t)nt * dst->esize);
    }
  } else {
    /* dst->scale is 1 here unless both are scaled arrays of the same type */
    int either_scaled = src->layout == VB_LAYOUT_SCALED_SOA || dst->layout == VB_LAYOUT_SCALED_SOA || src->impl;
    for (i = 0; i < nv; i++) {
      if (either_scaled) vb__set_d(dst, i, vb__get_d(src, i));
      else vb__convert(dst->type, vb__vptr(dst, i), src->type, vb__vptr(src, i));
    }
  }
  vb_object_modified(&dst->obj);
  return VB_NAMED(vb__array_op_end(dst, VB_OK));
}

int vb__array_shallow_copy_data(vb_array *dst, const vb_array *src) {
  vb__bufset fresh = {0, NULL, NULL};
  int b, st;
  VB_CHECK(dst && src, VB_EINVAL, "%s array is NULL", dst ? "source" : "destination");
  if (dst == src) return VB_OK;
  if (dst->type != src->type || dst->layout != src->layout || dst->impl) return vb__array_deep_copy_data(dst, src);
  vb__array_op_begin(dst);
  if (vb__is_soa(dst) && dst->ncomp != src->ncomp) {
    if ((st = vb__bufset_make(dst, src->ncomp, &fresh)) != VB_OK) return VB_NAMED(vb__array_op_end(dst, st));
    vb__bufset_commit(dst, &fresh);
  }
  dst->ncomp = src->ncomp;
  /* swapping runs observers that may change either array: bounds re-read */
  for (b = 0; b < dst->nbuf && b < src->nbuf; b++)
    vb__buffer_swap(dst->bufs[b], vb_buffer_block(src->bufs[b]), vb_buffer_count(src->bufs[b]));
  dst->max_id = vb__nvalues(src) - 1;
  dst->scale = src->scale;
  dst->nbits = src->nbits;
  vb_object_modified(&dst->obj);
  return VB_NAMED(vb__array_op_end(dst, VB_OK));
}
