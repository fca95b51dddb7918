/* vb_view.h - what a zero-copy view of a buffer or data array covers: the
 * one answer every binding uses (the Python buffer protocol and DLPack, the
 * JS views and safe views, the Pyodide JS bridge), so no two languages can
 * disagree about it.
 *
 *  - a vtkBuffer (component -1): its whole capacity, one column;
 *  - a data array, component -1: its values, tuple-interleaved, one column
 *    per component: the AOS buffer, or the buffer of a one-component SOA
 *    array.  A scaled SOA array has no such view (its storage holds raw
 *    values, not the array's values): VB_ETYPE, as for an SOA array with
 *    several components (one buffer per component).  A bit array: its packed
 *    bytes, ceil(values / 8) unsigned chars;
 *  - a data array, component c >= 0: SOA and scaled SOA only (VB_ETYPE for
 *    AOS), the tuples of component c's buffer (raw values when scaled);
 *    VB_ERANGE for c outside [0, components).
 *
 * Ownership: everything in vb_view is borrowed from the object and valid
 * until its storage changes (BufferChangedEvent); a view that outlives that
 * must retain `block` (vb_block_retain), which keeps `data` valid.
 */
#ifndef VB_VIEW_H
#define VB_VIEW_H

#include "vb_api.h"

#include <stdint.h>

#include "vb_block.h"
#include "vb_object.h"

typedef struct vb_view {
  vb_block *block; /* the block the memory belongs to (borrowed) */
  void *data;      /* first element (borrowed); NULL when nothing is allocated */
  int type;        /* element type (VB_UNSIGNED_CHAR for a bit array's bytes) */
  int columns;     /* components per row: the array's for a whole-array view, else 1 */
  int64_t count;   /* elements */
} vb_view;

/* VB_OK and *out filled, or a negative status (*out zeroed). */
VB_API int vb_view_of(vb_object *o, int component, vb_view *out);

#endif
