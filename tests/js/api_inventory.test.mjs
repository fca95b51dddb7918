// VTK 9.7.1's API on vtkbuf's JS classes (tests/data/api_inventory.json; logic in
// api_inventory.mjs): a member VTK has and the JS class lacks fails unless it is not
// applicable or pending (api_pending.tsv `js` rows, a ratchet that only shrinks), and
// js/index.d.ts (with the js/types/*.d.ts it imports) declares every public member of the
// JS classes (`dts` rows pending).
import { describe, test, expect, beforeAll } from '@jest/globals';
import createVtkBuf from '../../js/index.mjs';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  loadInventory, checkJs, pending, undeclared, dtsNames, dtsFiles, jsNames, wrongValues, checkedClasses,
} from './api_inventory.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const INV = loadInventory();
let vb;
let result;
beforeAll(async () => {
  vb = await createVtkBuf();
  result = checkJs(vb, INV);
});

describe('JS classes have VTK 9.7.1 API', () => {
  test.each(checkedClasses(INV))('%s', (name) => {
    const { missing } = result.report[name];
    if (missing.length) {
      throw new Error(`${name}: ${missing.length} VTK 9.7.1 member(s) missing in the JS class and on neither `
        + `api_not_applicable.tsv nor api_pending.tsv: ${missing.join(', ')}`);
    }
  });

  test('pending js rows only shrink', () => {
    expect(result.fixed).toEqual([]); // else: tools/api-inventory --update-pending
  });

  test('class constants have VTK 9.7.1 values (or a pending jsval row)', () => {
    const wrong = wrongValues(vb, INV);
    const pend = pending('jsval');
    expect(wrong.filter(([c, k]) => !pend.has(`${c}.${k}`))).toEqual([]);
    const now = new Set(wrong.map(([c, k]) => `${c}.${k}`));
    expect([...pend].filter((k) => !now.has(k))).toEqual([]); // fixed: --update-pending
  });

  test('every JS vtk* class is in the inventory', () => {
    const known = new Set([...Object.keys(INV.classes), ...INV.not_in_vtk]);
    const extra = Object.keys(vb).filter((n) => n.startsWith('vtk') && typeof vb[n] === 'function' && !known.has(n));
    expect(extra).toEqual([]); // else: tools/api-inventory (regenerate from VTK 9.7.1)
  });

  test('the check sees inherited and static members', () => {
    // a member the core has on every array: found through the prototype chain
    expect(jsNames(vb.vtkFloatArray).inst.has('GetNumberOfTuples')).toBe(true);
    expect(jsNames(vb.vtkDataSetAttributes).stat.has('SCALARS')).toBe(true);
  });
});

describe('js/index.d.ts declares the JS classes', () => {
  test('every public member of a JS class is declared (or a pending dts row)', () => {
    const dts = dtsNames();
    expect(dts.get('vtkFloatArray').inst.has('GetNumberOfTuples')).toBe(true);
    const pend = pending('dts');
    const found = undeclared(vb, dts).map(([c, m]) => `${c}.${m}`);
    expect(found.filter((k) => !pend.has(k))).toEqual([]);
    // declared now: drop the row (tools/api-inventory --update-pending)
    const now = new Set(found);
    expect([...pend].filter((k) => !now.has(k))).toEqual([]);
  });

  test('the declaration set is index.d.ts and every js/types/*.d.ts (all read by the check)', () => {
    const types = readdirSync(path.join(ROOT, 'js/types')).filter((f) => f.endsWith('.d.ts')).map((f) => `js/types/${f}`);
    expect(types.length).toBeGreaterThan(0);
    expect(dtsFiles()).toEqual(['js/index.d.ts', ...types].sort());
  });

  test('js/dist/memory64.d.ts (made by make js) and its js/dist/types64/ declare the same members', () => {
    const M64 = path.join(ROOT, 'js/dist/memory64.d.ts');
    expect(dtsFiles(M64)).toEqual(['js/dist/memory64.d.ts', ...dtsFiles().filter((f) => f !== 'js/index.d.ts')
      .map((f) => f.replace('js/types/', 'js/dist/types64/'))].sort());
    const a = dtsNames(); const b = dtsNames(M64);
    expect([...b.keys()]).toEqual([...a.keys()]);
    for (const [k, v] of a) {
      expect([k, [...b.get(k).inst].sort(), [...b.get(k).stat].sort()]).toEqual([k, [...v.inst].sort(), [...v.stat].sort()]);
    }
  });
});
