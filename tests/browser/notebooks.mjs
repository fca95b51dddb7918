#!/usr/bin/env node
// Suite "notebooks": the JupyterLite site (make site -> build/site) in headless Chromium,
// served on 127.0.0.1. Each example notebook is opened in the Notebook app, its code
// cells run one by one (notebook:run-cell) and every output compared with the same
// cells run natively (tools/notebooks.py expect: stdout, results, the SVG's polygons);
// no error output anywhere, and no request may leave 127.0.0.1. Then the notebook
// view's checks (tests/browser/view.mjs) on view.ipynb; a corpus .vtu uploaded through
// the file browser first, read by upload.ipynb's cells last (tests/browser/upload.mjs).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, serveStatic, launch, harness, assert, openNotebook } from './lib.mjs';
import { runViewChecks } from './view.mjs';
import { uploadVtu, readUploaded } from './upload.mjs';

const SITE = path.join(ROOT, 'build/site');
const BOOKS = ['seed_examples.ipynb', 'sphere.ipynb', 'pip_install.ipynb'];
if (!fs.existsSync(path.join(SITE, 'jupyter-lite.json'))) { console.log('build/site missing: run make site'); console.log('0 passed, 1 failed'); process.exit(1); }
const expected = JSON.parse(execFileSync(path.join(ROOT, '.venv/bin/python'),
  ['tools/notebooks.py', 'expect', ...BOOKS.map((b) => path.join(SITE, 'files', b))], { cwd: ROOT, encoding: 'utf8' }));

const { origin, close } = await serveStatic({ '/': SITE });
const b = await launch();
const h = harness();
const { page } = b;

const runNotebook = (name) => openNotebook(page, origin, name);

function check(name, cells) {
  const want = expected[name];
  assert(cells.length === want.length, `${name}: ${want.length} code cells, ran ${cells.length}`);
  cells.forEach((c, i) => {
    const w = want[i], where = `${name} cell ${i + 1}`;
    const errs = c.outputs.filter((o) => o.output_type === 'error' || (o.output_type === 'stream' && o.name === 'stderr' && !w.magic));
    assert(!errs.length, `${where}: error output ${JSON.stringify(errs).slice(0, 800)}`);
    if (w.magic) return;
    const stdout = c.outputs.filter((o) => o.output_type === 'stream' && o.name === 'stdout')
      .map((o) => (Array.isArray(o.text) ? o.text.join('') : o.text)).join('');
    assert(stdout === w.stdout, `${where}: stdout ${JSON.stringify(stdout)}, expected ${JSON.stringify(w.stdout)}`);
    const shown = c.outputs.filter((o) => o.output_type === 'execute_result' || o.output_type === 'display_data');
    if (w.svg_polygons !== undefined) {
      const svg = shown.map((o) => o.data?.['image/svg+xml']).find(Boolean);
      const text = Array.isArray(svg) ? svg.join('') : svg;
      assert(text && text.startsWith('<svg'), `${where}: an image/svg+xml output`);
      const n = (text.match(/<polygon /g) || []).length;
      assert(n === w.svg_polygons, `${where}: ${w.svg_polygons} polygons, got ${n}`);
      const fills = [...text.matchAll(/fill="rgb\((\d+),(\d+),(\d+)\)"/g)].map((m) => m.slice(1).map(Number));
      assert(fills.length === n && fills.every(([r, g, bl]) => bl > g && g > r), `${where}: blue shading`);
    } else if (w.result !== undefined) {
      const plain = shown.map((o) => o.data?.['text/plain']).find(Boolean);
      assert(plain === w.result, `${where}: result ${plain}, expected ${w.result}`);
    } else {
      assert(!shown.length, `${where}: no result expected, got ${JSON.stringify(shown).slice(0, 300)}`);
    }
  });
}

const shots = path.join(ROOT, 'build/screenshots');
fs.mkdirSync(shots, { recursive: true });
// a corpus .vtu uploaded through the file browser (tests/browser/upload.mjs)
await uploadVtu({ page, origin, h });
for (const name of BOOKS) {
  await h.t(`JupyterLite: ${name} runs cell by cell, every output as natively`, async () => {
    const cells = await runNotebook(name);
    check(name, cells);
    console.log(`     ${cells.length} code cells: ${cells.map((c) => (c.ms / 1000).toFixed(1) + ' s').join(', ')}`);
    await page.screenshot({ path: path.join(shots, name.replace('.ipynb', '.png')), fullPage: false });
  });
}
// the notebook view (tests/browser/view.mjs), in the same browser
await runViewChecks({ page, origin, h, runNotebook });
// upload.ipynb's cells read the .vtu uploaded first, in view.ipynb's kernel (tests/browser/upload.mjs)
await readUploaded({ page, h });
await h.t('no request left 127.0.0.1', async () => {
  const off = b.offsite();
  assert(b.requests.length > 50, `requests were recorded (${b.requests.length})`);
  assert(!off.length, `${off.length} non-loopback requests: ${off.slice(0, 5).join(', ')}`);
  console.log(`     ${b.requests.length} requests, all to 127.0.0.1`);
});
for (const e of b.errors) console.log(`page error: ${e}`);
await b.close();
close();
process.exit(h.report() ? 1 : 0);
