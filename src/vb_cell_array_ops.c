/* vb_cell_array_ops.c - vtkCellArray beyond insertion: copies, append,
 * replace/reverse, traversal, legacy format, 32/64-bit storage. */
#include "vb_cell_array_impl.h"

#include <string.h>

#define CHECK_CA_IN(fn, ca) VB_CHECK_IN(fn, (ca) != NULL, VB_EINVAL, "cell array is NULL")
#define CHECK_CA(ca) CHECK_CA_IN(VB_FUNC, ca)

int64_t vb__array_kib(const vb_array *a);

static int64_t ncells(const vb_cell_array *ca) { return vb_cell_array_get_number_of_cells(ca); }

int64_t vb_cell_array_is_homogeneous(const vb_cell_array *ca) {
  int64_t n = ncells(ca), s0 = -1, s, c;
  for (c = 0; c < n; c++) {
    if (vb_cell_array_get_cell_size(ca, c, &s) != VB_OK) return -1;
    if (c == 0) s0 = s;
    else if (s != s0) return -1;
  }
  return n ? s0 : 0;
}

int vb_cell_array_is_valid(const vb_cell_array *ca) {
  int64_t n, i, prev = 0;
  if (!ca || (n = vb_array_get_number_of_values(ca->offsets)) < 1 || vb__cell_array_off(ca, 0) != 0) return 0;
  for (i = 1; i < n; i++) {
    int64_t v = vb__cell_array_off(ca, i);
    if (v < prev) return 0;
    prev = v;
  }
  return prev == vb_array_get_number_of_values(ca->conn);
}

static void install(vb_cell_array *ca, vb_array *o, vb_array *c) {
  vb_array_release(ca->offsets);
  vb_array_release(ca->conn);
  ca->offsets = o;
  ca->conn = c;
  vb_object_modified(&ca->obj);
}

/* two new empty arrays of the given types (NULL + status on failure) */
static int new_pair(int to, int tc, vb_array **o, vb_array **c) {
  *o = vb_array_new(to);
  *c = vb_array_new(tc);
  if (*o && *c) return VB_OK;
  vb_array_release(*o);
  vb_array_release(*c);
  return vb_last_status();
}

int vb_cell_array_deep_copy(vb_cell_array *dst, const vb_cell_array *src) {
  vb_array *o, *c;
  int st;
  VB_CHECK(dst && src, VB_EINVAL, "cell array is NULL");
  if (dst == src) return VB_OK;
  if ((st = new_pair(vb_array_type(src->offsets), vb_array_type(src->conn), &o, &c)) != VB_OK) return st;
  if ((st = vb_array_deep_copy(o, src->offsets)) != VB_OK || (st = vb_array_deep_copy(c, src->conn)) != VB_OK) {
    vb_array_release(o);
    vb_array_release(c);
    return st;
  }
  install(dst, o, c);
  return VB_OK;
}

int vb_cell_array_shallow_copy(vb_cell_array *dst, const vb_cell_array *src) {
  VB_CHECK(dst && src, VB_EINVAL, "cell array is NULL");
  if (dst == src) return VB_OK;
  vb_array_retain(src->offsets);
  vb_array_retain(src->conn);
  install(dst, src->offsets, src->conn);
  return VB_OK;
}

/* append the cells [first, n) given as (sizes from offsets) of src + offset;
 * every id checked and room reserved before anything changes */
int vb_cell_array_append(vb_cell_array *dst, const vb_cell_array *src, vb_id point_offset) {
  int64_t nc, nconn, base, i, dn, dconn;
  int st;
  VB_CHECK(dst && src, VB_EINVAL, "cell array is NULL");
  VB_CHECK(vb_cell_array_is_valid(src), VB_ESTATE, "the source cell array is not valid");
  nc = ncells(src);
  nconn = vb_array_get_number_of_values(src->conn);
  for (i = 0; i < nconn; i++) {
    int64_t v = 0;
    vb_array_get_value_i64(src->conn, i, &v);
    if ((point_offset > 0 && v > INT64_MAX - point_offset) || (point_offset < 0 && v < INT64_MIN - point_offset))
      return VB_FAIL(VB_EOVERFLOW, "point id %lld + %lld overflows", (long long)v, (long long)point_offset);
    if ((st = vb__cell_array_check_id(dst, v + point_offset, "Append")) != VB_OK) return st;
  }
  if ((st = vb__cell_array_first_offset(dst)) != VB_OK) return st;
  dn = ncells(dst);
  dconn = vb_array_get_number_of_values(dst->conn);
  if (dconn + nconn > vb_array_get_size(dst->conn) && (st = vb_array_resize(dst->conn, dconn + nconn)) != VB_OK)
    return st;
  if (dn + 1 + nc > vb_array_get_size(dst->offsets) && (st = vb_array_resize(dst->offsets, dn + 1 + nc)) != VB_OK)
    return st;
  for (i = 0; i < nconn; i++) {
    int64_t v = 0;
    vb_array_get_value_i64(src->conn, i, &v);
    vb_array_insert_next_value_i64(dst->conn, v + point_offset);
  }
  base = vb__cell_array_off(dst, dn);
  for (i = 1; i <= nc; i++) vb_array_insert_next_value_i64(dst->offsets, base + vb__cell_array_off(src, i));
  vb_object_modified(&dst->obj);
  return VB_OK;
}

/* cell's [begin, begin + n) in the connectivity, all inserted */
static int span(const vb_cell_array *ca, int64_t cell, int64_t *b, int64_t *n, const char *fn) {
  int st = vb_cell_array_get_cell_size(ca, cell, n);
  if (st != VB_OK) return st;
  *b = vb__cell_array_off(ca, cell);
  VB_CHECK_IN(fn, *n <= vb_array_get_number_of_values(ca->conn) - *b, VB_ERANGE,
           "cell %lld claims %lld points, only %lld inserted", (long long)cell, (long long)*n,
           (long long)(vb_array_get_number_of_values(ca->conn) - *b));
  return VB_OK;
}

int vb_cell_array_replace_cell_at_id(vb_cell_array *ca, int64_t cell, int64_t npts, const vb_id *pts) {
  int64_t b, n, i;
  int st;
  CHECK_CA(ca);
  if ((st = span(ca, cell, &b, &n, "ReplaceCellAtId")) != VB_OK) return st;
  VB_CHECK(npts == n, VB_EINVAL, "cell %lld has %lld points, not %lld", (long long)cell,
           (long long)n, (long long)npts);
  VB_CHECK(n == 0 || pts, VB_EINVAL, "point ids are NULL");
  for (i = 0; i < n; i++)
    if ((st = vb__cell_array_check_id(ca, pts[i], "ReplaceCellAtId")) != VB_OK) return st;
  for (i = 0; i < n; i++) vb_array_set_value_i64(ca->conn, b + i, pts[i]);
  vb_object_modified(&ca->obj);
  return VB_OK;
}

int vb_cell_array_reverse_cell_at_id(vb_cell_array *ca, int64_t cell) {
  int64_t b, n, i, x, y;
  int st;
  CHECK_CA(ca);
  if ((st = span(ca, cell, &b, &n, "ReverseCellAtId")) != VB_OK) return st;
  for (i = 0; i < n / 2; i++) {
    vb_array_get_value_i64(ca->conn, b + i, &x);
    vb_array_get_value_i64(ca->conn, b + n - 1 - i, &y);
    vb_array_set_value_i64(ca->conn, b + i, y);
    vb_array_set_value_i64(ca->conn, b + n - 1 - i, x);
  }
  vb_object_modified(&ca->obj);
  return VB_OK;
}

static int point_at(const vb_cell_array *ca, int64_t cell, int64_t k, int64_t *pos, const char *fn) {
  int64_t b, n;
  int st = span(ca, cell, &b, &n, fn);
  if (st != VB_OK) return st;
  VB_CHECK_IN(fn, k >= 0 && k < n, VB_ERANGE, "point %lld not in [0, %lld) of cell %lld", (long long)k,
           (long long)n, (long long)cell);
  *pos = b + k;
  return VB_OK;
}

int vb_cell_array_replace_cell_point_at_id(vb_cell_array *ca, int64_t cell, int64_t k, vb_id id) {
  int64_t pos;
  int st;
  CHECK_CA(ca);
  if ((st = point_at(ca, cell, k, &pos, "ReplaceCellPointAtId")) != VB_OK) return st;
  if ((st = vb__cell_array_check_id(ca, id, "ReplaceCellPointAtId")) != VB_OK) return st;
  vb_array_set_value_i64(ca->conn, pos, id);
  vb_object_modified(&ca->obj);
  return VB_OK;
}

int vb_cell_array_get_cell_point_at_id(const vb_cell_array *ca, int64_t cell, int64_t k, vb_id *id) {
  int64_t pos, v = 0;
  int st;
  CHECK_CA(ca);
  VB_CHECK(id != NULL, VB_EINVAL, "output is NULL");
  if ((st = point_at(ca, cell, k, &pos, "GetCellPointAtId")) != VB_OK) return st;
  vb_array_get_value_i64(ca->conn, pos, &v);
  *id = v;
  return VB_OK;
}

int vb_cell_array_init_traversal(vb_cell_array *ca) {
  CHECK_CA(ca);
  ca->traversal = 0;
  return VB_OK;
}

int vb_cell_array_get_next_cell(vb_cell_array *ca, vb_id *pts, int64_t max_pts, int64_t *npts) {
  int st;
  CHECK_CA(ca);
  if (npts) *npts = 0;
  if (ca->traversal < 0 || ca->traversal >= ncells(ca)) return 0;
  if ((st = vb_cell_array_get_cell(ca, ca->traversal, pts, max_pts, npts)) != VB_OK) return st;
  ca->traversal++;
  return 1;
}

int64_t vb_cell_array_get_traversal_cell_id(const vb_cell_array *ca) { return ca ? ca->traversal : 0; }

int vb_cell_array_set_traversal_cell_id(vb_cell_array *ca, int64_t cell) {
  CHECK_CA(ca);
  VB_CHECK(cell >= 0 && cell <= ncells(ca), VB_ERANGE, "cell %lld not in [0, %lld]",
           (long long)cell, (long long)ncells(ca));
  ca->traversal = cell;
  return VB_OK;
}

int vb_cell_array_export_legacy_format(const vb_cell_array *ca, vb_array *out) {
  int64_t n, c, k = 0, b, s, i, v;
  int st;
  vb_scalar sc;
  CHECK_CA(ca);
  VB_CHECK(out && vb_type_is_integer(vb_array_type(out)), VB_ETYPE, "needs an integer array");
  VB_CHECK(vb_cell_array_is_valid(ca), VB_ESTATE, "the cell array is not valid");
  n = ncells(ca);
  for (c = 0; c < n; c++) { /* every value must fit out before out changes */
    vb_cell_array_get_cell_size(ca, c, &s);
    sc = vb_scalar_int(s);
    if ((st = vb__scalar_check(vb_array_type(out), VB_RULES_VALUE, &sc, "ExportLegacyFormat")) != VB_OK) return st;
  }
  for (i = 0; i < vb_array_get_number_of_values(ca->conn); i++) {
    vb_array_get_value_i64(ca->conn, i, &v);
    sc = vb_scalar_int(v);
    if ((st = vb__scalar_check(vb_array_type(out), VB_RULES_VALUE, &sc, "ExportLegacyFormat")) != VB_OK) return st;
  }
  if ((st = vb_array_set_number_of_components(out, 1)) != VB_OK ||
      (st = vb_array_set_number_of_values(out, n + vb_array_get_number_of_values(ca->conn))) != VB_OK)
    return st;
  for (c = 0; c < n; c++) {
    b = vb__cell_array_off(ca, c);
    s = vb__cell_array_off(ca, c + 1) - b;
    vb_array_set_value_i64(out, k++, s);
    for (i = 0; i < s; i++) {
      vb_array_get_value_i64(ca->conn, b + i, &v);
      vb_array_set_value_i64(out, k++, v);
    }
  }
  return VB_OK;
}

int vb_cell_array_append_legacy_format(vb_cell_array *ca, int64_t n, const vb_id *data, vb_id point_offset) {
  vb_cell_array *tmp;
  int64_t i = 0, cells = 0;
  int st;
  CHECK_CA(ca);
  VB_CHECK(n >= 0 && (n == 0 || data), VB_EINVAL, "bad legacy data");
  while (i < n) { /* validate the framing first */
    VB_CHECK(data[i] >= 0 && data[i] <= n - i - 1, VB_EINVAL,
             "cell %lld claims %lld points, %lld values left", (long long)cells,
             (long long)data[i], (long long)(n - i - 1));
    i += 1 + data[i];
    cells++;
  }
  if (!(tmp = vb_cell_array_new())) return vb_last_status();
  for (i = 0, st = VB_OK; i < n && st == VB_OK; i += 1 + data[i]) {
    int64_t r = vb_cell_array_insert_next_cell(tmp, data[i], data + i + 1);
    st = r < 0 ? (int)r : VB_OK;
  }
  if (st == VB_OK) st = vb_cell_array_append(ca, tmp, point_offset);
  vb_cell_array_release(tmp);
  return st;
}

int vb_cell_array_import_legacy_format(vb_cell_array *ca, int64_t n, const vb_id *data) {
  vb_cell_array *tmp;
  int st;
  CHECK_CA(ca);
  if (!(tmp = vb_cell_array_new())) return vb_last_status();
  if ((st = vb_cell_array_use_storage(tmp, vb_cell_array_is_storage_32bit(ca) ? 32 : 64)) == VB_OK &&
      (st = vb_cell_array_append_legacy_format(tmp, n, data, 0)) == VB_OK)
    st = vb_cell_array_shallow_copy(ca, tmp);
  vb_cell_array_release(tmp);
  return st;
}

static int both(const vb_cell_array *ca, int type) {
  return ca && vb_array_type(ca->offsets) == type && vb_array_type(ca->conn) == type;
}
int vb_cell_array_is_storage_64bit(const vb_cell_array *ca) { return both(ca, VB_LONG_LONG) || both(ca, VB_ID_TYPE); }
int vb_cell_array_is_storage_32bit(const vb_cell_array *ca) { return both(ca, VB_INT); }

static int width_type(int bits, const char *fn) {
  VB_CHECK_IN(fn, bits == 32 || bits == 64, VB_EINVAL, "storage is 32 or 64 bits, not %d", bits);
  return bits == 32 ? VB_INT : VB_LONG_LONG;
}

int vb_cell_array_use_storage(vb_cell_array *ca, int bits) {
  vb_array *o, *c;
  int st, t = width_type(bits, "UseStorage");
  CHECK_CA(ca);
  if (t < 0) return t;
  if ((st = new_pair(t, t, &o, &c)) != VB_OK) return st;
  if ((st = vb_array_insert_next_value_i64(o, 0)) != VB_OK) {
    vb_array_release(o);
    vb_array_release(c);
    return st;
  }
  install(ca, o, c);
  ca->traversal = 0;
  return VB_OK;
}

int vb_cell_array_can_convert_to_32bit(const vb_cell_array *ca) {
  int64_t i, v, n;
  if (!ca) return 0;
  n = vb_array_get_number_of_values(ca->conn);
  if (vb_cell_array_get_number_of_connectivity_ids(ca) > INT32_MAX) return 0;
  for (i = 0; i < n; i++) {
    vb_array_get_value_i64(ca->conn, i, &v);
    if (v > INT32_MAX || v < INT32_MIN) return 0;
  }
  return 1;
}

int vb_cell_array_convert_to_storage(vb_cell_array *ca, int bits) {
  vb_array *o, *c;
  int st, t = width_type(bits, "ConvertToStorage");
  CHECK_CA(ca);
  if (t < 0) return t;
  if (both(ca, t)) return 1;
  if (bits == 32 && !vb_cell_array_can_convert_to_32bit(ca)) return 0; /* VTK: false, no error */
  if ((st = new_pair(t, t, &o, &c)) != VB_OK) return st;
  if ((st = vb_array_deep_copy(o, ca->offsets)) != VB_OK || (st = vb_array_deep_copy(c, ca->conn)) != VB_OK) {
    vb_array_release(o);
    vb_array_release(c);
    return st;
  }
  install(ca, o, c);
  return 1;
}

int64_t vb_cell_array_get_actual_memory_size(const vb_cell_array *ca) {
  return ca ? vb__array_kib(ca->offsets) + vb__array_kib(ca->conn) : 0;
}

int vb_cell_array_set_data_fixed_size(vb_cell_array *ca, int64_t k, vb_array *conn) {
  vb_array *o;
  int64_t n, i;
  int st;
  CHECK_CA_IN("SetData", ca);
  VB_CHECK_IN("SetData", conn && vb_type_is_integer(vb_array_type(conn)) && vb_array_get_number_of_components(conn) == 1,
           VB_ETYPE, "connectivity must be a 1-component integer array");
  n = vb_array_get_number_of_values(conn);
  VB_CHECK_IN("SetData", k > 0 && n % k == 0, VB_EINVAL, "%lld ids are not cells of %lld points", (long long)n,
           (long long)k);
  if (!(o = vb_array_new(vb_array_type(conn)))) return vb_last_status();
  if ((st = vb_array_set_number_of_values(o, n / k + 1)) != VB_OK) {
    vb_array_release(o);
    return st;
  }
  for (i = 0; i <= n / k; i++) vb_array_set_value_i64(o, i, i * k);
  st = vb_cell_array_set_data(ca, o, conn);
  vb_array_release(o);
  return st;
}
