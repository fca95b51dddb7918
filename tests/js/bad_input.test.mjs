// The bad-input table shared by C, Python and JS: every row of tests/data/bad_input.tsv
// whose js_error is not `-` (format and fixtures: tests/data/README.md) throws exactly
// that error class and leaves the fixture unchanged (deleted objects: still deleted);
// its message names the method once, first, and no C function. The reader fixtures
// (legacy, xml) are `await read(bytes, { format })`: the error, no object left behind.
import { describe, test, expect, beforeAll } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import createVtkBuf from '../../js/index.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const HEADER = ['id', 'object', 'call', 'args', 'c_status', 'py_error', 'js_error'];
const lines = readFileSync(path.join(ROOT, 'tests/data/bad_input.tsv'), 'utf8')
  .split('\n').filter((l) => l && !l.startsWith('#'));
const ROWS = lines.slice(1).map((l) => Object.fromEntries(l.split('\t').map((c, k) => [HEADER[k], c])));

let vb;
beforeAll(async () => { vb = await createVtkBuf(); });

function fixture(name) {
  if (name === 'aos') {
    const a = new vb.vtkDoubleArray();
    a.SetNumberOfComponents(3);
    a.SetNumberOfTuples(4);
    for (let v = 0; v < 12; v++) a.SetValue(v, v);
    return a;
  }
  if (name === 'int') {
    const a = new vb.vtkIntArray();
    for (const v of [1, 2, 3]) a.InsertNextValue(v);
    return a;
  }
  if (name === 'buf') {
    const b = new vb.vtkBuffer('float64');
    b.Allocate(3);
    b.set([1, 2, 3]);
    return b;
  }
  throw new Error(name);
}
function snapshot(o, mtime = true) {
  if (o instanceof vb.vtkBuffer) return [o.GetNumberOfElements(), Array.from(o.toArray()), mtime ? o.GetMTime() : 0];
  const v = [];
  for (let i = 0; i < o.GetNumberOfValues(); i++) v.push(o.GetValue(i));
  return [o.GetNumberOfComponents(), o.GetNumberOfTuples(), o.GetSize(), v, mtime ? o.GetMTime() : 0];
}
function arg(spec) {
  const i = spec.indexOf(':'), kind = i < 0 ? spec : spec.slice(0, i), text = spec.slice(i + 1);
  switch (kind) {
    case 'int': { const b = BigInt(text); return Number.isSafeInteger(Number(b)) && BigInt(Number(b)) === b ? Number(b) : b; }
    case 'float': return { nan: NaN, inf: Infinity, '-inf': -Infinity }[text] ?? Number(text);
    case 'str': return text;
    case 'none': return null;
    case 'list': return text.split('|').map(Number);
    case 'buffer': { const b = new vb.vtkBuffer(text); b.Allocate(3); return b; }
    case 'file': return new TextEncoder().encode(text.replaceAll('\\n', '\n'));
    default: throw new Error(`bad_input.tsv: unknown argument ${spec}`);
  }
}
const ERRORS = { Error, RangeError, TypeError };
const READERS = ['legacy', 'xml']; // fixtures read by read(bytes, { format: <fixture> })
/** The message rules (every language): it names the call once, as `<method>: `
 *  first, and never shows a C name (vb_*, or a snake_case function name). `read` is
 *  also an English word of the readers' messages ("is not read yet"): there only the
 *  `read: ` form counts. */
function expectCleanMessage(message, method) {
  expect(message).not.toMatch(/vb_|\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b/);
  expect(message.startsWith(`${method}: `)).toBe(true);
  expect(message.split(method === 'read' ? 'read: ' : method).length - 1).toBe(1);
}

describe('bad_input.tsv (js_error)', () => {
  test('the table has at least 40 cases, each with an error class per language', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(40);
    for (const r of ROWS) expect(r.js_error).toMatch(/^(-|Error|RangeError|TypeError)$/);
  });

  test.each(ROWS.filter((r) => r.js_error !== '-').map((r) => [r.id, r]))('%s', async (_, row) => {
    const args = row.args ? row.args.split(';').map(arg) : [];
    const want = ERRORS[row.js_error];
    if (READERS.includes(row.object)) {
      // a reader row: Update(file) is read(bytes, { format }); a failed read leaves nothing alive
      expect(row.call).toBe('Update');
      const before = [vb.liveObjects(), vb.liveBlocks()];
      let err;
      try { await vb.read(args[0], { format: row.object }); } catch (e) { err = e; }
      expect(err?.constructor).toBe(want);
      expectCleanMessage(err.message, 'read');
      expect([vb.liveObjects(), vb.liveBlocks()]).toEqual(before);
      return;
    }
    const obj = fixture(row.object);
    const [mode, method] = row.call.includes(':') ? row.call.split(':') : ['', row.call];
    let err;
    if (mode === 'deleted') {
      obj.delete();
      try { obj[method](...args); } catch (e) { err = e; }
      expect(err?.constructor).toBe(want);
      expect(err.message).toMatch(/deleted/);
      expect(() => obj.GetMTime()).toThrow(Error); // still deleted
      return;
    }
    if (mode === 'observer') {
      // re-entrant: an observer of ModifiedEvent makes the bad call during Modified()
      const before = snapshot(obj, false);
      let seen = 0;
      obj.AddObserver('ModifiedEvent', () => { if (!seen++) obj[method](...args); });
      try { obj.Modified(); } catch (e) { err = e; }
      expect(seen).toBe(1);
      expect(err?.constructor).toBe(want);
      expectCleanMessage(err.message, method);
      expect(snapshot(obj, false)).toEqual(before);
      obj.delete();
      return;
    }
    const before = snapshot(obj);
    try { obj[method](...args); } catch (e) { err = e; }
    expect(err?.constructor).toBe(want);
    expectCleanMessage(err.message, method);
    expect(snapshot(obj)).toEqual(before);
    obj.delete();
  });
});
