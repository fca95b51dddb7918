#!/usr/bin/env node
// The notebook view (vtkbuf-view) in the JupyterLite site, headless Chromium, offline:
// view.ipynb (examples/notebook_view.py) builds an unstructured grid of hexahedra and a
// polydata with point scalars and shows two 3-D views. Checked: both canvases are
// drawn (not blank), the squares' colours at the pixels where their centres project
// are the lookup table's colours of their levels (from the native vtkbuf-view: VTK's
// table), an orbit drag changes the picture and "reset" brings it back, each output
// carries the static SVG too; screenshots in build/screenshots/.
// runViewChecks() is used by the notebooks suite (one browser, one server); run alone:
// node tests/browser/view.mjs (suite "view").
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT, serveStatic, launch, harness, assert, openNotebook } from './lib.mjs';

const SITE = path.join(ROOT, 'build/site');
const SHOTS = path.join(ROOT, 'build/screenshots');

/** The colours (RGB) VTK's lookup table (the core's vtkLookupTable, natively) gives the levels 0..3 over [0, 3]. */
function expectedColours() {
  const code = 'import json; from vtkbuf_view import _data as d\n' +
    'lut = d.lookup_table(0.0, 3.0)\nprint(json.dumps([list(lut.MapValue(q))[:3] for q in range(4)]))';
  return JSON.parse(execFileSync(path.join(ROOT, '.venv/bin/python'), ['-c', code],
    { cwd: ROOT, encoding: 'utf8', env: { ...process.env, PYTHONPATH: path.join(ROOT, 'build/view') } }));
}

// in the page: render view i, read it back and describe it; `keep` stores the picture
// under a name, `against` gives the share of pixels that differ from a stored one
function describeView([i, probes, keep, against]) {
  const v = document.querySelectorAll('.vtkbuf-view')[i].vtkbufView;
  const { width, height, rgba: rgb } = v.sample();
  const at = (x, y) => Array.from(rgb.slice(4 * (y * width + x), 4 * (y * width + x) + 3));
  const bg = at(1, 1);
  let drawn = 0;
  for (let k = 0; k < rgb.length; k += 4) {
    if (Math.abs(rgb[k] - bg[0]) + Math.abs(rgb[k + 1] - bg[1]) + Math.abs(rgb[k + 2] - bg[2]) > 24) drawn++;
  }
  const store = (window.vbPictures ??= {});
  let differ = null;
  if (against) {
    const a = store[against];
    differ = 0;
    for (let k = 0; k < a.length; k += 4) if (Math.abs(a[k] - rgb[k]) + Math.abs(a[k + 1] - rgb[k + 1]) + Math.abs(a[k + 2] - rgb[k + 2]) > 30) differ++;
    differ /= rgb.length / 4;
  }
  if (keep) store[keep] = rgb;
  const probe = probes.map(([x, y, z]) => { const [px, py] = v.pixel(x, y, z); return { px, py, rgb: at(px, py) }; });
  return { width, height, bg, drawn: drawn / (width * height), probe, map: [0, 1, 2, 3].map((q) => v.map(q)), differ };
}

export async function runViewChecks({ page, origin, h, runNotebook }) {
  fs.mkdirSync(SHOTS, { recursive: true });
  let cells;
  await h.t('JupyterLite: view.ipynb shows two 3-D views (widget + static SVG outputs), no errors', async () => {
    cells = await runNotebook('view.ipynb');
    const views = cells.filter((c) => c.outputs.some((o) => o.data?.['application/vnd.jupyter.widget-view+json']));
    for (const c of cells) {
      const errs = c.outputs.filter((o) => o.output_type === 'error' || (o.output_type === 'stream' && o.name === 'stderr'));
      assert(!errs.length, `error output: ${JSON.stringify(errs).slice(0, 800)}`);
    }
    assert(views.length === 2, `2 cells with a view, got ${views.length}`);
    for (const c of views) {
      const svg = c.outputs.map((o) => o.data?.['image/svg+xml']).find(Boolean);
      const text = Array.isArray(svg) ? svg.join('') : svg;
      assert(text?.startsWith('<svg') && (text.match(/<polygon /g) || []).length >= 4, 'a static SVG picture beside the widget');
    }
    await page.waitForFunction(() => document.querySelectorAll('.vtkbuf-view canvas').length === 2, null, { timeout: 60000 });
    await page.evaluate(() => document.querySelectorAll('.vtkbuf-view')[1].scrollIntoView());
    await page.screenshot({ path: path.join(SHOTS, 'view.png') });
  });
  await h.t('view: the squares\' colours at their centres are the lookup table\'s (VTK\'s) colours of their levels', async () => {
    const want = expectedColours();
    const d = await page.evaluate(describeView, [1, [0, 1, 2, 3].map((q) => [q + 0.5, 0.5, 0]), null, null]);
    assert(d.drawn > 0.03, `the squares cover ${(100 * d.drawn).toFixed(1)} % of the canvas`);
    const titles = await page.evaluate(() => [...document.querySelectorAll('.vtkbuf-view-title')].map((e) => e.textContent));
    assert(JSON.stringify(titles) === '["T","level"]', `the scalar bars' titles are the array names: ${titles}`);
    assert(JSON.stringify(d.map) === JSON.stringify(want), `the view's table ${JSON.stringify(d.map)} is VTK's ${JSON.stringify(want)}`);
    d.probe.forEach((p, q) => {
      const err = Math.max(...p.rgb.map((c, k) => Math.abs(c - want[q][k])));
      assert(err <= 4, `level ${q} at pixel (${p.px}, ${p.py}): ${p.rgb}, expected ${want[q]}`);
    });
    console.log(`     level colours ${JSON.stringify(want)} at ${d.probe.map((p) => `(${p.px},${p.py})`).join(' ')}`);
  });
  await h.t('view: the hexahedra are drawn, an orbit drag changes the picture, reset restores it', async () => {
    await page.evaluate(() => document.querySelectorAll('.vtkbuf-view')[0].scrollIntoView());
    const before = await page.evaluate(describeView, [0, [], 'first', null]);
    assert(before.drawn > 0.05, `the grid covers ${(100 * before.drawn).toFixed(1)} % of the canvas`);
    const box = await page.locator('.vtkbuf-view canvas').first().boundingBox();
    const cx = box.x + box.width / 2, cy = box.y + box.height / 2;
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    for (let k = 1; k <= 10; k++) await page.mouse.move(cx + 12 * k, cy + 5 * k);
    await page.mouse.up();
    const moved = (await page.evaluate(describeView, [0, [], null, 'first'])).differ;
    assert(moved > 0.05, `the drag changed ${(100 * moved).toFixed(1)} % of the pixels`);
    await page.locator('.vtkbuf-view').first().screenshot({ path: path.join(SHOTS, 'view-grid-orbited.png') });
    await page.evaluate(() => document.querySelectorAll('.vtkbuf-view')[0].vtkbufView.reset());
    const back = (await page.evaluate(describeView, [0, [], null, 'first'])).differ;
    assert(back < 0.01, `reset restores the first picture (${(100 * back).toFixed(2)} % differ)`);
    await page.locator('.vtkbuf-view').first().screenshot({ path: path.join(SHOTS, 'view-grid.png') });
    await page.locator('.vtkbuf-view').nth(1).screenshot({ path: path.join(SHOTS, 'view-squares.png') });
    console.log(`     grid ${before.width}x${before.height}: ${(100 * before.drawn).toFixed(1)} % drawn, the drag changed ${(100 * moved).toFixed(1)} %`);
  });
}

// standalone: suite "view"
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (!fs.existsSync(path.join(SITE, 'jupyter-lite.json'))) { console.log('build/site missing: run make site'); console.log('0 passed, 1 failed'); process.exit(1); }
  const { origin, close } = await serveStatic({ '/': SITE });
  const b = await launch();
  const h = harness();
  await runViewChecks({ page: b.page, origin, h, runNotebook: (n) => openNotebook(b.page, origin, n) });
  await h.t('no request left 127.0.0.1', async () => {
    const off = b.offsite();
    assert(!off.length, `${off.length} non-loopback requests: ${off.slice(0, 5).join(', ')}`);
  });
  for (const e of b.errors) console.log(`page error: ${e}`);
  await b.close();
  close();
  process.exit(h.report() ? 1 : 0);
}
