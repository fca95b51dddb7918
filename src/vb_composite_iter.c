/* vb_composite_iter.c - vtkDataObjectTreeIterator over a composite data set:
 * the tree's nodes in preorder (taken when a traversal starts, each node
 * held by a reference), stepped through under VTK's options. */
#include "vb_composite_impl.h"

typedef struct {
  vb_data_object *obj; /* retained; NULL: an empty node */
  vb_composite *parent; /* retained; NULL for the root */
  int64_t index;        /* in parent */
  int64_t up;           /* the parent's node, -1 for the root */
  int64_t flat;         /* forward flat index */
  int depth;            /* 0 root, 1 its children, ... */
} node;

struct vb_composite_iterator {
  vb_object obj;
  vb_composite *root; /* retained */
  int opt[4];         /* VB_ITER_* */
  node *nodes;
  int64_t n, cap, cur; /* cur == n: done */
};

static void drop_nodes(vb_composite_iterator *it) {
  for (int64_t k = 0; k < it->n; k++) {
    vb_object_release(it->nodes[k].obj ? &it->nodes[k].obj->obj : NULL);
    vb_composite_release(it->nodes[k].parent);
  }
  it->n = it->cur = 0;
}

static void iter_destroy(vb_object *o) {
  vb_composite_iterator *it = (vb_composite_iterator *)o;
  drop_nodes(it);
  vb__free(it->nodes);
  vb_composite_release(it->root);
  vb__free(it);
}

VB_DEFINE_CLASS(composite_iterator, vb_composite_iterator, "vtkDataObjectTreeIterator", iter_destroy, NULL)

vb_composite_iterator *vb_composite_iterator_new(void) {
  vb_composite_iterator *it = vb__calloc(sizeof *it, VB_MIN_ALIGN);
  if (!it) return NULL;
  vb__object_init(&it->obj, &composite_iterator_class);
  it->opt[VB_ITER_SKIP_EMPTY_NODES] = it->opt[VB_ITER_VISIT_ONLY_LEAVES] = it->opt[VB_ITER_TRAVERSE_SUB_TREE] = 1;
  return it;
}

/* count the nodes of the tree under d (1 for a leaf or an empty node) */
static int64_t count(const vb_data_object *d) {
  const vb_composite *c = vb__composite_of(d);
  int64_t n = 1;
  for (int64_t k = 0; c && k < c->n; k++) n += count(c->child[k]);
  return n;
}

/* append d's subtree in preorder; children last to first when reverse */
static void collect(vb_composite_iterator *it, vb_data_object *d, vb_composite *parent, int64_t index, int64_t up,
                    int64_t flat, int depth) {
  vb_composite *c = vb__composite_of(d);
  int64_t self = it->n, k, f = flat + 1, rev = it->opt[VB_ITER_REVERSE];
  node *nd = &it->nodes[it->n++];
  nd->obj = d;
  nd->parent = parent;
  nd->index = index;
  nd->up = up;
  nd->flat = flat;
  nd->depth = depth;
  vb_object_retain(d ? &d->obj : NULL);
  vb_composite_retain(parent);
  if (!c) return;
  if (!rev) {
    for (k = 0; k < c->n; k++) {
      collect(it, c->child[k], c, k, self, f, depth + 1);
      f += count(c->child[k]);
    }
  } else {
    for (k = 0, f = flat + 1; k < c->n; k++) f += count(c->child[k]);
    for (k = c->n - 1; k >= 0; k--) {
      f -= count(c->child[k]);
      collect(it, c->child[k], c, k, self, f, depth + 1);
    }
  }
}

/* does the current node pass the options? */
static int visible(const vb_composite_iterator *it, const node *nd) {
  if (nd->depth == 0) return 0;
  if (nd->depth > 1 && !it->opt[VB_ITER_TRAVERSE_SUB_TREE]) return 0;
  if (!nd->obj) return !it->opt[VB_ITER_SKIP_EMPTY_NODES];
  return !(it->opt[VB_ITER_VISIT_ONLY_LEAVES] && vb__composite_of(nd->obj));
}

static void advance(vb_composite_iterator *it) {
  while (it->cur < it->n && !visible(it, &it->nodes[it->cur])) it->cur++;
}

int vb_composite_iterator_go_to_first_item(vb_composite_iterator *it) {
  int64_t n;
  VB_CHECK(it != NULL, VB_EINVAL, "iterator is NULL");
  n = it->root ? count(&it->root->base) : 0;
  if (n > it->cap) {
    node *nodes = vb__alloc((size_t)n * sizeof *nodes, VB_MIN_ALIGN);
    if (!nodes) return VB_NAMED(VB_ENOMEM);
    drop_nodes(it);
    vb__free(it->nodes);
    it->nodes = nodes;
    it->cap = n;
  }
  drop_nodes(it);
  if (it->root) collect(it, &it->root->base, NULL, 0, -1, 0, 0);
  it->cur = 0;
  advance(it);
  vb_object_modified(&it->obj);
  return VB_OK;
}

int vb_composite_iterator_init_traversal(vb_composite_iterator *it) {
  VB_CHECK(it != NULL, VB_EINVAL, "iterator is NULL");
  it->opt[VB_ITER_REVERSE] = 0;
  return vb_composite_iterator_go_to_first_item(it);
}

int vb_composite_iterator_init_reverse_traversal(vb_composite_iterator *it) {
  VB_CHECK(it != NULL, VB_EINVAL, "iterator is NULL");
  it->opt[VB_ITER_REVERSE] = 1;
  return vb_composite_iterator_go_to_first_item(it);
}

int vb_composite_iterator_set_data_set(vb_composite_iterator *it, vb_composite *c) {
  VB_CHECK(it != NULL, VB_EINVAL, "iterator is NULL");
  if (c != it->root) {
    vb_composite_retain(c);
    vb_composite_release(it->root);
    it->root = c;
  }
  if (!c) {
    drop_nodes(it);
    return VB_OK;
  }
  return vb_composite_iterator_go_to_first_item(it);
}

vb_composite *vb_composite_iterator_get_data_set(const vb_composite_iterator *it) { return it ? it->root : NULL; }

vb_composite_iterator *vb_composite_new_iterator(vb_composite *c) {
  vb_composite_iterator *it;
  VB_CHECK_NULL(c != NULL, VB_EINVAL, "composite data set is NULL");
  if (!(it = vb_composite_iterator_new())) return NULL;
  if (vb_composite_iterator_set_data_set(it, c) != VB_OK) {
    vb_composite_iterator_release(it);
    return NULL;
  }
  return it;
}

int vb_composite_iterator_get_option(const vb_composite_iterator *it, int option) {
  return it && option >= 0 && option < 4 ? it->opt[option] : 0;
}
void vb_composite_iterator_set_option(vb_composite_iterator *it, int option, int on) {
  if (!it || option < 0 || option >= VB_ITER_REVERSE || it->opt[option] == !!on) return;
  it->opt[option] = !!on;
  vb_object_modified(&it->obj);
}

void vb_composite_iterator_go_to_next_item(vb_composite_iterator *it) {
  if (!it || it->cur >= it->n) return;
  it->cur++;
  advance(it);
  vb_object_modified(&it->obj);
}

int vb_composite_iterator_is_done_with_traversal(const vb_composite_iterator *it) {
  return !it || it->cur >= it->n;
}

static const node *current(const vb_composite_iterator *it) {
  return it && it->cur < it->n ? &it->nodes[it->cur] : NULL;
}

vb_data_object *vb_composite_iterator_get_current_data_object(const vb_composite_iterator *it) {
  const node *nd = current(it);
  return nd ? nd->obj : NULL;
}

int64_t vb_composite_iterator_get_current_flat_index(const vb_composite_iterator *it) {
  const node *nd = current(it);
  VB_CHECK(!it || !it->opt[VB_ITER_REVERSE], VB_ESTATE, "FlatIndex cannot be obtained when iterating in reverse order");
  /* done: VTK's counter is one past the last node */
  return nd ? nd->flat : it ? (it->n ? it->nodes[0].flat + it->n : 0) : 0;
}

vb_information *vb_composite_iterator_get_current_meta_data(vb_composite_iterator *it) {
  const node *nd = current(it);
  return nd && nd->parent ? vb_composite_get_child_meta_data(nd->parent, nd->index) : NULL;
}

int vb_composite_iterator_has_current_meta_data(const vb_composite_iterator *it) {
  const node *nd = current(it);
  return nd && nd->parent ? vb_composite_has_child_meta_data(nd->parent, nd->index) : 0;
}

int vb_composite_set_data_set(vb_composite *c, const vb_composite_iterator *it, vb_data_object *obj) {
  const node *nd = current(it);
  int64_t path[64], depth = 0, k;
  vb_composite *p = c;
  VB_CHECK(c != NULL, VB_EINVAL, "composite data set is NULL");
  VB_CHECK(nd && nd->parent, VB_ESTATE, "Invalid iterator location.");
  for (k = it->cur; it->nodes[k].up >= 0 && depth < 64; k = it->nodes[k].up) path[depth++] = it->nodes[k].index;
  VB_CHECK(it->nodes[k].up < 0, VB_ERANGE, "tree too deep");
  while (--depth > 0) {
    VB_CHECK(path[depth] < p->n && vb__composite_of(p->child[path[depth]]), VB_ESTATE,
             "Structure is not expected. Did you forget to use copy structure?");
    p = vb__composite_of(p->child[path[depth]]);
  }
  VB_CHECK(path[0] < p->n, VB_ESTATE, "Structure is not expected. Did you forget to use copy structure?");
  return vb__composite_put(p, path[0], obj, VB_FUNC);
}
