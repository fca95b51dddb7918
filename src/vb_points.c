/* vb_points.c - vtkPoints over a 3-component vb_array. */
#include "vb_points.h"

#include "vb_internal.h"

struct vb_points {
  vb_object obj;
  vb_array *data;
};

static void points_destroy(vb_object *o) {
  vb_points *p = (vb_points *)o;
  vb_array_release(p->data);
  vb__free(p);
}

VB_DEFINE_CLASS(points, vb_points, "vtkPoints", points_destroy, NULL)

#define CHECK_P(p) VB_CHECK((p) != NULL, VB_EINVAL, "points is NULL")
/* The data array is shared (vb_points_get_data): its owner may have given it
 * another component count since; a point is then not 3 doubles. */
#define CHECK_XYZ(p)                                                                       \
  VB_CHECK(vb_array_get_number_of_components((p)->data) == 3, VB_ESTATE,                   \
           "the data array has %d components, points need 3",                             \
           vb_array_get_number_of_components((p)->data))

static vb_array *new_coords(int type) {
  vb_array *a = vb_array_new(type);
  if (!a) return NULL;
  if (vb_array_set_number_of_components(a, 3) != VB_OK || vb_array_set_name(a, "Points") != VB_OK) {
    vb_array_release(a);
    return NULL;
  }
  return a;
}

vb_points *vb_points_new(int type) {
  vb_points *p;
  vb_array *a;
  VB_CHECK_NULL(vb_type_is_valid(type), VB_ETYPE, "unknown VTK type id %d", type);
  if (!(a = new_coords(type))) return NULL;
  p = vb__calloc(sizeof *p, VB_MIN_ALIGN);
  if (!p) {
    vb_array_release(a);
    return NULL;
  }
  vb__object_init(&p->obj, &points_class);
  p->data = a;
  return p;
}

vb_array *vb_points_get_data(const vb_points *p) { return p ? p->data : NULL; }

int vb_points_set_data(vb_points *p, vb_array *data) {
  CHECK_P(p);
  VB_CHECK(data, VB_EINVAL, "array is NULL");
  VB_CHECK(vb_array_get_number_of_components(data) == 3, VB_EINVAL, "array has %d components, points need 3",
                    vb_array_get_number_of_components(data));
  if (data == p->data) return VB_OK;
  if (!vb_array_get_name(data) && vb_array_set_name(data, "Points") != VB_OK) return vb_last_status();
  vb_array_retain(data);
  vb_array_release(p->data);
  p->data = data;
  vb_object_modified(&p->obj);
  return VB_OK;
}

int vb_points_get_data_type(const vb_points *p) { return p ? vb_array_type(p->data) : VB_VOID; }

int vb_points_set_data_type(vb_points *p, int type) {
  vb_array *a;
  CHECK_P(p);
  VB_CHECK(vb_type_is_valid(type), VB_ETYPE, "unknown VTK type id %d", type);
  if (type == vb_array_type(p->data)) return VB_OK;
  if (!(a = new_coords(type))) return vb_last_status();
  vb_array_release(p->data);
  p->data = a;
  vb_object_modified(&p->obj);
  return VB_OK;
}

int64_t vb_points_get_number_of_points(const vb_points *p) {
  return p ? vb_array_get_number_of_tuples(p->data) : 0;
}

int vb_points_set_number_of_points(vb_points *p, int64_t n) {
  CHECK_P(p);
  return vb_array_set_number_of_tuples(p->data, n);
}

int vb_points_allocate(vb_points *p, int64_t n) {
  CHECK_P(p);
  VB_CHECK(n >= 0, VB_EOVERFLOW, "negative count %lld", (long long)n);
  VB_CHECK(n <= INT64_MAX / 3, VB_EOVERFLOW, "%lld points overflow", (long long)n);
  return vb_array_allocate(p->data, 3 * n, 0);
}

int vb_points_squeeze(vb_points *p) {
  CHECK_P(p);
  return vb_array_squeeze(p->data);
}

int vb_points_initialize(vb_points *p) {
  CHECK_P(p);
  return vb_array_initialize(p->data);
}

int vb_points_get_point(const vb_points *p, int64_t id, double x[3]) {
  CHECK_P(p);
  CHECK_XYZ(p);
  VB_CHECK(x, VB_EINVAL, "output is NULL");
  return vb_array_get_tuple(p->data, id, x);
}

int vb_points_set_point(vb_points *p, int64_t id, const double x[3]) {
  CHECK_P(p);
  CHECK_XYZ(p);
  VB_CHECK(x, VB_EINVAL, "point is NULL");
  return vb_array_set_tuple(p->data, id, x);
}

int vb_points_insert_point(vb_points *p, int64_t id, const double x[3]) {
  CHECK_P(p);
  CHECK_XYZ(p);
  VB_CHECK(x, VB_EINVAL, "point is NULL");
  return vb_array_insert_tuple(p->data, id, x);
}

int64_t vb_points_insert_next_point(vb_points *p, const double x[3]) {
  int st;
  CHECK_P(p);
  CHECK_XYZ(p);
  VB_CHECK(x, VB_EINVAL, "point is NULL");
  if ((st = vb_array_insert_next_tuple(p->data, x)) != VB_OK) return st;
  return vb_array_get_number_of_tuples(p->data) - 1;
}

int vb_points_get_bounds(const vb_points *p, double b[6]) {
  int64_t i, n;
  int c;
  double x[3];
  CHECK_P(p);
  CHECK_XYZ(p);
  VB_CHECK(b, VB_EINVAL, "output is NULL");
  b[0] = b[2] = b[4] = 1e299; /* VTK 9.7's bounds of no points: VTK_DOUBLE_MAX, -VTK_DOUBLE_MAX */
  b[1] = b[3] = b[5] = -1e299;
  n = vb_array_get_number_of_tuples(p->data);
  for (i = 0; i < n; i++) {
    vb_array_get_tuple(p->data, i, x);
    for (c = 0; c < 3; c++) {
      if (i == 0 || x[c] < b[2 * c]) b[2 * c] = x[c];
      if (i == 0 || x[c] > b[2 * c + 1]) b[2 * c + 1] = x[c];
    }
  }
  return VB_OK;
}

int vb_points_deep_copy(vb_points *dst, const vb_points *src) {
  int st;
  VB_CHECK(dst && src, VB_EINVAL, "points is NULL");
  if (dst == src || dst->data == src->data) return VB_OK;
  CHECK_XYZ(src);
  if ((st = vb_array_deep_copy(dst->data, src->data)) != VB_OK) return st;
  vb_object_modified(&dst->obj);
  return VB_OK;
}

int vb_points_shallow_copy(vb_points *dst, const vb_points *src) {
  VB_CHECK(dst && src, VB_EINVAL, "points is NULL");
  return vb_points_set_data(dst, src->data);
}

static int check_src(const vb_points *src, int64_t id, const char *fn) {
  VB_CHECK_IN(fn, id >= 0 && id < vb_points_get_number_of_points(src), VB_ERANGE, "point %lld not in [0, %lld)",
           (long long)id, (long long)vb_points_get_number_of_points(src));
  return VB_OK;
}

/* point `from` of src into point `to` of dst (grows); indices checked */
static int copy_point(vb_points *dst, int64_t to, const vb_points *src, int64_t from) {
  double x[3];
  vb_array_get_tuple(src->data, from, x);
  return vb_array_insert_tuple(dst->data, to, x);
}

int vb_points_insert_points_range(vb_points *dst, int64_t dst_start, int64_t n, int64_t src_start,
                                  const vb_points *src) {
  int64_t k;
  int st;
  VB_CHECK(dst && src, VB_EINVAL, "points is NULL");
  CHECK_XYZ(dst);
  CHECK_XYZ(src);
  VB_CHECK(n >= 0 && dst_start >= 0 && dst_start <= INT64_MAX / 4 - n, VB_ERANGE, "bad range");
  if (n == 0) return VB_OK;
  if ((st = check_src(src, src_start, VB_FUNC)) != VB_OK ||
      (st = check_src(src, src_start + n - 1, VB_FUNC)) != VB_OK)
    return st;
  if (src == dst && src_start < dst_start) { /* overlapping: copy backwards */
    for (k = n - 1; k >= 0; k--)
      if ((st = copy_point(dst, dst_start + k, src, src_start + k)) != VB_OK) return st;
  } else {
    if ((st = vb_points_reserve(dst, dst_start + n)) != VB_OK) return st;
    for (k = 0; k < n; k++)
      if ((st = copy_point(dst, dst_start + k, src, src_start + k)) != VB_OK) return st;
  }
  return VB_OK;
}

int vb_points_insert_points_ids(vb_points *dst, int64_t n, const vb_id *dst_ids, const vb_id *src_ids,
                                const vb_points *src) {
  int64_t k, top = 0;
  int st;
  VB_CHECK(dst && src, VB_EINVAL, "points is NULL");
  VB_CHECK(n >= 0 && (n == 0 || (dst_ids && src_ids)), VB_EINVAL, "bad id lists");
  CHECK_XYZ(dst);
  CHECK_XYZ(src);
  for (k = 0; k < n; k++) {
    if ((st = check_src(src, src_ids[k], VB_FUNC)) != VB_OK) return st;
    VB_CHECK(dst_ids[k] >= 0 && dst_ids[k] < INT64_MAX / 4, VB_ERANGE, "bad target id %lld",
             (long long)dst_ids[k]);
    if (dst_ids[k] >= top) top = dst_ids[k] + 1;
  }
  if ((st = vb_points_reserve(dst, top)) != VB_OK) return st;
  for (k = 0; k < n; k++) /* src == dst: read before each write, as VTK */
    if ((st = copy_point(dst, dst_ids[k], src, src_ids[k])) != VB_OK) return st;
  return VB_OK;
}

int vb_points_get_points_ids(const vb_points *p, int64_t n, const vb_id *ids, vb_points *out) {
  int64_t k;
  int st;
  double x[3];
  VB_CHECK(p && out, VB_EINVAL, "points is NULL");
  VB_CHECK(n >= 0 && (n == 0 || ids), VB_EINVAL, "bad id list");
  VB_CHECK(out != p, VB_EINVAL, "output is the points themselves");
  CHECK_XYZ(p);
  CHECK_XYZ(out);
  for (k = 0; k < n; k++)
    if ((st = check_src(p, ids[k], VB_FUNC)) != VB_OK) return st;
  if ((st = vb_points_set_number_of_points(out, n)) != VB_OK) return st;
  for (k = 0; k < n; k++) {
    vb_array_get_tuple(p->data, ids[k], x);
    vb_array_set_tuple(out->data, k, x);
  }
  return VB_OK;
}

int vb_points_resize(vb_points *p, int64_t n) {
  CHECK_P(p);
  VB_CHECK(n >= 0, VB_EOVERFLOW, "negative count %lld", (long long)n);
  if (n == 0) return vb_array_initialize(p->data);
  return vb_array_resize(p->data, n);
}

int vb_points_reserve(vb_points *p, int64_t n) {
  CHECK_P(p);
  VB_CHECK(n >= 0, VB_EOVERFLOW, "negative count %lld", (long long)n);
  return vb_array_reserve_tuples(p->data, n);
}

int vb_points_reset(vb_points *p) {
  int64_t size;
  CHECK_P(p);
  size = vb_array_get_size(p->data);
  if (size > 0) return vb_array_allocate(p->data, size, 0); /* storage kept: cannot fail */
  return VB_OK;
}

int64_t vb__array_kib(const vb_array *a);
int64_t vb_points_get_actual_memory_size(const vb_points *p) { return p ? vb__array_kib(p->data) : 0; }
