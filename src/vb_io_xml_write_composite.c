/* vb_io_xml_write_composite.c - the composite XML writers (vb_io.h), as
 * VTK 9.7.1's vtkXMLMultiBlockDataWriter (.vtm) and
 * vtkXMLPartitionedDataSetCollectionWriter (.vtpc) write them: each leaf
 * data set a serial XML file (vb_xml_write) in the directory named after
 * the index file, the index file naming them (Block / Partitions / DataSet
 * elements, names from the meta data), the composite's field data inline. */
#include "vb_io_xml_write_impl.h"

#include <string.h>

#include "vb_composite.h"
#include "vb_data_set.h"
#include "vb_information.h"

typedef struct cw {
  vb__xw w;                  /* the index file (into idx) */
  const vb_xml_options *opt; /* for the leaves */
  vb_io_bytes *out;          /* the framed files */
  char dir[256];             /* the leaves' directory (and file name prefix) */
  int pdc;                   /* .vtpc: a leaf without points, cells and field tuples is skipped */
} cw;

static const char NAME_KEY[] = "vtkCompositeDataSet::NAME";

/*  name="v" with VTK's vtkXMLDataElement entities (& " ' < >) */
static void attr_esc(vb__xw *w, const char *name, const char *v) {
  vb__xw_put(w, " ");
  vb__xw_put(w, name);
  vb__xw_put(w, "=\"");
  for (; *v && w->st == VB_OK; v++) {
    const char *e = *v == '&' ? "&amp;" : *v == '"' ? "&quot;" : *v == '\'' ? "&apos;" : *v == '<' ? "&lt;" : *v == '>' ? "&gt;" : NULL;
    if (e) vb__xw_put(w, e);
    else w->st = vb__io_put(w->o, v, 1);
  }
  vb__xw_put(w, "\"");
}

static const char *child_name(vb_composite *c, int64_t i) {
  return vb_composite_has_child_meta_data(c, i) ? vb_information_get_string(vb_composite_get_child_meta_data(c, i), NAME_KEY)
                                                : NULL;
}

static const char *ext_of(int type) {
  return type == 0 ? "vtp" : type == 4 ? "vtu" : type == 6 ? "vti" : type == 3 ? "vtr" : type == 2 ? "vts" : NULL;
}

/* whether VTK writes leaf d to a file: a data set with points or cells
 * (.vtpc: or field data tuples) */
static int has_file(const cw *c, vb_data_object *d) {
  if (!d || vb_composite_from_object(vb_data_object_object(d))) return 0;
  if (!vb__xw_kind_of(vb_data_object_get_data_object_type(d))) return 1; /* refused by vb_xml_write */
  return vb_data_set_get_number_of_points(d) > 0 || vb_data_set_get_number_of_cells(d) > 0 ||
         (c->pdc && vb_field_data_get_number_of_tuples(vb_data_object_get_field_data(d)) > 0);
}

/* appends path, NUL, the size (8 bytes LE), then leaf written with opt (or data's bytes) */
static int framed(vb_io_bytes *out, const char *path, vb_object *leaf, const vb_xml_options *opt, const vb_io_bytes *data) {
  static const unsigned char zero[8];
  size_t at, n;
  int st, k;
  if ((st = vb__io_put(out, path, strlen(path) + 1)) != VB_OK || (st = vb__io_put(out, zero, 8)) != VB_OK) return st;
  at = out->size;
  if ((st = leaf ? vb_xml_write(leaf, opt, out) : vb__io_put(out, data->data, data->size)) != VB_OK) return st;
  for (n = out->size - at, k = 0; k < 8; k++) out->data[at - 8 + k] = (unsigned char)((uint64_t)n >> (8 * k));
  return VB_OK;
}

/* writes leaf d as dir/dir_<tag>.<ext> and puts file="..." on the index */
static void leaf(cw *c, vb_data_object *d, const char *tag) {
  char path[600];
  const char *ext = ext_of(vb_data_object_get_data_object_type(d));
  if (c->w.st != VB_OK) return;
  vb__snprintf(path, sizeof path, "%s/%s_%s.%s", c->dir, c->dir, tag, ext ? ext : "");
  if ((c->w.st = framed(c->out, path, vb_data_object_object(d), c->opt, NULL)) == VB_OK) attr_esc(&c->w, "file", path);
}

/* the children of multiblock m: Block (name, index) or DataSet (index, name, file);
 * a multiblock's children are multiblocks or data sets (vb_composite.c) */
static void vtm(cw *c, vb_composite *m, int ind, int *count) {
  int64_t i, n = vb_composite_get_number_of_children(m);
  for (i = 0; i < n && c->w.st == VB_OK; i++) {
    vb_data_object *d = vb_composite_get_child(m, i);
    vb_composite *sub = d ? vb_composite_from_object(vb_data_object_object(d)) : NULL;
    const char *name = child_name(m, i);
    vb__xw_tag(&c->w, ind, "<", sub ? "Block" : "DataSet", "");
    if (sub && name) attr_esc(&c->w, "name", name);
    vb__xw_attr_int(&c->w, "index", i);
    if (!sub && name) attr_esc(&c->w, "name", name);
    if (!sub) {
      char tag[24];
      vb__snprintf(tag, sizeof tag, "%d", (*count)++);
      if (has_file(c, d)) leaf(c, d, tag);
      vb__xw_put(&c->w, "/>\n");
    } else if (vb_composite_get_number_of_children(sub) < 1) {
      vb__xw_put(&c->w, "/>\n");
    } else {
      vb__xw_put(&c->w, ">\n");
      vtm(c, sub, ind + 2, count);
      vb__xw_tag(&c->w, ind, "</", "Block", ">\n");
    }
  }
}

/* the partitioned data sets of collection p: Partitions (index, name) of
 * DataSet (index, file); one without files and name is left out */
static vb_composite *partitions(vb_composite *p, int64_t i) {
  vb_data_object *d = vb_composite_get_child(p, i);
  return d ? vb_composite_from_object(vb_data_object_object(d)) : NULL;
}
/* the number of files partitioned data set i has, or -1 when it is left out */
static int64_t files_of(const cw *c, vb_composite *p, int64_t i) {
  vb_composite *pds = partitions(p, i);
  int64_t j, np = pds ? vb_composite_get_number_of_children(pds) : 0, any = 0;
  for (j = 0; j < np; j++) any += has_file(c, vb_composite_get_child(pds, j));
  return any || child_name(p, i) ? any : -1;
}
static void vtpc(cw *c, vb_composite *p) {
  int64_t i, j, n = vb_composite_get_number_of_children(p);
  for (i = 0; i < n && c->w.st == VB_OK; i++) {
    vb_composite *pds = partitions(p, i);
    const char *name = child_name(p, i);
    int64_t np = pds ? vb_composite_get_number_of_children(pds) : 0, any = files_of(c, p, i);
    if (any < 0) continue;
    vb__xw_tag(&c->w, 4, "<", "Partitions", "");
    vb__xw_attr_int(&c->w, "index", i);
    if (name) attr_esc(&c->w, "name", name);
    vb__xw_put(&c->w, any ? ">\n" : "/>\n");
    for (j = 0; j < np; j++) {
      char tag[48];
      if (!has_file(c, vb_composite_get_child(pds, j))) continue;
      vb__xw_tag(&c->w, 6, "<", "DataSet", "");
      vb__xw_attr_int(&c->w, "index", j);
      vb__snprintf(tag, sizeof tag, "%lld_%lld", (long long)i, (long long)j);
      leaf(c, vb_composite_get_child(pds, j), tag);
      vb__xw_put(&c->w, "/>\n");
    }
    if (any) vb__xw_tag(&c->w, 4, "</", "Partitions", ">\n");
  }
}

int vb_xml_write_composite(vb_object *obj, const vb_xml_options *opt, const char *file_name, vb_io_bytes *out) {
  vb_composite *c = vb_composite_from_object(obj);
  int type = c ? vb_composite_get_type(c) : -1, count = 0, st;
  const char *base, *dot;
  vb_xml_options iopt;
  vb_io_bytes idx = {NULL, 0, 0};
  size_t size0, len;
  int64_t i, any;
  cw w;
  if (type != VB_MULTIBLOCK_DATA_SET && type != VB_PARTITIONED_DATA_SET_COLLECTION)
    return vb__fail("Write", VB_ETYPE, "a %s is no vtkMultiBlockDataSet (.vtm) or vtkPartitionedDataSetCollection (.vtpc)",
                    obj ? vb_object_class_name(obj) : "NULL");
  if (!file_name || !*file_name) return vb__fail("Write", VB_EINVAL, "no file name");
  if (!out) return vb__fail("Write", VB_EINVAL, "no output");
  /* VTK: the directory is the file's name without its extension, or with "_data" */
  for (base = file_name + strlen(file_name); base > file_name && base[-1] != '/' && base[-1] != '\\'; base--) {}
  dot = strrchr(base, '.');
  len = dot ? (size_t)(dot - base) : strlen(base);
  if (len + 6 > sizeof w.dir) return vb__fail("Write", VB_EINVAL, "a file name over 249 bytes");
  memset(&w, 0, sizeof w);
  memcpy(w.dir, base, len);
  if (!dot) strcpy(w.dir + len, "_data");
  /* the index: appended data mode writes its field data inline, binary */
  if (opt) iopt = *opt;
  else memset(&iopt, 0, sizeof iopt), iopt.data_mode = VB_XML_APPENDED;
  if (iopt.data_mode == VB_XML_APPENDED) iopt.data_mode = VB_XML_BINARY;
  if ((st = vb__xw_begin(&w.w, &iopt, &idx)) != VB_OK) return st;
  w.opt = opt, w.out = out, w.pdc = type == VB_PARTITIONED_DATA_SET_COLLECTION;
  size0 = out->size;
  vb__xw_head(&w.w, vb_object_class_name(obj), " version=\"1.0\"");
  for (i = 0, any = 0; i < vb_composite_get_number_of_children(c) && !any; i++) any = !w.pdc || files_of(&w, c, i) >= 0;
  vb__xw_tag(&w.w, 2, "<", vb_object_class_name(obj), any ? ">\n" : "/>\n");
  if (any) {
    if (w.pdc) vtpc(&w, c);
    else vtm(&w, c, 4, &count);
    vb__xw_tag(&w.w, 2, "</", vb_object_class_name(obj), ">\n");
  }
  vb__xw_field_data(&w.w, vb_data_object_get_field_data(vb_composite_data_object(c)), 2);
  st = vb__xw_end(&w.w, 0);
  if (st == VB_OK) st = framed(out, "", NULL, NULL, &idx); /* the index last, under the name "" */
  vb_io_bytes_free(&idx);
  if (st != VB_OK) out->size = size0;
  return st;
}
