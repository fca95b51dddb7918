// Shared helpers of the Jest suites (not a test file: jest matches *.test.mjs).
import { expect } from '@jest/globals';

// Type ids and typed arrays per dtype, written out independently of js/common.mjs.
export const DTYPES = {
  int8: [15, Int8Array], uint8: [3, Uint8Array], int16: [4, Int16Array], uint16: [5, Uint16Array],
  int32: [6, Int32Array], uint32: [7, Uint32Array], int64: [16, BigInt64Array],
  uint64: [17, BigUint64Array], float32: [10, Float32Array], float64: [11, Float64Array],
  char: [2, Int8Array], long: [8, Int32Array], ulong: [9, Uint32Array], idtype: [12, BigInt64Array],
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
