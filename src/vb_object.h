/* vb_object.h - reference counting, observers and modified time.
 *
 * Every buffer and array begins with a vb_object; get it with
 * vb_buffer_object() / vb_array_object().  The object is freed when its
 * reference count drops to 0: DeleteEvent is invoked first, then the
 * clientdata_free of every remaining observer is called, then the object's
 * storage is released.
 *
 * Observers:
 *  - vb_object_add_observer() returns an id > 0 (ids are never reused on the
 *    same object), 0 on failure (NULL object/function, out of memory).
 *  - Dispatch order is VTK's for equal priority: the most recently added
 *    observer runs first.  An observer registered for VB_ANY_EVENT receives
 *    every event.
 *  - During dispatch a callback may add observers (they are not called for
 *    the event being dispatched), remove any observer (including itself; a
 *    removed observer is not called afterwards), invoke events (nested), or
 *    release the last reference to the object: the object stays alive until
 *    the outermost dispatch returns, then is destroyed.
 *  - clientdata is borrowed by the object; clientdata_free (may be NULL) is
 *    called exactly once, when the observer is removed or the object dies,
 *    but never while that observer's callback is running.
 *  - Resurrection (retaining the object from its DeleteEvent) is not
 *    supported: the object is destroyed after DeleteEvent regardless.
 *
 * Objects are not thread-safe; use one object from one thread at a time.
 */
#ifndef VB_OBJECT_H
#define VB_OBJECT_H

#include <stdint.h>

typedef struct vb_object vb_object;

typedef void (*vb_observer_fn)(vb_object *caller, unsigned long event, void *calldata,
                               void *clientdata);

/* Event ids, numerically equal to vtkCommand::EventIds. */
enum {
  VB_ANY_EVENT = 0,
  VB_DELETE_EVENT = 1,
  VB_MODIFIED_EVENT = 33,
  /* vtkCommand::BufferChangedEvent: 137 in VTK 9.7.1 (checked with
   * vtkCommand.GetEventIdFromString('BufferChangedEvent')). */
  VB_BUFFER_CHANGED_EVENT = 137
};

/* A plain vtkObject (class "vtkObject"): observers, modified time, nothing
 * else.  New reference; NULL + VB_ENOMEM. */
vb_object *vb_object_new(void);

unsigned long vb_object_add_observer(vb_object *o, unsigned long event, vb_observer_fn fn,
                                     void *clientdata, void (*clientdata_free)(void *));
/* VB_OK, or VB_EINVAL if o is NULL or has no observer with this id.  The
 * observers vtkbuf adds itself (an array on each of its buffers, which is
 * how a buffer's change reaches the array's observers) are not removable
 * this way: their ids answer VB_EINVAL too. */
int vb_object_remove_observer(vb_object *o, unsigned long id);
/* 1 if an observer for `event` (or VB_ANY_EVENT) is registered (internal
 * observers, below, do not count). */
int vb_object_has_observer(const vb_object *o, unsigned long event);
/* Observers that are vtkbuf's own wiring (an array observing its buffers, a
 * binding's cache of views): dispatched like any other, but invisible to
 * vb_object_has_observer and vb_object_remove_observer, so user code neither
 * sees nor unhooks them (VTK's buffers have no observers of their own).
 * Returns an id > 0, 0 on failure; remove with vb_object_remove_internal_observer
 * (VB_OK, or VB_EINVAL for an id that is not an internal observer of o). */
unsigned long vb_object_add_internal_observer(vb_object *o, unsigned long event, vb_observer_fn fn,
                                              void *clientdata);
int vb_object_remove_internal_observer(vb_object *o, unsigned long id);
/* For a binding's garbage collector (Python's tp_traverse / tp_finalize),
 * which must see the references its observers' clientdata hold.
 * vb_object_visit_observers calls visit(event, clientdata, arg) for every
 * observer of o added by vb_object_add_observer with callback `fn` and not
 * removed, in table order (dispatch runs the reverse); it stops at the first
 * nonzero result and returns it, else 0.  visit must not add or remove
 * observers of o.
 * vb_object_remove_observers_by_fn removes every such observer as
 * vb_object_remove_observer would (clientdata_free runs now, or after the
 * running dispatch) and returns how many. */
int vb_object_visit_observers(const vb_object *o, vb_observer_fn fn,
                              int (*visit)(unsigned long event, void *clientdata, void *arg),
                              void *arg);
long vb_object_remove_observers_by_fn(vb_object *o, vb_observer_fn fn);
/* Call every observer of `event` (and every VB_ANY_EVENT observer).
 * calldata is passed through, borrowed.  NULL o is ignored. */
void vb_object_invoke(vb_object *o, unsigned long event, void *calldata);

void vb_object_retain(vb_object *o);  /* NULL ok */
void vb_object_release(vb_object *o); /* NULL ok; DeleteEvent fires before destruction */
long vb_object_refcount(const vb_object *o);

/* Modified time: a process-wide monotonic counter. vb_object_modified()
 * stamps the object with the next value and fires ModifiedEvent. */
uint64_t vb_object_mtime(const vb_object *o);
void vb_object_modified(vb_object *o);

/* The concrete VTK class: "vtkBuffer", "vtkFloatArray" (an AOS array of its
 * type), "vtkSOADataArrayTemplate", "vtkScaledSOADataArrayTemplate",
 * "vtkPoints", ...; static string, NULL for NULL. */
const char *vb_object_class_name(const vb_object *o);

/* Number of vb_objects alive in the process (for leak checks in tests and
 * bindings); like vb_block_live_count, not thread-safe. */
long vb_object_live_count(void);

#endif
