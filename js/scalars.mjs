// Numbers in and out of the core as tagged scalars (vb_scalar, src/vb_scalar.h):
// this module only says what JS gave (an integer, a float, a 1-character string,
// an integer beyond 64 bits); the core applies VTK's rules (exactness,
// saturation, overflow, type errors).
//
// Layout (guarded by _Static_asserts in wasm/vb_js.c): 16 bytes per scalar, the
// kind as an int32 at offset 0, the value (int64 | uint64 | double) at offset 8.
import { addr, describe } from './common.mjs';

export const SCALAR_BYTES = 16;
export const RULES_VALUE = 0, RULES_DOUBLE = 1; // VB_RULES_* (the value functions imply VALUE)
const INT = 0, UINT = 1, REAL = 2, CHAR = 3, BIG = 4;
const TWO32 = 4294967296;
const I64_MIN = -(2n ** 63n), I64_MAX = 2n ** 63n - 1n, U64_MAX = 2n ** 64n - 1n;

export function defineScalars(memory) {
  let i32 = new Int32Array(0), f64, b64, u64;
  function views() { // memory growth detaches the old views (length 0)
    if (i32.length === 0) {
      const heap = memory.buffer;
      i32 = new Int32Array(heap); f64 = new Float64Array(heap);
      b64 = new BigInt64Array(heap); u64 = new BigUint64Array(heap);
    }
  }

  /**
   * Write v as the scalar at address p (8-aligned). A safe-integer Number is INT,
   * any other Number REAL; a BigInt is INT, UINT (past int64) or BIG (past uint64,
   * as the nearest double); a string is CHAR (its code if it has one character, else
   * -1); a boolean is the INT 0 or 1 (as Python's bool); anything else is a TypeError.
   */
  function put(p, v, what) {
    views();
    p = addr(p); // unsigned, past 2 GiB (and 4 GiB with memory64); 8-aligned
    const k = p / 4, w = (p + 8) / 4, d = (p + 8) / 8;
    if (typeof v === 'boolean') v = v ? 1 : 0;
    if (typeof v === 'number') {
      if (Number.isSafeInteger(v)) {
        const hi = Math.floor(v / TWO32);
        i32[k] = INT; i32[w] = v - hi * TWO32; i32[w + 1] = hi; // exact two's complement
      } else {
        i32[k] = REAL; f64[d] = v;
      }
    } else if (typeof v === 'bigint') {
      if (v >= I64_MIN && v <= I64_MAX) { i32[k] = INT; b64[d] = v; }
      else if (v >= 0n && v <= U64_MAX) { i32[k] = UINT; u64[d] = v; }
      else { i32[k] = BIG; f64[d] = Number(v); }
    } else if (typeof v === 'string') { // code -1: not one character (the core refuses it)
      const code = v.length === 1 ? v.charCodeAt(0) : -1;
      i32[k] = CHAR; i32[w] = code; i32[w + 1] = code < 0 ? -1 : 0;
    } else {
      throw new TypeError(`${what}: expected a number, a BigInt or a string, got ${describe(v)}`);
    }
  }

  /** The scalar at p as JS: INT/UINT a BigInt when big (64-bit integer arrays) else
   *  a Number, REAL a Number, CHAR a 1-character string. */
  function get(p, big) {
    views();
    p = addr(p);
    const kind = i32[p / 4], w = (p + 8) / 4, d = (p + 8) / 8;
    switch (kind) {
      case INT: return big ? b64[d] : i32[w + 1] * TWO32 + (i32[w] >>> 0);
      case UINT: return big ? u64[d] : Number(u64[d]);
      case REAL: return f64[d];
      case CHAR: return String.fromCharCode(i32[w]);
      default: throw new Error(`vtkbuf internal error: scalar kind ${kind} from the core`);
    }
  }
  return { put, get };
}
