/* vb_table.c - vtkTable (vb_table.h): columns in the row data. */
#include "vb_table.h"

#include "vb_data_set_impl.h"

struct vb_table {
  vb_data_object base;
  vb_attributes *row_data; /* owned, never NULL */
};

#define TB(d) ((vb_table *)(d))
#define ROWS(t) vb_attributes_field_data((t)->row_data)
#define CHECK_T(t) VB_CHECK((t) != NULL, VB_EINVAL, "table is NULL")

static void tb_destroy(vb_data_object *d) { vb_attributes_release(TB(d)->row_data); }

static int tb_copy(vb_data_object *dst, const vb_data_object *src, int mode) {
  const vb_field_data *s = ROWS(TB(src));
  return mode == VB__COPY_DEEP ? vb_field_data_deep_copy(ROWS(TB(dst)), s) : vb_field_data_shallow_copy(ROWS(TB(dst)), s);
}

static int tb_initialize(vb_data_object *d) { return vb_field_data_initialize(ROWS(TB(d))); }
static int64_t tb_memory(const vb_data_object *d) { return vb_field_data_get_actual_memory_size(ROWS(TB(d))); }
static vb_attributes *tb_attributes(const vb_data_object *d, int type) {
  return type == VB_DATA_ROW ? TB(d)->row_data : NULL;
}

static const vb_data_class tb_data = {.type_id = VB_TABLE,
                                      .copy_structure = tb_copy,
                                      .initialize = tb_initialize,
                                      .memory = tb_memory,
                                      .destroy = tb_destroy,
                                      .attributes = tb_attributes};
static const vb_class tb_class = {"vtkTable", vb__data_object_destroy, NULL, &tb_data};

vb_table *vb_table_from_object(vb_object *o) { return o && o->cls == &tb_class ? (vb_table *)o : NULL; }
vb_data_object *vb_table_data_object(vb_table *t) { return t ? &t->base : NULL; }

vb_table *vb_table_new(void) {
  vb_table *t = vb__calloc(sizeof *t, VB_MIN_ALIGN);
  if (!t) return NULL;
  if (vb__data_object_init(&t->base, &tb_class) != VB_OK || !(t->row_data = vb_attributes_new())) {
    vb_object_release(&t->base.obj);
    return NULL;
  }
  return t;
}

vb_attributes *vb_table_get_row_data(const vb_table *t) { return t ? t->row_data : NULL; }

int vb_table_set_row_data(vb_table *t, vb_attributes *rd) {
  CHECK_T(t);
  VB_CHECK(rd != NULL, VB_EINVAL, "row data is None");
  if (rd == t->row_data) return VB_OK;
  vb_attributes_retain(rd);
  vb_attributes_release(t->row_data);
  t->row_data = rd;
  vb_object_modified(&t->base.obj);
  return VB_OK;
}

int64_t vb_table_get_number_of_rows(const vb_table *t) { return t ? vb_field_data_get_number_of_tuples(ROWS(t)) : 0; }
int vb_table_get_number_of_columns(const vb_table *t) { return t ? vb_field_data_get_number_of_arrays(ROWS(t)) : 0; }

int vb_table_set_number_of_rows(vb_table *t, int64_t n) {
  CHECK_T(t);
  VB_CHECK(n >= 0, VB_ERANGE, "%lld rows", (long long)n);
  return VB_NAMED(vb_field_data_set_number_of_tuples(ROWS(t), n));
}

vb_array *vb_table_get_column(const vb_table *t, int64_t col) {
  return t && col >= 0 && col < vb_table_get_number_of_columns(t) ? vb_field_data_get_array(ROWS(t), (int)col) : NULL;
}

int vb_table_insert_column(vb_table *t, vb_array *a, int64_t index) {
  vb_field_data *fd;
  vb_array **keep;
  int n, i, st, at;
  CHECK_T(t);
  VB_CHECK(a != NULL, VB_EINVAL, "column is None");
  fd = ROWS(t);
  n = vb_field_data_get_number_of_arrays(fd);
  if (n > 0 && vb_array_get_number_of_tuples(a) != vb_table_get_number_of_rows(t)) return 0; /* VTK: an error message */
  at = index < 0 ? 0 : index > n ? n : (int)index;
  if (at == n) return (st = vb_field_data_add_array(fd, a)) < 0 ? VB_NAMED(st) : 1;
  /* VTK: every column removed, then added back with a in its place */
  if ((st = vb_field_data_allocate_arrays(fd, n + 1)) != VB_OK) return VB_NAMED(st);
  if (!(keep = vb__alloc(sizeof *keep * (size_t)(n + 1), VB_MIN_ALIGN))) return VB_NAMED(vb_last_status());
  for (i = 0; i < n; i++) vb_array_retain(keep[i + (i >= at)] = vb_field_data_get_array(fd, i));
  keep[at] = a;
  vb_array_retain(a);
  while (vb_field_data_get_number_of_arrays(fd) > 0) vb_field_data_remove_array_by_index(fd, 0);
  for (i = 0; i <= n; i++) {
    vb_field_data_add_array(fd, keep[i]); /* room reserved above */
    vb_array_release(keep[i]);
  }
  vb__free(keep);
  return 1;
}

int vb_table_remove_column(vb_table *t, int64_t col) {
  CHECK_T(t);
  if (col < 0 || col >= vb_table_get_number_of_columns(t)) return 0;
  return VB_NAMED(vb_field_data_remove_array_by_index(ROWS(t), (int)col));
}

int64_t vb_table_insert_next_blank_row(vb_table *t, double def) {
  double tuple[64], *buf = tuple;
  int n, i, k, nc, most = 1, st = VB_OK;
  CHECK_T(t);
  n = vb_table_get_number_of_columns(t);
  /* room first (no visible change), so that no insertion can fail halfway */
  for (i = 0; i < n && st == VB_OK; i++) {
    vb_array *a = vb_field_data_get_array(ROWS(t), i);
    nc = vb_array_get_number_of_components(a);
    most = nc > most ? nc : most;
    st = vb_array_reserve_tuples(a, vb_array_get_number_of_tuples(a) + 1);
  }
  if (st == VB_OK && most > 64 && !(buf = vb__alloc(sizeof *buf * (size_t)most, VB_MIN_ALIGN))) st = vb_last_status();
  if (st != VB_OK) return VB_NAMED(st);
  for (k = 0; k < most; k++) buf[k] = def;
  for (i = 0; i < n; i++) vb_array_insert_next_tuple(vb_field_data_get_array(ROWS(t), i), buf);
  if (buf != tuple) vb__free(buf);
  return vb_table_get_number_of_rows(t) - 1;
}

/* VTK MoveRowData(first, last, delta): rows first..last to first+delta..,
 * every column (a copy safe for overlapping ranges) */
static int move_rows(vb_table *t, int64_t first, int64_t last, int64_t delta) {
  int n = vb_table_get_number_of_columns(t), st = VB_OK;
  if (first < 0 || last < first || delta == 0) return VB_OK;
  for (int c = 0; c < n && st == VB_OK; c++) {
    vb_array *a = vb_field_data_get_array(ROWS(t), c);
    for (int64_t k = 0; k <= last - first && st == VB_OK; k++) {
      int64_t r = delta > 0 ? last - k : first + k;
      st = vb_array_set_tuple_from(a, r + delta, a, r);
    }
  }
  return st;
}

int vb_table_insert_rows(vb_table *t, int64_t row, int64_t n) {
  int64_t rows;
  int st;
  CHECK_T(t);
  if (n <= 0) return VB_OK;
  rows = vb_table_get_number_of_rows(t);
  row = row < 0 ? 0 : row > rows ? rows : row;
  VB_CHECK(n <= INT64_MAX - rows, VB_EOVERFLOW, "%lld rows", (long long)n);
  if ((st = vb_field_data_set_number_of_tuples(ROWS(t), rows + n)) != VB_OK) return VB_NAMED(st);
  return VB_NAMED(move_rows(t, row, rows - 1, n));
}

int vb_table_remove_rows(vb_table *t, int64_t row, int64_t n) {
  int64_t rows, room, gone, first;
  int st;
  CHECK_T(t);
  if (n <= 0) return VB_OK;
  rows = vb_table_get_number_of_rows(t);
  room = row < 0 ? INT64_MAX : rows - row; /* VTK: min(n, rows - row) rows go */
  gone = n < room ? n : room;
  if (gone <= 0) return VB_OK;
  if (gone > rows) gone = rows;
  first = row > 0 && n > INT64_MAX - row ? INT64_MAX : row + n;
  if (first >= 0 && first <= rows - 1) { /* VTK moves rows first.. up by n (none when first < 0) */
    VB_CHECK(row >= 0, VB_ERANGE, "row %lld not in [0, %lld)", (long long)row, (long long)rows);
    if ((st = move_rows(t, first, rows - 1, -n)) != VB_OK) return VB_NAMED(st);
  }
  return VB_NAMED(vb_field_data_set_number_of_tuples(ROWS(t), rows - gone));
}

int vb_table_remove_all_rows(vb_table *t) {
  CHECK_T(t);
  for (int c = 0; c < vb_table_get_number_of_columns(t); c++) vb_array_initialize(vb_field_data_get_array(ROWS(t), c));
  return VB_OK;
}

/* the type a variant of the column's values has (VTK's GetVariantValue) */
static int variant_type(int type) { return type == VB_ID_TYPE ? VB_LONG_LONG : type == VB_BIT ? VB_INT : type; }

int vb_table_get_value(const vb_table *t, int64_t row, int64_t col, vb_variant *out) {
  vb_array *a = vb_table_get_column(t, col), *one;
  vb_scalar s;
  int st, type;
  CHECK_T(t);
  VB_CHECK(out != NULL, VB_EINVAL, "output is NULL");
  vb_variant_clear(out);
  if (!a || row >= vb_array_get_number_of_tuples(a)) return VB_OK; /* invalid */
  VB_CHECK(row >= 0, VB_ERANGE, "row %lld not in [0, %lld)", (long long)row, (long long)vb_array_get_number_of_tuples(a));
  type = vb_array_type(a);
  if (vb_array_get_number_of_components(a) == 1) {
    if ((st = vb_array_get_value_s(a, row, &s)) != VB_OK) return VB_NAMED(st);
    return VB_NAMED(vb_variant_set_number(out, variant_type(type), &s));
  }
  if (!(one = vb_array_new(type))) return VB_NAMED(vb_last_status());
  st = vb_array_set_number_of_components(one, vb_array_get_number_of_components(a));
  if (st == VB_OK) st = vb_array_insert_next_tuple_from(one, a, row, NULL);
  if (st == VB_OK) vb_variant_set_object(out, vb_array_object(one));
  vb_array_release(one);
  return VB_NAMED(st);
}

int vb_table_set_value(vb_table *t, int64_t row, int64_t col, const vb_variant *v) {
  vb_array *a = vb_table_get_column(t, col), *src;
  int64_t n;
  int valid, nc;
  vb_scalar s;
  CHECK_T(t);
  VB_CHECK(v != NULL, VB_EINVAL, "value is NULL");
  if (!a) return VB_OK; /* VTK: nothing */
  n = vb_array_get_number_of_tuples(a);
  VB_CHECK(row >= 0 && row < n, VB_ERANGE, "row %lld not in [0, %lld)", (long long)row, (long long)n);
  nc = vb_array_get_number_of_components(a);
  if (nc == 1) {
    s = vb_variant_to(v, variant_type(vb_array_type(a)), &valid);
    return valid ? VB_NAMED(vb_array_set_value_s(a, row, &s)) : VB_OK;
  }
  src = vb_array_from_object(vb_variant_object(v));
  if (!src || vb_array_get_number_of_components(src) != nc || vb_array_get_number_of_tuples(src) < 1) return VB_OK;
  return VB_NAMED(vb_array_set_tuple_from(a, row, src, 0));
}
