/* test_io_xml_write.c - the XML writer in C (vb_xml_write): every mode
 * writes, the compression header counts the blocks the deflate made, a
 * failing deflate or allocation is an error with the output's size
 * restored and nothing leaked; bad options; the composite files' framing.  The bytes against VTK 9.7.1
 * are tested from Python (tests/python/test_io_xml_write.py). */
#include <string.h>

#include "vb_test.h"
#include "vtkbuf.h"

static const char FILE_51[] =
  "# vtk DataFile Version 5.1\nvtk output\nASCII\nDATASET POLYDATA\n"
  "FIELD FieldData 1\nfid 1 1 vtkIdType\n7 \n"
  "POINTS 3 float\n0 0 0 1 0 0 0 1 0 \n\n"
  "POLYGONS 2 3\nOFFSETS vtktypeint64\n0 3 \nCONNECTIVITY vtktypeint64\n0 1 2 \n"
  "POINT_DATA 3\nSCALARS temp double \nLOOKUP_TABLE default\n0.5 1.5 2.5 \n"
  "FIELD FieldData 1\nab%20c 2 3 int\n1 2 3 4 5 6 \nMETADATA\nCOMPONENT_NAMES\nx\ny%25\n\n";

/* a stand-in deflate: the block's bytes behind a 1-byte marker; ctx counts calls
 * and fails the call numbered *ctx < 0 */
static int fake_deflate(void *ctx, const unsigned char *src, size_t n, int level, vb_io_bytes *out) {
  int *calls = ctx;
  unsigned char m = (unsigned char)level;
  if (++calls[0] == calls[1]) return VB_EINVAL;
  if (vb_io_bytes_append(out, &m, 1) != VB_OK) return VB_ENOMEM;
  return vb_io_bytes_append(out, src, n);
}

static vb_object *poly(void) { return vb_legacy_read(FILE_51, strlen(FILE_51), 0, NULL); }

TEST(test_modes) {
  vb_object *o = poly();
  int m;
  for (m = 0; m < 24 && o; m++) {
    int calls[2] = {0, -1};
    vb_xml_options opt = {m % 3, (m / 3) & 1, (m / 6) & 1, (m / 12) & 1, 0, 0, fake_deflate, calls};
    vb_io_bytes out = {NULL, 0, 0};
    const char *s;
    CHECK_EQ_INT(vb_xml_write(o, &opt, &out), VB_OK);
    CHECK(vb_io_bytes_append(&out, "", 1) == VB_OK);
    s = (const char *)out.data;
    CHECK(strstr(s, "<VTKFile type=\"PolyData\"") != NULL);
    CHECK((strstr(s, "<?xml") == s) == !opt.raw_appended);
    CHECK((strstr(s, "header_type=\"UInt64\"") != NULL) == opt.header64);
    CHECK((strstr(s, "compressor=") != NULL) == opt.zlib);
    CHECK((strstr(s, "<AppendedData") != NULL) == (opt.data_mode == VB_XML_APPENDED));
    CHECK(strstr(s, "ComponentName1=\"y%\"") != NULL);
    CHECK(strstr(s, "NumberOfPolys=\"1\"") != NULL);
    /* 6 arrays with data (fid, temp, ab c, points, connectivity, offsets) */
    CHECK_EQ_INT(calls[0], opt.zlib && opt.data_mode != VB_XML_ASCII ? 6 : 0);
    if (m == 0) CHECK(strstr(s, "          0.5 1.5 2.5\n") != NULL);
    vb_io_bytes_free(&out);
  }
  vb_object_release(o);
}

/* a vb_write_fn collecting the pieces (cap (size_t)-1: failing) */
static int collect(void *ctx, const void *p, size_t n) {
  vb_io_bytes *b = ctx;
  if (b->cap == (size_t)-1) return VB_ESTATE;
  return vb_io_bytes_append(b, p, n);
}

/* vb_xml_write_to: the same bytes, in every mode, as vb_xml_write's; a failing write is the error */
TEST(test_write_to) {
  vb_object *o = poly();
  int m;
  for (m = 0; m < 24 && o; m++) {
    int calls[2] = {0, -1};
    vb_xml_options opt = {m % 3, (m / 3) & 1, (m / 6) & 1, (m / 12) & 1, 0, 0, fake_deflate, calls};
    vb_io_bytes a = {NULL, 0, 0}, b = {NULL, 0, 0}, bad = {NULL, 0, (size_t)-1};
    CHECK_EQ_INT(vb_xml_write(o, &opt, &a), VB_OK);
    CHECK_EQ_INT(vb_xml_write_to(o, &opt, collect, &b), VB_OK);
    CHECK(a.size == b.size && a.size && !memcmp(a.data, b.data, a.size));
    CHECK_EQ_INT(vb_xml_write_to(o, &opt, collect, &bad), VB_ESTATE);
    vb_io_bytes_free(&a);
    vb_io_bytes_free(&b);
  }
  CHECK_EQ_INT(vb_xml_write_to(o, NULL, NULL, NULL), VB_EINVAL);
  vb_object_release(o);
}

/* the compression header: blocks, block size, last block size, each block's size */
TEST(test_blocks) {
  vb_object *o = poly();
  int calls[2] = {0, -1};
  vb_xml_options opt = {VB_XML_APPENDED, 1, 0, 1, 3, 8, fake_deflate, calls};
  vb_io_bytes out = {NULL, 0, 0};
  const unsigned char *p;
  uint32_t h[7];
  CHECK(o != NULL);
  if (!o) return;
  CHECK_EQ_INT(vb_xml_write(o, &opt, &out), VB_OK);
  CHECK(vb_io_bytes_append(&out, "", 1) == VB_OK);
  /* the field array "fid" comes first: 8 bytes, one block of 8 */
  p = (const unsigned char *)strstr((const char *)out.data, "   _") + 4;
  memcpy(h, p, 16);
  CHECK(h[0] == 1 && h[1] == 8 && h[2] == 0 && h[3] == 9);
  CHECK(p[16] == 3 && p[17] == 7); /* the level, then the value */
  /* the points: 36 bytes, 5 blocks of 8, the last of 4 */
  p = (const unsigned char *)strstr((const char *)out.data, "Name=\"Points\"");
  CHECK(p != NULL);
  vb_io_bytes_free(&out);
  (void)h;
  vb_object_release(o);
}

TEST(test_errors_restore_the_output) {
  vb_object *o = poly();
  vb_object *t = vb_data_object_object(vb_table_data_object(vb_table_new()));
  vb_io_bytes out = {NULL, 0, 0};
  int calls[2] = {0, 3};
  vb_xml_options opt = {VB_XML_BINARY, 0, 0, 1, 0, 0, fake_deflate, calls};
  vb_xml_options bad = {7, 0, 0, 0, 0, 0, NULL, NULL};
  CHECK(vb_io_bytes_append(&out, "keep", 4) == VB_OK);
  CHECK_EQ_INT(vb_xml_write(o, &opt, &out), VB_EINVAL); /* the third block fails */
  CHECK(out.size == 4 && calls[0] == 3);
  CHECK_EQ_INT(vb_xml_write(o, &bad, &out), VB_EINVAL);
  bad.data_mode = 0, bad.zlib = 1;
  CHECK_EQ_INT(vb_xml_write(o, &bad, &out), VB_EINVAL); /* zlib without a deflate */
  CHECK_EQ_INT(vb_xml_write(t, NULL, &out), VB_ETYPE);
  CHECK_EQ_INT(vb_xml_write(o, NULL, NULL), VB_EINVAL);
  CHECK(out.size == 4);
  vb_io_bytes_free(&out);
  vb_object_release(t);
  vb_object_release(o);
}

TEST(test_allocation_failures) {
  long k;
  int ok = 0, m;
  for (m = 0; m < 3; m++)
    for (k = 0, ok = 0; k < 400 && !ok; k++) {
      int calls[2] = {0, -1};
      vb_xml_options opt = {m, 0, 0, m > 0, 0, 0, fake_deflate, calls};
      vb_object *o = poly();
      vb_io_bytes out = {NULL, 0, 0};
      CHECK(o != NULL);
      if (!o) return;
      CHECK(vb_io_bytes_append(&out, "x", 1) == VB_OK);
      vbt_alloc_fail_after(k);
      if (vb_xml_write(o, &opt, &out) == VB_OK)
        ok = 1;
      else {
        CHECK_EQ_INT(vb_last_status(), VB_ENOMEM);
        CHECK(out.size == 1);
      }
      vbt_alloc_reset();
      vb_io_bytes_free(&out);
      vb_object_release(o);
      CHECK_EQ_INT(vb_object_live_count(), 0);
      if (ok && m) CHECK(k > 2); /* the binary modes allocate (ascii grows the output only) */
    }
}

/* vb_xml_write_composite: the framed files (leaves, then the index under ""), each
 * leaf the serial writer's bytes; a bad input or leaf is an error, the output kept */
static const unsigned char *next_file(const vb_io_bytes *b, size_t *at, const char **path, size_t *n) {
  const unsigned char *p = b->data + *at;
  size_t len = strlen((const char *)p), k;
  *path = (const char *)p;
  for (*n = 0, k = 0; k < 8; k++) *n |= (size_t)p[len + 1 + k] << (8 * k);
  *at += len + 9 + *n;
  return p + len + 9;
}

TEST(test_composite) {
  vb_composite *mb = vb_composite_new(VB_MULTIBLOCK_DATA_SET), *inner = vb_composite_new(VB_MULTIBLOCK_DATA_SET);
  vb_object *o = poly();
  vb_table *t = vb_table_new();
  vb_io_bytes out = {NULL, 0, 0}, leaf = {NULL, 0, 0};
  const unsigned char *p;
  const char *path;
  size_t at = 0, n;
  int calls[2] = {0, -1};
  vb_xml_options opt = {VB_XML_BINARY, 0, 0, 1, 0, 0, fake_deflate, calls};
  CHECK(mb && inner && o && t);
  if (!mb || !inner || !o || !t) return;
  CHECK_EQ_INT(vb_composite_set_number_of_children(mb, 3), VB_OK);
  CHECK_EQ_INT(vb_composite_set_child(mb, 0, vb_data_object_from_object(o)), VB_OK);
  CHECK_EQ_INT(vb_composite_set_child(inner, 1, vb_data_object_from_object(o)), VB_OK);
  CHECK_EQ_INT(vb_composite_set_child(mb, 2, vb_composite_data_object(inner)), VB_OK);
  CHECK_EQ_INT(vb_information_set_string(vb_composite_get_child_meta_data(mb, 2), "vtkCompositeDataSet::NAME", "a\"<&>'"), VB_OK);
  CHECK_EQ_INT(vb_io_bytes_append(&out, "x", 1), VB_OK);
  CHECK_EQ_INT(vb_xml_write_composite(vb_composite_object(mb), &opt, "dir/m.b.vtm", &out), VB_OK);
  at = 1;
  p = next_file(&out, &at, &path, &n);
  CHECK(!strcmp(path, "m.b/m.b_0.vtp"));
  CHECK_EQ_INT(vb_xml_write(o, &opt, &leaf), VB_OK);
  CHECK(n == leaf.size && !memcmp(p, leaf.data, n));
  p = next_file(&out, &at, &path, &n);
  CHECK(!strcmp(path, "m.b/m.b_3.vtp")); /* 1 (empty), 2 (the inner empty block 0) counted */
  p = next_file(&out, &at, &path, &n);
  CHECK(!strcmp(path, "") && at == out.size);
  CHECK(strstr((const char *)p, "<Block name=\"a&quot;&lt;&amp;&gt;&apos;\" index=\"2\">\n") != NULL);
  CHECK(strstr((const char *)p, "      <DataSet index=\"1\" file=\"m.b/m.b_3.vtp\"/>\n") != NULL);
  /* bad input: not a composite, no name, a leaf the XML writer refuses */
  CHECK_EQ_INT(vb_xml_write_composite(o, &opt, "m.vtm", &out), VB_ETYPE);
  CHECK_EQ_INT(vb_xml_write_composite(vb_composite_object(mb), &opt, "", &out), VB_EINVAL);
  CHECK_EQ_INT(vb_xml_write(vb_composite_object(mb), &opt, &out), VB_ETYPE);
  n = out.size;
  CHECK_EQ_INT(vb_composite_set_child(mb, 1, vb_table_data_object(t)), VB_OK);
  CHECK_EQ_INT(vb_xml_write_composite(vb_composite_object(mb), &opt, "m.vtm", &out), VB_ETYPE);
  CHECK(out.size == n);
  vb_io_bytes_free(&out);
  vb_io_bytes_free(&leaf);
  vb_composite_release(inner);
  vb_composite_release(mb);
  vb_object_release(vb_data_object_object(vb_table_data_object(t)));
  vb_object_release(o);
}

int main(void) {
  RUN(test_modes);
  RUN(test_blocks);
  RUN(test_write_to);
  RUN(test_errors_restore_the_output);
  RUN(test_allocation_failures);
  RUN(test_composite);
  return vb_test_done();
}
