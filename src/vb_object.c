/* vb_object.c - reference counting, observer dispatch, modified time.
 *
 * Observers live in a growable array.  While a dispatch is running
 * (depth > 0) entries are never moved or freed: removal only clears `fn`
 * and the table is compacted (and clientdata freed) when the outermost
 * dispatch ends.  Dispatch indexes the table afresh on every step because
 * an add may reallocate it, and only visits entries that existed when the
 * dispatch started.
 */
#include "vb_internal.h"

#include <stdio.h>
#include <string.h>

#if !defined(__STDC_NO_ATOMICS__)
#include <stdatomic.h>
static _Atomic uint64_t global_mtime;
static uint64_t next_mtime(void) { return atomic_fetch_add(&global_mtime, 1) + 1; }
#else
static uint64_t global_mtime;
static uint64_t next_mtime(void) { return ++global_mtime; }
#endif

static long live_objects;

long vb_object_live_count(void) { return live_objects; }

void vb__object_init(vb_object *o, const vb_class *cls) {
  live_objects++;
  memset(o, 0, sizeof *o);
  o->cls = cls;
  o->refcount = 1;
  o->next_id = 1;
  o->mtime = next_mtime();
}

static void plain_destroy(vb_object *o) { vb__free(o); }
static const vb_class plain_class = {"vtkObject", plain_destroy, NULL, NULL};

vb_object *vb_object_new(void) {
  vb_object *o = vb__calloc(sizeof *o, VB_MIN_ALIGN);
  if (o) vb__object_init(o, &plain_class);
  else VB_NAMED(VB_ENOMEM);
  return o;
}

unsigned long vb_object_add_observer_priority(vb_object *o, unsigned long event, vb_observer_fn fn,
                                              void *clientdata, void (*clientdata_free)(void *),
                                              double priority) {
  vb_observer *ob;
  size_t at;
  if (!o || !fn) { /* an id, 0 on failure: no VB_CHECK form */
    vb__fail("AddObserver", VB_EINVAL, "%s is NULL", o ? "callback" : "object");
    return 0;
  }
  if (o->nobs == o->capobs) {
    size_t ncap = o->capobs ? 2 * o->capobs : 4;
    vb_observer *n = vb__alloc(ncap * sizeof *n, VB_MIN_ALIGN);
    if (!n) return 0;
    if (o->nobs) memcpy(n, o->obs, o->nobs * sizeof *n);
    vb__free(o->obs);
    o->obs = n;
    o->capobs = ncap;
  }
  /* the table is kept in ascending priority, equal ones in insertion order;
   * dispatch runs it backwards.  During a dispatch slots must not move:
   * append, and sort when it ends. */
  at = o->nobs;
  if (o->depth > 0) {
    if (at > 0 && o->obs[at - 1].priority > priority) o->need_compact = 1;
  } else {
    while (at > 0 && o->obs[at - 1].priority > priority) at--;
    memmove(&o->obs[at + 1], &o->obs[at], (o->nobs - at) * sizeof *ob);
  }
  o->nobs++;
  ob = &o->obs[at];
  ob->id = o->next_id++;
  ob->event = event;
  ob->fn = fn;
  ob->clientdata = clientdata;
  ob->clientdata_free = clientdata_free;
  ob->internal = 0;
  ob->priority = priority;
  return ob->id;
}

unsigned long vb_object_add_observer(vb_object *o, unsigned long event, vb_observer_fn fn,
                                     void *clientdata, void (*clientdata_free)(void *)) {
  return vb_object_add_observer_priority(o, event, fn, clientdata, clientdata_free, 0.0);
}

unsigned long vb_object_add_internal_observer(vb_object *o, unsigned long event, vb_observer_fn fn,
                                               void *clientdata) {
  unsigned long id = vb_object_add_observer(o, event, fn, clientdata, NULL);
  size_t i;
  for (i = 0; id && i < o->nobs; i++)
    if (o->obs[i].id == id) o->obs[i].internal = 1;
  return id;
}

static void compact(vb_object *o) {
  size_t i, j = 0;
  for (i = 0; i < o->nobs; i++) {
    if (o->obs[i].fn) {
      o->obs[j++] = o->obs[i];
    } else if (o->obs[i].clientdata_free) {
      o->obs[i].clientdata_free(o->obs[i].clientdata);
    }
  }
  o->nobs = j;
  o->need_compact = 0;
  /* stable insertion sort by priority (entries added during a dispatch) */
  for (i = 1; i < o->nobs; i++) {
    vb_observer x = o->obs[i];
    for (j = i; j > 0 && o->obs[j - 1].priority > x.priority; j--) o->obs[j] = o->obs[j - 1];
    o->obs[j] = x;
  }
}

static int remove_observer(vb_object *o, unsigned long id, int internal) {
  size_t i;
  VB_CHECK(o, VB_EINVAL, "object is NULL");
  for (i = 0; i < o->nobs; i++) {
    vb_observer *ob = &o->obs[i];
    if (ob->id != id || !ob->fn || ob->internal != internal) continue;
    if (o->depth > 0) { /* dispatching: defer the free, keep slots stable */
      ob->fn = NULL;
      o->need_compact = 1;
    } else {
      vb_observer gone = *ob;
      memmove(ob, ob + 1, (o->nobs - i - 1) * sizeof *ob);
      o->nobs--;
      if (gone.clientdata_free) gone.clientdata_free(gone.clientdata);
    }
    return VB_OK;
  }
  return VB_FAIL(VB_EINVAL, "no observer with id %lu", id);
}

int vb_object_remove_observer(vb_object *o, unsigned long id) { return remove_observer(o, id, 0); }
int vb_object_remove_internal_observer(vb_object *o, unsigned long id) { return remove_observer(o, id, 1); }

int vb_object_visit_observers(const vb_object *o, vb_observer_fn fn,
                              int (*visit)(unsigned long event, void *clientdata, void *arg),
                              void *arg) {
  size_t i;
  int r;
  if (!o || !fn || !visit) return 0;
  for (i = 0; i < o->nobs; i++)
    if (o->obs[i].fn == fn && !o->obs[i].internal && (r = visit(o->obs[i].event, o->obs[i].clientdata, arg)) != 0)
      return r;
  return 0;
}

long vb_object_remove_observers_by_fn(vb_object *o, vb_observer_fn fn) {
  long n = 0;
  size_t i;
  if (!o || !fn) return 0;
  /* one at a time, rescanning: a clientdata_free may change the table */
  for (i = 0; i < o->nobs;) {
    if (o->obs[i].fn == fn && !o->obs[i].internal) {
      remove_observer(o, o->obs[i].id, 0);
      n++;
      i = 0;
    } else {
      i++;
    }
  }
  return n;
}

static int selected(const vb_observer *ob, vb_observer_fn fn, const void *clientdata) {
  return ob->fn && !ob->internal && (!fn || ob->fn == fn) && (!clientdata || ob->clientdata == clientdata);
}

long vb_object_remove_observers_where(vb_object *o, unsigned long event, vb_observer_fn fn,
                                      const void *clientdata) {
  long n = 0;
  size_t i;
  if (!o) return 0;
  /* one at a time, rescanning: a clientdata_free may change the table */
  for (i = 0; i < o->nobs;) {
    vb_observer *ob = &o->obs[i];
    if (selected(ob, fn, clientdata) && (event == VB_EVERY_EVENT || ob->event == event)) {
      remove_observer(o, ob->id, 0);
      n++;
      i = 0;
    } else {
      i++;
    }
  }
  return n;
}

int vb_object_has_observer_where(const vb_object *o, unsigned long event, vb_observer_fn fn,
                                 const void *clientdata) {
  size_t i;
  if (!o) return 0;
  for (i = 0; i < o->nobs; i++)
    if (selected(&o->obs[i], fn, clientdata) &&
        (event == VB_EVERY_EVENT || o->obs[i].event == event || o->obs[i].event == VB_ANY_EVENT))
      return 1;
  return 0;
}

void *vb_object_observer_clientdata(const vb_object *o, unsigned long id, vb_observer_fn fn) {
  size_t i;
  if (!o) return NULL;
  for (i = 0; i < o->nobs; i++)
    if (o->obs[i].id == id && selected(&o->obs[i], fn, NULL)) return o->obs[i].clientdata;
  return NULL;
}

int vb_object_has_observer(const vb_object *o, unsigned long event) {
  size_t i;
  if (!o) return 0;
  for (i = 0; i < o->nobs; i++)
    if (o->obs[i].fn && !o->obs[i].internal && (o->obs[i].event == event || o->obs[i].event == VB_ANY_EVENT))
      return 1;
  return 0;
}

void vb_object_invoke(vb_object *o, unsigned long event, void *calldata) {
  size_t i;
  if (!o || o->nobs == 0) return;
  if (!o->dying) o->refcount++; /* keep alive through the callbacks */
  o->depth++;
  for (i = o->nobs; i-- > 0;) {
    vb_observer ob = o->obs[i]; /* copy: the table may move under us */
    if (ob.fn && (ob.event == event || ob.event == VB_ANY_EVENT))
      ob.fn(o, event, calldata, ob.clientdata);
  }
  o->depth--;
  if (o->depth == 0 && o->need_compact) compact(o);
  if (!o->dying) vb_object_release(o);
}

void vb_object_retain(vb_object *o) {
  if (o) o->refcount++;
}

void vb_object_release(vb_object *o) {
  size_t i;
  if (!o) return;
  if (--o->refcount > 0 || o->dying) return;
  o->dying = 1;
  vb_object_invoke(o, VB_DELETE_EVENT, NULL);
  for (i = 0; i < o->nobs; i++)
    if (o->obs[i].clientdata_free) o->obs[i].clientdata_free(o->obs[i].clientdata);
  vb__free(o->obs);
  o->obs = NULL;
  o->nobs = o->capobs = 0;
  vb__free(o->name);
  o->name = NULL;
  live_objects--;
  o->cls->destroy(o);
}

long vb_object_refcount(const vb_object *o) { return o ? o->refcount : 0; }

uint64_t vb_object_mtime(const vb_object *o) { return o ? o->mtime : 0; }

uint64_t vb__stamp(void) { return next_mtime(); }

void vb_object_modified(vb_object *o) {
  if (!o) return;
  o->mtime = next_mtime();
  vb_object_invoke(o, VB_MODIFIED_EVENT, NULL);
}

const char *vb_object_class_name(const vb_object *o) {
  if (!o) return NULL;
  return o->cls->instance_name ? o->cls->instance_name(o) : o->cls->name;
}

int vb_object_get_debug(const vb_object *o) { return o ? o->debug : 0; }

void vb_object_set_debug(vb_object *o, int on) {
  if (o) o->debug = on != 0; /* VTK's SetDebug does not stamp the modified time */
}

const char *vb_object_get_name(const vb_object *o) { return o && o->name ? o->name : ""; }

int vb_object_set_name(vb_object *o, const char *name) {
  char *copy = NULL;
  VB_CHECK_IN("SetObjectName", o != NULL, VB_EINVAL, "object is NULL");
  if (name && *name) {
    size_t n = strlen(name) + 1;
    if (!(copy = vb__alloc(n, VB_MIN_ALIGN))) return vb__named("SetObjectName", VB_ENOMEM);
    memcpy(copy, name, n);
  }
  vb__free(o->name);
  o->name = copy;
  return VB_OK;
}

int vb_object_describe(const vb_object *o, char *buf, size_t n) {
  const char *name = vb_object_get_name(o);
  unsigned long long addr = (unsigned long long)(uintptr_t)o;
  if (*name) return snprintf(buf, n, "%s (0x%llx) '%s'", vb_object_class_name(o), addr, name);
  return snprintf(buf, n, "%s (0x%llx)", o ? vb_object_class_name(o) : "(null)", addr);
}

static int global_warning_display = 1;
int vb_object_get_global_warning_display(void) { return global_warning_display; }
void vb_object_set_global_warning_display(int on) { global_warning_display = on != 0; }
