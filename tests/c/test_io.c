/* test_io.c - the file formats in C (vb_io.h).  Legacy .vtk: a
 * round trip in the four modes, positioned errors, and allocation failures at
 * every point of a read and a write (an error, nothing leaked, nothing
 * returned half-built).  The corpus against VTK 9.7.1 is tested from Python
 * (tests/python/test_io_legacy.py). */
#include <string.h>

#include "vb_test.h"
#include "vb_io_impl.h"
#include "vtkbuf.h"

static const char FILE_51[] =
  "# vtk DataFile Version 5.1\nvtk output\nASCII\nDATASET POLYDATA\n"
  "FIELD FieldData 1\nfid 1 1 vtkIdType\n7 \n"
  "POINTS 3 float\n0 0 0 1 0 0 0 1 0 \n\n" /* nine values: a line, then the end */
  "POLYGONS 2 3\nOFFSETS vtktypeint64\n0 3 \nCONNECTIVITY vtktypeint64\n0 1 2 \n"
  "POINT_DATA 3\nSCALARS temp double \nLOOKUP_TABLE default\n0.5 1.5 2.5 \n"
  "FIELD FieldData 1\nab%20c 2 3 int\n1 2 3 4 5 6 \nMETADATA\nCOMPONENT_NAMES\nx\ny%25\n\n";

#define HEAD51 "# vtk DataFile Version 5.1\nvtk output\nASCII\n"
/* one file of each other kind, as VTK 9.7.1 writes it */
static const char *const KINDS[] = {
  FILE_51,
  HEAD51 "DATASET UNSTRUCTURED_GRID\nFIELD FieldData 1\ns 1 2 string\na%20b\n\n\n"
         "POINTS 5 float\n0 0 0 1 0 0 0 1 0 \n0 0 1 1 1 1 \n"
         "CELLS 3 21\nOFFSETS vtktypeint64\n0 17 21 \nCONNECTIVITY vtktypeint64\n4 3 0 1 2 3 0 1 3 \n"
         "3 0 2 3 3 1 2 3 1 \n2 3 4 \nCELL_TYPES 2\n42\n10\n\nCELL_DATA 2\nSCALARS c int \nLOOKUP_TABLE default\n1 2 \n",
  HEAD51 "DATASET STRUCTURED_POINTS\nDIMENSIONS 3 2 1\nSPACING 0.5 1 2\nORIGIN 1.5 2 7\n"
         "CELL_DATA 2\nFIELD FieldData 1\nc 1 2 short\n-1 1 \n"
         "POINT_DATA 6\nSCALARS s float \nLOOKUP_TABLE default\n0 1 2 3 4 5 \n",
  HEAD51 "DATASET STRUCTURED_GRID\nDIMENSIONS 2 1 2\nPOINTS 4 double\n0 0 0 1 0 0 0 0 1 \n1 0 1.5 \n",
  HEAD51 "DATASET RECTILINEAR_GRID\nDIMENSIONS 2 2 1\nX_COORDINATES 2 float\n0 1 \nY_COORDINATES 2 double\n-1 1 \n"
         "Z_COORDINATES 1 int\n0 \nPOINT_DATA 4\nVECTORS v double\n0 1 2 3 4 5 6 7 8 \n9 10 11 \n",
  HEAD51 "FIELD FieldData 2\na 1 2 double\n0.5 1 \nw 1 1 string\nx\n\n",
};
enum { NKINDS = sizeof KINDS / sizeof *KINDS };

static vb_object *read_str(const char *s) { return vb_legacy_read(s, strlen(s), 0, NULL); }

TEST(test_read_write_identity) {
  vb_legacy_info info;
  vb_object *o = vb_legacy_read(FILE_51, strlen(FILE_51), 0, &info);
  vb_io_bytes out = {NULL, 0, 0};
  vb_polydata *pd;
  vb_array *a;
  CHECK(o != NULL);
  if (!o) return;
  CHECK_EQ_INT(info.version, 51);
  CHECK_EQ_INT(info.binary, 0);
  CHECK(strcmp(info.header, "vtk output") == 0);
  pd = vb_polydata_from_object(o);
  CHECK(pd != NULL);
  CHECK_EQ_INT(vb_polydata_get_number_of_points(pd), 3);
  CHECK_EQ_INT(vb_polydata_get_number_of_polys(pd), 1);
  a = vb_attributes_get_array_by_name(vb_polydata_get_point_data(pd), "ab c", NULL);
  CHECK(a && vb_array_get_number_of_components(a) == 2 && vb_array_type(a) == VB_INT);
  CHECK(a && strcmp(vb_array_get_component_name(a, 1), "y%") == 0);
  CHECK_EQ_INT(vb_legacy_write(o, NULL, &out), VB_OK);
  CHECK(out.size == strlen(FILE_51) && memcmp(out.data, FILE_51, out.size) == 0);
  vb_io_bytes_free(&out);
  vb_object_release(o);
}

/* every kind: VTK's file is written back byte for byte; the classes */
TEST(test_kinds_identity) {
  static const char *const cls[NKINDS] = {"vtkPolyData", "vtkUnstructuredGrid", "vtkImageData",
                                          "vtkStructuredGrid", "vtkRectilinearGrid", "vtkDataObject"};
  size_t k;
  for (k = 0; k < NKINDS; k++) {
    vb_object *o = read_str(KINDS[k]);
    vb_io_bytes out = {NULL, 0, 0};
    CHECK(o != NULL);
    if (!o) {
      fprintf(stderr, "  kind %zu: %s\n", k, vb_last_error());
      continue;
    }
    CHECK(strcmp(vb_object_class_name(o), cls[k]) == 0);
    CHECK_EQ_INT(vb_legacy_write(o, NULL, &out), VB_OK);
    CHECK(out.size == strlen(KINDS[k]) && memcmp(out.data, KINDS[k], out.size) == 0);
    if (out.size != strlen(KINDS[k]) || memcmp(out.data, KINDS[k], out.size))
      fprintf(stderr, "  kind %zu wrote:\n%.*s\n", k, (int)out.size, (const char *)out.data);
    vb_io_bytes_free(&out);
    vb_object_release(o);
  }
  { /* the polyhedron's face stream became a cell of 4 points and 4 faces */
    vb_object *o = read_str(KINDS[1]);
    vb_unstructured_grid *g = vb_unstructured_grid_from_object(o);
    CHECK(g && vb_cell_array_get_number_of_cells(vb_unstructured_grid_get_polyhedron_faces(g)) == 4);
    CHECK(g && vb_cell_array_get_number_of_connectivity_ids(vb_unstructured_grid_get_cells(g)) == 8);
    vb_object_release(o);
  }
}

TEST(test_four_modes_round_trip) {
  size_t k;
  for (k = 0; k < NKINDS; k++) {
  vb_object *o = read_str(KINDS[k]);
  int m;
  for (m = 0; m < 4 && o; m++) {
    vb_legacy_options opt = {m & 1, m & 2 ? 42 : 51, "title", "FD", m & 1};
    vb_io_bytes a = {NULL, 0, 0}, b = {NULL, 0, 0};
    vb_legacy_info info;
    vb_object *o2;
    CHECK_EQ_INT(vb_legacy_write(o, &opt, &a), VB_OK);
    o2 = vb_legacy_read(a.data, a.size, 0, &info);
    CHECK(o2 != NULL);
    CHECK_EQ_INT(info.binary, m & 1);
    CHECK_EQ_INT(info.version, m & 2 ? 42 : 51);
    CHECK(strcmp(info.header, "title") == 0);
    CHECK_EQ_INT(vb_legacy_write(o2, &opt, &b), VB_OK);
    CHECK(a.size == b.size && memcmp(a.data, b.data, a.size) == 0);
    vb_object_release(o2);
    vb_io_bytes_free(&a);
    vb_io_bytes_free(&b);
  }
  vb_object_release(o);
  }
}

TEST(test_errors_name_the_position) {
  static const struct { const char *text, *msg; } bad[] = {
    {"# vtk DataFile Version 5.1\nt\nASCII\nDATASET POLYDATA\nPOINTS 2 float\n0 0 0\n", "line 5 (byte 61): 6 values cannot fit in the 7 bytes left"},
    {"# vtk DataFile Version 5.1\nt\nASCII\nDATASET POLYDATA\nPOINTS 1 float\n0 0 zz\n", "line 6 (byte 71): 'zz' is not a number"},
    {"# vtk DataFile Version 5.1\nt\nBINARY\nDATASET POLYDATA\nPOINTS 1 float\n\1\2", "need 12 bytes, 2 left"},
    {"# vtk DataFile Version 5.1\nt\nASCII\nDATASET HYPER\n", "line 4 (byte 43): unknown data set kind 'HYPER'"},
    {"# vtk DataFile Version 5.1\nt\nASCII\nDATASET STRUCTURED_POINTS\nDIMENSIONS 4000000 4000000 4000000\n",
     "line 5 (byte 88): 4000000 x 4000000 x 4000000 points: more than can be counted"},
    {"# vtk DataFile Version 4.2\nt\nASCII\nDATASET UNSTRUCTURED_GRID\nPOINTS 1 float\n0 0 0\nCELLS 1 2\n1 0\n"
     "CELL_TYPES 1\n17\n", "line 10 (byte 109): cell 0 has type 17, which is no VTK cell type"},
    {"# vtk DataFile Version 4.2\nt\nASCII\nDATASET UNSTRUCTURED_GRID\nPOINTS 1 float\n0 0 0\nCELLS 1 2\n1 4\n"
     "CELL_TYPES 1\n1\n", "line 7 (byte 82): a cell uses point 4 of 1 points"},
    {"# vtk DataFile Version 5.1\nt\nASCII\nDATASET RECTILINEAR_GRID\nX_COORDINATES 3 float\n0 1\n",
     "line 7 (byte 86): the file ends where a value was expected"},
    {"# vtk DataFile Version 5.1\nt\nBINARY\nFIELD f 1\ns 1 1 string\n\x45" "abc\n",
     "line 6 (byte 59): string 0 does not fit"},
  };
  size_t k;
  vb_object *o = vb_polydata_object(vb_polydata_new());
  vb_io_bytes out = {NULL, 0, 0};
  vb_legacy_options opt = {0, 50, NULL, NULL, 0};
  for (k = 0; k < sizeof bad / sizeof *bad; k++) {
    CHECK(read_str(bad[k].text) == NULL);
    CHECK_EQ_INT(vb_last_status(), VB_EINVAL);
    if (!strstr(vb_last_error(), bad[k].msg)) fprintf(stderr, "  got: %s\n", vb_last_error());
    CHECK(strstr(vb_last_error(), bad[k].msg) != NULL);
  }
  CHECK_EQ_INT(vb_legacy_write(o, &opt, &out), VB_EINVAL);
  CHECK(out.size == 0);
  vb_object_release(o);
}

TEST(test_allocation_failures) {
  size_t f;
  for (f = 0; f < NKINDS; f++) {
  long k;
  int read_ok = 0, write_ok = 0;
  for (k = 0; k < 400 && !(read_ok && write_ok); k++) {
    vb_object *o;
    vb_io_bytes out = {NULL, 0, 0};
    vbt_alloc_fail_after(k);
    o = read_str(KINDS[f]);
    vbt_alloc_reset();
    if (!o) {
      CHECK_EQ_INT(vb_last_status(), VB_ENOMEM);
      CHECK_EQ_INT(vb_object_live_count(), 0);
      continue;
    }
    read_ok = 1;
    vbt_alloc_fail_after(k);
    if (vb_legacy_write(o, NULL, &out) == VB_OK)
      write_ok = 1;
    else
      CHECK(out.size == 0);
    vbt_alloc_reset();
    vb_io_bytes_free(&out);
    vb_object_release(o);
    CHECK_EQ_INT(vb_object_live_count(), 0);
  }
  CHECK(read_ok && write_ok);
  }
}

/* base64 (XML files): RFC 4648's vectors, whitespace skipped, a bad character found */
TEST(test_base64) {
  static const char *const plain[] = {"", "f", "fo", "foo", "foob", "fooba", "foobar"};
  static const char *const coded[] = {"", "Zg==", "Zm8=", "Zm9v", "Zm9vYg==", "Zm9vYmE=", "Zm9vYmFy"};
  unsigned char out[16];
  size_t k, used, bad, n;
  for (k = 0; k < 7; k++) {
    vb_io_bytes b = {NULL, 0, 0};
    CHECK_EQ_INT(vb__io_base64_encode(&b, (const unsigned char *)plain[k], strlen(plain[k])), VB_OK);
    CHECK(b.size == strlen(coded[k]) && (!b.size || memcmp(b.data, coded[k], b.size) == 0));
    vb_io_bytes_free(&b);
    n = vb__io_base64_decode((const unsigned char *)coded[k], strlen(coded[k]), out, sizeof out, &used, &bad);
    CHECK(n == strlen(plain[k]) && memcmp(out, plain[k], n) == 0 && used == strlen(coded[k]) && bad == (size_t)-1);
  }
  n = vb__io_base64_decode((const unsigned char *)"  Zm9v\n  YmFy\n ", 15, out, sizeof out, &used, &bad);
  CHECK(n == 6 && memcmp(out, "foobar", 6) == 0 && used == 15);
  n = vb__io_base64_decode((const unsigned char *)"Zm9v*mFy", 8, out, sizeof out, &used, &bad);
  CHECK(n == 3 && bad == 4);
  n = vb__io_base64_decode((const unsigned char *)"Zm9vYmFy", 8, out, 3, &used, &bad);
  CHECK(n == 3 && memcmp(out, "foo", 3) == 0);
}

/* the XML tokenizer: events of a small VTK file, attributes, entities, and
 * positioned errors (deep nesting, mismatched end tags, truncation) */
TEST(test_xml_tokens) {
  static const char doc[] =
    "<?xml version=\"1.0\"?>\n<!-- c -->\n<VTKFile type=\"PolyData\" byte_order='LittleEndian'>\n"
    "  <PolyData><Piece NumberOfPoints=\"2\"/>\n<DataArray Name=\"a&amp;b&lt;\">1 2</DataArray></PolyData>\n</VTKFile>\n";
  static const int kinds[] = {VB__XML_START, VB__XML_TEXT, VB__XML_START, VB__XML_START, VB__XML_TEXT, VB__XML_START,
                              VB__XML_TEXT, VB__XML_END, VB__XML_END, VB__XML_TEXT, VB__XML_END, VB__XML_EOF};
  vb__xml x;
  size_t k, len;
  char buf[32], deep[64 * 3 + 8];
  const char *v;
  vb__xml_init(&x, doc, strlen(doc));
  for (k = 0; k < sizeof kinds / sizeof *kinds; k++) {
    CHECK_EQ_INT(vb__xml_next(&x), VB_OK);
    CHECK_EQ_INT(x.kind, kinds[k]);
    if (k == 0) {
      v = vb__xml_attr(&x, "byte_order", &len);
      CHECK(v && len == 12 && !memcmp(v, "LittleEndian", 12));
      CHECK(vb__xml_attr(&x, "nope", &len) == NULL);
    }
    if (k == 3) CHECK(x.empty && x.name_len == 5);
    if (k == 5) {
      v = vb__xml_attr(&x, "Name", &len);
      CHECK(v && vb__xml_decode(v, len, buf, sizeof buf) == 4 && !strcmp(buf, "a&b<"));
    }
    if (k == 6) CHECK(x.text_len == 3 && !memcmp(x.text, "1 2", 3));
  }
  memset(deep, 0, sizeof deep);
  for (k = 0; k < 65; k++) memcpy(deep + 3 * k, "<a>", 3);
  {
    static const struct { const char *text, *msg; } bad[] = {
      {"<a><b></a>", "line 1 (byte 6): an end tag that closes no open element"},
      {"<a>\n<b x=\"1></b></a>", "line 2 (byte 9): an attribute value without its closing quote"},
      {"<a><b>", "line 1 (byte 6): the file ends inside an element"},
      {"<a x=1/>", "an unquoted attribute value"},
      {"junk<a/>", "line 1 (byte 0): text outside the root element"},
      {"<!-- x", "an unterminated declaration or comment"},
    };
    for (k = 0; k < sizeof bad / sizeof *bad; k++) {
      int st = VB_OK;
      vb__xml_init(&x, bad[k].text, strlen(bad[k].text));
      while (st == VB_OK && x.kind != VB__XML_EOF) st = vb__xml_next(&x);
      CHECK_EQ_INT(st, VB_EINVAL);
      if (!strstr(vb_last_error(), bad[k].msg)) fprintf(stderr, "  got: %s\n", vb_last_error());
      CHECK(strstr(vb_last_error(), bad[k].msg) != NULL);
    }
    vb__xml_init(&x, deep, strlen(deep));
    for (k = 0; k < 64; k++) CHECK_EQ_INT(vb__xml_next(&x), VB_OK);
    CHECK_EQ_INT(vb__xml_next(&x), VB_EINVAL);
    CHECK(strstr(vb_last_error(), "(byte 192): elements nested deeper than 64") != NULL);
  }
}

int main(void) {
  RUN(test_xml_tokens);
  RUN(test_base64);
  RUN(test_read_write_identity);
  RUN(test_kinds_identity);
  RUN(test_four_modes_round_trip);
  RUN(test_errors_name_the_position);
  RUN(test_allocation_failures);
  return vb_test_done();
}
