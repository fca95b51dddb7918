/* vb_js_events.c - glue between the C core and the JS layer (js/).
 *
 * Observers: vb_js_add_observer() registers a C observer whose clientdata is an
 * integer handle chosen by JS. The C callback calls the imported JS function
 * Module.vbDispatch(handle, event, calldata); when the core frees the observer (removed, or
 * the object died) it calls Module.vbFreed(handle). JS exceptions never unwind
 * through C: the JS side catches them and stashes the first one, and the binding
 * rethrows it after the C call returns (the operation completes first, as in
 * Python). The try/catch below is a second net for the same rule.
 *
 * Views: vb_js_view_block/_data/_count give the parts of vb_view_of(o, c)
 * (src/vb_view.h: what a view covers, the core's one answer) as scalars; a
 * safe JS view compares the block once per call to detect reallocation.
 */
#include <emscripten.h>
#include <stdint.h>

#include "vtkbuf.h"

VB_API unsigned long vb_js_add_observer(vb_object *o, unsigned long event, int handle, double priority);
VB_API vb_block *vb_js_view_block(vb_object *o, int c);   /* NULL when there is no view */
VB_API void *vb_js_view_data(vb_object *o, int c);        /* NULL when there is none or empty */
VB_API int64_t vb_js_view_count(vb_object *o, int c);     /* elements, or a negative status */

EM_JS(void, vb_js_dispatch, (int handle, int event, void *calldata), {
  try { Module["vbDispatch"](handle, event, calldata); } catch (e) { Module["vbStash"](e); }
});

EM_JS(void, vb_js_freed, (int handle), {
  try { Module["vbFreed"](handle); } catch (e) { Module["vbStash"](e); }
});

static void on_event(vb_object *caller, unsigned long event, void *calldata, void *clientdata) {
  (void)caller;
  vb_js_dispatch((int)(intptr_t)clientdata, (int)event, calldata);
}

static void on_free(void *clientdata) { vb_js_freed((int)(intptr_t)clientdata); }

VB_API unsigned long vb_js_add_observer(vb_object *o, unsigned long event, int handle, double priority) {
  if (handle <= 0) return 0;
  return vb_object_add_observer_priority(o, event, on_event, (void *)(intptr_t)handle, on_free, priority);
}

vb_block *vb_js_view_block(vb_object *o, int c) {
  vb_view v;
  return vb_view_of(o, c, &v) < 0 ? NULL : v.block;
}

void *vb_js_view_data(vb_object *o, int c) {
  vb_view v;
  return vb_view_of(o, c, &v) < 0 ? NULL : v.data;
}

int64_t vb_js_view_count(vb_object *o, int c) {
  vb_view v;
  int st = vb_view_of(o, c, &v);
  return st < 0 ? st : v.count;
}
