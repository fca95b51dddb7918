/* vb_cell_array.c - vtkCellArray: offsets + connectivity vb_arrays. */
#include "vb_cell_array_impl.h"

static void cell_array_destroy(vb_object *o) {
  vb_cell_array *ca = (vb_cell_array *)o;
  vb_array_release(ca->offsets);
  vb_array_release(ca->conn);
  vb__free(ca);
}

VB_DEFINE_CLASS(cell_array, vb_cell_array, "vtkCellArray", cell_array_destroy, NULL)

#define CHECK_CA(ca) VB_CHECK((ca) != NULL, VB_EINVAL, "cell array is NULL")

vb_cell_array *vb_cell_array_new(void) {
  vb_cell_array *ca = vb__calloc(sizeof *ca, VB_MIN_ALIGN);
  if (!ca) return NULL;
  vb__object_init(&ca->obj, &cell_array_class);
  ca->offsets = vb_array_new(VB_LONG_LONG);
  ca->conn = vb_array_new(VB_LONG_LONG);
  if (!ca->offsets || !ca->conn || vb_array_insert_next_value_i64(ca->offsets, 0) != VB_OK) {
    vb_object_release(&ca->obj);
    return NULL;
  }
  return ca;
}

vb_array *vb_cell_array_get_offsets_array(const vb_cell_array *ca) { return ca ? ca->offsets : NULL; }
vb_array *vb_cell_array_get_connectivity_array(const vb_cell_array *ca) { return ca ? ca->conn : NULL; }

int64_t vb__cell_array_off(const vb_cell_array *ca, int64_t i) {
  int64_t v = 0;
  vb_array_get_value_i64(ca->offsets, i, &v);
  return v;
}

/* Cell `cell` (index checked) is [*begin, *begin + *n) of the connectivity.
 * The offsets array is shared and writable by its other holders, so any
 * values are possible: VB_ESTATE unless 0 <= begin <= end. */
static int cell_span(const vb_cell_array *ca, int64_t cell, int64_t *begin, int64_t *n, const char *fn) {
  int64_t b = vb__cell_array_off(ca, cell), e = vb__cell_array_off(ca, cell + 1);
  VB_CHECK_IN(fn, b >= 0 && e >= b, VB_ESTATE,
              "cell %lld has offsets [%lld, %lld): the offsets array was changed", (long long)cell,
              (long long)b, (long long)e);
  *begin = b;
  *n = e - b;
  return VB_OK;
}

int vb_cell_array_set_data(vb_cell_array *ca, vb_array *offsets, vb_array *conn) {
  int64_t n, i, prev, v;
  const void *d;
  int w;
  CHECK_CA(ca);
  VB_CHECK(offsets && conn, VB_EINVAL, "array is NULL");
  VB_CHECK(vb_type_is_integer(vb_array_type(offsets)) && vb_type_is_integer(vb_array_type(conn)),
           VB_ETYPE, "offsets and connectivity must be integer arrays");
  VB_CHECK(vb_array_get_number_of_components(offsets) == 1 && vb_array_get_number_of_components(conn) == 1,
           VB_ETYPE, "offsets and connectivity must have 1 component");
  n = vb_array_get_number_of_values(offsets);
  VB_CHECK(n >= 1, VB_EINVAL, "offsets array is empty (needs a leading 0)");
  vb_array_get_value_i64(offsets, 0, &prev);
  VB_CHECK(prev == 0, VB_EINVAL, "offsets[0] is %lld, not 0", (long long)prev);
  d = vb_array_contiguous_buffer(offsets) ? vb_array_data(offsets) : NULL; /* Int32 / 64-bit in memory: read directly */
  w = !d ? 0 : vb_array_type(offsets) == VB_INT ? 4 : vb_type_size(vb_array_type(offsets)) == 8 && vb_type_is_signed(vb_array_type(offsets)) ? 8 : 0;
  for (i = 1; i < n; i++) {
    if (w == 8) v = ((const int64_t *)d)[i];
    else if (w == 4) v = ((const int32_t *)d)[i];
    else vb_array_get_value_i64(offsets, i, &v);
    VB_CHECK(v >= prev, VB_EINVAL, "offsets decrease at index %lld", (long long)i);
    prev = v;
  }
  VB_CHECK(prev == vb_array_get_number_of_values(conn), VB_EINVAL,
           "last offset %lld != %lld connectivity ids", (long long)prev,
           (long long)vb_array_get_number_of_values(conn));
  vb_array_retain(offsets);
  vb_array_retain(conn);
  vb_array_release(ca->offsets);
  vb_array_release(ca->conn);
  ca->offsets = offsets;
  ca->conn = conn;
  vb_object_modified(&ca->obj);
  return VB_OK;
}

/* 0 also when the shared offsets array was emptied by another holder */
int64_t vb_cell_array_get_number_of_cells(const vb_cell_array *ca) {
  int64_t n = ca ? vb_array_get_number_of_values(ca->offsets) : 0;
  return n > 0 ? n - 1 : 0;
}

/* an offsets array emptied by another holder gets its leading 0 back before
 * a cell is appended (no visible change: still no cells) */
int vb__cell_array_first_offset(vb_cell_array *ca) {
  if (vb_array_get_number_of_values(ca->offsets) > 0) return VB_OK;
  return vb_array_insert_next_value_i64(ca->offsets, 0);
}

int64_t vb_cell_array_get_number_of_connectivity_ids(const vb_cell_array *ca) {
  return ca ? vb_array_get_number_of_values(ca->conn) : 0;
}

int64_t vb_cell_array_get_max_cell_size(const vb_cell_array *ca) {
  int64_t i, n, m = 0;
  if (!ca) return 0;
  n = vb_cell_array_get_number_of_cells(ca);
  for (i = 0; i < n; i++) {
    int64_t b, s;
    if (cell_span(ca, i, &b, &s, VB_FUNC) == VB_OK && s > m) m = s;
  }
  return m;
}

int vb_cell_array_allocate_exact(vb_cell_array *ca, int64_t ncells, int64_t conn_size) {
  int st;
  CHECK_CA(ca);
  VB_CHECK(ncells >= 0 && conn_size >= 0 && ncells != INT64_MAX, VB_EOVERFLOW,
           "bad sizes (%lld cells, %lld ids)", (long long)ncells, (long long)conn_size);
  /* offsets first: on failure nothing has changed */
  if ((st = vb_array_allocate(ca->offsets, ncells + 1, 0)) != VB_OK) return st;
  vb_array_insert_next_value_i64(ca->offsets, 0); /* capacity >= 1: cannot fail */
  if ((st = vb_array_allocate(ca->conn, conn_size, 0)) != VB_OK) {
    vb_array_set_number_of_values(ca->offsets, 1);
    return st;
  }
  vb_object_modified(&ca->obj);
  return VB_OK;
}

int vb_cell_array_allocate_estimate(vb_cell_array *ca, int64_t ncells, int64_t max_cell_size) {
  CHECK_CA(ca);
  VB_CHECK(ncells >= 0 && max_cell_size >= 0 && (max_cell_size == 0 || ncells <= INT64_MAX / max_cell_size),
           VB_EOVERFLOW, "bad sizes (%lld cells of %lld)", (long long)ncells,
           (long long)max_cell_size);
  return vb_cell_array_allocate_exact(ca, ncells, ncells * max_cell_size);
}

int vb_cell_array_squeeze(vb_cell_array *ca) {
  int st;
  CHECK_CA(ca);
  if ((st = vb_array_squeeze(ca->offsets)) != VB_OK) return st;
  return vb_array_squeeze(ca->conn);
}

/* MaxId = -1 keeping the storage (vtkDataArray::Reset) */
static void reset_values(vb_array *a) {
  int64_t size = vb_array_get_size(a);
  if (size > 0) vb_array_allocate(a, size, 0); /* size <= Size: storage kept, cannot fail */
}

int vb_cell_array_reset(vb_cell_array *ca) {
  CHECK_CA(ca);
  reset_values(ca->conn);
  reset_values(ca->offsets);
  vb_array_insert_next_value_i64(ca->offsets, 0); /* Size >= 1 always: cannot fail */
  vb_object_modified(&ca->obj);
  return VB_OK;
}

int vb_cell_array_initialize(vb_cell_array *ca) {
  vb_array *o;
  CHECK_CA(ca);
  /* a fresh offsets array {0}, so that failure leaves ca unchanged */
  if (!(o = vb_array_new(VB_LONG_LONG))) return vb_last_status();
  if (vb_array_insert_next_value_i64(o, 0) != VB_OK) {
    vb_array_release(o);
    return vb_last_status();
  }
  if (vb_array_type(ca->offsets) == VB_LONG_LONG && vb_array_layout(ca->offsets) == VB_LAYOUT_AOS) {
    /* keep the same array objects (observers stay attached) */
    int st = vb_array_deep_copy(ca->offsets, o);
    vb_array_release(o);
    if (st != VB_OK) return st;
  } else {
    vb_array_release(ca->offsets);
    ca->offsets = o;
  }
  vb_array_initialize(ca->conn);
  vb_object_modified(&ca->obj);
  return VB_OK;
}

/* a point id: never negative, and it must fit the connectivity array */
int vb__cell_array_check_id(const vb_cell_array *ca, vb_id id, const char *fn) {
  vb_scalar s = vb_scalar_int(id);
  VB_CHECK_IN(fn, id >= 0, VB_ERANGE, "negative point id %lld", (long long)id);
  return vb__scalar_check(vb_array_type(ca->conn), VB_RULES_VALUE, &s, fn);
}

int64_t vb_cell_array_insert_next_cell(vb_cell_array *ca, int64_t npts, const vb_id *pts) {
  int64_t i, nconn, ncells;
  int st;
  CHECK_CA(ca);
  VB_CHECK(npts >= 0, VB_EINVAL, "negative size %lld", (long long)npts);
  VB_CHECK(!(npts > 0 && !pts), VB_EINVAL, "point ids are NULL");
  for (i = 0; i < npts; i++) /* all checked before anything changes */
    if ((st = vb__cell_array_check_id(ca, pts[i], VB_FUNC)) != VB_OK) return st;
  if ((st = vb__cell_array_first_offset(ca)) != VB_OK) return st;
  nconn = vb_array_get_number_of_values(ca->conn);
  ncells = vb_cell_array_get_number_of_cells(ca);
  /* reserve first (growth policy of vb_array_resize) so that a failure
   * leaves the cell array unchanged */
  if (nconn + npts > vb_array_get_size(ca->conn) && (st = vb_array_resize(ca->conn, nconn + npts)) != VB_OK)
    return st;
  if (ncells + 2 > vb_array_get_size(ca->offsets) &&
      (st = vb_array_resize(ca->offsets, ncells + 2)) != VB_OK)
    return st;
  for (i = 0; i < npts; i++) vb_array_insert_next_value_i64(ca->conn, pts[i]);
  vb_array_insert_next_value_i64(ca->offsets, nconn + npts);
  vb_object_modified(&ca->obj);
  return ncells;
}

int64_t vb_cell_array_insert_next_cell_n(vb_cell_array *ca, int64_t npts) {
  int64_t nconn, ncells;
  int st;
  CHECK_CA(ca);
  VB_CHECK(npts >= 0, VB_EINVAL, "negative size %lld", (long long)npts);
  nconn = vb_array_get_number_of_values(ca->conn);
  VB_CHECK(npts <= INT64_MAX - nconn, VB_EOVERFLOW, "size %lld overflows", (long long)npts);
  if ((st = vb__cell_array_first_offset(ca)) != VB_OK) return st;
  ncells = vb_cell_array_get_number_of_cells(ca);
  /* VTK: the new offset is the connectivity size + npts */
  if ((st = vb_array_insert_next_value_i64(ca->offsets, nconn + npts)) != VB_OK) return st;
  vb_object_modified(&ca->obj);
  return ncells;
}

int vb_cell_array_insert_cell_point(vb_cell_array *ca, vb_id id) {
  int st;
  CHECK_CA(ca);
  VB_CHECK(vb_cell_array_get_number_of_cells(ca) >= 1, VB_ESTATE, "no cell to add a point to "
                               "(call InsertNextCell(npts) first)");
  if ((st = vb__cell_array_check_id(ca, id, VB_FUNC)) != VB_OK) return st;
  if ((st = vb_array_insert_next_value_i64(ca->conn, id)) != VB_OK) return st;
  vb_object_modified(&ca->obj);
  return VB_OK;
}

int vb_cell_array_update_cell_count(vb_cell_array *ca, int64_t npts) {
  int64_t ncells, begin;
  CHECK_CA(ca);
  VB_CHECK(npts >= 0, VB_EINVAL, "negative size %lld", (long long)npts);
  ncells = vb_cell_array_get_number_of_cells(ca);
  VB_CHECK(ncells >= 1, VB_ESTATE, "no cell to update "
                               "(call InsertNextCell(npts) first)");
  begin = vb__cell_array_off(ca, ncells - 1);
  VB_CHECK(begin >= 0, VB_ESTATE, "offset %lld < 0: the offsets array was changed",
                    (long long)begin);
  VB_CHECK(npts <= INT64_MAX - begin, VB_EOVERFLOW, "size %lld overflows", (long long)npts);
  vb_array_set_value_i64(ca->offsets, ncells, begin + npts); /* index checked above: cannot fail */
  vb_object_modified(&ca->obj);
  return VB_OK;
}

int vb_cell_array_get_cell_size(const vb_cell_array *ca, int64_t cell, int64_t *npts) {
  CHECK_CA(ca);
  VB_CHECK(npts, VB_EINVAL, "output is NULL");
  VB_CHECK(cell >= 0 && cell < vb_cell_array_get_number_of_cells(ca), VB_ERANGE,
           "cell %lld not in [0, %lld)", (long long)cell,
           (long long)vb_cell_array_get_number_of_cells(ca));
  {
    int64_t b;
    return cell_span(ca, cell, &b, npts, VB_FUNC);
  }
}

int vb_cell_array_get_cell(const vb_cell_array *ca, int64_t cell, vb_id *pts, int64_t max_pts,
                           int64_t *npts) {
  int64_t n, i, b;
  int st;
  if ((st = vb_cell_array_get_cell_size(ca, cell, &n)) != VB_OK) return st;
  if (npts) *npts = n;
  VB_CHECK(!(n > max_pts || (n > 0 && !pts)), VB_ERANGE, "cell %lld has %lld points, room for %lld",
                    (long long)cell, (long long)n, (long long)max_pts);
  b = vb__cell_array_off(ca, cell); /* >= 0: checked by get_cell_size */
  VB_CHECK(n <= vb_array_get_number_of_values(ca->conn) - b, /* mid incremental insertion */
           VB_ERANGE, "cell %lld claims %lld points, only %lld inserted",
                    (long long)cell, (long long)n, (long long)(vb_array_get_number_of_values(ca->conn) - b));
  for (i = 0; i < n; i++) {
    int64_t v = 0;
    vb_array_get_value_i64(ca->conn, b + i, &v);
    pts[i] = v;
  }
  return VB_OK;
}
