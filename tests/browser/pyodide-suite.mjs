#!/usr/bin/env node
// Suite "pyodide-chromium": the whole Python suite (tests/python) inside Pyodide 314.0.7
// in headless Chromium, the page served on 127.0.0.1 (tests/browser/pyodide-suite.html).
// Prints pytest's own output (its "N passed" line is the count) and fails on any
// non-loopback request.
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { ROOT, serveStatic, launch } from './lib.mjs';
import { stage, STAGE } from '../pyodide/stage.mjs';

stage();
const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', 'tests/python', 'tests/data', 'tests/io', 'examples'],
  { cwd: ROOT, encoding: 'utf8' }).split('\n').filter((f) => /\.(py|json|tsv|txt|vtk|vtp|vtu|vti|vtr|vts|vtm|vtpc)$/.test(f) && !f.includes('__pycache__'));
const { origin, close } = await serveStatic({
  '/pyodide/': path.join(ROOT, 'node_modules/pyodide'), '/stage/': STAGE, '/repo/': ROOT,
  '/tests/browser/': path.join(ROOT, 'tests/browser'),
});
const b = await launch();
b.page.on('console', (m) => { const t = m.text(); if (t.startsWith('py| ')) console.log(t.slice(4)); });
let rc = 1;
try {
  await b.page.goto(`${origin}/tests/browser/pyodide-suite.html`);
  await b.page.waitForFunction(() => window.suiteReady, null, { timeout: 30000 });
  rc = await b.page.evaluate(([f, a]) => window.runSuite(f, a),
    [files, ['tests/python', '-q', '-p', 'no:cacheprovider', '--expect-platform=emscripten']]);
  console.log(`browser: ${await b.page.evaluate(() => navigator.userAgent)}`);
} catch (e) {
  console.log(`the suite could not run in Chromium: ${e.stack || e}`);
}
const off = b.offsite();
console.log(`${b.requests.length} requests, ${off.length} to hosts other than 127.0.0.1${off.length ? ': ' + off.slice(0, 5).join(', ') : ''}`);
for (const e of b.errors) console.log(`page error: ${e}`);
await b.close();
close();
process.exit(rc === 0 && !off.length && !b.errors.length ? 0 : 1);
