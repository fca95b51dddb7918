// Shared helpers of the Jest suites (not a test file: jest matches *.test.mjs).
import { expect } from '@jest/globals';

// Which build the suite runs against: VB_JS_BUILD=memory64 (tools/run-tests
// jest-memory64, Node 24, tests/js/memory64.config.mjs maps js/index.mjs to
// js/memory64.mjs) or wasm32 (the default).
export const BUILD = process.env.VB_JS_BUILD || 'wasm32';
if (BUILD !== 'wasm32' && BUILD !== 'memory64') throw new Error(`VB_JS_BUILD=${BUILD}: wasm32 or memory64`);
export const MEMORY64 = BUILD === 'memory64';
/** A count past the build's maximum memory, given one past wasm32's (4 GiB; with
 *  memory64 16 GiB: ten times as many). */
export const over = (n) => (MEMORY64 ? n * 10 : n);
/** C long is 4 bytes on wasm32 (ILP32), 8 with memory64 (LP64): tests/data/number_rules.tsv's abi. */
export const LONG_ABI = MEMORY64 ? 'lp64' : 'ilp32';

// Type ids and typed arrays per dtype, written out independently of js/common.mjs.
export const DTYPES = {
  int8: [15, Int8Array], uint8: [3, Uint8Array], int16: [4, Int16Array], uint16: [5, Uint16Array],
  int32: [6, Int32Array], uint32: [7, Uint32Array], int64: [16, BigInt64Array],
  uint64: [17, BigUint64Array], float32: [10, Float32Array], float64: [11, Float64Array],
  char: [2, Int8Array], long: [8, MEMORY64 ? BigInt64Array : Int32Array],
  ulong: [9, MEMORY64 ? BigUint64Array : Uint32Array], idtype: [12, BigInt64Array],
};
export const isBig = (A) => A === BigInt64Array || A === BigUint64Array;
export const tagOf = (x) => Object.prototype.toString.call(x);

/** Grow WASM memory for sure (in small steps, so memory stays far from the maximum).
 *  Returns the buffers holding the new memory; delete them when done. */
export function forceGrowth(vb) {
  const before = vb.memory.buffer;
  const held = [];
  while (vb.memory.buffer === before) {
    const b = new vb.vtkBuffer('uint8');
    b.Allocate(1 << 20);
    held.push(b);
    if (held.length > 4096) throw new Error('memory never grew');
  }
  expect(vb.memory.buffer.byteLength).toBeGreaterThan(before.byteLength);
  return { delete() { for (const b of held) b.delete(); } };
}

/** The timeout of a test that waits for the garbage collector: full collections of a
 *  large heap take seconds on a loaded 2-core machine (Jest's 5 s default timed out). */
export const GC_TIMEOUT = 60_000;

/** Collect garbage and let FinalizationRegistry callbacks run, until pred() or timeout. */
export async function collectUntil(pred, tries = 50) {
  const { default: v8 } = await import('node:v8');
  const { default: vm } = await import('node:vm');
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc');
  for (let i = 0; i < tries; i++) {
    gc();
    await new Promise((r) => setTimeout(r, 10));
    if (pred()) return true;
  }
  return pred();
}
