#!/usr/bin/env node
// Suite "browser-pyodide": in headless Chromium, one page (tests/browser/interop.html):
// the npm helper loadVtkbuf (wheels next to the module, or a baseURL), micropip from a
// relative URL, and the JS <-> Python zero-copy scenario (tests/pyodide/interop-scenario.mjs)
// in the page's Pyodide. Loopback only; "N passed, M failed".
import path from 'node:path';
import { ROOT, serveStatic, launch, harness } from './lib.mjs';
import { stage, STAGE } from '../pyodide/stage.mjs';

const wheels = stage();
const wheel = path.basename(wheels.find((w) => /\/vtkbuf-[^/]*2026_0_wasm32\.whl$/.test(w)));
const { origin, close } = await serveStatic({
  '/pyodide/': path.join(ROOT, 'node_modules/pyodide'), '/stage/': STAGE, '/js/': path.join(ROOT, 'js'),
  '/tests/': path.join(ROOT, 'tests'),
  '/versions.json': path.join(ROOT, 'versions.json'), // js/pyodide.mjs imports the pins
});
const b = await launch();
const h = harness();
let results = [];
try {
  await b.page.goto(`${origin}/tests/browser/interop.html`);
  await b.page.waitForFunction(() => window.ready, null, { timeout: 30000 });
  await b.page.evaluate((w) => { window.WHEEL = w; }, wheel);
  results = await b.page.evaluate(() => window.runAll());
} catch (e) {
  results.push({ name: 'the page ran', ok: false, error: String(e.stack || e) });
}
for (const r of results) await h.t(r.name, () => { if (!r.ok) throw new Error(r.error); });
await h.t('requests: wheels from /js/dist/ (next to the module) and /stage/wheels/ (baseURL); none left 127.0.0.1', () => {
  const paths = b.requests.map((u) => new URL(u).pathname);
  if (!paths.includes(`/js/dist/${wheel}`)) throw new Error(`no request for /js/dist/${wheel}`);
  if (!paths.includes(`/stage/wheels/${wheel}`)) throw new Error(`no request for /stage/wheels/${wheel}`);
  const off = b.offsite();
  if (off.length) throw new Error(`${off.length} non-loopback requests: ${off.slice(0, 5)}`);
});
for (const e of b.errors) console.log(`page error: ${e}`);
await b.close();
close();
process.exit(h.report() || b.errors.length ? 1 : 0);
