/* vb_io_xml_write.c - the VTK XML serial writer (vb_io.h), byte for byte
 * what VTK 9.7.1's vtkXML*Writer writes for a fresh data set: the arrays
 * (ascii six values a line, binary base64, appended raw or base64), the
 * vtkZLibDataCompressor blocks through the binding's deflate, ranges,
 * attribute names, field data, L2_NORM_RANGE information.  The data set
 * kinds are in vb_io_xml_write_kinds.c. */
#include "vb_io_xml_write_impl.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "vb_composite.h"
#include "vb_types.h"

void vb__xw_put(vb__xw *w, const char *s) {
  if (w->st == VB_OK) w->st = vb__io_put(w->o, s, strlen(s));
}
static void put_n(vb__xw *w, const void *p, size_t n) {
  if (w->st == VB_OK) w->st = vb__io_put(w->o, p, n);
}
void vb__xw_indent(vb__xw *w, int n) {
  static const char sp[] = "                                ";
  put_n(w, sp, (size_t)n);
}
static void xw_int(vb__xw *w, int64_t v) {
  char b[24];
  int64_t one = v;
  vb__io_type t = {VB_LONG_LONG, "", "", 8, 'i'};
  put_n(w, b, (size_t)vb__io_format_value(&t, &one, 0, 1, b, sizeof b));
}
/* indent, then pre ("<", "</"), name and tail */
void vb__xw_tag(vb__xw *w, int ind, const char *pre, const char *name, const char *tail) {
  vb__xw_indent(w, ind);
  vb__xw_put(w, pre);
  vb__xw_put(w, name);
  vb__xw_put(w, tail);
}
/*  name="v" */
void vb__xw_attr(vb__xw *w, const char *name, const char *v) {
  vb__xw_put(w, " ");
  vb__xw_put(w, name);
  vb__xw_put(w, "=\"");
  vb__xw_put(w, v);
  vb__xw_put(w, "\"");
}
void vb__xw_attr_int(vb__xw *w, const char *name, int64_t v) {
  vb__xw_put(w, " ");
  vb__xw_put(w, name);
  vb__xw_put(w, "=\"");
  xw_int(w, v);
  vb__xw_put(w, "\"");
}
/* name="v0 v1 ..." of n doubles (vtk::to_string) */
void vb__xw_attr_vec(vb__xw *w, const char *name, const double *v, int n) {
  char b[40];
  int i;
  vb__xw_put(w, " ");
  vb__xw_put(w, name);
  vb__xw_put(w, "=\"");
  for (i = 0; i < n; i++) {
    if (i) vb__xw_put(w, " ");
    put_n(w, b, (size_t)vb__io_format_double(v[i], 0, b, sizeof b));
  }
  vb__xw_put(w, "\"");
}

/* VTK's ReserveAttributeSpace: ' name=""' and `len` spaces; returns the
 * position to fill in later */
size_t vb__xw_reserve(vb__xw *w, const char *name, int len) {
  size_t pos = w->o->size;
  vb__xw_put(w, " ");
  vb__xw_put(w, name);
  vb__xw_put(w, "=\"\"");
  for (; len > 0; len -= 32) vb__xw_indent(w, len > 32 ? 32 : len);
  return pos;
}
/* writes ' name="v"' over the reserved space at pos (v[0, n)) */
void vb__xw_fill(vb__xw *w, size_t pos, const char *name, const char *v, size_t n) {
  size_t ln = strlen(name), room;
  unsigned char *p;
  if (w->st != VB_OK) return;
  room = ln + 3 + 20 + (strcmp(name, "Extent") ? 0 : 46);
  if (n > room - ln - 3) n = room - ln - 3; /* VTK would overwrite what follows */
  p = w->o->data + pos;
  p[0] = ' ';
  memcpy(p + 1, name, ln);
  p[ln + 1] = '=', p[ln + 2] = '"';
  memcpy(p + ln + 3, v, n);
  p[ln + 3 + n] = '"';
}

/* ---- one array ---- */
static int out_width(const vb__io_type *t) {
  const char *x = t->xml;
  size_t n = strlen(x);
  return t->kind == 'b' ? 1 : x[n - 1] == '8' ? 1 : x[n - 1] == '6' && x[n - 2] == '1' ? 2 : x[n - 1] == '2' ? 4 : 8;
}

/* the values [first, first + nv) of an AOS array as little-endian file
 * words: in place on a little-endian host when the widths agree (*own
 * NULL), else in a new buffer (*own, to free) */
static const unsigned char *le_bytes(vb__xw *w, const vb__io_type *t, const void *data, int64_t first, int64_t nv,
                                     size_t *size, unsigned char **own) {
  const uint16_t one = 1;
  int ow = out_width(t);
  size_t sw = vb_type_size(t->type), k;
  unsigned char *buf;
  int64_t i;
  *own = NULL;
  if (t->kind != 'b' && (size_t)ow == sw && *(const unsigned char *)&one) {
    *size = (size_t)nv * sw;
    return data ? (const unsigned char *)data + (size_t)first * sw : (const unsigned char *)""; /* empty: no memory */
  }
  if (t->kind == 'b') {
    *size = (size_t)((nv + 7) / 8);
    buf = vb__alloc(*size ? *size : 1, 8);
    if (buf && *size) memcpy(buf, data, *size);
  } else {
    *size = (size_t)nv * (size_t)ow;
    buf = vb__alloc(*size ? *size : 1, 8);
    if (buf && nv > 0) { /* an empty array may have no memory */
      vb__io_encode_be(buf, ow, t->kind, (const unsigned char *)data + (size_t)first * sw, t->type, nv);
      for (i = 0; i < nv; i++)
        for (k = 0; k < (size_t)ow / 2; k++) {
          unsigned char c = buf[(size_t)i * (size_t)ow + k];
          buf[(size_t)i * (size_t)ow + k] = buf[(size_t)i * (size_t)ow + (size_t)ow - 1 - k];
          buf[(size_t)i * (size_t)ow + (size_t)ow - 1 - k] = c;
        }
    }
  }
  if (!buf) w->st = VB_ENOMEM;
  return *own = buf;
}

static void header_word(unsigned char *h, int h64, size_t i, uint64_t v) {
  int k, hw = h64 ? 8 : 4;
  for (k = 0; k < hw; k++) h[i * (size_t)hw + (size_t)k] = (unsigned char)(v >> (8 * k));
}

/* what o holds of the file to write (streaming) */
static void flush(vb__xw *w) {
  if (w->st == VB_OK && w->o->size > w->size0) w->st = w->write(w->write_ctx, w->o->data + w->size0, w->o->size - w->size0);
  w->o->size = w->size0;
}

static void emit(vb__xw *w, const unsigned char *p, size_t n, int b64) {
  if (w->st != VB_OK) return;
#ifndef VB_JS /* the JS module streams nothing (vb_xml_write_to: natively and in Pyodide) */
  if (w->stream && !b64 && n >= 4096) { /* raw bytes from where they are */
    flush(w);
    if (w->st == VB_OK) w->st = w->write(w->write_ctx, p, n);
    return;
  }
#endif
  w->st = b64 ? vb__io_base64_encode(w->o, p, n) : vb__io_put(w->o, p, n);
#ifndef VB_JS
  if (w->stream && w->o->size - w->size0 >= (1u << 20)) flush(w);
#endif
}

/* VTK's WriteBinaryData: the header (the byte count, or the compression
 * header) and the data, base64 (b64) or raw */
static void binary_data(vb__xw *w, const unsigned char *data, size_t size, int b64) {
  int hw = w->h64 ? 8 : 4;
  if (!w->h64 && size > 0xffffffffu) {
    w->st = vb__fail("Write", VB_EOVERFLOW, "an array of %zu bytes needs 64-bit headers", size);
    return;
  }
  if (!w->zlib) { /* the header and the first bytes (a multiple of 3: one base64 stream), then the rest */
    unsigned char head[9];
    size_t k = size < (size_t)(3 - hw % 3) ? size : (size_t)(3 - hw % 3);
    if (!b64) k = 0;
    header_word(head, w->h64, 0, size);
    if (k) memcpy(head + hw, data, k);
    emit(w, head, (size_t)hw + k, b64);
    emit(w, data + k, size - k, b64);
  } else {
    size_t bs = w->block, nb = size / bs + (size % bs ? 1 : 0), i;
    unsigned char *h = vb__calloc((3 + nb) * (size_t)hw, 8);
    vb_io_bytes z = {0};
    if (!h) {
      w->st = VB_ENOMEM;
      return;
    }
    header_word(h, w->h64, 0, nb);
    header_word(h, w->h64, 1, bs);
    header_word(h, w->h64, 2, size % bs);
    for (i = 0; i < nb && w->st == VB_OK; i++) {
      size_t before = z.size, n = i + 1 < nb || !(size % bs) ? bs : size % bs;
      int st = w->deflate(w->deflate_ctx, data + i * bs, n, w->level, &z);
      if (st != VB_OK) w->st = st < 0 ? st : VB_EINVAL;
      header_word(h, w->h64, 3 + i, z.size - before);
    }
    emit(w, h, (3 + nb) * (size_t)hw, b64);
    emit(w, z.data, z.size, b64);
    vb__free(h);
    vb_io_bytes_free(&z);
  }
}

/* VTK's GetRange(-1) over tuples [first, first + nt): one component: min,
 * max; several: of the tuples' L2 norms, the squares summed in double for
 * reals and in wrapping 64-bit integers for integers (as VTK); none: 1e299,
 * -1e299 */
static void range_of(const vb__io_type *t, const void *data, int64_t first, int64_t nt, int nc, double r[2]) {
  int64_t i, lo = INT64_MAX, hi = INT64_MIN, n0 = nt;
  int c;
  r[0] = 1e299, r[1] = -1e299; /* VTK_DOUBLE_MAX: also where a double's range starts */
  if (t->type == VB_FLOAT && nc == 1 && nt > 0) r[0] = 1e38f, r[1] = -1e38f; /* a float's: VTK_FLOAT_MAX */
  if (t->kind == 'f') { /* the same sums, in one typed loop (a NaN compares false: skipped) */
#define VB_RANGE_LOOP(T)                                                     \
    for (i = 0; i < nt; i++) {                                               \
      const T *q = (const T *)data + first + i * nc;                         \
      double s = nc == 1 ? (double)q[0] : 0;                                 \
      for (c = 0; c < nc && nc > 1; c++) s += (double)q[c] * (double)q[c]; \
      r[0] = s < r[0] ? s : r[0], r[1] = s > r[1] ? s : r[1];                \
    }
    if (t->type == VB_FLOAT)
      VB_RANGE_LOOP(float)
    else
      VB_RANGE_LOOP(double)
#undef VB_RANGE_LOOP
    nt = 0;
  }
  for (i = 0; i < nt; i++) {
    double s = 0;
    uint64_t si = 0;
    for (c = 0; c < nc; c++) {
      int64_t k = first + i * nc + c;
      double v;
      uint64_t u = 0;
      if (t->kind == 'b')
        v = u = (((const unsigned char *)data)[k / 8] >> (7 - k % 8)) & 1;
      else if (t->kind == 'f')
        v = t->type == VB_FLOAT ? ((const float *)data)[k] : ((const double *)data)[k];
      else {
        unsigned char be[8];
        int j;
        vb__io_encode_be(be, 8, t->kind, (const unsigned char *)data + (size_t)k * vb_type_size(t->type), t->type, 1);
        for (j = 0; j < 8; j++) u = u << 8 | be[j];
        v = t->kind == 'u' ? (double)u : (double)(int64_t)u;
      }
      s = nc == 1 ? v : s + v * v;
      si += u * u;
    }
    if (nc > 1 && t->kind != 'f') {
      if ((int64_t)si < lo) lo = (int64_t)si;
      if ((int64_t)si > hi) hi = (int64_t)si;
      r[0] = (double)lo, r[1] = (double)hi;
      continue;
    }
    if (s != s) continue;
    if (s < r[0]) r[0] = s;
    if (s > r[1]) r[1] = s;
  }
  if (nc > 1 && n0 > 0) /* a wrapped negative square: x86-64's sqrt gives -nan, whatever the host */
    for (c = 0; c < 2; c++) r[c] = r[c] < 0 ? copysign(NAN, -1.0) : sqrt(r[c]);
}

static void put_double(vb__xw *w, double v, int prec) {
  char b[40];
  put_n(w, b, (size_t)vb__io_format_double(v, prec, b, sizeof b));
}

/* the L2_NORM_RANGE information VTK writes after computing a range of
 * several components (ind: the DataArray's indent) */
static void l2_info(vb__xw *w, int ind, const double r[2]) {
  int i;
  vb__xw_indent(w, ind + 2);
  vb__xw_put(w, "<InformationKey name=\"L2_NORM_RANGE\" location=\"vtkDataArray\" length=\"2\">\n");
  for (i = 0; i < 2; i++) {
    vb__xw_indent(w, ind + 4);
    vb__xw_put(w, i ? "<Value index=\"1\">\n" : "<Value index=\"0\">\n");
    vb__xw_indent(w, ind + 6);
    put_double(w, r[i], 11);
    vb__xw_put(w, "\n");
    vb__xw_indent(w, ind + 4);
    vb__xw_put(w, "</Value>\n");
  }
  vb__xw_indent(w, ind + 2);
  vb__xw_put(w, "</InformationKey>\n");
}

static void pend_add(vb__xw *w, const vb__xw_arr *x, vb_array *c, size_t pmin, size_t poff) {
  vb__xw_pend *p;
  if (w->st != VB_OK) return;
  if (w->npend == w->cap) {
    size_t cap = w->cap ? 2 * w->cap : 16;
    p = vb__alloc(cap * sizeof *p, 8);
    if (!p) {
      w->st = VB_ENOMEM;
      return;
    }
    if (w->npend) memcpy(p, w->pend, w->npend * sizeof *p);
    vb__free(w->pend);
    w->pend = p, w->cap = cap;
  }
  p = &w->pend[w->npend++];
  p->x = *x;
  p->c = c;
  vb_array_retain(c);
  p->pmin = pmin, p->poff = poff;
}

/* VTK's WriteArrayInline / WriteArrayAppended of x at indent ind */
void vb__xw_array(vb__xw *w, const vb__xw_arr *x, int ind) {
  vb_array *a = x->a, *c;
  const vb__io_type *t;
  int nc, i;
  int64_t nt, nv;
  double r[2];
  char b[48];
  if (w->st != VB_OK) return;
  if (!a) {
    w->st = vb__fail("Write", VB_ETYPE, "string and variant arrays cannot be written yet");
    return;
  }
  if (!(t = vb__io_type_of(vb_array_type(a)))) {
    w->st = vb__fail("Write", VB_ETYPE, "arrays of type %s cannot be written", vb_type_name(vb_array_type(a)));
    return;
  }
  nc = vb_array_get_number_of_components(a);
  nt = x->count >= 0 ? x->count : vb_array_get_number_of_tuples(a) - x->first;
  nv = nt * nc;
  if (!(c = vb__io_aos(a, &w->st))) return;
  vb__xw_indent(w, ind);
  vb__xw_put(w, "<DataArray");
  vb__xw_attr(w, "type", t->xml);
  if (t->type == VB_ID_TYPE) vb__xw_attr(w, "IdType", "1");
  if (x->name)
    vb__xw_attr(w, "Name", x->name);
  else {
    const char *n = vb_array_get_name(a);
    if (!n) { /* VTK: "Array " and the array's address */
      unsigned long long p = (unsigned long long)(uintptr_t)a;
      int k = 0;
      char *q = b + sizeof b - 1;
      *q = '\0';
      do *--q = "0123456789abcdef"[(p >> (4 * k)) & 15]; while (++k < 16 && (p >> (4 * k)));
      *--q = 'x', *--q = '0';
      n = q - 6;
      memcpy((char *)n, "Array ", 6);
    }
    vb__xw_attr(w, "Name", n);
  }
  if (nc > 1) vb__xw_attr_int(w, "NumberOfComponents", nc);
  for (i = 0; i < nc; i++) {
    const char *cn = vb_array_get_component_name(a, i);
    char key[32] = "ComponentName";
    if (!cn) continue;
    memcpy(key + 13, b, (size_t)vb__io_format_double(i, 0, b, sizeof b) + 1);
    vb__xw_attr(w, key, cn);
  }
  if (x->ntuples) vb__xw_attr_int(w, "NumberOfTuples", nt);
  vb__xw_attr(w, "format", w->mode == VB_XML_ASCII ? "ascii" : w->mode == VB_XML_BINARY ? "binary" : "appended");
  if (w->mode == VB_XML_APPENDED) { /* the range: with the data (appended()) */
    size_t pmin = vb__xw_reserve(w, "RangeMin", 20);
    vb__xw_reserve(w, "RangeMax", 20);
    pend_add(w, x, c, x->no_range ? (size_t)-1 : pmin, vb__xw_reserve(w, "offset", 20));
    vb__xw_put(w, "/>\n");
  } else {
    range_of(t, vb_array_data(c), x->first * nc, nt, nc, r);
    vb__xw_put(w, " RangeMin=\"");
    put_double(w, r[0], 0);
    vb__xw_put(w, "\" RangeMax=\"");
    put_double(w, r[1], 0);
    vb__xw_put(w, "\">\n");
    if (w->mode == VB_XML_ASCII) {
      const void *d = vb_array_data(c);
      int64_t k;
      for (k = 0; k < nv && w->st == VB_OK; k++) {
        if (!(k % 6)) vb__xw_indent(w, ind + 2);
        put_n(w, b, (size_t)vb__io_format_value(t, d, x->first * nc + k, 1, b, sizeof b));
        vb__xw_put(w, k + 1 == nv || !((k + 1) % 6) ? "\n" : " ");
      }
    } else {
      size_t size;
      unsigned char *own;
      const unsigned char *bytes = le_bytes(w, t, vb_array_data(c), x->first * nc, nv, &size, &own);
      vb__xw_indent(w, ind + 2);
      if (bytes) binary_data(w, bytes, size, 1);
      vb__free(own);
      vb__xw_put(w, "\n");
    }
    if (nc > 1) l2_info(w, ind, r);
    vb__xw_indent(w, ind);
    vb__xw_put(w, "</DataArray>\n");
  }
  vb_array_release(c);
}

/* the AppendedData section: each pending array's bytes, its offset and
 * range filled in */
static void appended(vb__xw *w) {
  size_t i, start;
  int pass;
  vb__xw_put(w, "  <AppendedData encoding=\"");
  vb__xw_put(w, w->encode ? "base64\">\n   _" : "raw\">\n   _");
  start = w->o->size;
  /* streaming (uncompressed: each array's size known): offsets and ranges
   * first, the header written, then the data; else each in turn */
#ifdef VB_JS
  pass = 2;
#else
  pass = w->write && !w->zlib ? 0 : 2;
#endif
  for (; pass < 3 && w->st == VB_OK; pass += 2 - (pass == 0)) {
    size_t at = 0;
    w->stream = pass == 1;
    if (pass == 1) flush(w);
    for (i = 0; i < w->npend && w->st == VB_OK; i++) {
      vb__xw_pend *p = &w->pend[i];
      const vb__io_type *t = vb__io_type_of(vb_array_type(p->c));
      int nc = vb_array_get_number_of_components(p->c);
      int64_t nt = p->x.count >= 0 ? p->x.count : vb_array_get_number_of_tuples(p->c) - p->x.first;
      size_t size, len, hw = w->h64 ? 8 : 4;
      unsigned char *own;
      const unsigned char *bytes;
      char b[48];
      if (pass != 1) {
        len = (size_t)vb__io_format_value(&(vb__io_type){VB_LONG_LONG, "", "", 8, 'i'},
                                          &(int64_t){(int64_t)(pass ? w->o->size - start : at)}, 0, 1, b, sizeof b);
        vb__xw_fill(w, p->poff, "offset", b, len);
        size = t->kind == 'b' ? (size_t)(nt * nc + 7) / 8 : (size_t)(nt * nc) * (size_t)out_width(t);
        at += w->encode ? (hw + size + 2) / 3 * 4 : hw + size;
      }
      if (pass) {
        bytes = le_bytes(w, t, vb_array_data(p->c), p->x.first * nc, nt * nc, &size, &own);
        if (bytes) binary_data(w, bytes, size, w->encode);
        vb__free(own);
      }
      if (pass != 1 && p->pmin != (size_t)-1) {
        double r[2];
        range_of(t, vb_array_data(p->c), p->x.first * nc, nt, nc, r);
        vb__xw_fill(w, p->pmin, "RangeMin", b, (size_t)vb__io_format_double(r[0], 11, b, sizeof b));
        vb__xw_fill(w, p->pmin + 32, "RangeMax", b, (size_t)vb__io_format_double(r[1], 11, b, sizeof b));
      }
    }
  }
  vb__xw_put(w, "\n  </AppendedData>\n");
}

/* VTK's WriteAttributeIndices and the arrays of point or cell data */
void vb__xw_attributes(vb__xw *w, vb_attributes *at, const char *tag, int ind) {
  int i, k, n = vb_attributes_get_number_of_arrays(at);
  char *names[VB_NUM_ATTRIBUTES] = {0};
  int idx[VB_NUM_ATTRIBUTES];
  vb__xw_tag(w, ind, "<", tag, "");
  for (k = 0; k < VB_NUM_ATTRIBUTES; k++) {
    idx[k] = at ? vb_attributes_get_active_attribute_index(at, k) : -1;
    if (idx[k] >= 0) {
      const char *an = vb_array_get_name(vb_attributes_get_array(at, idx[k]));
      const char *tn = vb_attributes_attribute_type_name(k);
      if (!an) {
        names[k] = vb__alloc(strlen(tn) + 2, 1);
        if (!names[k]) {
          w->st = VB_ENOMEM;
          break;
        }
        strcpy(names[k], tn);
        strcat(names[k], "_");
        an = names[k];
      }
      vb__xw_attr(w, tn, an);
    }
  }
  vb__xw_put(w, ">\n");
  for (i = 0; i < n; i++) {
    vb__xw_arr x = {vb_attributes_get_array(at, i), NULL, 0, -1, 0, 0};
    for (k = 0; k < VB_NUM_ATTRIBUTES; k++)
      if (idx[k] == i && names[k]) x.name = names[k];
    vb__xw_array(w, &x, ind + 2);
  }
  for (k = 0; k < VB_NUM_ATTRIBUTES; k++) vb__free(names[k]);
  vb__xw_tag(w, ind, "</", tag, ">\n");
}

void vb__xw_field_data(vb__xw *w, vb_field_data *fd, int ind) {
  int i, n = vb_field_data_get_number_of_arrays(fd);
  if (n < 1) return;
  vb__xw_tag(w, ind, "<", "FieldData", ">\n");
  for (i = 0; i < n; i++) {
    vb__xw_arr x = {vb_field_data_get_array(fd, i), NULL, 0, -1, 1, 0};
    vb__xw_array(w, &x, ind + 2);
  }
  vb__xw_tag(w, ind, "</", "FieldData", ">\n");
}

/* checks opt (NULL: VTK's appended base64, UInt32, no compression) and
 * sets w up to append to out */
int vb__xw_begin(vb__xw *w, const vb_xml_options *opt, vb_io_bytes *out) {
  static const vb_xml_options dflt = {VB_XML_APPENDED, 0, 0, 0, 0, 0, NULL, NULL};
  if (!out) return vb__fail("Write", VB_EINVAL, "no output");
  if (!opt) opt = &dflt;
  if (opt->data_mode < VB_XML_ASCII || opt->data_mode > VB_XML_APPENDED)
    return vb__fail("Write", VB_EINVAL, "data mode %d (0 ascii, 1 binary, 2 appended)", opt->data_mode);
  if (opt->zlib && !opt->deflate) return vb__fail("Write", VB_EINVAL, "zlib compression needs a deflate function");
  memset(w, 0, sizeof *w);
  w->o = out, w->mode = opt->data_mode, w->encode = !opt->raw_appended, w->h64 = opt->header64 != 0;
  w->zlib = opt->zlib != 0, w->level = opt->level > 0 ? opt->level : 5;
  w->block = opt->block_size ? opt->block_size : 32768;
  w->deflate = opt->deflate, w->deflate_ctx = opt->deflate_ctx;
  w->size0 = out->size;
  return VB_OK;
}

/* <?xml ...?> (not for raw appended data) and <VTKFile type=... > */
void vb__xw_head(vb__xw *w, const char *type, const char *version) {
  if (w->encode) vb__xw_put(w, "<?xml version=\"1.0\"?>\n");
  vb__xw_put(w, "<VTKFile");
  vb__xw_attr(w, "type", type);
  vb__xw_put(w, version);
  vb__xw_put(w, w->h64 ? " byte_order=\"LittleEndian\" header_type=\"UInt64\""
                       : " byte_order=\"LittleEndian\" header_type=\"UInt32\"");
  if (w->zlib) vb__xw_put(w, " compressor=\"vtkZLibDataCompressor\"");
  vb__xw_put(w, ">\n");
}

/* the appended data and </VTKFile>; frees w; on error out is cut back to size0 */
int vb__xw_end(vb__xw *w, size_t size0) {
  size_t i;
  if (w->mode == VB_XML_APPENDED) appended(w);
  vb__xw_put(w, "</VTKFile>\n");
  if (w->write) flush(w);
  for (i = 0; i < w->npend; i++) vb_array_release(w->pend[i].c);
  vb__free(w->pend);
  if (w->st != VB_OK) {
    w->o->size = size0;
    if (w->st == VB_ENOMEM || w->st == VB_EOVERFLOW) return vb__fail("Write", w->st, "out of memory for the file");
    return w->st;
  }
  return VB_OK;
}

static int xml_write(vb_object *obj, const vb_xml_options *opt, vb_io_bytes *out, vb_write_fn write, void *ctx) {
  vb_data_object *d = vb_data_object_from_object(obj);
  const vb__xw_kind *kind;
  size_t size0;
  vb__xw w;
  int st;
  if (!d) return vb__fail("Write", VB_ETYPE, "not a data object");
  if (!(kind = vb__xw_kind_of(vb_data_object_get_data_object_type(d))))
    return vb__fail("Write", VB_ETYPE, "%s cannot be written to an XML file yet%s", vb_object_class_name(obj),
                    vb_composite_from_object(obj) ? " (a composite data set: vb_xml_write_composite)" : "");
  if ((st = vb__xw_begin(&w, opt, out)) != VB_OK) return st;
  w.write = write, w.write_ctx = ctx;
  size0 = out->size;
  vb__xw_head(&w, kind->name,
              kind->current_version(obj) ? " version=\"2.3\"" : w.h64 ? " version=\"1.0\"" : " version=\"0.1\"");
  kind->write(&w, obj);
  return vb__xw_end(&w, size0);
}

int vb_xml_write(vb_object *obj, const vb_xml_options *opt, vb_io_bytes *out) {
  return xml_write(obj, opt, out, NULL, NULL);
}

int vb_xml_write_to(vb_object *obj, const vb_xml_options *opt, vb_write_fn write, void *ctx) {
  vb_io_bytes scratch = {NULL, 0, 0};
  int st = write ? xml_write(obj, opt, &scratch, write, ctx) : vb__fail("Write", VB_EINVAL, "no write function");
  vb_io_bytes_free(&scratch);
  return st;
}
