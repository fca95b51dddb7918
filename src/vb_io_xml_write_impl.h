/* vb_io_xml_write_impl.h - what the XML writer's files share (private):
 * vb_io_xml_write.c (arrays, attributes, the file) and
 * vb_io_xml_write_kinds.c (one row per data set kind),
 * vb_io_xml_write_composite.c (.vtm, .vtpc). */
#ifndef VB_IO_XML_WRITE_IMPL_H
#define VB_IO_XML_WRITE_IMPL_H

#include "vb_attributes.h"
#include "vb_field_data.h"
#include "vb_io_impl.h"

/* one array to write: a (borrowed), tuples [first, first + count) (count
 * -1: to the end), under name (NULL: its own), NumberOfTuples written
 * (field data), no range forwarded in appended mode (cells, coordinates) */
typedef struct vb__xw_arr {
  vb_array *a;
  const char *name;
  int64_t first, count;
  int ntuples, no_range;
} vb__xw_arr;
typedef struct vb__xw_pend {
  vb__xw_arr x;
  vb_array *c; /* retained AOS copy */
  size_t pmin, poff;
} vb__xw_pend;
typedef struct vb__xw {
  vb_io_bytes *o;
  int mode, encode, h64, zlib, level, st;
  size_t block;
  vb_deflate_fn deflate;
  void *deflate_ctx;
  vb_write_fn write; /* vb_xml_write_to's (NULL: all into o) */
  void *write_ctx;
  size_t size0;      /* where this file starts in o */
  int stream;        /* 1: o goes to write as it fills (the header is done) */
  vb__xw_pend *pend; /* appended arrays, in file order */
  size_t npend, cap;
} vb__xw;
typedef struct vb__xw_kind {
  int type_id;
  const char *name;
  int (*current_version)(vb_object *obj); /* 1: VTK writes version 2.3 */
  void (*write)(vb__xw *w, vb_object *obj);
} vb__xw_kind;
const vb__xw_kind *vb__xw_kind_of(int type_id);

void vb__xw_put(vb__xw *w, const char *s);
void vb__xw_indent(vb__xw *w, int n);
void vb__xw_tag(vb__xw *w, int ind, const char *pre, const char *name, const char *tail);
void vb__xw_attr(vb__xw *w, const char *name, const char *v);
void vb__xw_attr_vec(vb__xw *w, const char *name, const double *v, int n);
size_t vb__xw_reserve(vb__xw *w, const char *name, int len);
void vb__xw_fill(vb__xw *w, size_t pos, const char *name, const char *v, size_t n);
void vb__xw_array(vb__xw *w, const vb__xw_arr *x, int ind);
void vb__xw_attributes(vb__xw *w, vb_attributes *at, const char *tag, int ind);
void vb__xw_field_data(vb__xw *w, vb_field_data *fd, int ind);
int vb__xw_begin(vb__xw *w, const vb_xml_options *opt, vb_io_bytes *out);
void vb__xw_head(vb__xw *w, const char *type, const char *version);
int vb__xw_end(vb__xw *w, size_t size0);
void vb__xw_attr_int(vb__xw *w, const char *name, int64_t v);

#endif
