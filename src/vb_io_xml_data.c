/* vb_io_xml_data.c - one <DataArray> of a VTK XML file (vb_io_impl.h):
 * format="ascii" (values in its text), "binary" (base64 in its text) or
 * "appended" (at offset= in <AppendedData>, raw or base64); a UInt32 or
 * UInt64 header (byte count, or vtkZLibDataCompressor's block table), both
 * byte orders, zlib blocks inflated by the binding's callback.
 *
 * Nothing is allocated that the file cannot back: sizes are checked against
 * the bytes there, and a block may inflate to at most 1032 times its size
 * (deflate's limit), so a hostile header cannot ask for more memory. */
#include "vb_io_impl.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "vb_types.h"

#define XMALLOC(n) vb__alloc((n), VB_MIN_ALIGN)
static const char WHAT[] = "XML VTK file:";
#define FAIL(f, at, st, ...) vb__io_fail_at(WHAT, (f)->p, (at), (st), __VA_ARGS__)

static int is_ws(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

int vb__xml_int(const char *s, size_t n, int64_t *v) {
  size_t i = 0;
  uint64_t u = 0;
  int neg = 0, digits = 0;
  while (i < n && is_ws((unsigned char)s[i])) i++;
  if (i < n && (s[i] == '-' || s[i] == '+')) neg = s[i++] == '-';
  for (; i < n && s[i] >= '0' && s[i] <= '9'; i++, digits++) {
    if (u > (UINT64_MAX - 9) / 10) return VB_EINVAL;
    u = u * 10 + (uint64_t)(s[i] - '0');
  }
  while (i < n && is_ws((unsigned char)s[i])) i++;
  if (!digits || i < n || u > (uint64_t)INT64_MAX + neg) return VB_EINVAL;
  *v = neg ? (int64_t)(0 - u) : (int64_t)u;
  return VB_OK;
}

/* the array type of an XML type name: VTK 9.7.1's reader makes Int8 a
 * vtkTypeInt8Array (signed char) and Int64 a vtkTypeInt64Array (long long) */
static int xml_type(const char *s, size_t n, int id_type) {
  static const int order[] = {VB_BIT,   VB_SIGNED_CHAR, VB_UNSIGNED_CHAR, VB_SHORT,     VB_UNSIGNED_SHORT,
                              VB_INT,   VB_UNSIGNED_INT, VB_LONG_LONG,    VB_UNSIGNED_LONG_LONG, VB_FLOAT, VB_DOUBLE};
  size_t i;
  for (i = 0; i < sizeof order / sizeof *order; i++) {
    const char *x = vb__io_type_of(order[i])->xml;
    if (strlen(x) == n && !memcmp(x, s, n)) return order[i] == VB_LONG_LONG && id_type ? VB_ID_TYPE : order[i];
  }
  return VB_VOID;
}

static uint64_t load(const unsigned char *s, int w, int be) {
  uint64_t u = 0;
  int k;
  for (k = 0; k < w; k++) u |= (uint64_t)s[be ? k : w - 1 - k] << (8 * (be ? w - 1 - k : w - 1 - k));
  return u;
}

/* ---- the bytes of a binary array ---- */
typedef struct src {
  const vb__xml_file *f;
  const unsigned char *s; /* where the array's data starts (after blanks) */
  size_t n, at;           /* bytes from s to the end of its region; at: its file offset */
  int b64;
} src;

/* k bytes starting `skip` decoded bytes into the data (base64: decoded from
 * its start; raw: in place).  *used: characters up to the end of them. */
static int take(const src *S, size_t skip, size_t k, unsigned char **tmp, const unsigned char **out, size_t *used) {
  if (!S->b64) {
    if (skip > S->n || k > S->n - skip) return FAIL(S->f, S->at, VB_EINVAL, "%zu bytes of data where %zu are left", k, S->n > skip ? S->n - skip : 0);
    *out = S->s + skip, *used = skip + k;
    return VB_OK;
  } else {
    size_t bad, got;
    if (skip + k < skip || (skip + k) / 3 > S->n / 4 + 1)
      return FAIL(S->f, S->at, VB_EINVAL, "%zu bytes of data cannot fit in %zu base64 characters", skip + k, S->n);
    if (!(*tmp = XMALLOC(skip + k ? skip + k : 1))) return VB_ENOMEM;
    got = vb__io_base64_decode(S->s, S->n, *tmp, skip + k, used, &bad);
    if (got != skip + k)
      return FAIL(S->f, bad != (size_t)-1 ? S->at + bad : S->at, VB_EINVAL, "%zu bytes of base64 data where %zu were expected",
                  got > skip ? got - skip : 0, k);
    *out = *tmp + skip;
    return VB_OK;
  }
}

/* the uncompressed bytes of the array: *data, *size (*own: to free) */
static int payload(const src *S, const unsigned char **data, size_t *size, unsigned char **own) {
  const vb__xml_file *f = S->f;
  int hs = f->header64 ? 8 : 4, st;
  unsigned char *tmp = NULL;
  const unsigned char *h;
  size_t used;
  uint64_t nb, bs, last, total, i, csum = 0;
  *own = NULL;
  if (!f->zlib) {
    uint64_t sz;
    if ((st = take(S, 0, (size_t)hs, &tmp, &h, &used)) != VB_OK) goto done;
    sz = load(h, hs, f->be);
    vb__free(tmp), tmp = NULL;
    if (sz > SIZE_MAX - 8) return FAIL(f, S->at, VB_EINVAL, "a data size of %llu bytes", (unsigned long long)sz);
    if ((st = take(S, (size_t)hs, (size_t)sz, &tmp, data, &used)) == VB_OK) *size = (size_t)sz, *own = tmp, tmp = NULL;
    goto done;
  }
  /* vtkZLibDataCompressor: [blocks, block size, last block size, compressed sizes...] then the blocks */
  if ((st = take(S, 0, 3 * (size_t)hs, &tmp, &h, &used)) != VB_OK) goto done;
  nb = load(h, hs, f->be), bs = load(h + hs, hs, f->be), last = load(h + 2 * hs, hs, f->be);
  vb__free(tmp), tmp = NULL;
  if (nb > S->n / (size_t)hs || (nb && !bs) || last > bs || (nb && (nb - 1) > UINT64_MAX / bs) ||
      (total = nb ? (nb - 1) * bs + (last ? last : bs) : 0) > SIZE_MAX / 2)
    return FAIL(f, S->at, VB_EINVAL, "a bad compression header (%llu blocks of %llu bytes, last %llu)", (unsigned long long)nb,
                (unsigned long long)bs, (unsigned long long)last);
  if ((st = take(S, 0, (size_t)(3 + nb) * (size_t)hs, &tmp, &h, &used)) != VB_OK) goto done;
  {
    size_t hdr = (size_t)(3 + nb) * (size_t)hs;
    uint64_t *cs = XMALLOC((size_t)(nb ? nb : 1) * sizeof *cs);
    const unsigned char *z;
    unsigned char *ztmp = NULL, *out = NULL;
    src Z = *S;
    if (!cs) {
      st = VB_ENOMEM;
      goto done;
    }
    for (i = 0; i < nb; i++) {
      cs[i] = load(h + (3 + i) * (size_t)hs, hs, f->be);
      if (cs[i] > S->n || (i + 1 < nb ? bs : last ? last : bs) > cs[i] * 1032 + 64) {
        st = FAIL(f, S->at, VB_EINVAL, "block %llu: %llu compressed bytes cannot inflate to %llu (a zlib bomb or a bad header)",
                  (unsigned long long)i, (unsigned long long)cs[i], (unsigned long long)(i + 1 < nb ? bs : last ? last : bs));
        break;
      }
      csum += cs[i];
    }
    vb__free(tmp), tmp = NULL;
    if (st == VB_OK && nb && (!f->cb || !f->cb->inflate))
      st = FAIL(f, S->at, VB_EINVAL, "vtkZLibDataCompressor data needs zlib, which this binding did not hand over");
    if (st == VB_OK) { /* base64: the header was encoded on its own, the blocks follow */
      size_t skip = S->b64 ? 0 : hdr;
      if (S->b64) Z.s += used, Z.n -= used, Z.at += used;
      st = take(&Z, skip, (size_t)csum, &ztmp, &z, &used);
    }
    if (st == VB_OK && !(out = XMALLOC(total ? (size_t)total : 1))) st = VB_ENOMEM;
    for (i = 0; st == VB_OK && i < nb; z += cs[i], i++) {
      size_t want = (size_t)(i + 1 < nb ? bs : last ? last : bs);
      if ((st = f->cb->inflate(f->cb->ctx, z, (size_t)cs[i], out + (size_t)(i * bs), want)) != VB_OK)
        st = FAIL(f, S->at, st == VB_ENOMEM ? VB_ENOMEM : VB_EINVAL, "zlib block %llu does not inflate to its %zu bytes",
                  (unsigned long long)i, want);
    }
    vb__free(cs);
    vb__free(ztmp);
    if (st == VB_OK)
      *data = *own = out, *size = (size_t)total;
    else
      vb__free(out);
  }
done:
  vb__free(tmp);
  return st;
}

/* ---- ascii values ---- */
static int ascii(const vb__xml_file *f, size_t at, size_t len, vb_array *a, int type, int64_t nv) {
  const char *s = (const char *)f->p + at;
  size_t i = 0;
  int64_t k;
  size_t w = vb_type_size(type);
  unsigned char *d = vb_array_data(a);
  for (k = 0; k < nv; k++) {
    char tok[64], *end;
    size_t t = 0, start;
    while (i < len && is_ws((unsigned char)s[i])) i++;
    start = i;
    while (i < len && !is_ws((unsigned char)s[i])) {
      if (t < sizeof tok - 1) tok[t] = s[i];
      t++, i++;
    }
    if (!t || t >= sizeof tok) return FAIL(f, at + start, VB_EINVAL, t ? "a value longer than 63 bytes" : "%lld values where %lld were expected", (long long)k, (long long)nv);
    tok[t] = '\0';
    errno = 0;
    if (type == VB_FLOAT || type == VB_DOUBLE) {
      const char *fe;
      double v = type == VB_FLOAT ? vb__strtof(tok, &fe) : vb__strtod(tok, &fe);
      if (*fe || fe == tok) return FAIL(f, at + start, VB_EINVAL, "'%s' is not a number", tok);
      if (type == VB_FLOAT) {
        float x = (float)v;
        memcpy(d + (size_t)k * 4, &x, 4);
      } else
        memcpy(d + (size_t)k * 8, &v, 8);
    } else {
      unsigned long long u = tok[0] == '-' ? (unsigned long long)strtoll(tok, &end, 10) : strtoull(tok, &end, 10);
      unsigned char be[8];
      int j;
      if (*end || errno) return FAIL(f, at + start, VB_EINVAL, "'%s' is not an integer of this array", tok);
      if (type == VB_BIT) {
        if (u) d[k / 8] |= (unsigned char)(0x80 >> (k % 8));
        continue;
      }
      for (j = 0; j < 8; j++) be[j] = (unsigned char)(u >> (56 - 8 * j));
      if (vb__io_decode(d + (size_t)k * w, type, be, 8, tok[0] == '-' ? 'i' : 'u', 1, 1, NULL) != VB_OK)
        return FAIL(f, at + start, VB_EINVAL, "%s does not fit a %s array", tok, vb_type_name(type));
    }
  }
  return VB_OK;
}

static size_t count_words(const unsigned char *s, size_t n) {
  size_t i, c = 0;
  for (i = 0; i < n; i++) c += !is_ws(s[i]) && (i == 0 || is_ws(s[i - 1]));
  return c;
}

static int attr_int(const vb__xml *t, const char *name, int64_t dflt, int64_t *v) {
  size_t len;
  const char *s = vb__xml_attr(t, name, &len);
  *v = dflt;
  return s ? vb__xml_int(s, len, v) : VB_OK;
}

/* Name and ComponentName<i> (entities decoded) */
static int names(const vb__xml *t, vb_array *a, int64_t ncomp) {
  int i, st = VB_OK;
  for (i = 0; i < t->nattr && st == VB_OK; i++) {
    const char *n = t->attr[i].name;
    size_t nl = t->attr[i].name_len;
    int64_t c = -1;
    char *v;
    if (!(nl == 4 && !memcmp(n, "Name", 4)) &&
        !(nl > 13 && !memcmp(n, "ComponentName", 13) && vb__xml_int(n + 13, nl - 13, &c) == VB_OK && c >= 0 && c < ncomp))
      continue;
    if (!(v = XMALLOC(t->attr[i].value_len + 1))) return VB_ENOMEM;
    vb__xml_decode(t->attr[i].value, t->attr[i].value_len, v, t->attr[i].value_len + 1);
    st = c < 0 ? vb_array_set_name(a, v) : vb_array_set_component_name(a, c, v);
    vb__free(v);
  }
  return st;
}

#ifndef VB_JS /* the JS module reads no blocks (vb_xml_read_block: natively and in Pyodide) */
/* values of `type` at p can be used in place (what the decode below would
 * only memcpy): the host's byte order, aligned */
static int adoptable(const vb__xml_file *f, int type, const unsigned char *p) {
  const uint16_t one = 1;
  return type != VB_BIT && f->be == (*(const unsigned char *)&one == 0) && !((uintptr_t)p % vb_type_size(type));
}

static void release_blk(void *ctx, void *data) {
  (void)data;
  vb_block_release(ctx);
}
#endif

int vb__xml_data_array(const vb__xml_file *f, size_t at, size_t text, size_t text_len, int64_t ntuples, vb_array **out) {
  vb__xml t;
  size_t len, tlen, size = 0;
  const char *fmt, *tn;
  int64_t ncomp, idt, nv, off;
  int type, st, fmt_k;
  const unsigned char *data = NULL;
  unsigned char *own = NULL;
  vb_array *a = NULL;
  *out = NULL;
  vb__xml_init(&t, f->p, f->n);
  t.pos = at;
  if ((st = vb__xml_next(&t)) != VB_OK) return st;
  tn = vb__xml_attr(&t, "type", &tlen);
  fmt = vb__xml_attr(&t, "format", &len);
  if ((st = attr_int(&t, "NumberOfComponents", 1, &ncomp)) != VB_OK || ncomp < 1 || ncomp > INT32_MAX)
    return FAIL(f, at, VB_EINVAL, "a bad NumberOfComponents");
  if (attr_int(&t, "IdType", 0, &idt) != VB_OK) idt = 0;
  if (!tn) return FAIL(f, at, VB_EINVAL, "a DataArray without a type");
  if ((type = xml_type(tn, tlen, idt == 1)) == VB_VOID)
    return FAIL(f, at, VB_EINVAL, "%.*s arrays are not read yet", (int)(tlen < 40 ? tlen : 40), tn);
  fmt_k = !fmt ? -1 : len == 5 && !memcmp(fmt, "ascii", 5) ? 0 : len == 6 && !memcmp(fmt, "binary", 6) ? 1
        : len == 8 && !memcmp(fmt, "appended", 8) ? 2 : -1;
  if (fmt_k < 0) return FAIL(f, at, VB_EINVAL, "a DataArray format other than ascii, binary or appended");
  if (fmt_k == 0) {
    size_t words = count_words(f->p + text, text_len);
    if (ntuples < 0) ntuples = (int64_t)words / ncomp;
    if (ntuples > INT64_MAX / ncomp || (uint64_t)(ntuples * ncomp) > words)
      return FAIL(f, text_len ? text : at, VB_EINVAL, "%zu values where %lld tuples of %lld were expected", words,
                  (long long)ntuples, (long long)ncomp);
  } else {
    src S;
    S.f = f, S.b64 = fmt_k == 1 || !f->appended_raw;
    if (fmt_k == 1) {
      S.at = text, S.n = text_len;
      while (S.n && is_ws(f->p[S.at])) S.at++, S.n--;
    } else {
      if (!f->appended) return FAIL(f, at, VB_EINVAL, "appended data without an <AppendedData> section");
      if (attr_int(&t, "offset", -1, &off) != VB_OK || off < 0 || (uint64_t)off > f->n - f->appended)
        return FAIL(f, at, VB_EINVAL, "an offset past the end of the appended data");
      S.at = f->appended + (size_t)off, S.n = f->n - S.at;
    }
    S.s = f->p + S.at;
    if ((st = payload(&S, &data, &size, &own)) != VB_OK) return st;
    {
      uint64_t w = type == VB_BIT ? 1 : vb_type_size(type), have = type == VB_BIT ? (uint64_t)size * 8 : size / w;
      if (ntuples < 0) ntuples = (int64_t)(have / (uint64_t)ncomp);
      if ((uint64_t)ntuples > have / (uint64_t)ncomp) {
        vb__free(own);
        return FAIL(f, S.at, VB_EINVAL, "%zu bytes of data where %lld tuples of %lld %s values were expected", size,
                    (long long)ntuples, (long long)ncomp, vb_type_name(type));
      }
    }
  }
  nv = ntuples * ncomp;
  if (!(a = vb_array_new(type))) st = VB_ENOMEM;
  if (st == VB_OK) st = vb_array_set_number_of_components(a, (int)ncomp);
#ifndef VB_JS
  if (st == VB_OK && nv && data && !own && f->blk && adoptable(f, type, data)) {
    /* the bytes sit in the file's block as the array wants them: shared, not copied */
    vb_block_retain(f->blk);
    if ((st = vb_array_set_array(a, (void *)data, nv, 0, release_blk, f->blk)) != VB_OK) vb_block_release(f->blk);
    nv = 0;
  } else
#endif
  if (st == VB_OK)
    st = vb_array_set_number_of_tuples(a, ntuples);
  if (st == VB_OK) st = names(&t, a, ncomp);
  if (st == VB_OK && nv) {
    if (fmt_k == 0)
      st = ascii(f, text, text_len, a, type, nv);
    else if (type == VB_BIT)
      memcpy(vb_array_data(a), data, (size_t)(nv + 7) / 8);
    else
      vb__io_decode(vb_array_data(a), type, data, (int)vb_type_size(type), type == VB_FLOAT || type == VB_DOUBLE ? 'f'
                    : vb_type_is_signed(type) ? 'i' : 'u', f->be, nv, NULL);
  }
  vb__free(own);
  if (st != VB_OK) {
    vb_array_release(a);
    return st;
  }
  *out = a;
  return VB_OK;
}
