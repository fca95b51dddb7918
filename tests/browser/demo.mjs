#!/usr/bin/env node
// Suite "demo": the demo page (make demo-page -> build/demo, served at /demo/ beside the
// site as by `make serve`) in headless Chromium (WebGL through SwiftShader): the console
// runs the seed's examples with their printed output, and the vtk.js canvas shows the
// vtkbuf sphere (non-blank, lit orange on the background colour), re-bound after console
// code that replaces its arrays or grows Pyodide's memory. Screenshot: build/screenshots/demo.png.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, serveStatic, launch, harness, assert } from './lib.mjs';

const { origin, close } = await serveStatic({ '/': path.join(ROOT, 'build/site'), '/demo/': path.join(ROOT, 'build/demo') });
const b = await launch();
const h = harness();
const { page } = b;
page.on('console', (m) => { if (m.type() === 'error') b.errors.push(m.text()); });
const outText = () => page.$eval('#out', (e) => e.textContent);
async function runExample(name) {
  const before = (await outText()).length;
  await page.selectOption('#example', name);
  await page.evaluate(() => window.demoRun());
  return (await outText()).slice(before);
}
function checkPicture(s, what) {
  assert(s.width > 300 && s.height > 300, `${what}: canvas ${s.width}x${s.height}`);
  assert(s.sphere > 0.08 && s.sphere < 0.8, `${what}: sphere pixels ${(100 * s.sphere).toFixed(1)}%`);
  assert(s.background > 0.15, `${what}: background pixels ${(100 * s.background).toFixed(1)}%`);
  const [r, g, bl] = s.center;
  assert(r > 60 && r > g && g > bl, `${what}: centre pixel is lit orange, got ${s.center}`);
  assert(Math.abs(s.corner[0] - 20) < 8 && Math.abs(s.corner[2] - 31) < 8, `${what}: corner is background, got ${s.corner}`);
}
let first;
await h.t('demo page loads Pyodide + vtkbuf and draws the sphere (zero-copy points and normals)', async () => {
  await page.goto(`${origin}/demo/`);
  await page.waitForFunction(() => window.demoReady, null, { timeout: 90000 });
  first = await page.evaluate(() => window.demoSample());
  checkPicture(first, 'first render');
  const n = await page.evaluate(() => window.demoPoints());
  assert(n > 1000 && first.points === 3 * n, `the view shows the sphere's ${n} points, got ${first.points / 3}`);
});
await h.t('console: the seed examples print what they print natively', async () => {
  assert((await runExample('seed_sphere.py')).includes('(50, 3)'), 'seed_sphere.py prints (50, 3)');
  assert((await runExample('seed_memoryview.py')).includes('(4,)\n4\ni'), 'seed_memoryview.py');
  const s = await runExample('seed_buffer_changed.py');
  assert(s.includes('42.0') && s.includes('Buffer changed - get a fresh reference') && s.includes('(1000,)'), s);
  assert(!(await page.$$('#out .err')).length, 'no error output');
});
await h.t('console code replaces the sphere\'s arrays: the view re-binds to the new ones', async () => {
  const o = await runExample('move the sphere (re-bind)');
  const n = await page.evaluate(() => window.demoPoints());
  assert(n > first.points / 3 && o.includes(`${n} points`), `a finer sphere: ${o}`);
  const s = await page.evaluate(() => window.demoSample());
  assert(s.binds > first.binds && s.points === 3 * n, `re-bound (${s.binds} binds, ${s.points / 3} points shown)`);
  checkPicture(s, 'after Update()');
});
await h.t('console code grows WASM memory: the stale views are re-bound, the sphere still drawn', async () => {
  const before = await page.evaluate(() => window.demoState.binds);
  assert((await runExample('grow WASM memory')).includes('512 MiB held'), 'allocated');
  const s = await page.evaluate(() => window.demoSample());
  assert(s.binds > before, 're-bound after growth');
  checkPicture(s, 'after growth');
  fs.mkdirSync(path.join(ROOT, 'build/screenshots'), { recursive: true });
  await page.screenshot({ path: path.join(ROOT, 'build/screenshots/demo.png') });
});
await h.t('no request left 127.0.0.1, no page errors', () => {
  const off = b.offsite();
  assert(!off.length, `${off.length} non-loopback requests: ${off.slice(0, 5)}`);
  assert(!b.errors.length, `page errors: ${b.errors.join(' | ').slice(0, 500)}`);
});
await b.close();
close();
process.exit(h.report() ? 1 : 0);
