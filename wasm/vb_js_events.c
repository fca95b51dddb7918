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
 * Storage identity: vb_js_array_block() gives the memory block behind an array's
 * buffer (c < 0: the AOS buffer, or component 0 of a 1-component SOA array;
 * c >= 0: component c of an SOA array), which a safe JS view compares once per
 * call to detect reallocation.
 */
#include <emscripten.h>
#include <stdint.h>

#include "vtkbuf.h"

VB_API unsigned long vb_js_add_observer(vb_object *o, unsigned long event, int handle, double priority);
VB_API vb_block *vb_js_array_block(const vb_array *a, int c);
VB_API void *vb_js_array_component_data(const vb_array *a, int c);

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

static vb_buffer *array_buffer(const vb_array *a, int c) {
  if (c >= 0) return vb_array_get_component_buffer(a, c);
  if (vb_array_layout(a) == VB_LAYOUT_AOS) return vb_array_get_buffer(a);
  if (vb_array_get_number_of_components(a) == 1) return vb_array_get_component_buffer(a, 0);
  return NULL;
}

vb_block *vb_js_array_block(const vb_array *a, int c) { return vb_buffer_block(array_buffer(a, c)); }

void *vb_js_array_component_data(const vb_array *a, int c) { return vb_buffer_data(array_buffer(a, c)); }
