/* vb_view.c - what a view covers (vb_view.h). */
#include "vb_array.h"
#include "vb_buffer.h"
#include "vb_internal.h"
#include "vb_view.h"
#include "vb_implicit.h"

#include <string.h>

static int fill(vb_view *out, vb_buffer *b, int type, int columns, int64_t count) {
  out->block = vb_buffer_block(b);
  out->data = vb_buffer_data(b);
  out->type = type;
  out->columns = columns;
  out->count = count;
  return VB_OK;
}

int vb_view_of(vb_object *o, int component, vb_view *out) {
  vb_buffer *b = vb_buffer_from_object(o);
  vb_array *a = vb_array_from_object(o);
  int layout, nc;
  VB_CHECK(out != NULL, VB_EINVAL, "output is NULL");
  memset(out, 0, sizeof *out);
  VB_CHECK(b || a, VB_ETYPE, "only a buffer or a data array has a view");
  if (b) {
    VB_CHECK(component == -1, VB_ETYPE, "a buffer has no components");
    return fill(out, b, vb_buffer_type(b), 1, vb_buffer_count(b));
  }
  layout = vb_array_layout(a);
  nc = vb_array_get_number_of_components(a);
  VB_CHECK(!vb_array_is_implicit(a), VB_ETYPE, "an implicit array stores no values: it has no view");
  if (component >= 0 || component < -1) {
    VB_CHECK(layout != VB_LAYOUT_AOS, VB_ETYPE, "an AOS array has a single buffer: view it without a component");
    VB_CHECK(component >= 0 && component < nc, VB_ERANGE, "component %d not in [0, %d)", component, nc);
    return fill(out, vb_array_get_component_buffer(a, component), vb_array_type(a), 1,
                vb_array_get_number_of_tuples(a));
  }
  if (vb_array_type(a) == VB_BIT) {
    int64_t nv = vb_array_get_number_of_values(a);
    return fill(out, vb_array_get_buffer(a), VB_UNSIGNED_CHAR, 1, nv / 8 + (nv % 8 != 0));
  }
  VB_CHECK(layout != VB_LAYOUT_SCALED_SOA, VB_ETYPE,
           "a scaled SOA array's storage holds raw values, not its values: view a component");
  VB_CHECK(layout == VB_LAYOUT_AOS || nc == 1, VB_ETYPE,
           "an SOA array with %d components has one buffer per component: view a component", nc);
  return fill(out, vb_array_contiguous_buffer(a), vb_array_type(a), nc, vb_array_get_number_of_values(a));
}
