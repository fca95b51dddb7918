#!/usr/bin/env node
// JS <-> Python zero-copy in one Pyodide under Node (tests/pyodide/interop-scenario.mjs);
// prints "ok/FAIL name" and "N passed, M failed".
import path from 'node:path';
import { stage, STAGE, ROOT } from './stage.mjs';
import { loadVtkbuf, vtkbufViews } from '../../js/pyodide.mjs';
import { run } from './interop-scenario.mjs';

const { loadPyodide } = await import(path.join(ROOT, 'node_modules/pyodide/pyodide.mjs'));
stage();
const pyodide = await loadPyodide({ indexURL: path.join(ROOT, 'node_modules/pyodide') + path.sep,
  lockFileURL: path.join(STAGE, 'pyodide-lock.json'), packageBaseUrl: STAGE + path.sep });
await loadVtkbuf(pyodide, { baseURL: path.join(ROOT, 'dist') });
const results = await run(pyodide, vtkbufViews);
for (const r of results) console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name}${r.ok ? '' : '\n     ' + r.error.split('\n').slice(0, 10).join('\n     ')}`);
const passed = results.filter((r) => r.ok).length;
console.log(`${passed} passed, ${results.length - passed} failed`);
process.exit(passed === results.length ? 0 : 1);
