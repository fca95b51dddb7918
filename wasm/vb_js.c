/* vb_js.c - entry of the JavaScript module. The exported API is the C core's
 * own functions (exports.txt, checked against the headers by
 * tests/js/exports.test.mjs); the JS layer (js/index.mjs) wraps them. This
 * file pins the build's expectations and lets JS read the core's type table
 * without knowing the layout of vb_type_info. */
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <emscripten/em_js.h>
#include <emscripten/heap.h>

#include "vtkbuf.h"

/* wasm32 (vtkbuf.mjs) or memory64 (vtkbuf64.mjs, -m64): js/ reads addresses as
 * unsigned Numbers (common.mjs addr()); the memory64 build's pointer-sized
 * values cross as Numbers through Emscripten's SIGNATURE_CONVERSIONS
 * (wasm/signatures.py). Both are below 2^53 (16 GiB maximum). */
_Static_assert(sizeof(void *) == 4 || sizeof(void *) == 8, "wasm32 or memory64");
_Static_assert(sizeof(long) == sizeof(void *), "long is pointer-sized (ILP32 / LP64)");
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

/* Lazily zeroed memory. the allocator's calloc clears every byte, but memory above
 * the break (sbrk(0), emscripten_get_sbrk_ptr) has never been handed out: WebAssembly memory starts and
 * grows zeroed, and the engine backs untouched pages with nothing. So a new
 * block is cleared only below the old break (reused memory) plus a margin for
 * the allocator's own region headers and free-list links written around it;
 * the rest is already zero: a 6 GiB array costs no resident memory until
 * written (vb_error.h, VB_LAZY_ZERO_MIN). */
#define JS_BRK_MARGIN 4096

/* Nothing larger than the maximum memory can succeed: refused here, before the
 * allocator asks sbrk for it (memory64: Emscripten 6.0.5's emscripten_resize_heap
 * turns a request past 2^53 bytes into NaN and reports success without growing,
 * so malloc would return memory that does not exist). */
static void *js_alloc(size_t size, size_t align, void *ud) {
  if (size > emscripten_get_heap_max()) return NULL;
  return vb_default_alloc(size, align, ud);
}

static void *js_alloc_zeroed(size_t size, size_t align, void *ud) {
  uintptr_t limit = *emscripten_get_sbrk_ptr() + JS_BRK_MARGIN;
  char *p = js_alloc(size, align, ud);
  if (p && (uintptr_t)p < limit) memset(p, 0, limit - (uintptr_t)p < size ? limit - (uintptr_t)p : size);
  return p;
}

__attribute__((constructor)) static void js_allocator(void) {
  vb_allocator a = {js_alloc, vb_default_free, NULL, js_alloc_zeroed};
  vb_set_allocator(&a);
}

/* vtkVariant's To<type>() for a real type (js/values.mjs): vb_variant_to
 * returns a struct, which JS cannot take; integer types use vb_variant_to_i64. */
VB_API double vb_js_variant_to_real(const vb_variant *v, int type, int *valid);
double vb_js_variant_to_real(const vb_variant *v, int type, int *valid) {
  vb_scalar s = vb_variant_to(v, type, valid);
  return vb_scalar_to_double(&s);
}

/* The core's number text (src/vb_numtext.c, VB_JS) takes its exactly
 * rounded digits from the engine instead of libc's long double printf/strtod:
 * x's first p digits rounded half to even (as printf; toExponential(99) is
 * exact far past any tie a double can be near, and rounds ties up), and the
 * decimal text the core has already delimited. Pointers as Number(): both builds. */
EM_JS(int, vb__js_digits, (double x, int p, char *out), {
  var s = x.toExponential(99), d = s[0] + s.slice(2, 101), e = +s.slice(102), r = d.slice(p);
  d = d.slice(0, p);
  if (r[0] > '5' || (r[0] == '5' && (/[1-9]/.test(r.slice(1)) || d[p - 1] & 1))) {
    d = String(BigInt(d) + BigInt(1));
    if (d.length > p) d = d.slice(0, p), e++;
  }
  for (var i = 0; i < p; i++) HEAPU8[Number(out) + i] = d.charCodeAt(i);
  return e;
});
EM_JS(double, vb__js_strtod, (const char *s, int n), { return Number(UTF8ToString(Number(s), n)); });
