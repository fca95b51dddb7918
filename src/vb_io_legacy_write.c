/* vb_io_legacy_write.c - the legacy .vtk writer (vb_io.h), byte for byte
 * what VTK 9.7.1's vtkDataWriter writes: the same sections in the same
 * order, numbers as its {fmt} formats ({:g} for float, {:.11g} for double,
 * nine values a line), names %-encoded, big-endian binary. */
#include "vb_io_impl.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vb_attributes.h"
#include "vb_cell_array.h"
#include "vb_data_set.h"
#include "vb_field_data.h"
#include "vb_id_list.h"
#include "vb_image_data.h"
#include "vb_polydata.h"
#include "vb_rectilinear_grid.h"
#include "vb_structured_grid.h"
#include "vb_unstructured_grid.h"
#include "vb_value_array.h"
#include "vb_types.h"

typedef struct wr {
  vb_io_bytes *o;
  int binary, version, write_extent;
  const char *field_name;
  int st; /* first failure (sticky) */
} wr;

static void put(wr *w, const char *s) {
  if (w->st == VB_OK) w->st = vb__io_put(w->o, s, strlen(s));
}
#define PUTF(w, ...) ((w)->st == VB_OK ? (void)((w)->st = vb__io_printf((w)->o, __VA_ARGS__)) : (void)0)
/* a name %-encoded; VTK's reader reads words and lines of at most 255
 * bytes, so a longer encoded name could not be read back: refused */
static void put_name(wr *w, const char *s) {
  size_t before = w->o->size;
  if (w->st == VB_OK) w->st = vb__io_put_encoded(w->o, s);
  if (w->st == VB_OK && w->o->size - before > 255)
    w->st = vb__fail("Write", VB_EINVAL, "a name of %zu bytes once encoded (VTK reads 255)", w->o->size - before);
}

static void put_name_any(wr *w, const char *s) { /* %-encoded, any length (string values) */
  if (w->st == VB_OK) w->st = vb__io_put_encoded(w->o, s);
}

/* an AOS array with a's values (a itself, retained, when it is one) */
vb_array *vb__io_aos(vb_array *a, int *st) {
  vb_array *c;
  if (vb_array_layout(a) == VB_LAYOUT_AOS) {
    vb_array_retain(a);
    return a;
  }
  if (!(c = vb_array_new(vb_array_type(a))) || vb_array_deep_copy(c, a) != VB_OK) {
    vb_array_release(c);
    *st = VB_ENOMEM;
    return NULL;
  }
  return c;
}
#define aos_of(w, a) vb__io_aos(a, &(w)->st)

/* the digits of v as {fmt}'s "{}" writes them (vtk::to_string: the shortest
 * that reads back as the float/double, fixed for decimal exponents in
 * [-4, 7) (float) or [-4, 16) (double), else d.ddde+XX) */
static int shortest(double v, int isf, char *buf, size_t cap) {
  char d[24], t[40];
  const char *end;
  int p, ex = 0, nd, len = 0, k;
  if (v != v || v - v != 0) return vb__snprintf(buf, cap, "%s", v != v ? (signbit(v) ? "-nan" : "nan") : v < 0 ? "-inf" : "inf");
  if (signbit(v)) buf[len++] = '-', v = -v;
  for (p = 1; p <= 17; p++) { /* 17 digits always read back */
    ex = vb__digits(v, p, d);
    t[0] = d[0], t[1] = '.';
    memcpy(t + 2, d + 1, (size_t)p - 1);
    vb__snprintf(t + p + 1, sizeof t - (size_t)p - 1, "e%d", ex);
    if (p == 17 || (isf ? vb__strtof(t, &end) == (float)v : vb__strtod(t, &end) == v)) break;
  }
  nd = p;
  if (ex < -4 || ex >= (isf ? 7 : 16)) {
    int a = ex < 0 ? -ex : ex;
    buf[len++] = d[0];
    if (nd > 1) buf[len++] = '.';
    for (k = 1; k < nd; k++) buf[len++] = d[k];
    buf[len++] = 'e', buf[len++] = ex < 0 ? '-' : '+';
    if (a >= 100) buf[len++] = (char)('0' + a / 100);
    buf[len++] = (char)('0' + a / 10 % 10), buf[len++] = (char)('0' + a % 10);
    buf[len] = '\0';
    return len;
  }
  if (ex < 0) {
    buf[len++] = '0', buf[len++] = '.';
    for (k = 0; k < -ex - 1; k++) buf[len++] = '0';
  }
  for (k = 0; k < nd || k <= ex; k++) {
    if (k == ex + 1 && ex >= 0) buf[len++] = '.';
    buf[len++] = k < nd ? d[k] : '0';
  }
  buf[len] = '\0';
  return len;
}

int vb__io_format_double(double v, int prec, char *buf, size_t cap) {
  if (prec <= 0) return shortest(v, prec < 0, buf, cap);
  return vb__snprintf(buf, cap, "%.*g", prec, v);
}

/* value i of an array of row t's type, as VTK's ASCII writer formats it
 * into buf (legacy: {:g} floats, {:.11g} doubles, a space after it; XML:
 * the shortest, no space); returns its length */
int vb__io_format_value(const vb__io_type *t, const void *base, int64_t i, int xml, char *buf, size_t cap) {
  const unsigned char *p = (const unsigned char *)base + (size_t)i * vb_type_size(t->type);
  const char *sp = xml ? "" : " ";
  if (t->type == VB_FLOAT) {
    float f;
    memcpy(&f, p, 4);
    if (xml) return shortest(f, 1, buf, cap);
    return vb__snprintf(buf, cap, "%g ", (double)f);
  } else if (t->type == VB_DOUBLE) {
    double d;
    memcpy(&d, p, 8);
    if (xml) return shortest(d, 0, buf, cap);
    return vb__snprintf(buf, cap, "%.11g ", d);
  } else if (t->type == VB_CHAR && !xml) { /* VTK's {:d} of a char: its unsigned value */
    return vb__snprintf(buf, cap, "%u ", (unsigned)*p);
  } else if (t->type == VB_ID_TYPE && !xml) { /* VTK writes vtkIdType as int */
    int64_t v;
    memcpy(&v, p, 8);
    return vb__snprintf(buf, cap, "%d ", (int)(int32_t)(uint32_t)(uint64_t)v);
  } else if (t->kind == 'b') {
    return vb__snprintf(buf, cap, "%d%s", (base ? ((const unsigned char *)base)[i / 8] >> (7 - i % 8) : 0) & 1, sp);
  } else {
    unsigned char be[8];
    uint64_t u = 0;
    int k;
    vb__io_encode_be(be, 8, t->kind, p, t->type, 1);
    for (k = 0; k < 8; k++) u = u << 8 | be[k];
    if (t->kind == 'u') return vb__snprintf(buf, cap, "%llu%s", (unsigned long long)u, sp);
    return vb__snprintf(buf, cap, "%lld%s", (long long)(int64_t)u, sp);
  }
}

/* VTK's WriteArray: the type name into header (a printf format with one
 * %s), num tuples of ncomp values, "\n", then METADATA when a has
 * component names */
static void write_array(wr *w, vb_array *a, const char *header, int64_t num, int64_t ncomp) {
  const vb__io_type *t = vb__io_type_of(vb_array_type(a));
  vb_array *c;
  int64_t nv = num * ncomp, i;
  if (w->st != VB_OK) return;
  if (!t) {
    w->st = vb__fail("Write", VB_ETYPE, "arrays of type %s cannot be written", vb_type_name(vb_array_type(a)));
    return;
  }
  if (vb_array_get_number_of_tuples(a) < num || vb_array_get_number_of_components(a) < ncomp) {
    /* e.g. an attribute replaced by a same-named array of other components
     * (VTK then writes the missing values from past the array's end) */
    int comps = vb_array_get_number_of_tuples(a) >= num;
    w->st = vb__fail("Write", VB_EINVAL, "array '%s' has %lld %s, the section needs %lld",
                     vb_array_get_name(a) ? vb_array_get_name(a) : "",
                     (long long)(comps ? vb_array_get_number_of_components(a) : vb_array_get_number_of_tuples(a)),
                     comps ? "components" : "tuples", (long long)(comps ? ncomp : num));
    return;
  }
  PUTF(w, header, t->legacy);
  if (!(c = aos_of(w, a))) return;
  if (t->kind == 'b') {
    const unsigned char *bits = vb_array_data(c);
    if (!w->binary)
      for (i = 0; i < nv; i++) put(w, (bits[i / 8] >> (7 - i % 8)) & 1 ? ((i + 1) % 8 ? "1 " : "1\n") : ((i + 1) % 8 ? "0 " : "0\n"));
    else if (w->st == VB_OK && nv > 0) /* VTK writes (tuples - 1) / 8 + 1 bytes: too few for
                                          several components, which it then cannot read */
      w->st = vb__io_put(w->o, bits, (size_t)((nv + 7) / 8));
  } else if (!w->binary) {
    char buf[4096];
    size_t len = 0;
    for (i = 0; i < nv && w->st == VB_OK; i++) { /* formatted into buf, appended in chunks */
      len += (size_t)vb__io_format_value(t, vb_array_data(c), i, 0, buf + len, sizeof buf - len);
      if (!((i + 1) % 9)) buf[len++] = '\n';
      if (len > sizeof buf - 64 || i + 1 == nv) {
        w->st = vb__io_put(w->o, buf, len);
        len = 0;
      }
    }
  } else if (nv > 0 && w->st == VB_OK) {
    size_t size = (size_t)nv * (size_t)t->width;
    unsigned char *buf = malloc(size);
    if (!buf)
      w->st = VB_ENOMEM;
    else {
      vb__io_encode_be(buf, t->width, t->kind, vb_array_data(c), t->type, nv);
      w->st = vb__io_put(w->o, buf, size);
      free(buf);
    }
  }
  vb_array_release(c);
  put(w, "\n");
  if (vb_array_has_a_component_name(a)) {
    put(w, "METADATA\nCOMPONENT_NAMES\n");
    for (i = 0; i < ncomp; i++) {
      put_name(w, vb_array_get_component_name(a, i));
      put(w, "\n");
    }
    put(w, "\n");
  }
}

/* VTK's string arrays: ASCII one %-encoded line a value; binary a
 * big-endian length header (1, 2, 4 or 8 bytes, its top two bits 3, 2, 1, 0)
 * then the bytes; "\n" after the values, METADATA for component names */
static void write_strings(wr *w, vb_value_array *a) {
  int64_t i, nc = vb_value_array_get_number_of_components(a), nv = vb_value_array_get_number_of_values(a);
  PUTF(w, " %lld %lld string\n", (long long)nc, (long long)vb_value_array_get_number_of_tuples(a));
  for (i = 0; i < nv && w->st == VB_OK; i++) {
    const vb_variant *v = vb_value_array_get_value(a, i);
    const char *s = v && v->s ? v->s : "";
    uint64_t len = v && v->s ? v->len : 0;
    unsigned char h[8];
    int k, n = len < 64 ? 1 : len < 16384 ? 2 : len < ((uint64_t)1 << 30) ? 4 : 8;
    if (!w->binary) {
      put_name_any(w, s);
      put(w, "\n");
      continue;
    }
    for (k = 0; k < n; k++) h[k] = (unsigned char)(len >> (8 * (n - 1 - k)));
    h[0] |= (unsigned char)(n == 1 ? 0xc0 : n == 2 ? 0x80 : n == 4 ? 0x40 : 0);
    if ((w->st = vb__io_put(w->o, h, (size_t)n)) == VB_OK) w->st = vb__io_put(w->o, s, (size_t)len);
  }
  put(w, "\n");
  if (vb_value_array_has_a_component_name(a)) {
    put(w, "METADATA\nCOMPONENT_NAMES\n");
    for (i = 0; i < nc; i++) {
      put_name(w, vb_value_array_get_component_name(a, i));
      put(w, "\n");
    }
    put(w, "\n");
  }
}

/* VTK's WriteFieldData: the arrays that are no active attribute */
static void write_field(wr *w, vb_field_data *f, vb_attributes *at) {
  int i, k, n = vb_field_data_get_number_of_arrays(f), count = 0;
  int skip[VB_NUM_ATTRIBUTES];
  for (k = 0; k < VB_NUM_ATTRIBUTES; k++) skip[k] = at ? vb_attributes_get_active_attribute_index(at, k) : -1;
  for (i = 0; i < n; i++) {
    for (k = 0; k < VB_NUM_ATTRIBUTES && skip[k] != i; k++) {}
    count += k == VB_NUM_ATTRIBUTES;
  }
  if (count < 1) return;
  PUTF(w, "FIELD %s %d\n", w->field_name, count);
  for (i = 0; i < n; i++) {
    vb_array *a = vb_field_data_get_array(f, i);
    vb_value_array *sa = a ? NULL : vb_value_array_from_object(vb_field_data_get_abstract_array(f, i));
    const char *name = vb_field_data_get_array_name(f, i);
    for (k = 0; k < VB_NUM_ATTRIBUTES && skip[k] != i; k++) {}
    if (k < VB_NUM_ATTRIBUTES) continue;
    put_name(w, name && *name ? name : "unknown");
    if (a) {
      PUTF(w, " %d %lld ", vb_array_get_number_of_components(a), (long long)vb_array_get_number_of_tuples(a));
      write_array(w, a, "%s\n", vb_array_get_number_of_tuples(a), vb_array_get_number_of_components(a));
    } else if (sa && vb_value_array_type(sa) == VB_STRING_ARRAY)
      write_strings(w, sa);
    else if (w->st == VB_OK)
      w->st = vb__fail("Write", VB_ETYPE, "variant arrays cannot be written to a legacy file yet");
  }
}

/* the attribute sections VTK writes, in its order */
static const struct { int attr; const char *kw, *dflt; } attr_rows[] = {
  {VB_ATTRIBUTE_SCALARS, "SCALARS", "scalars"},   {VB_ATTRIBUTE_VECTORS, "VECTORS", "vectors"},
  {VB_ATTRIBUTE_NORMALS, "NORMALS", "normals"},   {VB_ATTRIBUTE_TCOORDS, "TEXTURE_COORDINATES", "tcoords"},
  {VB_ATTRIBUTE_TENSORS, "TENSORS", "tensors"},   {VB_ATTRIBUTE_GLOBALIDS, "GLOBAL_IDS", "global_ids"},
  {VB_ATTRIBUTE_PEDIGREEIDS, "PEDIGREE_IDS", "pedigree_ids"}, {VB_ATTRIBUTE_EDGEFLAG, "EDGE_FLAGS", "edge_flags"},
};

static void write_attributes(wr *w, vb_attributes *at, int64_t num, const char *kw) {
  vb_array *arr[8];
  vb_field_data *f = vb_attributes_field_data(at);
  int k, any = 0;
  if (num <= 0) return;
  for (k = 0; k < 8; k++) {
    arr[k] = vb_attributes_get_attribute(at, attr_rows[k].attr);
    if (arr[k] && vb_array_get_number_of_tuples(arr[k]) <= 0) arr[k] = NULL;
    any |= arr[k] != NULL;
  }
  if (!any && vb_field_data_get_number_of_tuples(f) <= 0) return;
  PUTF(w, "%s %lld\n", kw, (long long)num);
  for (k = 0; k < 8; k++) {
    vb_array *a = arr[k];
    const char *name;
    int nc;
    if (!a) continue;
    name = vb_array_get_name(a);
    nc = vb_array_get_number_of_components(a);
    if (k == 0 && vb_array_type(a) == VB_UNSIGNED_CHAR) { /* COLOR_SCALARS */
      vb_array *c = aos_of(w, a);
      int64_t i, j;
      put(w, "COLOR_SCALARS ");
      put_name(w, name && *name ? name : "scalars");
      PUTF(w, " %d\n", nc);
      if (!c) return;
      if (vb_array_get_number_of_tuples(a) < num)
        w->st = vb__fail("Write", VB_EINVAL, "the color scalars have fewer tuples than the data set");
      else if (w->binary && w->st == VB_OK)
        w->st = vb__io_put(w->o, vb_array_data(c), (size_t)(num * nc));
      else
        for (i = 0; i < num && w->st == VB_OK; i++) {
          for (j = 0; j < nc; j++) PUTF(w, "%g ", (double)(float)((unsigned char *)vb_array_data(c))[nc * i + j] / 255.0);
          if (i != 0 && !(i % 2)) put(w, "\n");
        }
      put(w, "\n");
      vb_array_release(c);
      continue;
    }
    PUTF(w, "%s", attr_rows[k].kw);
    if (k == 4 && nc == 6) put(w, "6");
    put(w, " ");
    put_name(w, name && *name ? name : attr_rows[k].dflt);
    if (k == 0) { /* "SCALARS name type \n" or "SCALARS name type n\n", then the table line */
      char h[64];
      put(w, " ");
      if (nc == 1)
        vb__snprintf(h, sizeof h, "%%s \nLOOKUP_TABLE default\n");
      else
        vb__snprintf(h, sizeof h, "%%s %d\nLOOKUP_TABLE default\n", nc);
      write_array(w, a, h, num, nc);
    } else if (k == 3) {
      PUTF(w, " %d ", nc);
      write_array(w, a, "%s\n", num, nc);
    } else {
      put(w, " ");
      write_array(w, a, "%s\n", num, k == 4 ? (nc == 6 ? 6 : 9) : k >= 5 ? 1 : 3);
    }
  }
  if (vb_field_data_get_number_of_tuples(f) > 0) write_field(w, f, at);
}

static void write_cells(wr *w, vb_cell_array *ca, const char *label) {
  int64_t nc = vb_cell_array_get_number_of_cells(ca), nconn = vb_cell_array_get_number_of_connectivity_ids(ca);
  if (nc < 1) return;
  if (w->version != 42) {
    PUTF(w, "%s %lld %lld\n", label, (long long)(nc + 1), (long long)nconn);
    write_array(w, vb_cell_array_get_offsets_array(ca), "OFFSETS %s\n", nc + 1, 1);
    write_array(w, vb_cell_array_get_connectivity_array(ca), "CONNECTIVITY %s\n", nconn, 1);
  } else {
    vb_array *off = vb_cell_array_get_offsets_array(ca), *conn = vb_cell_array_get_connectivity_array(ca);
    int64_t c, k, o0, o1, v, size = nconn + nc, n = 0;
    unsigned char *buf = NULL;
    PUTF(w, "%s %d %d\n", label, (int)nc, (int)size);
    if (w->binary && w->st == VB_OK && !(buf = malloc((size_t)size * 4))) w->st = VB_ENOMEM;
    for (c = 0; c < nc && w->st == VB_OK; c++) {
      vb_array_get_value_i64(off, c, &o0);
      vb_array_get_value_i64(off, c + 1, &o1);
      for (k = -1; k < o1 - o0; k++) {
        uint32_t u;
        if (k < 0)
          v = o1 - o0;
        else
          vb_array_get_value_i64(conn, o0 + k, &v);
        u = (uint32_t)(int32_t)v;
        if (!buf)
          PUTF(w, "%d ", (int)(int32_t)u);
        else
          buf[n++] = (unsigned char)(u >> 24), buf[n++] = (unsigned char)(u >> 16), buf[n++] = (unsigned char)(u >> 8),
          buf[n++] = (unsigned char)u;
      }
      if (!buf) put(w, "\n");
    }
    if (buf && w->st == VB_OK) w->st = vb__io_put(w->o, buf, (size_t)n);
    free(buf);
    put(w, "\n");
  }
}

/* what every data set kind starts and ends with: the DATASET line and its
 * field data; its cell data then point data */
static void head(wr *w, vb_data_object *d, const char *kind) {
  vb_field_data *fd = vb_data_object_get_field_data(d);
  PUTF(w, "DATASET %s\n", kind);
  if (fd && vb_field_data_get_number_of_tuples(fd) > 0) write_field(w, fd, NULL);
}
static void tail(wr *w, vb_data_object *d) {
  write_attributes(w, vb_data_set_get_cell_data(d), vb_data_set_get_number_of_cells(d), "CELL_DATA");
  write_attributes(w, vb_data_set_get_point_data(d), vb_data_set_get_number_of_points(d), "POINT_DATA");
}
static void write_points(wr *w, vb_points *pts) {
  if (!pts)
    put(w, "POINTS 0 float\n");
  else {
    PUTF(w, "POINTS %lld ", (long long)vb_points_get_number_of_points(pts));
    write_array(w, vb_points_get_data(pts), "%s\n", vb_points_get_number_of_points(pts), 3);
  }
}
static void write_dims(wr *w, const int ext[6]) {
  int i, d[3];
  for (i = 0; i < 3; i++) d[i] = ext[2 * i + 1] - ext[2 * i] + 1;
  if (w->write_extent)
    PUTF(w, "EXTENT %d %d %d %d %d %d\n", ext[0], ext[1], ext[2], ext[3], ext[4], ext[5]);
  else
    PUTF(w, "DIMENSIONS %d %d %d\n", d[0], d[1], d[2]);
}

static void write_polydata(wr *w, vb_data_object *d) {
  vb_polydata *pd = vb_polydata_from_object(vb_data_object_object(d));
  head(w, d, "POLYDATA");
  write_points(w, vb_polydata_get_points(pd));
  write_cells(w, vb_polydata_get_verts(pd), "VERTICES");
  write_cells(w, vb_polydata_get_lines(pd), "LINES");
  write_cells(w, vb_polydata_get_polys(pd), "POLYGONS");
  write_cells(w, vb_polydata_get_strips(pd), "TRIANGLE_STRIPS");
  tail(w, d);
}

/* VTK's vtkUnstructuredGridWriter: the cells copied into a new (64-bit)
 * cell array, polyhedra as their face streams; CELL_TYPES as ints */
static void write_ugrid(wr *w, vb_data_object *d) {
  vb_unstructured_grid *g = vb_unstructured_grid_from_object(vb_data_object_object(d));
  int64_t n = vb_data_set_get_number_of_cells(d), i;
  vb_cell_array *ca = NULL;
  vb_id_list *ids = NULL;
  head(w, d, "UNSTRUCTURED_GRID");
  write_points(w, vb_point_set_get_points(d));
  if (n <= 0 || w->st != VB_OK) {
    tail(w, d);
    return;
  }
  if (!(ca = vb_cell_array_new()) || !(ids = vb_id_list_new())) w->st = VB_ENOMEM;
  for (i = 0; i < n && w->st == VB_OK; i++)
    if ((w->st = vb_unstructured_grid_get_face_stream(g, i, ids)) == VB_OK &&
        vb_cell_array_insert_next_cell(ca, vb_id_list_get_number_of_ids(ids), vb_id_list_data(ids)) < 0)
      w->st = VB_ENOMEM;
  vb_id_list_release(ids);
  if (w->st == VB_OK) write_cells(w, ca, "CELLS");
  vb_cell_array_release(ca);
  PUTF(w, "CELL_TYPES %lld\n", (long long)n);
  for (i = 0; i < n && w->st == VB_OK; i++) {
    int t = vb_data_set_get_cell_type(d, i);
    unsigned char be[4] = {0, 0, 0, (unsigned char)t};
    if (w->binary)
      w->st = vb__io_put(w->o, be, 4);
    else
      PUTF(w, "%d\n", t);
  }
  put(w, "\n");
  tail(w, d);
}

/* VTK's vtkStructuredPointsWriter: DIMENSIONS, SPACING, and the origin
 * moved to the extent's first point (the extent itself is not written);
 * WriteExtent: EXTENT and the origin as it is */
static void write_image(wr *w, vb_data_object *d) {
  vb_image_data *im = vb_image_data_from_object(vb_data_object_object(d));
  int ext[6];
  double s[3], o[3];
  head(w, d, "STRUCTURED_POINTS");
  vb_image_data_get_extent(im, ext);
  vb_image_data_get_spacing(im, s);
  vb_image_data_get_origin(im, o);
  write_dims(w, ext);
  if (!w->write_extent) o[0] += ext[0] * s[0], o[1] += ext[2] * s[1], o[2] += ext[4] * s[2];
  PUTF(w, "SPACING %g %g %g\nORIGIN %g %g %g\n", s[0], s[1], s[2], o[0], o[1], o[2]);
  tail(w, d);
}

static void write_sgrid(wr *w, vb_data_object *d) {
  int ext[6];
  head(w, d, "STRUCTURED_GRID");
  vb_structured_grid_get_extent(vb_structured_grid_from_object(vb_data_object_object(d)), ext);
  write_dims(w, ext);
  write_points(w, vb_point_set_get_points(d));
  tail(w, d);
}

static void write_rgrid(wr *w, vb_data_object *d) {
  vb_rectilinear_grid *g = vb_rectilinear_grid_from_object(vb_data_object_object(d));
  static const char *const hdr[3] = {"X_COORDINATES %lld ", "Y_COORDINATES %lld ", "Z_COORDINATES %lld "};
  int ext[6], axis;
  head(w, d, "RECTILINEAR_GRID");
  vb_rectilinear_grid_get_extent(g, ext);
  write_dims(w, ext);
  for (axis = 0; axis < 3; axis++) {
    vb_array *a = vb_rectilinear_grid_get_coordinates(g, axis);
    int64_t n = a ? vb_array_get_number_of_tuples(a) : 1;
    PUTF(w, hdr[axis], (long long)n);
    if (a)
      write_array(w, a, "%s\n", n, 1);
    else if (w->st == VB_OK) /* VTK's default coordinates: one 0 */
      w->st = w->binary ? vb__io_put(w->o, "double\n\0\0\0\0\0\0\0\0\n", 16) : vb__io_put(w->o, "double\n0 \n", 10);
  }
  tail(w, d);
}

/* VTK's vtkDataObjectWriter: the field data only */
static void write_object(wr *w, vb_data_object *d) {
  vb_field_data *fd = vb_data_object_get_field_data(d);
  if (fd && vb_field_data_get_number_of_arrays(fd) > 0) write_field(w, fd, NULL);
}

/* the data set kinds, by VTK's data object type id (one row per kind) */
static const struct { int type_id; void (*write)(wr *w, vb_data_object *d); } kinds[] = {
  {VB_POLY_DATA, write_polydata}, {VB_UNSTRUCTURED_GRID, write_ugrid}, {VB_IMAGE_DATA, write_image},
  {VB_STRUCTURED_GRID, write_sgrid}, {VB_RECTILINEAR_GRID, write_rgrid}, {VB_DATA_OBJECT, write_object},
};

int vb_legacy_write(vb_object *obj, const vb_legacy_options *opt, vb_io_bytes *out) {
  vb_legacy_options dflt = {0, 51, NULL, NULL, 0};
  vb_data_object *d = vb_data_object_from_object(obj);
  size_t k, size0;
  wr w;
  if (!out) return vb__fail("Write", VB_EINVAL, "no output");
  if (!d) return vb__fail("Write", VB_ETYPE, "not a data object");
  if (!opt) opt = &dflt;
  if (opt->version != 42 && opt->version != 51)
    return vb__fail("Write", VB_EINVAL, "file version %d (42 or 51)", opt->version);
  for (k = 0; k < sizeof kinds / sizeof *kinds && kinds[k].type_id != vb_data_object_get_data_object_type(d); k++) {}
  if (k == sizeof kinds / sizeof *kinds)
    return vb__fail("Write", VB_ETYPE, "%s cannot be written to a legacy file yet", vb_object_class_name(obj));
  memset(&w, 0, sizeof w);
  w.o = out, w.binary = opt->binary != 0, w.version = opt->version, w.write_extent = opt->write_extent != 0;
  w.field_name = opt->field_name ? opt->field_name : "FieldData";
  size0 = out->size;
  PUTF(&w, "# vtk DataFile Version %d.%d\n%s\n%s\n", opt->version / 10, opt->version % 10,
       opt->header ? opt->header : "vtk output", w.binary ? "BINARY" : "ASCII");
  kinds[k].write(&w, d);
  if (w.st != VB_OK) {
    out->size = size0;
    if (w.st == VB_ENOMEM || w.st == VB_EOVERFLOW) return vb__fail("Write", w.st, "out of memory for the file");
    return w.st;
  }
  return VB_OK;
}
