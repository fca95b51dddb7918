/* test_io_xml.c - the XML reader in C (vb_xml_read): inline and appended
 * data, zlib blocks through the callback (a test "inflate" that copies), the
 * corpus files, positioned errors for bad files, a zlib bomb refused, every
 * prefix of a file, allocation failures at every allocation of a read.  The
 * corpus against VTK 9.7.1: tests/python/test_io_xml_read.py. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vb_test.h"
#include "vb_io_impl.h"
#include "vtkbuf.h"

/* "compressed" blocks that are their own bytes: copied when the size is right */
static int copy_inflate(void *ctx, const unsigned char *src, size_t n, unsigned char *dst, size_t expected) {
  (*(int *)ctx)++;
  if (n != expected) return VB_EINVAL;
  memcpy(dst, src, n);
  return VB_OK;
}

static const char POLY[] =
  "<?xml version=\"1.0\"?>\n<!-- a comment -->\n"
  "<VTKFile type=\"PolyData\" version=\"1.0\" byte_order=\"LittleEndian\" header_type=\"UInt32\">\n"
  "<PolyData>\n<FieldData><DataArray type=\"Int32\" Name=\"f&amp;d\" NumberOfTuples=\"2\" format=\"ascii\">7 -8</DataArray></FieldData>\n"
  "<Piece NumberOfPoints=\"3\" NumberOfVerts=\"0\" NumberOfLines=\"1\" NumberOfStrips=\"0\" NumberOfPolys=\"1\">\n"
  "<PointData Scalars=\"s\"><DataArray type=\"Float64\" Name=\"s\" NumberOfComponents=\"2\" ComponentName1=\"b\" format=\"ascii\">"
  "0.5 1 2 3 4 5<InformationKey name=\"x\"><Value>9</Value></InformationKey></DataArray></PointData>\n"
  "<Points><DataArray type=\"Float32\" NumberOfComponents=\"3\" format=\"binary\">JAAAAAAAAAAAAAAAAAAAAAAAgD8AAAAAAAAAAAAAAAAAAIA/AAAAAA==</DataArray></Points>\n"
  "<Lines><DataArray type=\"Int64\" Name=\"connectivity\" format=\"ascii\">0 2</DataArray>"
  "<DataArray type=\"Int64\" Name=\"offsets\" format=\"ascii\">2</DataArray></Lines>\n"
  "<Polys><DataArray type=\"Int32\" Name=\"connectivity\" format=\"appended\" offset=\"0\"/>"
  "<DataArray type=\"UInt8\" Name=\"offsets\" format=\"appended\" offset=\"16\"/></Polys>\n"
  "</Piece></PolyData>\n<AppendedData encoding=\"raw\">\n _";
/* appended: [12][0 1 2] then [1][3] */
static const unsigned char APPENDED[] = {12, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 2, 0, 0, 0, 1, 0, 0, 0, 3};

static vb_object *read_doc(const char *head, const unsigned char *tail, size_t ntail, const vb_io_callbacks *cb) {
  size_t n = strlen(head);
  unsigned char *buf = malloc(n + ntail + 40);
  vb_object *o;
  memcpy(buf, head, n);
  if (ntail) memcpy(buf + n, tail, ntail);
  memcpy(buf + n + ntail, "\n</AppendedData></VTKFile>\n", 27);
  o = vb_xml_read(buf, n + ntail + 27, cb, NULL);
  free(buf);
  return o;
}

TEST(test_inline_and_appended) {
  vb_object *o = read_doc(POLY, APPENDED, sizeof APPENDED, NULL);
  vb_polydata *pd = vb_polydata_from_object(o);
  vb_array *a;
  double x[3];
  CHECK(pd != NULL);
  if (!pd) {
    fprintf(stderr, "  %s\n", vb_last_error());
    return;
  }
  CHECK_EQ_INT(vb_polydata_get_number_of_points(pd), 3);
  CHECK_EQ_INT(vb_polydata_get_number_of_lines(pd), 1);
  CHECK_EQ_INT(vb_polydata_get_number_of_polys(pd), 1);
  vb_polydata_get_point(pd, 1, x);
  CHECK(x[0] == 1 && x[1] == 0 && x[2] == 0);
  a = vb_attributes_get_array_by_name(vb_polydata_get_point_data(pd), "s", NULL);
  CHECK(a && vb_array_get_number_of_components(a) == 2 && vb_array_type(a) == VB_DOUBLE);
  CHECK(a && ((double *)vb_array_data(a))[5] == 5 && strcmp(vb_array_get_component_name(a, 1), "b") == 0);
  CHECK(a && vb_attributes_get_attribute(vb_polydata_get_point_data(pd), VB_ATTRIBUTE_SCALARS) == a);
  a = vb_field_data_get_array_by_name(vb_data_object_get_field_data(vb_polydata_data_object(pd)), "f&d", NULL);
  CHECK(a && vb_array_type(a) == VB_INT && ((int *)vb_array_data(a))[1] == -8);
  vb_object_release(o);
  CHECK_EQ_INT(vb_object_live_count(), 0);
}

/* a vtkZLibDataCompressor layout (UInt64 headers, base64 header then blocks) read through the callback */
TEST(test_compressed_blocks) {
  static const char head[] =
    "<VTKFile type=\"ImageData\" header_type=\"UInt64\" compressor=\"vtkZLibDataCompressor\" byte_order=\"BigEndian\">"
    "<ImageData WholeExtent=\"0 4 0 0 0 0\" Origin=\"1 2 3\" Spacing=\"0.5 1 1\"><Piece Extent=\"0 4 0 0 0 0\">"
    "<PointData><DataArray type=\"Int16\" Name=\"v\" format=\"binary\">";
  /* header: 2 blocks of 6 bytes, last 4, compressed sizes 6 and 4 (big-endian UInt64) */
  unsigned char hdr[40] = {0}, data[10] = {0, 1, 0, 2, 0, 3, 0, 4, 0xff, 0xfb};
  vb_io_bytes doc = {NULL, 0, 0};
  int calls = 0;
  vb_io_callbacks cb = {copy_inflate, NULL, &calls};
  vb_object *o;
  vb_image_data *im;
  hdr[7] = 2, hdr[15] = 6, hdr[23] = 4, hdr[31] = 6, hdr[39] = 4;
  vb__io_put(&doc, head, strlen(head));
  vb__io_base64_encode(&doc, hdr, sizeof hdr);
  vb__io_base64_encode(&doc, data, sizeof data);
  vb__io_put(&doc, "</DataArray></PointData></Piece></ImageData></VTKFile>", 55);
  o = vb_xml_read(doc.data, doc.size - 1, &cb, NULL);
  im = vb_image_data_from_object(o);
  CHECK(im != NULL);
  CHECK_EQ_INT(calls, 2);
  if (im) {
    vb_array *a = vb_attributes_get_array_by_name(vb_data_set_get_point_data(vb_image_data_data_object(im)), "v", NULL);
    double org[3];
    CHECK(a && vb_array_type(a) == VB_SHORT && vb_array_get_number_of_tuples(a) == 5);
    CHECK(a && ((short *)vb_array_data(a))[0] == 1 && ((short *)vb_array_data(a))[4] == -5);
    vb_image_data_get_origin(im, org);
    CHECK(org[2] == 3);
  }
  vb_object_release(o);
  /* without a callback: an error naming the compressor */
  CHECK(vb_xml_read(doc.data, doc.size - 1, NULL, NULL) == NULL);
  CHECK(strstr(vb_last_error(), "vtkZLibDataCompressor data needs zlib") != NULL);
  /* a header claiming more than deflate can give: refused before any allocation */
  vb_io_bytes_free(&doc);
  hdr[21] = 0x40; /* last block: 2^42 + 4 bytes */
  hdr[13] = 0x40;
  vb__io_put(&doc, head, strlen(head));
  vb__io_base64_encode(&doc, hdr, sizeof hdr);
  vb__io_base64_encode(&doc, data, sizeof data);
  vb__io_put(&doc, "</DataArray></PointData></Piece></ImageData></VTKFile>", 55);
  CHECK(vb_xml_read(doc.data, doc.size - 1, &cb, NULL) == NULL);
  CHECK(strstr(vb_last_error(), "cannot inflate to") != NULL || strstr(vb_last_error(), "bad compression header") != NULL);
  vb_io_bytes_free(&doc);
  CHECK_EQ_INT(vb_object_live_count(), 0);
}

TEST(test_errors_name_the_position) {
  static const struct { const char *text, *msg; } bad[] = {
    {"<VTKFile type=\"PolyData\"><PolyData><Piece NumberOfPoints=\"2\"><Points><DataArray type=\"Float32\" "
     "NumberOfComponents=\"3\" format=\"ascii\">1 2 3</DataArray></Points></Piece></PolyData></VTKFile>",
     "line 1 (byte 133): 3 values where 2 tuples of 3 were expected"},
    {"<VTKFile type=\"PolyData\"><PolyData><Piece NumberOfPoints=\"1\"><Points><DataArray type=\"Float32\" "
     "NumberOfComponents=\"3\" format=\"ascii\">1 2 x</DataArray></Points></Piece></PolyData></VTKFile>",
     "line 1 (byte 137): 'x' is not a number"},
    {"<VTKFile type=\"vtkHyperTreeGrid\"></VTKFile>", "line 1 (byte 0): VTKFile type 'vtkHyperTreeGrid' is not read yet"},
    {"<VTKFile type=\"PolyData\" compressor=\"vtkLZ4DataCompressor\"/>", "vtkLZ4DataCompressor: only vtkZLibDataCompressor"},
    {"<VTKFile type=\"PolyData\"><PolyData><FieldData><DataArray type=\"String\" Name=\"s\" format=\"ascii\"/>"
     "</FieldData></PolyData></VTKFile>", "String arrays are not read yet"},
    {"<VTKFile type=\"PolyData\"><PolyData><FieldData><DataArray type=\"UInt8\" format=\"appended\" offset=\"99\"/>"
     "</FieldData></PolyData><AppendedData encoding=\"raw\">_12</AppendedData></VTKFile>", "an offset past the end"},
    {"<VTKFile type=\"PolyData\"><PolyData><FieldData><DataArray type=\"UInt8\" format=\"appended\" offset=\"0\"/>"
     "</FieldData></PolyData><AppendedData encoding=\"raw\">_\xff\xff\xff\xff</AppendedData></VTKFile>",
     "4294967295 bytes of data where"},
    {"<VTKFile type=\"PolyData\" header_type=\"UInt64\"><PolyData><FieldData><DataArray type=\"UInt8\" format=\"appended\" "
     "offset=\"0\"/></FieldData></PolyData><AppendedData encoding=\"raw\">_\xff\xff\xff\xff\xff\xff\xff\xff</AppendedData></VTKFile>",
     "a data size of 18446744073709551615 bytes"},
    {"<VTKFile type=\"PolyData\" compressor=\"vtkZLibDataCompressor\"><PolyData><FieldData><DataArray type=\"UInt8\" "
     "format=\"appended\" offset=\"0\"/></FieldData></PolyData><AppendedData encoding=\"raw\">_\xff\xff\xff\x7f\1\1\1\1\1\1\1\1"
     "</AppendedData></VTKFile>", "a bad compression header (2147483647 blocks"},
    {"<VTKFile type=\"PolyData\"><PolyData><FieldData><DataArray type=\"Int8\" format=\"binary\">AQAAAA**</DataArray>"
     "</FieldData></PolyData></VTKFile>", "bytes of base64 data where 1 were expected"},
    {"<VTKFile type=\"UnstructuredGrid\"><UnstructuredGrid><Piece NumberOfPoints=\"0\" NumberOfCells=\"1\"><Cells>"
     "<DataArray type=\"Int32\" Name=\"connectivity\" format=\"ascii\">0</DataArray><DataArray type=\"Int32\" Name=\"offsets\" "
     "format=\"ascii\">1</DataArray><DataArray type=\"UInt8\" Name=\"types\" format=\"ascii\">1</DataArray></Cells></Piece>"
     "</UnstructuredGrid></VTKFile>", "connectivity value 0 is not an id below 0"},
    {"<VTKFile type=\"PolyData\"><PolyData><Piece/><Piece/></PolyData></VTKFile>", "more than one piece"},
    {"<VTKFile type=\"PolyData\"><PolyData><a><a><a><a><a><a><a><a><a><a><a><a><a><a><a><a><a><a><a><a><a><a><a><a>"
     "<a><a><a><a><a><a><a><a><a><a><a><a><a><a><a><a><a><a><a><a><a><a><a><a><a><a><a><a><a><a><a><a><a><a><a><a><a><a><a>",
     "nested deeper than 64"},
    {"<VTKFile type=\"ImageData\"><ImageData><Piece Extent=\"0 1 0 1\"/></ImageData></VTKFile>", "a bad Extent attribute"},
  };
  size_t k;
  for (k = 0; k < sizeof bad / sizeof *bad; k++) {
    vb_object *o = vb_xml_read(bad[k].text, strlen(bad[k].text), NULL, NULL);
    CHECK(o == NULL);
    vb_object_release(o);
    CHECK_EQ_INT(vb_last_status(), VB_EINVAL);
    if (!strstr(vb_last_error(), bad[k].msg)) fprintf(stderr, "  %zu got: %s\n", k, vb_last_error());
    CHECK(strstr(vb_last_error(), bad[k].msg) != NULL);
  }
  CHECK_EQ_INT(vb_object_live_count(), 0);
}

static unsigned char *slurp(const char *name, size_t *n) {
  char path[512];
  FILE *f;
  unsigned char *p;
  snprintf(path, sizeof path, "%s/io/xml/%s", VB_TEST_DATA, name);
  if (!(f = fopen(path, "rb"))) return NULL;
  fseek(f, 0, SEEK_END);
  *n = (size_t)ftell(f);
  fseek(f, 0, SEEK_SET);
  p = malloc(*n ? *n : 1);
  if (fread(p, 1, *n, f) != *n) *n = 0;
  fclose(f);
  return p;
}

static const char *const FILES[] = {"ugrid-raw-none-64-le.vtu", "ugrid-appended-none-32-be.vtu", "rgrid-binary-none-32-le.vtr",
                                    "sgrid-ascii-none-32-le.vts", "poly_attributes-raw-none-64-le.vtp"};

TEST(test_corpus_prefixes) {
  size_t f, n, k;
  for (f = 0; f < sizeof FILES / sizeof *FILES; f++) {
    unsigned char *p = slurp(FILES[f], &n);
    vb_object *o;
    CHECK(p != NULL);
    if (!p) continue;
    o = vb_xml_read(p, n, NULL, NULL);
    CHECK(o != NULL);
    vb_object_release(o);
    for (k = 0; k < n; k += 1 + k / 16) {
      o = vb_xml_read(p, k, NULL, NULL);
      if (!o) CHECK(vb_last_status() == VB_EINVAL && strstr(vb_last_error(), "(byte ") != NULL);
      vb_object_release(o);
    }
    free(p);
  }
  CHECK_EQ_INT(vb_object_live_count(), 0);
}

TEST(test_allocation_failures) {
  size_t f, n;
  for (f = 0; f < sizeof FILES / sizeof *FILES; f++) {
    unsigned char *p = slurp(FILES[f], &n);
    long k;
    int ok = 0;
    for (k = 0; p && k < 2000 && !ok; k++) {
      vb_object *o;
      vbt_alloc_fail_after(k);
      o = vb_xml_read(p, n, NULL, NULL);
      vbt_alloc_reset();
      if (o) ok = 1;
      else CHECK_EQ_INT(vb_last_status(), VB_ENOMEM);
      vb_object_release(o);
      CHECK_EQ_INT(vb_object_live_count(), 0);
    }
    CHECK(ok);
    free(p);
  }
}

/* the file's bytes as vb_xml_write writes the object (a comparison of two reads) */
static int same_object(vb_object *a, vb_object *b) {
  vb_io_bytes x = {NULL, 0, 0}, y = {NULL, 0, 0};
  int same = a && b && vb_xml_write(a, NULL, &x) == VB_OK && vb_xml_write(b, NULL, &y) == VB_OK && x.size == y.size &&
             !memcmp(x.data, y.data, x.size);
  vb_io_bytes_free(&x);
  vb_io_bytes_free(&y);
  return same;
}

/* vb_xml_read_block at every placement: the object vb_xml_read gives; where
 * vb_xml_align says, arrays share the block (more references to it), which
 * outlives its first holder; allocation failures leak nothing */
TEST(test_read_block) {
  size_t f, n, s;
  long blocks = vb_block_live_count();
  for (f = 0; f < sizeof FILES / sizeof *FILES; f++) {
    unsigned char *p = slurp(FILES[f], &n);
    vb_object *want = p ? vb_xml_read(p, n, NULL, NULL) : NULL;
    CHECK(want != NULL);
    for (s = 0; want && s < 8; s++) {
      vb_block *blk = vb_block_new(n + 8);
      vb_object *o;
      long k;
      memcpy((char *)vb_block_data(blk) + s, p, n);
      o = vb_xml_read_block(blk, s, n, NULL, NULL);
      if (strstr(FILES[f], "raw-none-64") && s == vb_xml_align(p, n, n)) CHECK(vb_block_refcount(blk) > 1);
      vb_block_release(blk);
      CHECK(same_object(o, want));
      vb_object_release(o);
      for (k = 0; s == 3 && k < 2000; k++) { /* allocation failures */
        vbt_alloc_fail_after(k);
        blk = vb_block_new(n + 8);
        if (blk) memcpy((char *)vb_block_data(blk) + s, p, n);
        o = blk ? vb_xml_read_block(blk, s, n, NULL, NULL) : NULL;
        vbt_alloc_reset();
        vb_block_release(blk);
        if (!o) CHECK_EQ_INT(vb_last_status(), VB_ENOMEM);
        vb_object_release(o);
        if (o) break;
      }
      CHECK(k < 2000);
    }
    vb_object_release(want);
    free(p);
  }
  CHECK(vb_xml_read_block(NULL, 0, 0, NULL, NULL) == NULL);
  CHECK_EQ_INT(vb_xml_align("<VTKFile>", 9, 9), 0);
  CHECK_EQ_INT(vb_object_live_count(), 0);
  CHECK_EQ_INT(vb_block_live_count(), blocks);
}

/* composite files: the binding loads what DataSet file= names (here: an inline document per name) */
static int load_leaf(void *ctx, const char *file, vb_object **out) {
  static const char leaf[] = "<VTKFile type=\"PolyData\"><PolyData><Piece NumberOfPoints=\"0\"/></PolyData></VTKFile>";
  (*(int *)ctx)++;
  if (strcmp(file, "missing.vtp") == 0) return VB_EINVAL;
  *out = vb_xml_read(leaf, sizeof leaf - 1, NULL, NULL);
  return *out ? VB_OK : vb_last_status();
}

TEST(test_composite) {
  static const char vtm[] =
    "<VTKFile type=\"vtkMultiBlockDataSet\"><vtkMultiBlockDataSet>"
    "<DataSet index=\"0\" name=\"a&amp;b\" file=\"x/a.vtp\"/><Block index=\"2\"><DataSet index=\"1\" file=\"b.vtp\"/>"
    "<Unknown><DataSet file=\"ignored.vtp\"/></Unknown></Block></vtkMultiBlockDataSet></VTKFile>";
  int calls = 0;
  vb_io_callbacks cb = {NULL, load_leaf, &calls};
  vb_object *o = vb_xml_read(vtm, sizeof vtm - 1, &cb, NULL);
  vb_composite *c = vb_composite_from_object(o), *inner;
  CHECK(c != NULL);
  CHECK_EQ_INT(calls, 2);
  if (c) {
    CHECK_EQ_INT(vb_composite_get_number_of_children(c), 3);
    CHECK(vb_composite_get_child(c, 1) == NULL);
    CHECK(strcmp(vb_information_get_string(vb_composite_get_child_meta_data(c, 0), "vtkCompositeDataSet::NAME"), "a&b") == 0);
    inner = vb_composite_from_object(vb_data_object_object(vb_composite_get_child(c, 2)));
    CHECK(inner && vb_composite_get_number_of_children(inner) == 2 && vb_composite_get_child(inner, 1) != NULL);
  }
  vb_object_release(o);
  CHECK(vb_xml_read(vtm, sizeof vtm - 1, NULL, NULL) == NULL);
  CHECK(strstr(vb_last_error(), "a DataSet file (x/a.vtp) and no way to load it") != NULL);
  {
    static const char bad[] = "<VTKFile type=\"vtkPartitionedDataSetCollection\"><vtkPartitionedDataSetCollection>"
                              "<Partitions index=\"0\"><DataSet index=\"0\" file=\"missing.vtp\"/></Partitions>"
                              "</vtkPartitionedDataSetCollection></VTKFile>";
    CHECK(vb_xml_read(bad, sizeof bad - 1, &cb, NULL) == NULL);
    CHECK(strstr(vb_last_error(), "line 1 (byte 103): DataSet file 'missing.vtp'") != NULL);
    CHECK(strstr(vb_last_error(), "missing.vtp': it could not be loaded") != NULL);
  }
  CHECK_EQ_INT(vb_object_live_count(), 0);
}

int main(void) {
  RUN(test_inline_and_appended);
  RUN(test_compressed_blocks);
  RUN(test_errors_name_the_position);
  RUN(test_corpus_prefixes);
  RUN(test_allocation_failures);
  RUN(test_read_block);
  RUN(test_composite);
  return vb_test_done();
}
