/* vb_js.c - entry of the JavaScript module. The exported API is the C core's
 * own functions (exports.txt, checked against the headers by
 * tests/js/exports.test.mjs); the JS layer (js/index.mjs) wraps them. This
 * file pins the build's expectations and lets JS read the core's type table
 * without knowing the layout of vb_type_info. */
#include <stddef.h>

#include "vtkbuf.h"

_Static_assert(sizeof(void *) == 4, "the JS layer assumes wasm32 pointers");
_Static_assert(sizeof(vb_id) == 8, "vtkIdType is 64-bit");

/* js/scalars.mjs writes and reads vb_scalar in WASM memory: the kind as an
 * int32 at offset 0, the value (int64 / uint64 / double) at offset 8, 16
 * bytes per scalar (tuples are arrays of them). */
_Static_assert(sizeof(int) == 4, "vb_scalar.kind is an int32");
_Static_assert(offsetof(vb_scalar, kind) == 0, "vb_scalar.kind at offset 0");
_Static_assert(offsetof(vb_scalar, v) == 8, "vb_scalar.v at offset 8");
_Static_assert(sizeof(vb_scalar) == 16, "vb_scalar is 16 bytes");
_Static_assert(VB_SCALAR_INT == 0 && VB_SCALAR_UINT == 1 && VB_SCALAR_REAL == 2 &&
                   VB_SCALAR_CHAR == 3 && VB_SCALAR_BIG == 4,
               "js/scalars.mjs uses these kind values");
_Static_assert(VB_RULES_VALUE == 0 && VB_RULES_DOUBLE == 1, "js/arrays.mjs uses these rule values");

VB_API const char *vb_js_type_string(int k, int field);
VB_API int vb_js_type_int(int k, int field);

/* The JS dtype key of a row: the dtype name for the row a dtype selects
 * ("int8", "float64", ...), else the C name ("char", "long", "idtype"), with
 * "ulong" for unsigned long. */
static const char *js_key(const vb_type_info *t) {
  if (t->dtype_default) return t->dtype;
  if (t->id == VB_UNSIGNED_LONG) return "ulong";
  return t->c_name;
}

/* String fields of row k (vb_type_at): 0 VTK constant name ("VTK_FLOAT"),
 * 1 C name (GetDataTypeAsString), 2 JS dtype key, 3 NumPy dtype of the
 * storage ("int32" for long on wasm32), 4 AOS class name. NULL for a bad k
 * or field. Static strings. */
const char *vb_js_type_string(int k, int field) {
  const vb_type_info *t = vb_type_at(k);
  if (!t) return NULL;
  switch (field) {
  case 0: return t->vtk_name;
  case 1: return t->c_name;
  case 2: return js_key(t);
  case 3: return t->dtype;
  case 4: return t->aos_class;
  default: return NULL;
  }
}

/* Integer fields of row k: 0 VTK type id, 1 size in bytes, 2 is_integer,
 * 3 dtype_default (the row a dtype name selects). -1 for a bad k or field. */
int vb_js_type_int(int k, int field) {
  const vb_type_info *t = vb_type_at(k);
  if (!t) return -1;
  switch (field) {
  case 0: return t->id;
  case 1: return (int)t->size;
  case 2: return t->is_integer;
  case 3: return t->dtype_default;
  default: return -1;
  }
}
