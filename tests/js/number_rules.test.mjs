// VTK's number rules through the JS API: every row of the shared table
// tests/data/number_rules.tsv (format: tests/data/README.md) that applies to the build
// (abi `any`, and `ilp32` on wasm32 or `lp64` with memory64), with its `js_expected`
// column; then direct cases.
import { describe, test, expect, beforeAll } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import createVtkBuf from '../../js/index.mjs';
import { DTYPES, isBig, forceGrowth, LONG_ABI } from './helpers.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const TSV = path.join(ROOT, 'tests/data/number_rules.tsv');

let vb;
beforeAll(async () => { vb = await createVtkBuf(); });

function readTable() {
  const lines = readFileSync(TSV, 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
  const header = lines[0].split('\t');
  return lines.slice(1).map((l) => {
    const cells = l.split('\t');
    if (cells.length !== header.length) throw new Error(`number_rules.tsv: ${cells.length} columns in ${l}`);
    return Object.fromEntries(header.map((h, k) => [h, cells[k]]));
  });
}
const ALL = readTable();
const ROWS = ALL.filter((r) => r.abi === 'any' || r.abi === LONG_ABI);

/** `int:`/`float:`/`chr:`/`str:` -> the JS value of tests/data/README.md ("Inputs per language"). */
function input(spec) {
  const [kind, text] = [spec.slice(0, spec.indexOf(':')), spec.slice(spec.indexOf(':') + 1)];
  switch (kind) {
    case 'int': {
      const b = BigInt(text);
      return Number.isSafeInteger(Number(b)) && BigInt(Number(b)) === b ? Number(b) : b;
    }
    case 'float': return { nan: NaN, inf: Infinity, '-inf': -Infinity }[text] ?? Number(text);
    case 'chr': return String.fromCharCode(Number(text));
    case 'str': return text;
    default: throw new Error(`number_rules.tsv: unknown input ${spec}`);
  }
}
/** A readback `int:`/`float:`/`chr:` as GetValue returns it for an array of this dtype. */
function readback(spec, big) {
  const i = spec.indexOf(':'), kind = spec.slice(0, i), text = spec.slice(i + 1);
  if (kind === 'int') return big ? BigInt(text) : Number(text);
  if (kind === 'float') return input(spec);
  if (kind === 'chr') return String.fromCharCode(Number(text));
  throw new Error(`number_rules.tsv: unknown readback ${spec}`);
}
const PATHS = {
  SetValue: (a, v) => { a.SetValue(1, v); return 1; },
  InsertValue: (a, v) => { a.InsertValue(1, v); return 1; },
  InsertNextValue: (a, v) => a.InsertNextValue(v),
  SetTuple1: (a, v) => { a.SetTuple1(1, v); return 1; },
  InsertTuple1: (a, v) => { a.InsertTuple1(1, v); return 1; },
  InsertNextTuple1: (a, v) => a.InsertNextTuple1(v),
  SetComponent: (a, v) => { a.SetComponent(1, 0, v); return 1; },
  // bulk writes (the core's span rule, src/vb_span.h): an Array, and a typed array
  Assign: (a, v) => { a.set([v], 1); return 1; },
  AssignArray: (a, v) => { a.set(typedSource(v), 1); return 1; },
};
/** The typed source of an AssignArray row: Float64Array for a float, BigInt64Array or
 *  BigUint64Array (past int64) for an integer (tests/data/README.md). */
function typedSource(v) {
  if (typeof v === 'number' && !Number.isSafeInteger(v)) return Float64Array.of(v);
  const b = BigInt(v);
  return b < 2n ** 63n ? BigInt64Array.of(b) : BigUint64Array.of(b);
}

describe('number_rules.tsv (js_expected)', () => {
  test('the table covers every path, every AOS class and both ABIs', () => {
    expect(ALL.length).toBeGreaterThan(1000);
    expect(new Set(ALL.map((r) => r.abi))).toEqual(new Set(['any', 'lp64', 'ilp32']));
    expect(new Set(ROWS.map((r) => r.path))).toEqual(new Set(Object.keys(PATHS)));
    expect(new Set(ROWS.map((r) => r.class)).size).toBe(14);
    for (const r of ROWS) expect(r.js_expected).toMatch(/^(ok:(int|float|chr):.+|RangeError|TypeError)$/);
  });

  test.each(ROWS.map((r) => [`${r.path} ${r.class} ${r.input.slice(0, 40)}`, r]))('%s', (_, row) => {
    const a = new vb[row.class]();
    try {
      const big = isBig(DTYPES[a.dtype][1]);
      a.SetNumberOfTuples(2);
      a.SetTuple1(0, 7);
      a.SetTuple1(1, 7);
      const v = input(row.input);
      if (row.js_expected.startsWith('ok:')) {
        const at = PATHS[row.path](a, v);
        const want = readback(row.js_expected.slice(3), big);
        const got = a.GetValue(at);
        expect(got).toEqual(want);                 // Object.is for numbers: NaN equals NaN, -0 is not 0
      } else {
        const E = { RangeError, TypeError }[row.js_expected];
        let thrown = null;
        try { PATHS[row.path](a, v); } catch (e) { thrown = e; }
        expect(thrown).not.toBeNull();
        expect(thrown.constructor).toBe(E);
        expect(a.GetNumberOfValues()).toBe(2);
        expect([a.GetTuple1(0), a.GetTuple1(1)]).toEqual([[7], [7]]); // the double API: Numbers
      }
    } finally {
      a.delete();
    }
  });
});

describe('number rules: direct cases', () => {
  test('char arrays take and return 1-character strings (value API), numbers (tuple API)', () => {
    const c = new vb.vtkCharArray();
    expect(c.InsertNextValue('A')).toBe(0);
    c.InsertNextValue('é');                                 // code 233: stored as the byte 0xE9
    expect(c.GetValue(0)).toBe('A');
    expect(c.GetValue(1)).toBe('é');
    expect(c.view()[1]).toBe(233 - 256);                    // char is signed on wasm (32 and 64)
    expect(c.GetTuple(0)).toEqual([65]);
    expect(() => c.InsertNextValue(65)).toThrow(TypeError);  // a number is not a character
    expect(() => c.InsertNextValue('ab')).toThrow(RangeError);
    expect(() => c.InsertNextValue('')).toThrow(RangeError);
    expect(() => c.InsertNextValue('€')).toThrow(RangeError); // past 255
    expect(() => c.SetTuple1(0, 'A')).toThrow(TypeError);   // the tuple API takes numbers
    c.SetTuple1(0, 66);
    expect(c.GetValue(0)).toBe('B');
    expect(c.GetNumberOfValues()).toBe(2);
    expect(() => new vb.vtkIntArray().InsertNextValue('A')).toThrow(TypeError);
    c.delete();
  });

  test('int8 value API: 300 is a RangeError, 3.7 a TypeError, the array unchanged', () => {
    const a = new vb.vtkSignedCharArray();
    a.SetNumberOfValues(1);
    a.SetValue(0, -128);
    expect(() => a.SetValue(0, 300)).toThrow(RangeError);
    expect(() => a.SetValue(0, 3.7)).toThrow(TypeError);
    expect(() => a.SetValue(0, NaN)).toThrow(TypeError);
    expect(() => a.SetValue(0, 128n)).toThrow(RangeError);
    expect(() => a.SetValue(0, null)).toThrow(TypeError);
    expect(() => a.SetValue(0, {})).toThrow(TypeError);
    expect(a.GetValue(0)).toBe(-128);
    a.SetValue(0, 3.0);                                      // an integral Number is an integer
    a.SetValue(0, 127n);
    expect(a.GetValue(0)).toBe(127);
    a.delete();
  });

  test('the double API saturates (NaN -> 0), checks everything before writing', () => {
    const a = new vb.vtkSignedCharArray();
    a.SetNumberOfTuples(2);
    a.SetTuple1(1, 300);
    expect(a.GetValue(1)).toBe(127);
    a.SetTuple1(1, NaN);
    expect(a.GetValue(1)).toBe(0);
    a.SetComponent(1, 0, -1e9);
    expect(a.GetValue(1)).toBe(-128);
    a.SetNumberOfComponents(2);
    a.SetTuple2(0, 1, 2);
    expect(() => a.SetTuple2(0, 5, 'x')).toThrow(TypeError); // second component refused: nothing written
    expect(a.GetTuple(0)).toEqual([1, 2]);
    a.delete();
  });

  test('BigInt is exact for idtype (value and tuple API), refused outside int64', () => {
    const ids = new vb.vtkIdTypeArray();
    const hi = 2n ** 63n - 1n, odd = 2n ** 53n + 1n;
    ids.InsertNextValue(hi);
    ids.InsertNextTuple1(-odd);
    ids.InsertNextValue(5);
    expect([ids.GetValue(0), ids.GetValue(1), ids.GetValue(2)]).toEqual([hi, -odd, 5n]);
    expect(ids.GetTuple1(1)).toEqual([Number(-odd)]);  // the double interface: Numbers (as VTK)
    expect(ids.GetComponent(0, 0)).toBe(2 ** 63);
    expect(ids.GetTypedComponent(1, 0)).toBe(-odd);     // exact through the value API
    expect(() => ids.InsertNextValue(hi + 1n)).toThrow(RangeError);
    expect(() => ids.InsertNextTuple1(hi + 1n)).toThrow(RangeError);
    expect(ids.GetNumberOfValues()).toBe(3);
    ids.delete();
  });

  test('values cross correctly after WASM memory grew (scalars follow the new memory)', () => {
    const ids = new vb.vtkIdTypeArray();
    ids.InsertNextValue(2n ** 60n + 3n);
    const grown = forceGrowth(vb);
    ids.InsertNextValue(-(2n ** 60n) - 3n);
    ids.InsertNextTuple1(5.5);
    expect([ids.GetValue(0), ids.GetValue(1), ids.GetValue(2)]).toEqual([2n ** 60n + 3n, -(2n ** 60n) - 3n, 5n]);
    const c = new vb.vtkCharArray();
    c.InsertNextValue('z');
    expect(c.GetValue(0)).toBe('z');
    grown.delete(); ids.delete(); c.delete();
  });

  test('-0 is a safe integer: the integer 0 (float arrays store +0)', () => {
    const d = new vb.vtkDoubleArray();
    d.InsertNextValue(-0);
    d.InsertNextValue(-0.5);
    expect(Object.is(d.GetValue(0), 0)).toBe(true);
    expect(d.GetValue(1)).toBe(-0.5);
    const i = new vb.vtkIntArray();
    i.InsertNextValue(-0);                                   // not a TypeError
    expect(i.GetValue(0)).toBe(0);
    d.delete(); i.delete();
  });

  test('not-found lookups return null / false / -1 without throwing', () => {
    const at = new vb.vtkDataSetAttributes();
    const arr = new vb.vtkFloatArray();
    arr.SetName('x');
    at.AddArray(arr);
    expect(at.GetArray('nope')).toBeNull();
    expect(at.HasArray('nope')).toBe(false);
    expect(at.RemoveArray('nope')).toBe(false);
    expect(at.SetActiveScalars('nope')).toBe(-1);
    expect(at.GetScalars()).toBeNull();
    expect(at.GetNumberOfArrays()).toBe(1);
    expect(at.GetArray(5)).toBeNull(); // a bad index is not found either
    expect(at.GetArrayName(5)).toBeNull();
    expect(at.RemoveArray(5)).toBe(false);
    // ... and a real failure afterwards still reports its own error
    expect(at.GetAttribute(20)).toBeNull(); // an unknown attribute type: None in VTK 9.7.1
    expect(() => at.SetAttribute(null, 20)).toThrow(TypeError);
    expect(at.GetArrayName(0)).toBe('x');
    expect(at.RemoveArray('x')).toBe(true);
    const pd = new vb.vtkPolyData();
    expect(pd.GetPoints()).toBeNull();
    expect(() => pd.GetPoint(0)).toThrow(Error);             // no points: VB_ESTATE
    at.delete(); arr.delete(); pd.delete();
  });
});
