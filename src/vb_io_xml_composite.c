/* vb_io_xml_composite.c - the structure of composite XML files (.vtm:
 * vtkMultiBlockDataSet, .vtpc: vtkPartitionedDataSetCollection): Block /
 * Partitions / DataSet elements with index= and name=; a DataSet's file= is
 * loaded by the binding (vb_io_callbacks.load); the composite's FieldData
 * (after the tree).  The tree is built aside and returned whole, or released
 * on error. */
#include "vb_io_impl.h"

#include <stdio.h>
#include <string.h>

#include "vb_composite.h"
#include "vb_field_data.h"
#include "vb_information.h"

static const char WHAT[] = "XML VTK file:";
#define FAIL(f, at, st, ...) vb__io_fail_at(WHAT, (f)->p, (at), (st), __VA_ARGS__)
enum { MAX_LEVELS = 16 };

static int is(const char *s, size_t n, const char *lit) { return strlen(lit) == n && !memcmp(s, lit, n); }

/* the decoded attribute `name` into buf (cap bytes); 0 if absent */
static int attr(const vb__xml *x, const char *name, char *buf, size_t cap) {
  size_t len;
  const char *s = vb__xml_attr(x, name, &len);
  if (!s) return 0;
  vb__xml_decode(s, len, buf, cap);
  return 1;
}

static int place(const vb__xml_file *f, size_t at, vb_composite *parent, const vb__xml *x, vb_data_object *child) {
  char name[256];
  int64_t i = vb_composite_get_number_of_children(parent);
  size_t len;
  const char *s = vb__xml_attr(x, "index", &len);
  int st;
  if (s && (vb__xml_int(s, len, &i) != VB_OK || i < 0 || i > 1 << 24)) return FAIL(f, at, VB_EINVAL, "a bad index");
  if (i >= vb_composite_get_number_of_children(parent) && (st = vb_composite_set_number_of_children(parent, i + 1)) != VB_OK)
    return st;
  if ((st = vb_composite_set_child(parent, i, child)) != VB_OK) return st;
  if (attr(x, "name", name, sizeof name))
    st = vb_information_set_string(vb_composite_get_child_meta_data(parent, i), "vtkCompositeDataSet::NAME", name);
  return st;
}

/* the composite's own field data (<VTKFile><FieldData><DataArray>, after the tree) into fd */
static int field_data(const vb__xml_file *f, vb_field_data *fd) {
  vb__xml x;
  int st;
  vb__xml_init(&x, f->p, f->n);
  while ((st = vb__xml_next(&x)) == VB_OK && x.kind != VB__XML_EOF) {
    size_t at = (size_t)((const unsigned char *)x.name - f->p) - 1, len, text = 0, text_len = 0;
    int64_t nt = -1;
    const char *s;
    vb_array *a;
    if (x.kind == VB__XML_START && is(x.name, x.name_len, "AppendedData")) break; /* raw bytes follow */
    if (x.kind != VB__XML_START || !is(x.name, x.name_len, "DataArray") || (x.empty ? x.depth + 1 : x.depth) != 3 ||
        !is(x.stack[1], x.stack_len[1], "FieldData"))
      continue;
    if ((s = vb__xml_attr(&x, "NumberOfTuples", &len)) && vb__xml_int(s, len, &nt) != VB_OK)
      return FAIL(f, at, VB_EINVAL, "a bad NumberOfTuples attribute");
    if (!x.empty && (st = vb__xml_next(&x)) != VB_OK) return st;
    if (!x.empty && x.kind == VB__XML_TEXT) text = (size_t)((const unsigned char *)x.text - f->p), text_len = x.text_len;
    if ((st = vb__xml_data_array(f, at, text, text_len, nt, &a)) != VB_OK) return st;
    st = vb_field_data_add_array(fd, a);
    vb_array_release(a);
    if (st < 0) return st;
  }
  return st;
}

int vb__xml_composite(const vb__xml_file *f, int type, size_t at, vb_object **out) {
  vb_composite *stack[MAX_LEVELS], *root = vb_composite_new(type);
  vb__xml x;
  int depth = 0, st, base, leafless;
  if (!root) return VB_ENOMEM;
  vb__xml_init(&x, f->p, f->n);
  x.pos = at;
  st = vb__xml_next(&x); /* the root element */
  base = x.depth;
  leafless = x.empty;
  stack[0] = root;
  /* <vtkMultiBlockDataSet/>: no children (and the tokenizer, started here, would not
   * know the </VTKFile> that follows) */
  while (st == VB_OK && !leafless && (st = vb__xml_next(&x)) == VB_OK && x.kind != VB__XML_EOF && x.depth >= base) {
    size_t tag = (size_t)((const unsigned char *)x.name - f->p) - 1;
    vb_composite *parent = stack[depth];
    int ptype = vb_composite_get_type(parent);
    if (x.kind == VB__XML_END) {
      depth -= depth > 0 && x.depth < base + depth;
      continue;
    }
    if (x.kind != VB__XML_START || (x.empty ? x.depth + 1 : x.depth) != base + depth + 1) continue; /* not a child */
    if (is(x.name, x.name_len, "DataSet") && ptype == VB_PARTITIONED_DATA_SET_COLLECTION)
      st = FAIL(f, tag, VB_EINVAL, "a DataSet outside Partitions"); /* VTK: "Syntax error in file" */
    else if (is(x.name, x.name_len, "DataSet")) {
      char file[1024];
      vb_object *o = NULL;
      if (attr(&x, "file", file, sizeof file) && file[0]) {
        if (!f->cb || !f->cb->load) st = FAIL(f, tag, VB_EINVAL, "a DataSet file (%s) and no way to load it", file);
        else if ((vb_clear_error(), st = f->cb->load(f->cb->ctx, file, &o)) != VB_OK) {
          char why[300];
          const char *e = vb_last_error();
          vb__snprintf(why, sizeof why, "%s", *e ? (strncmp(e, "Read: ", 6) ? e : e + 6) : "it could not be loaded");
          st = FAIL(f, tag, st == VB_ENOMEM ? VB_ENOMEM : VB_EINVAL, "DataSet file '%s': %s", file, why);
        }
      }
      if (st == VB_OK) st = place(f, tag, parent, &x, o ? vb_data_object_from_object(o) : NULL);
      vb_object_release(o);
    } else if ((is(x.name, x.name_len, "Block") && ptype == VB_MULTIBLOCK_DATA_SET) ||
               (is(x.name, x.name_len, "Partitions") && ptype == VB_PARTITIONED_DATA_SET_COLLECTION)) {
      vb_composite *c = vb_composite_new(ptype == VB_MULTIBLOCK_DATA_SET ? VB_MULTIBLOCK_DATA_SET : VB_PARTITIONED_DATA_SET);
      if (!c) st = VB_ENOMEM;
      if (st == VB_OK) st = place(f, tag, parent, &x, vb_composite_data_object(c));
      if (st == VB_OK && !x.empty) {
        if (depth + 1 == MAX_LEVELS) st = FAIL(f, tag, VB_EINVAL, "blocks nested deeper than %d", MAX_LEVELS);
        else stack[++depth] = c;
      }
      vb_composite_release(c);
    } else if (is(x.name, x.name_len, "Piece") && ptype == VB_MULTIBLOCK_DATA_SET)
      st = FAIL(f, tag, VB_EINVAL, "vtkMultiPieceDataSet blocks are not read yet");
  }
  if (st == VB_OK) st = field_data(f, vb_data_object_get_field_data(vb_composite_data_object(root)));
  if (st != VB_OK) {
    vb_composite_release(root);
    return st;
  }
  *out = vb_composite_object(root);
  return VB_OK;
}
