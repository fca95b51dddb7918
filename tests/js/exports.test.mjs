// wasm/exports.txt against the sources: every core function the JS layer calls is
// exported, every export is a function declared in a core header (src/*.h) or the
// wasm glue (wasm/*.c) and used by js/, and the built module has them all. A
// function removed from the core, or a new M._vb_* call, fails here first.
import { describe, test, expect } from '@jest/globals';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import createVtkBuf from '../../js/index.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const read = (...p) => readFileSync(path.join(ROOT, ...p), 'utf8');
const files = (dir, ext) => readdirSync(path.join(ROOT, dir)).filter((f) => f.endsWith(ext)).map((f) => [f, read(dir, f)]);
const RUNTIME = new Set(['_malloc', '_free']); // Emscripten's, used by the JS layer

const exported = read('wasm/exports.txt').split('\n').map((l) => l.trim()).filter(Boolean);

/** Functions declared in C source text: `name(` after a type, comments removed. */
function declared(src) {
  const code = src.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
  return [...code.matchAll(/^[A-Za-z_][\w\s*]*?\b(vb_\w+)\s*\(/gm)].map((m) => `_${m[1]}`);
}
const DECLARED = new Set([...files('src', '.h'), ...files('wasm', '.c')].flatMap(([, s]) => declared(s)));

/** Core functions named in js/*.mjs (every use spells the name out: checked below). */
const JS = files('js', '.mjs');
const USED = new Set(JS.flatMap(([, s]) => [...s.matchAll(/\b_vb_\w+/g)].map((m) => m[0])));

describe('wasm/exports.txt', () => {
  test('has no duplicates', () => {
    expect(exported.length).toBe(new Set(exported).size);
  });

  test('the parsers see the sources (sanity)', () => {
    expect(DECLARED).toContain('_vb_array_set_value_s');
    expect(DECLARED).toContain('_vb_js_type_string');
    expect(DECLARED.size).toBeGreaterThan(150);
    expect(USED).toContain('_vb_array_get_tuple_s');
  });

  test('js/ names every core function literally (no computed names the scan would miss)', () => {
    for (const [f, src] of JS) {
      expect([f, src.match(/_vb_\w*\$\{/g)]).toEqual([f, null]);     // `_vb_..._${x}`
      expect([f, src.match(/['"`]_vb_\w*['"`]\s*\+/g)]).toEqual([f, null]); // '_vb_x' + ...
    }
  });

  test('every core function js/ calls is exported', () => {
    expect([...USED].filter((n) => !exported.includes(n))).toEqual([]);
  });

  test('every export is declared in src/*.h or wasm/*.c and used by js/', () => {
    const core = exported.filter((n) => !RUNTIME.has(n));
    expect(core.filter((n) => !DECLARED.has(n))).toEqual([]);
    expect(core.filter((n) => !USED.has(n))).toEqual([]);
    expect(exported.filter((n) => RUNTIME.has(n)).sort()).toEqual([...RUNTIME].sort());
  });

  test('the built module exports every listed function', async () => {
    const vb = await createVtkBuf();
    expect(exported.filter((n) => typeof vb.module[n] !== 'function')).toEqual([]);
  });
});
