/* vb_js.c - entry of the JavaScript module. The exported API is the C core's
 * own functions (exports.txt); the JS layer (js/index.mjs) wraps them. This file
 * only pins the build's expectations. */
#include "vtkbuf.h"

_Static_assert(sizeof(void *) == 4, "the JS layer assumes wasm32 pointers");
_Static_assert(sizeof(vb_id) == 8, "vtkIdType is 64-bit");
