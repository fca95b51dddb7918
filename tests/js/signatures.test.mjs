// wasm/signatures.py: the SIGNATURE_CONVERSIONS of the memory64 build, read off the
// declarations of wasm/exports.txt's functions. Every pointer-sized parameter and
// result ('p': pointers, arrays, function pointers, size_t, long) must be listed, or
// the memory64 build would hand JS a BigInt where js/ expects a Number (or refuse a
// Number): checked here against known declarations and, for every export, against
// an independent scan of its declaration. New exports need nothing else.
import { describe, test, expect } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SIGS = new Map(execFileSync('python3', ['wasm/signatures.py', ROOT], { cwd: ROOT, encoding: 'utf8' })
  .trim().split(',').map((e) => e.split(':')));
const EXPORTS = readFileSync(path.join(ROOT, 'wasm/exports.txt'), 'utf8').split('\n').map((l) => l.trim())
  .filter((n) => n && n !== '_malloc' && n !== '_free').map((n) => n.slice(1));

describe('wasm/signatures.py (memory64 pointer conversions)', () => {
  test('known declarations', () => {
    expect(SIGS.get('vb_buffer_data')).toBe('pp');                 // void *(const vb_buffer *)
    expect(SIGS.get('vb_buffer_allocate')).toBe('_p_');            // int (vb_buffer *, int64_t)
    expect(SIGS.get('vb_array_get_range')).toBe('_p_p');           // double out[2]
    expect(SIGS.get('vb_js_add_observer')).toBe('ppp__');          // unsigned long (o, unsigned long, int, double)
    expect(SIGS.get('vb_buffer_elem_size')).toBe('pp');            // size_t
    expect(SIGS.get('vb_cell_array_get_cell')).toBe('_p_p_p');     // multi-line declaration
    expect(SIGS.has('vb_type_count')).toBe(false);                 // int (void): nothing to convert
  });

  test('every export with a pointer-sized type in its declaration is converted', () => {
    const code = ['src', 'wasm'].flatMap((d) => readdirSync(path.join(ROOT, d))
      .filter((f) => f.endsWith(d === 'src' ? '.h' : '.c')).map((f) => readFileSync(path.join(ROOT, d, f), 'utf8')))
      .join('\n').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
    const pointerSized = /\*|\[|\bsize_t\b|\bptrdiff_t\b|\bu?intptr_t\b|\b_fn\b|(?<!long )\blong\b(?! long)/;
    const missing = [];
    for (const name of EXPORTS) {
      const m = code.match(new RegExp(`([\\w\\s\\*]*?)\\b${name}\\s*\\(([^;{]*?)\\)\\s*[;{]`));
      expect([name, m !== null]).toEqual([name, true]);
      if (pointerSized.test(`${m[1]}(${m[2]})`) && !SIGS.has(name)) missing.push(name);
      if (SIGS.has(name)) expect([name, SIGS.get(name).length]).toEqual([name, 1 + (m[2].trim() === 'void' ? 0 : m[2].split(',').length)]);
    }
    expect(missing).toEqual([]);
  });
});
