/* vb_collection.c - vtkCollection / vtkDataArrayCollection (vb_collection.h). */
#include "vb_collection.h"

#include <string.h>

#include "vb_array.h"
#include "vb_internal.h"

struct vb_collection {
  vb_object obj;
  vb_object **items; /* each retained */
  int64_t n, cap, current;
};

static void collection_destroy(vb_object *o) {
  vb_collection *c = (vb_collection *)o;
  int64_t i;
  for (i = 0; i < c->n; i++) vb_object_release(c->items[i]);
  vb__free(c->items);
  vb__free(c);
}

static const vb_class plain_collection_class = {"vtkCollection", collection_destroy, NULL, NULL};
static const vb_class arrays_class = {"vtkDataArrayCollection", collection_destroy, NULL, NULL};

vb_object *vb_collection_object(vb_collection *c) { return c ? &c->obj : NULL; }
vb_collection *vb_collection_from_object(vb_object *o) {
  return o && (o->cls == &plain_collection_class || o->cls == &arrays_class) ? (vb_collection *)o : NULL;
}
void vb_collection_retain(vb_collection *c) { vb_object_retain(vb_collection_object(c)); }
void vb_collection_release(vb_collection *c) { vb_object_release(vb_collection_object(c)); }
int vb_collection_is_data_array_collection(const vb_collection *c) { return c && c->obj.cls == &arrays_class; }

static vb_collection *make(const vb_class *cls) {
  vb_collection *c = vb__calloc(sizeof *c, VB_MIN_ALIGN);
  if (c) vb__object_init(&c->obj, cls);
  else vb__named("New", VB_ENOMEM);
  return c;
}
vb_collection *vb_collection_new(void) { return make(&plain_collection_class); }
vb_collection *vb_data_array_collection_new(void) { return make(&arrays_class); }

int64_t vb_collection_get_number_of_items(const vb_collection *c) { return c ? c->n : 0; }

/* the checks of every insertion, and room for one more item */
static int accept(vb_collection *c, vb_object *o, const char *fn) {
  VB_CHECK_IN(fn, c != NULL, VB_EINVAL, "collection is NULL");
  VB_CHECK_IN(fn, o != NULL, VB_EINVAL, "the item is NULL");
  VB_CHECK_IN(fn, !vb_collection_is_data_array_collection(c) || vb_array_from_object(o), VB_ETYPE,
           "a vtkDataArrayCollection holds data arrays, not a %s", vb_object_class_name(o));
  if (c->n == c->cap) {
    int64_t ncap = c->cap ? 2 * c->cap : 8;
    vb_object **p = vb__alloc((size_t)ncap * sizeof *p, VB_MIN_ALIGN);
    if (!p) return vb__named(fn, VB_ENOMEM);
    if (c->n) memcpy(p, c->items, (size_t)c->n * sizeof *p);
    vb__free(c->items);
    c->items = p;
    c->cap = ncap;
  }
  return VB_OK;
}

static int insert_at(vb_collection *c, int64_t at, vb_object *o) {
  memmove(c->items + at + 1, c->items + at, (size_t)(c->n - at) * sizeof *c->items);
  c->items[at] = o;
  c->n++;
  vb_object_retain(o);
  vb_object_modified(&c->obj);
  return VB_OK;
}

int vb_collection_add_item(vb_collection *c, vb_object *o) {
  int s = accept(c, o, VB_FUNC);
  return s != VB_OK ? s : insert_at(c, c->n, o);
}

int vb_collection_insert_item(vb_collection *c, int64_t i, vb_object *o) {
  int s = accept(c, o, VB_FUNC);
  if (s != VB_OK) return s;
  if (c->n == 0 || i >= c->n) return VB_OK; /* as VTK: nothing */
  return insert_at(c, i < 0 ? 0 : i + 1, o);
}

int vb_collection_replace_item(vb_collection *c, int64_t i, vb_object *o) {
  vb_object *old;
  VB_CHECK(c != NULL, VB_EINVAL, "collection is NULL");
  VB_CHECK(o != NULL, VB_EINVAL, "the item is NULL");
  VB_CHECK(!vb_collection_is_data_array_collection(c) || vb_array_from_object(o), VB_ETYPE,
           "a vtkDataArrayCollection holds data arrays, not a %s", vb_object_class_name(o));
  if (i < 0 || i >= c->n) return VB_OK;
  old = c->items[i];
  vb_object_retain(o);
  c->items[i] = o;
  vb_object_release(old);
  vb_object_modified(&c->obj);
  return VB_OK;
}

void vb_collection_remove_item(vb_collection *c, int64_t i) {
  vb_object *old;
  if (!c || i < 0 || i >= c->n) return;
  if (i < c->current) c->current--;
  old = c->items[i];
  memmove(c->items + i, c->items + i + 1, (size_t)(c->n - i - 1) * sizeof *c->items);
  c->n--;
  vb_object_release(old);
  vb_object_modified(&c->obj);
}

void vb_collection_remove_item_object(vb_collection *c, const vb_object *o) {
  vb_collection_remove_item(c, vb_collection_index_of(c, o));
}

void vb_collection_remove_all_items(vb_collection *c) {
  vb_object **items;
  int64_t i, n;
  if (!c || c->n == 0) return;
  items = c->items;
  n = c->n;
  c->items = NULL; /* a DeleteEvent observer sees the collection already empty */
  c->n = c->cap = c->current = 0;
  for (i = 0; i < n; i++) vb_object_release(items[i]);
  vb__free(items);
  vb_object_modified(&c->obj);
}

vb_object *vb_collection_get_item(const vb_collection *c, int64_t i) {
  return c && i >= 0 && i < c->n ? c->items[i] : NULL;
}

int64_t vb_collection_index_of(const vb_collection *c, const vb_object *o) {
  int64_t i;
  if (!c || !o) return -1;
  for (i = 0; i < c->n; i++)
    if (c->items[i] == o) return i;
  return -1;
}

void vb_collection_init_traversal(vb_collection *c) {
  if (c) c->current = 0;
}

vb_object *vb_collection_get_next_item(vb_collection *c) {
  if (!c || c->current >= c->n) return NULL;
  return c->items[c->current++];
}
