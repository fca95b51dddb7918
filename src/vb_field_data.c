/* vb_field_data.c - vtkFieldData: named arrays, copy flags, ranges, ghosts. */
#include "vb_field_data_impl.h"

#include <math.h>
#include <string.h>

static void field_data_destroy(vb_object *o) {
  vb_field_data *fd = (vb_field_data *)o;
  int i;
  for (i = 0; i < fd->n; i++) vb_object_release(fd->arrays[i]);
  for (i = 0; i < fd->nflags; i++) vb__free(fd->flags[i].name);
  if (fd->arrays) vb__free(fd->arrays);
  if (fd->flags) vb__free(fd->flags);
  vb__attributes_forget_copy(fd);
  vb__free(fd);
}

static const vb_class field_data_class = {"vtkFieldData", field_data_destroy, NULL, NULL};
/* vtkPointData / vtkCellData: attributes made with that association */
static const char *attributes_name(const vb_object *o) {
  static const char *const names[] = {"vtkDataSetAttributes", "vtkPointData", "vtkCellData"};
  return names[((const vb_field_data *)o)->is_attributes - 1];
}
static const vb_class attributes_class = {"vtkDataSetAttributes", field_data_destroy, attributes_name, NULL};

vb_object *vb_field_data_object(vb_field_data *fd) { return fd ? &fd->obj : NULL; }
vb_field_data *vb_field_data_from_object(vb_object *o) {
  return o && (o->cls == &field_data_class || o->cls == &attributes_class) ? (vb_field_data *)o : NULL;
}
void vb_field_data_retain(vb_field_data *fd) { vb_object_retain(vb_field_data_object(fd)); }
void vb_field_data_release(vb_field_data *fd) { vb_object_release(vb_field_data_object(fd)); }

vb_object *vb_attributes_object(vb_attributes *at) { return at ? &at->fd.obj : NULL; }
vb_attributes *vb_attributes_from_object(vb_object *o) {
  return o && o->cls == &attributes_class ? (vb_attributes *)o : NULL;
}
void vb_attributes_retain(vb_attributes *at) { vb_object_retain(vb_attributes_object(at)); }
void vb_attributes_release(vb_attributes *at) { vb_object_release(vb_attributes_object(at)); }
vb_field_data *vb_attributes_field_data(vb_attributes *at) { return at ? &at->fd : NULL; }

#define CHECK_FD_IN(fn, fd) VB_CHECK_IN(fn, (fd) != NULL, VB_EINVAL, "field data is NULL")
#define CHECK_FD(fd) CHECK_FD_IN(VB_FUNC, fd)

vb_field_data *vb__field_data_new(int is_attributes) {
  vb_field_data *fd = vb__calloc(is_attributes ? sizeof(vb_attributes) : sizeof *fd, VB_MIN_ALIGN);
  if (!fd) return NULL;
  vb__object_init(&fd->obj, is_attributes ? &attributes_class : &field_data_class);
  fd->is_attributes = is_attributes;
  vb__field_data_default_flags(fd);
  for (int t = 0; t < VB_NUM_ATTRIBUTES; t++) fd->active[t] = -1;
  return fd;
}

vb_field_data *vb_field_data_new(void) { return vb__field_data_new(0); }

int vb_field_data_get_number_of_arrays(const vb_field_data *fd) { return fd ? fd->n : 0; }

static int find(const vb_field_data *fd, const char *name) {
  if (!name) return -1;
  for (int i = 0; i < fd->n; i++) {
    const char *s = vb__aa_name(fd->arrays[i]);
    if (s && strcmp(s, name) == 0) return i;
  }
  return -1;
}

int vb_field_data_allocate_arrays(vb_field_data *fd, int n) {
  vb_object **na;
  CHECK_FD(fd);
  if (n <= fd->cap) return VB_OK;
  VB_CHECK(n <= (1 << 28), VB_EOVERFLOW, "%d arrays is too many", n);
  if (!(na = vb__alloc((size_t)n * sizeof *na, VB_MIN_ALIGN))) return VB_ENOMEM;
  if (fd->n) memcpy(na, fd->arrays, (size_t)fd->n * sizeof *na);
  if (fd->arrays) vb__free(fd->arrays);
  fd->arrays = na;
  fd->cap = n;
  return VB_OK;
}

int vb_field_data_add_array(vb_field_data *fd, vb_array *a) {
  VB_CHECK(a != NULL, VB_EINVAL, "array is NULL");
  return vb_field_data_add_abstract_array(fd, vb_array_object(a));
}

int vb_field_data_add_abstract_array(vb_field_data *fd, vb_object *a) {
  int i, st;
  CHECK_FD_IN("AddArray", fd);
  VB_CHECK_IN("AddArray", vb__aa_is(a), VB_ETYPE, "not an array");
  if ((i = find(fd, vb__aa_name(a))) >= 0) { /* same name: replace in place (VTK) */
    if (fd->arrays[i] != a) {
      vb_object_retain(a);
      vb_object_release(fd->arrays[i]);
      fd->arrays[i] = a;
      vb_object_modified(&fd->obj);
    }
    return i;
  }
  if (fd->n == fd->cap && (st = vb_field_data_allocate_arrays(fd, fd->cap ? 2 * fd->cap : 4)) != VB_OK) return st;
  vb_object_retain(a);
  fd->arrays[fd->n] = a;
  vb_object_modified(&fd->obj);
  return fd->n++;
}

vb_object *vb_field_data_get_abstract_array(const vb_field_data *fd, int index) {
  return fd && index >= 0 && index < fd->n ? fd->arrays[index] : NULL;
}

vb_object *vb_field_data_get_abstract_array_by_name(const vb_field_data *fd, const char *name, int *index) {
  int i = fd ? find(fd, name) : -1;
  if (index) *index = i;
  return i >= 0 ? fd->arrays[i] : NULL;
}

vb_array *vb_field_data_get_array(const vb_field_data *fd, int index) {
  return vb_array_from_object(vb_field_data_get_abstract_array(fd, index));
}

vb_array *vb_field_data_get_array_by_name(const vb_field_data *fd, const char *name, int *index) {
  return vb_array_from_object(vb_field_data_get_abstract_array_by_name(fd, name, index));
}

const char *vb_field_data_get_array_name(const vb_field_data *fd, int index) {
  vb_object *a = vb_field_data_get_abstract_array(fd, index);
  return a ? vb__aa_name(a) : NULL;
}

int vb_field_data_has_array(const vb_field_data *fd, const char *name) { return fd && find(fd, name) >= 0; }

int vb_field_data_remove_array_by_index(vb_field_data *fd, int index) {
  vb_object *a;
  CHECK_FD(fd);
  if (index < 0 || index >= fd->n) return 0; /* nothing to remove: no error (VTK) */
  a = fd->arrays[index];
  memmove(fd->arrays + index, fd->arrays + index + 1, (size_t)(fd->n - index - 1) * sizeof *fd->arrays);
  fd->n--;
  for (int t = 0; t < VB_NUM_ATTRIBUTES; t++) {
    if (fd->active[t] == index) fd->active[t] = -1;
    else if (fd->active[t] > index) fd->active[t]--;
  }
  vb__attributes_forget_copy(fd); /* indices moved: a CopyAllocate mapping is void */
  vb_object_release(a);
  vb_object_modified(&fd->obj);
  return 1;
}

int vb_field_data_remove_array(vb_field_data *fd, const char *name) {
  CHECK_FD(fd);
  VB_CHECK(name != NULL, VB_EINVAL, "name is NULL");
  return vb_field_data_remove_array_by_index(fd, find(fd, name));
}

void vb__field_data_clear_arrays(vb_field_data *fd) {
  while (fd->n > 0) vb_object_release(fd->arrays[--fd->n]);
  for (int t = 0; t < VB_NUM_ATTRIBUTES; t++) fd->active[t] = -1;
  vb__attributes_forget_copy(fd);
}

void vb__field_data_default_flags(vb_field_data *fd) {
  for (int i = 0; i < fd->nflags; i++) vb__free(fd->flags[i].name);
  if (fd->flags) vb__free(fd->flags);
  fd->flags = NULL;
  fd->nflags = 0;
  fd->copy_all_off = 0;
  if (!fd->is_attributes) return;
  for (int k = 0; k < VB__COPY_KINDS; k++)
    for (int t = 0; t < VB_NUM_ATTRIBUTES; t++) fd->copy_attr[k][t] = 1;
  /* VTK: ids are labels, not numbers */
  fd->copy_attr[VB_COPY_TUPLE][VB_ATTRIBUTE_GLOBALIDS] = 0;
  fd->copy_attr[VB_COPY_INTERPOLATE][VB_ATTRIBUTE_GLOBALIDS] = 0;
  fd->copy_attr[VB_COPY_INTERPOLATE][VB_ATTRIBUTE_PEDIGREEIDS] = 0;
  fd->copy_attr[VB_COPY_INTERPOLATE][VB_ATTRIBUTE_PROCESSIDS] = 0;
}

int vb_field_data_initialize(vb_field_data *fd) {
  CHECK_FD(fd);
  vb__field_data_clear_arrays(fd);
  vb__field_data_default_flags(fd);
  vb_object_modified(&fd->obj);
  return VB_OK;
}

int64_t vb_field_data_get_number_of_tuples(const vb_field_data *fd) {
  return fd && fd->n > 0 ? vb__aa_ntuples(fd->arrays[0]) : 0;
}

int vb_field_data_set_number_of_tuples(vb_field_data *fd, int64_t n) {
  int st;
  CHECK_FD(fd);
  VB_CHECK(n >= 0, VB_EOVERFLOW, "negative count %lld", (long long)n);
  for (int i = 0; i < fd->n; i++)
    if ((st = vb__aa_set_ntuples(fd->arrays[i], n)) != VB_OK) return st;
  return VB_OK;
}

int vb_field_data_get_number_of_components(const vb_field_data *fd) {
  int s = 0;
  for (int i = 0; fd && i < fd->n; i++) s += vb__aa_ncomp(fd->arrays[i]);
  return s;
}

int vb_field_data_get_array_containing_component(const vb_field_data *fd, int i, int *array_comp) {
  int count = 0;
  for (int j = 0; fd && j < fd->n; j++) {
    int nc = vb__aa_ncomp(fd->arrays[j]);
    if (i >= count && i < count + nc) {
      if (array_comp) *array_comp = i - count;
      return j;
    }
    count += nc;
  }
  return -1;
}

int vb_field_data_squeeze(vb_field_data *fd) {
  int st;
  CHECK_FD(fd);
  for (int i = 0; i < fd->n; i++)
    if ((st = vb__aa_squeeze(fd->arrays[i])) != VB_OK) return st;
  return VB_OK;
}

int vb_field_data_reset(vb_field_data *fd) {
  CHECK_FD(fd);
  for (int i = 0; i < fd->n; i++) {
    vb_array *a = vb__fd_arr(fd, i);
    int64_t size = vb_array_get_size(a);
    if (!a) vb_value_array_reset(vb_value_array_from_object(fd->arrays[i]));
    else vb_array_allocate(a, size > 0 ? size : 1, 0); /* keeps the storage: cannot fail */
    if (a && size <= 0) vb_array_initialize(a);
  }
  return VB_OK;
}

/* vtkAbstractArray::GetActualMemorySize: ceil(bytes / 1024) of the storage */
int64_t vb__array_kib(const vb_array *a) {
  int64_t bytes = vb_array_get_size(a) * (int64_t)vb_array_elem_size(a);
  return bytes > 0 ? (bytes + 1023) / 1024 : 0;
}

int64_t vb_field_data_get_actual_memory_size(const vb_field_data *fd) {
  int64_t s = 0;
  for (int i = 0; fd && i < fd->n; i++) s += vb__aa_kib(fd->arrays[i]);
  return s;
}

vb_array *vb__array_like(const vb_array *a) {
  vb_array *b = vb_array_new_layout(vb_array_type(a), vb_array_layout(a));
  if (!b) return NULL;
  if (vb_array_set_number_of_components(b, vb_array_get_number_of_components(a)) != VB_OK ||
      (vb_array_get_name(a) && vb_array_set_name(b, vb_array_get_name(a)) != VB_OK)) {
    vb_array_release(b);
    return NULL;
  }
  return b;
}

/* new arrays like src's (deep: with its values), installed in dst only once
 * all exist, so that a failure leaves dst unchanged */
static int copy_arrays(vb_field_data *dst, const vb_field_data *src, int deep, int shallow) {
  vb_object **made = NULL;
  int i, n = src->n, st = VB_OK;
  if (n && !(made = vb__calloc((size_t)n * sizeof *made, VB_MIN_ALIGN))) return VB_ENOMEM;
  for (i = 0; i < n && st == VB_OK; i++) {
    if (shallow) {
      vb_object_retain(made[i] = src->arrays[i]);
      continue;
    }
    if (!(made[i] = vb__aa_like(src->arrays[i]))) st = vb_last_status();
    else if (deep) st = vb__aa_deep_copy(made[i], src->arrays[i]);
  }
  if (st == VB_OK && n > dst->cap) st = vb_field_data_allocate_arrays(dst, n);
  if (st != VB_OK) {
    for (i = 0; i < n; i++) vb_object_release(made[i]);
    if (made) vb__free(made);
    return st;
  }
  vb__field_data_clear_arrays(dst);
  if (n) memcpy(dst->arrays, made, (size_t)n * sizeof *made);
  dst->n = n;
  if (made) vb__free(made);
  return VB_OK;
}

int vb__field_data_copy_flags(vb_field_data *dst, const vb_field_data *src) {
  vb__copy_flag *f = NULL;
  int i;
  if (dst == src) return VB_OK;
  if (src->nflags && !(f = vb__calloc((size_t)src->nflags * sizeof *f, VB_MIN_ALIGN))) return VB_ENOMEM;
  for (i = 0; i < src->nflags; i++) {
    size_t len = strlen(src->flags[i].name) + 1;
    if (!(f[i].name = vb__alloc(len, VB_MIN_ALIGN))) {
      while (i-- > 0) vb__free(f[i].name);
      vb__free(f);
      return VB_ENOMEM;
    }
    memcpy(f[i].name, src->flags[i].name, len);
    f[i].on = src->flags[i].on;
  }
  for (i = 0; i < dst->nflags; i++) vb__free(dst->flags[i].name);
  if (dst->flags) vb__free(dst->flags);
  dst->flags = f;
  dst->nflags = src->nflags;
  dst->copy_all_off = src->copy_all_off;
  if (dst->is_attributes && src->is_attributes) memcpy(dst->copy_attr, src->copy_attr, sizeof dst->copy_attr);
  return VB_OK;
}

static int copy_common(vb_field_data *dst, const vb_field_data *src, int deep, int shallow, const char *fn) {
  int st;
  VB_CHECK_IN(fn, dst && src, VB_EINVAL, "field data is NULL");
  if (dst == src) return VB_OK;
  /* flags first (may fail, nothing changed yet); copy_arrays' failure then
   * leaves only the flags copied, which the caller's retry overwrites */
  int all_off = dst->copy_all_off;
  if ((st = copy_arrays(dst, src, deep, shallow)) != VB_OK) return st;
  if (vb__field_data_copy_flags(dst, src) != VB_OK) vb__field_data_default_flags(dst);
  if (!dst->is_attributes) dst->copy_all_off = all_off; /* VTK's vtkFieldData copies the field flags alone */
  dst->ghosts_to_skip = src->ghosts_to_skip;
  if (deep || shallow)
    for (int t = 0; t < VB_NUM_ATTRIBUTES; t++) dst->active[t] = dst->is_attributes && src->is_attributes ? src->active[t] : -1;
  vb_object_modified(&dst->obj);
  return VB_OK;
}

int vb_field_data_deep_copy(vb_field_data *dst, const vb_field_data *src) {
  return copy_common(dst, src, 1, 0, "DeepCopy");
}
int vb_field_data_shallow_copy(vb_field_data *dst, const vb_field_data *src) {
  return copy_common(dst, src, 0, 1, "ShallowCopy");
}

int vb_field_data_copy_structure(vb_field_data *dst, const vb_field_data *src) {
  int st;
  VB_CHECK(dst && src, VB_EINVAL, "field data is NULL");
  if (dst == src) return VB_OK;
  if ((st = copy_arrays(dst, src, 0, 0)) != VB_OK) return st;
  vb_object_modified(&dst->obj);
  return VB_OK;
}

int vb_field_data__passes(const vb_field_data *fd, const char *name) {
  int f = vb_field_data_get_copy_flag(fd, name);
  return f != 0 && !(fd->copy_all_off && f != 1);
}

int vb_field_data_pass_data(vb_field_data *dst, const vb_field_data *src) {
  int st;
  VB_CHECK(dst && src, VB_EINVAL, "field data is NULL");
  if ((st = vb_field_data_allocate_arrays(dst, dst->n + src->n)) != VB_OK) return st;
  for (int i = 0; i < src->n; i++) /* room reserved: add_array cannot fail */
    if (vb_field_data__passes(dst, vb__aa_name(src->arrays[i]))) vb_field_data_add_abstract_array(dst, src->arrays[i]);
  return VB_OK;
}

/* ---- copy flags ---- */
static int find_flag(const vb_field_data *fd, const char *name) {
  for (int i = 0; name && i < fd->nflags; i++)
    if (strcmp(fd->flags[i].name, name) == 0) return i;
  return -1;
}

int vb_field_data_get_copy_flag(const vb_field_data *fd, const char *name) {
  int i = fd ? find_flag(fd, name) : -1;
  return i >= 0 ? fd->flags[i].on : -1;
}

int vb_field_data_copy_field(vb_field_data *fd, const char *name, int on) {
  int i;
  vb__copy_flag *nf;
  size_t len;
  CHECK_FD_IN(on ? "CopyFieldOn" : "CopyFieldOff", fd);
  if (!name) return VB_OK; /* VTK: ignored */
  on = on ? 1 : 0;
  if ((i = find_flag(fd, name)) >= 0) {
    if (fd->flags[i].on != on) {
      fd->flags[i].on = on;
      vb_object_modified(&fd->obj);
    }
    return VB_OK;
  }
  len = strlen(name) + 1;
  if (!(nf = vb__alloc((size_t)(fd->nflags + 1) * sizeof *nf, VB_MIN_ALIGN))) return VB_ENOMEM;
  if (!(nf[fd->nflags].name = vb__alloc(len, VB_MIN_ALIGN))) {
    vb__free(nf);
    return VB_ENOMEM;
  }
  memcpy(nf[fd->nflags].name, name, len);
  nf[fd->nflags].on = on;
  if (fd->nflags) memcpy(nf, fd->flags, (size_t)fd->nflags * sizeof *nf);
  if (fd->flags) vb__free(fd->flags);
  fd->flags = nf;
  fd->nflags++;
  vb_object_modified(&fd->obj);
  return VB_OK;
}

int vb_field_data_copy_all(vb_field_data *fd, int on) {
  CHECK_FD_IN(on ? "CopyAllOn" : "CopyAllOff", fd);
  if (fd->copy_all_off != !on) {
    fd->copy_all_off = !on;
    vb_object_modified(&fd->obj);
  }
  return VB_OK;
}

/* ---- ranges ---- */
static int range_impl(const vb_field_data *fd, int index, int comp, double out[2], int finite) {
  vb_array *a = vb_field_data_get_array(fd, index), *g;
  int nc, c;
  int64_t t, nt;
  double lo, hi;
  const unsigned char *ghost = NULL;
  out[0] = out[1] = NAN;
  if (!a || comp < -1 || comp >= (nc = vb_array_get_number_of_components(a))) return 0;
  if (comp == -1 && nc == 1) comp = 0;
  /* VTK's range of nothing: the type's (max, min) */
  if (vb_type_is_integer(vb_array_type(a))) {
    lo = vb_type_max(vb_array_type(a));
    hi = vb_type_min(vb_array_type(a));
  } else {
    lo = vb_array_type(a) == VB_FLOAT ? 1.0e38 : 1.0e299;
    hi = -lo;
  }
  nt = vb_array_get_number_of_tuples(a);
  g = vb_field_data_get_ghost_array(fd);
  if (g && fd->ghosts_to_skip && vb_array_get_number_of_values(g) >= nt) ghost = vb_array_data(g);
  for (t = 0; t < nt; t++) {
    double v = 0, x;
    if (ghost && (ghost[t] & fd->ghosts_to_skip)) continue;
    if (comp >= 0) {
      vb_array_get_component(a, t, comp, &v);
    } else {
      for (c = 0; c < nc; c++) {
        vb_array_get_component(a, t, c, &x);
        v += x * x;
      }
      v = sqrt(v);
    }
    if (isnan(v) || (finite && isinf(v))) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  out[0] = lo;
  out[1] = hi;
  return nt > 0;
}

int vb_field_data_get_range_at(const vb_field_data *fd, int index, int comp, double out[2]) {
  return range_impl(fd, index, comp, out, 0);
}
int vb_field_data_get_finite_range_at(const vb_field_data *fd, int index, int comp, double out[2]) {
  return range_impl(fd, index, comp, out, 1);
}
int vb_field_data_get_range(const vb_field_data *fd, const char *name, int comp, double out[2]) {
  return range_impl(fd, fd ? find(fd, name) : -1, comp, out, 0);
}
int vb_field_data_get_finite_range(const vb_field_data *fd, const char *name, int comp, double out[2]) {
  return range_impl(fd, fd ? find(fd, name) : -1, comp, out, 1);
}

/* ---- ghosts ---- */
vb_array *vb_field_data_get_ghost_array(const vb_field_data *fd) {
  vb_array *g = vb_field_data_get_array_by_name(fd, VB_GHOST_ARRAY_NAME, NULL);
  return g && vb_array_type(g) == VB_UNSIGNED_CHAR && vb_array_get_number_of_components(g) == 1 &&
                 vb_array_layout(g) == VB_LAYOUT_AOS
             ? g
             : NULL;
}

int vb_field_data_has_any_ghost_bit_set(const vb_field_data *fd, int bits) {
  vb_array *g = vb_field_data_get_ghost_array(fd);
  const unsigned char *p = g ? vb_array_data(g) : NULL;
  int64_t n = g ? vb_array_get_number_of_values(g) : 0;
  for (int64_t i = 0; p && i < n; i++)
    if (p[i] & bits) return 1;
  return 0;
}

int vb_field_data_get_ghosts_to_skip(const vb_field_data *fd) { return fd ? fd->ghosts_to_skip : 0; }

int vb_field_data_set_ghosts_to_skip(vb_field_data *fd, int bits) {
  CHECK_FD(fd);
  VB_CHECK(bits >= 0 && bits <= 255, VB_ENOFIT, "%d does not fit unsigned char", bits);
  if (fd->ghosts_to_skip != bits) {
    fd->ghosts_to_skip = bits;
    vb_object_modified(&fd->obj);
  }
  return VB_OK;
}
