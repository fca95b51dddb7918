// The ArrayBuffer behaviour both builds pin (wasm/CMakeLists.txt: GROWABLE_ARRAYBUFFERS=0)
// and the view rules assume: every growth of WASM memory replaces memory.buffer and
// detaches the old one, so a view made before growth never survives it silently
// (raw views read as empty, safe views throw StaleViewError). With growable
// ArrayBuffers (Emscripten 6.0.2's brief default, or a default changing again) views
// would survive growth and this file fails.
import { describe, test, expect, beforeAll } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import createVtkBuf, { StaleViewError } from '../../js/index.mjs';
import { BUILD, forceGrowth } from './helpers.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let vb;
beforeAll(async () => { vb = await createVtkBuf(); });

describe(`memory growth (${BUILD})`, () => {
  test('both builds are linked without growable ArrayBuffers (no toResizableBuffer in the glue)', () => {
    for (const f of ['vtkbuf.mjs', 'vtkbuf64.mjs']) {
      const glue = readFileSync(path.join(ROOT, 'js/dist', f), 'utf8');
      expect([f, glue.includes('toResizableBuffer')]).toEqual([f, false]);
      expect([f, glue.includes('wasmMemory')]).toEqual([f, true]); // sanity: the glue
    }
  });

  test('growth detaches the old buffer: raw views empty, safe views stale, fresh views see the data', () => {
    const buf = new vb.vtkBuffer('float64');
    buf.Allocate(4);
    buf.set([1, 2, 3, 4]);
    const raw = buf.view();
    const safe = buf.data;
    const before = vb.memory.buffer;
    expect(before.resizable ?? false).toBe(false);
    const grown = forceGrowth(vb);
    try {
      expect(vb.memory.buffer).not.toBe(before);
      expect(before.byteLength).toBe(0);     // detached, not resized in place
      expect(raw.length).toBe(0);            // the raw view reads as empty, never stale data
      expect(raw[0]).toBeUndefined();
      expect(safe.stale).toBe(true);
      expect(() => safe.get(0)).toThrow(StaleViewError);
      expect(() => safe.get(0)).toThrow(/memory grew/);
      expect(() => safe.toArray()).toThrow(StaleViewError);
      expect(Array.from(buf.data.toArray())).toEqual([1, 2, 3, 4]);
      expect(Array.from(buf.view())).toEqual([1, 2, 3, 4]);
    } finally {
      safe.release();
      grown.delete();
      buf.delete();
    }
  });
});
