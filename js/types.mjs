// The core's type table (src/vb_types.c), read once per instance through the
// wasm glue (wasm/vb_js.c): VTK type ids and constant names, the JS dtype keys
// ('int8' ... 'float64', 'char', 'long', 'ulong', 'idtype') and the AOS class
// names. The only thing decided here is which typed array views a storage dtype.
import { describe } from './common.mjs';

const TYPED_ARRAYS = {
  int8: Int8Array, uint8: Uint8Array, int16: Int16Array, uint16: Uint16Array,
  int32: Int32Array, uint32: Uint32Array, int64: BigInt64Array, uint64: BigUint64Array,
  float32: Float32Array, float64: Float64Array,
};
// vb_js_type_string / vb_js_type_int fields (wasm/vb_js.c)
const S_VTK_NAME = 0, S_JS_KEY = 2, S_DTYPE = 3, S_CLASS = 4, I_ID = 0, I_DTYPE_DEFAULT = 3;

/** Rows of the type table: { id, vtkName, dtype, className, seed, Array, tag, big }. */
export function readTypes(M) {
  const rows = [];
  for (let k = 0; k < M._vb_type_count(); k++) {
    const str = (f) => M.UTF8ToString(M._vb_js_type_string(k, f));
    const storage = str(S_DTYPE);
    const A = TYPED_ARRAYS[storage];
    if (!A) throw new Error(`vtkbuf: the core's ${str(S_VTK_NAME)} is stored as ${storage}, which has no typed array`);
    rows.push(Object.freeze({
      id: M._vb_js_type_int(k, I_ID), vtkName: str(S_VTK_NAME), dtype: str(S_JS_KEY),
      className: str(S_CLASS), seed: M._vb_js_type_int(k, I_DTYPE_DEFAULT) === 1,
      Array: A, tag: `[object ${A.name}]`, big: A === BigInt64Array || A === BigUint64Array,
    }));
  }
  // the seed's ten dtypes first (as the table orders them), then char, long, ...
  const ordered = [...rows.filter((r) => r.seed), ...rows.filter((r) => !r.seed)];
  const byKey = new Map(ordered.map((r) => [r.dtype, r]));
  const known = () => [...byKey.keys()].join(', ');
  // vtkBitArray (VTK_BIT = 1): no table row; its views are the packed bytes
  const bit = Object.freeze({ ...byKey.get('uint8'), id: 1, vtkName: 'VTK_BIT', dtype: 'bit', className: 'vtkBitArray', seed: false });
  return {
    rows: ordered,
    bit,
    byId: new Map([...rows, bit].map((r) => [r.id, r])),
    byKey,
    /** VTK_CHAR ... VTK_UNSIGNED_LONG_LONG -> type id */
    VTK: Object.freeze(Object.fromEntries(rows.map((r) => [r.vtkName, r.id]))),
    seed: Object.freeze(ordered.filter((r) => r.seed).map((r) => r.dtype)),
    all: Object.freeze(ordered.map((r) => r.dtype)),
    /** dtype string -> type id; TypeError for anything else. */
    typeId(dtype, what) {
      if (typeof dtype !== 'string') {
        throw new TypeError(`${what}: dtype must be a string such as "float64", got ${describe(dtype)}`);
      }
      const r = byKey.get(dtype);
      if (!r) throw new TypeError(`${what}: unknown dtype "${dtype}" (known: ${known()})`);
      return r.id;
    },
  };
}
