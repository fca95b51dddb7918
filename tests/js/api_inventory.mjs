// VTK 9.7.1's API against vtkbuf's JS classes (tests/data/api_inventory.json), the JS
// half of tests/python/api_inventory.py (same files, same rules; README in
// tests/conformance/README.md "API inventory"). Used by tests/js/api_inventory.test.mjs
// and by tools/api-inventory:
//   node tests/js/api_inventory.mjs --report           counts per class
//   node tests/js/api_inventory.mjs --update-pending   rewrite the `js` and `dts` rows
//                                                       of tests/data/api_pending.tsv
// JS rules: the same method names as VTK; VTK's static methods and class constants are
// properties of the class, instance methods are on its prototype chain; Python-only
// members (the wrapper's `override`) are out. `dts` rows: a public member of a JS class
// that js/index.d.ts (with the js/types/*.d.ts it imports) does not declare (read with
// the TypeScript compiler API).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DATA = path.join(ROOT, 'tests/data');
export const PENDING = path.join(DATA, 'api_pending.tsv');

export const loadInventory = () => JSON.parse(readFileSync(path.join(DATA, 'api_inventory.json'), 'utf8'));

/** Rows of a tab-separated file with ncols non-empty cells ('#' lines are comments). */
export function readTsv(file, ncols) {
  const rows = [];
  readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
    if (!line || line.startsWith('#')) return;
    const cells = line.split('\t');
    if (cells.length !== ncols || cells.some((c) => !c.trim())) {
      throw new Error(`${path.basename(file)}:${i + 1}: expected ${ncols} non-empty cells: ${line}`);
    }
    rows.push(cells);
  });
  return rows;
}

const key = (c, m) => `${c}.${m}`;
export const notApplicable = () => new Map(readTsv(path.join(DATA, 'api_not_applicable.tsv'), 3).map(([c, m, r]) => [key(c, m), r]));
export const isNA = (na, dc, m) => na.has(key(dc, m)) || na.has(key('*', m));
export const pending = (lang) => new Set(readTsv(PENDING, 3).filter((r) => r[0] === lang).map((r) => key(r[1], r[2])));

/** The inventory's classes without the pseudo-classes of VTK's Python overrides. */
export const checkedClasses = (inv) => Object.keys(inv.classes).filter((n) => !inv.classes[n].python_override);

/** Map member -> { dc, kind, info } of VTK's class `name` (own and inherited), JS-relevant only. */
export function members(inv, name) {
  const out = new Map();
  for (const c of [name, ...inv.classes[name].mro]) {
    const rec = inv.classes[c];
    for (const [m, info] of Object.entries(rec.methods)) {
      if (!info.python_only && !out.has(m)) out.set(m, { dc: c, kind: 'method', info });
    }
    for (const [k, v] of Object.entries(rec.constants)) if (!out.has(k)) out.set(k, { dc: c, kind: 'constant', info: { value: v } });
  }
  // the most basic class defining it (the Python side's rule: the last one seen wins)
  for (const c of [name, ...inv.classes[name].mro]) {
    const rec = inv.classes[c];
    for (const m of Object.keys(rec.methods)) if (out.has(m)) out.get(m).dc = c;
    for (const k of Object.keys(rec.constants)) if (out.has(k)) out.get(k).dc = c;
  }
  return out;
}

const SKIP_STATIC = new Set(['length', 'name', 'prototype', 'caller', 'arguments']);
/** Public names of a JS class: instance (prototype chain) and static (constructor chain). */
export function jsNames(Cls) {
  const inst = new Set();
  const stat = new Set();
  for (let p = Cls.prototype; p && p !== Object.prototype; p = Object.getPrototypeOf(p)) {
    for (const n of Object.getOwnPropertyNames(p)) if (n !== 'constructor' && !n.startsWith('_')) inst.add(n);
  }
  for (let c = Cls; c && c !== Function.prototype; c = Object.getPrototypeOf(c)) {
    for (const n of Object.getOwnPropertyNames(c)) if (!SKIP_STATIC.has(n) && !n.startsWith('_')) stat.add(n);
  }
  return { inst, stat };
}

const hasMember = (names, m, e) => ((e.kind === 'constant' || e.info.static) ? names.stat.has(m) : names.inst.has(m));

/** { report: {class: counts}, fixed: [...], missingNow: [[dc, m]] } for a loaded vtkbuf. */
export function checkJs(vb, inv = loadInventory()) {
  const na = notApplicable();
  const pend = pending('js');
  const report = {};
  const still = new Set();
  const missingNow = new Set();
  for (const name of checkedClasses(inv)) {
    const Cls = typeof vb[name] === 'function' ? vb[name] : null;
    const names = Cls ? jsNames(Cls) : null;
    const row = { vtk: 0, have: 0, na: 0, pending: 0, missing: [], classMissing: !Cls, keys: [] };
    if (!Cls) missingNow.add(key(name, '*'));
    for (const [m, e] of [...members(inv, name)].sort()) {
      row.vtk++;
      let st = 'have';
      if (names && hasMember(names, m, e)) row.have++;
      else if (isNA(na, e.dc, m)) { row.na++; st = 'na'; } else {
        if (Cls) missingNow.add(key(e.dc, m));
        if (pend.has(key(e.dc, m)) || pend.has(key(name, '*'))) { row.pending++; st = 'pending'; still.add(key(e.dc, m)); } else { row.missing.push(key(e.dc, m)); st = 'missing'; }
      }
      row.keys.push([key(e.dc, m), st]);
    }
    report[name] = row;
  }
  const fixed = [...pend].filter((k) => (k.endsWith('.*') ? typeof vb[k.slice(0, -2)] === 'function' : !still.has(k))).sort();
  return { report, fixed, missingNow: [...missingNow].sort() };
}

/** [[definingClass, constant, VTK's value, vtkbuf's]] for class constants a JS class (or
 *  object, such as vtkCommand) has with another value than VTK 9.7.1's. */
export function wrongValues(vb, inv = loadInventory()) {
  const out = new Map();
  for (const name of checkedClasses(inv)) {
    const obj = vb[name];
    if (obj === undefined || obj === null) continue;
    for (const [k, e] of members(inv, name)) {
      if (e.kind === 'constant' && k in obj && Number(obj[k]) !== e.info.value) out.set(key(e.dc, k), [e.dc, k, e.info.value, obj[k]]);
    }
  }
  return [...out.values()].sort();
}

function dtsProgram(file) {
  const ts = createRequire(import.meta.url)(path.join(ROOT, 'node_modules/typescript'));
  const program = ts.createProgram([file], {
    noEmit: true, strict: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext, types: [],
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.esnext.disposable.d.ts'],
  });
  return { ts, program };
}

/** The project's declaration files read from file (it and what it imports), relative to the root. */
export function dtsFiles(file = path.join(ROOT, 'js/index.d.ts')) {
  const { program } = dtsProgram(file);
  return program.getSourceFiles().map((f) => path.relative(ROOT, f.fileName))
    .filter((f) => !f.startsWith('..') && !f.startsWith('node_modules/')).sort();
}

/** Public names the declarations declare for each class of the VtkBuf interface:
 *  Map class -> { inst: Set, stat: Set } (TypeScript's checker resolves extends/Omit).
 *  The whole declaration set is read: js/index.d.ts and the files it imports
 *  (js/types/*.d.ts), resolved as a package consumer's `nodenext` project would; an
 *  import that does not resolve (or any other error in the declarations) throws. */
export function dtsNames(file = path.join(ROOT, 'js/index.d.ts')) {
  const { ts, program } = dtsProgram(file);
  const errors = ts.getPreEmitDiagnostics(program);
  if (errors.length) {
    throw new Error(`${path.relative(ROOT, file)} and its imports: ${errors.map((d) => ts.flattenDiagnosticMessageText(d.messageText, ' ')).join('; ')}`);
  }
  const checker = program.getTypeChecker();
  const sf = program.getSourceFile(file);
  // VtkBuf as the module exports it (wherever in the declaration set it is declared)
  const exp = checker.getExportsOfModule(checker.getSymbolAtLocation(sf)).find((s) => s.getName() === 'VtkBuf');
  const sym = exp && (exp.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exp) : exp);
  const vtkBuf = sym?.declarations?.find((d) => ts.isInterfaceDeclaration(d));
  if (!vtkBuf) throw new Error(`${path.relative(ROOT, file)}: exports no interface VtkBuf`);
  const publicNames = (t) => new Set(checker.getPropertiesOfType(t).map((s) => s.getName()).filter((n) => !n.startsWith('__@') && !n.startsWith('_')));
  const out = new Map();
  for (const prop of checker.getPropertiesOfType(checker.getTypeAtLocation(vtkBuf))) {
    const t = checker.getTypeOfSymbolAtLocation(prop, vtkBuf);
    const ctors = t.getConstructSignatures();
    if (!ctors.length) continue;
    const inst = new Set();
    for (const sig of ctors) for (const n of publicNames(checker.getReturnTypeOfSignature(sig))) inst.add(n);
    const stat = publicNames(t);
    stat.delete('prototype');
    out.set(prop.getName(), { inst, stat });
  }
  return out;
}

/** [class, member] pairs a JS class has and the declarations do not declare for every
 *  exported class that has it; keyed by the JS class defining it (one row for a method
 *  of vtkDataArray, not one per array class). Static members: `static NAME`. */
export function undeclared(vb, dts = dtsNames()) {
  const out = new Set();
  const owner = (Cls, m, stat) => {
    for (let p = stat ? Cls : Cls.prototype; p; p = Object.getPrototypeOf(p)) {
      if (Object.prototype.hasOwnProperty.call(p, m)) return stat ? p.name : p.constructor.name;
    }
    return Cls.name;
  };
  for (const [name, Cls] of Object.entries(vb)) {
    if (typeof Cls !== 'function' || !/^(vtk|SafeView)/.test(name)) continue;
    const d = dts.get(name) ?? { inst: new Set(), stat: new Set() };
    const { inst, stat } = jsNames(Cls);
    for (const m of inst) if (!d.inst.has(m)) out.add(`${owner(Cls, m, false)}\t${m}`);
    for (const m of stat) if (!d.stat.has(m)) out.add(`${owner(Cls, m, true)}\tstatic ${m}`);
  }
  return [...out].sort().map((r) => r.split('\t'));
}

export function formatReport(report, inv = loadInventory()) {
  const pad = (s, n) => String(s).padStart(n);
  // the typed AOS array classes (vtkFloatArray, ...) share one line when their counts agree
  const typed = Object.keys(report).filter((n) => inv.classes[n].mro.includes('vtkAOSDataArrayTemplate'));
  const valsOf = (r) => [r.vtk, r.have, r.na, r.pending, r.missing.length].join();
  const groups = new Map();
  for (const n of typed) groups.set(valsOf(report[n]), [...(groups.get(valsOf(report[n])) ?? []), n]);
  const lines = ['API inventory (JS): VTK 9.7.1 members (methods + class constants) per class',
    `${'class'.padEnd(34)} ${pad('VTK', 5)} ${pad('vtkbuf', 6)} ${pad('n/a', 4)} ${pad('pending', 7)} ${pad('missing', 7)}`];
  const tot = [0, 0, 0, 0, 0];
  for (const [name, r] of Object.entries(report)) {
    const v = [r.vtk, r.have, r.na, r.pending, r.missing.length];
    v.forEach((x, i) => { tot[i] += x; });
    const group = typed.includes(name) ? groups.get(valsOf(r)) : [];
    if (group.length > 1 && name !== group[0]) continue;
    const label = group.length > 1 ? `${group.length} typed AOS arrays, each` : name;
    lines.push(`${label.padEnd(34)} ${pad(v[0], 5)} ${pad(v[1], 6)} ${pad(v[2], 4)} ${pad(v[3], 7)} ${pad(v[4], 7)}${r.classMissing ? '  (no such class)' : ''}`);
  }
  lines.push(`${'total'.padEnd(34)} ${pad(tot[0], 5)} ${pad(tot[1], 6)} ${pad(tot[2], 4)} ${pad(tot[3], 7)} ${pad(tot[4], 7)}`);
  // distinct members (keyed by the class defining them), over the classes vtkbuf has
  const status = new Map();
  for (const r of Object.values(report)) {
    if (r.classMissing) continue;
    for (const [k, st] of r.keys) if (st !== 'have' || !status.has(k)) status.set(k, st);
  }
  for (const r of Object.values(report)) { // members only classes vtkbuf lacks have
    if (r.classMissing) for (const [k, st] of r.keys) if (!status.has(k)) status.set(k, st);
  }
  const d = { have: 0, na: 0, pending: 0, missing: 0 };
  for (const st of status.values()) d[st]++;
  lines.push(`${'distinct members'.padEnd(34)} ${pad(status.size, 5)} ${pad(d.have, 6)} ${pad(d.na, 4)} ${pad(d.pending, 7)} ${pad(d.missing, 7)}`);
  return lines.join('\n');
}

/** Rewrite the rows of the given languages in api_pending.tsv (other rows kept). */
export function updatePending(rowsByLang) {
  const text = readFileSync(PENDING, 'utf8').split('\n').filter((l) => l);
  const head = text.filter((l) => l.startsWith('#'));
  const keep = text.filter((l) => !l.startsWith('#') && !(l.split('\t')[0] in rowsByLang));
  const body = [...keep];
  for (const [lang, rows] of Object.entries(rowsByLang)) for (const [c, m] of rows) body.push(`${lang}\t${c}\t${m}`);
  body.sort((a, b) => {
    const la = a.split('\t')[0]; const lb = b.split('\t')[0];
    const order = { py: 0, pyval: 1, js: 2, jsval: 3, dts: 4 };
    return (order[la] - order[lb]) || (a < b ? -1 : a > b ? 1 : 0);
  });
  writeFileSync(PENDING, [...head, ...body].join('\n') + '\n');
}

async function main(argv) {
  const { default: createVtkBuf } = await import('../../js/index.mjs');
  const vb = await createVtkBuf();
  const inv = loadInventory();
  if (argv[0] === '--report') {
    console.log(formatReport(checkJs(vb, inv).report));
    for (const [c, k, v, got] of wrongValues(vb, inv)) console.log(`constant value differs: ${c}.${k}: VTK ${v}, vtkbuf ${got}`);
    console.log(`index.d.ts: ${undeclared(vb).length} public members of JS classes not declared`);
  } else if (argv[0] === '--update-pending') {
    const js = checkJs(vb, inv).missingNow.map((k) => { const i = k.lastIndexOf('.'); return [k.slice(0, i), k.slice(i + 1)]; });
    const dts = undeclared(vb);
    const jsval = wrongValues(vb, inv).map(([c, k]) => [c, k]);
    updatePending({ js, jsval, dts });
    console.log(`api_pending.tsv: ${js.length} js rows, ${jsval.length} jsval rows (wrong constant values), ${dts.length} dts rows`);
  } else {
    console.error('usage: node tests/js/api_inventory.mjs --report | --update-pending');
    process.exit(2);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main(process.argv.slice(2));
}
