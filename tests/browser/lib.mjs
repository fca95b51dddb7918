// Shared by the browser suites: a static server on 127.0.0.1 and headless Debian
// Chromium (playwright-core, executablePath) that cannot reach anything but loopback
// (--host-resolver-rules) and records every request, so a suite can assert that no
// request left 127.0.0.1.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const TYPES = { '.html': 'text/html', '.mjs': 'text/javascript', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.json': 'application/json', '.whl': 'application/octet-stream', '.zip': 'application/zip', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.css': 'text/css', '.ipynb': 'application/json', '.woff2': 'font/woff2', '.woff': 'font/woff',
  '.ttf': 'font/ttf', '.map': 'application/json', '.txt': 'text/plain', '.py': 'text/plain', '.webmanifest': 'application/manifest+json' };

/** Serve { '/prefix/': dir } on 127.0.0.1 (longest prefix wins); resolves to { origin, close }. */
export async function serveStatic(mounts, port = 0) {
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  const server = http.createServer((req, res) => {
    const p = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const pre = prefixes.find((x) => p.startsWith(x));
    if (!pre) { res.writeHead(404).end(); return; }
    const base = path.resolve(mounts[pre]);
    let file = path.resolve(base, p.slice(pre.length));
    if (file !== base && !file.startsWith(base + path.sep)) { res.writeHead(403).end(); return; }
    try { if (fs.statSync(file).isDirectory()) file = path.join(file, 'index.html'); } catch { /* 404 below */ }
    fs.readFile(file, (err, body) => {
      if (err) { res.writeHead(404).end(); return; }
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(body);
    });
  });
  await new Promise((r) => server.listen(port, '127.0.0.1', r));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close(), server };
}

/** Launch headless Chromium; returns { context, page, requests, offsite(), errors, close }. */
export async function launch() {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'vtkbuf-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.VB_CHROMIUM || '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1200, height: 900 },
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync',
           '--no-first-run', '--disable-features=MediaRouter,OptimizationHints',
           // nothing resolves but loopback: a request to any other host fails
           '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost'],
  });
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  const page = context.pages()[0] ?? await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  return {
    context, page, requests, errors,
    /** requests whose host is not 127.0.0.1 (data:/blob: URLs are local by nature) */
    offsite: () => requests.filter((u) => !/^(data|blob|about):/.test(u) && new URL(u).hostname !== '127.0.0.1'),
    close: async () => { await context.close(); fs.rmSync(profile, { recursive: true, force: true }); },
  };
}

/** A tiny harness: t(name, fn) records ok/FAIL; report() prints and returns the counts. */
export function harness() {
  const results = [];
  return {
    results,
    async t(name, fn) {
      const t0 = Date.now();
      try { await fn(); results.push({ name, ok: true }); console.log(`ok   ${name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`); }
      catch (e) { results.push({ name, ok: false }); console.log(`FAIL ${name}\n     ${String(e?.stack || e).split('\n').slice(0, 12).join('\n     ')}`); }
    },
    report() {
      const passed = results.filter((r) => r.ok).length, failed = results.length - passed;
      console.log(`${passed} passed, ${failed} failed`);
      return failed;
    },
  };
}

// in the page: run the current notebook's code cells one by one (from cell `first`;
// `srcs` first appended as new code cells, then run alone, leaving the notebook clean)
async function runCells(srcs) {
  const panel = window.jupyterapp.shell.currentWidget, nb = panel.content, out = [];
  const first = srcs ? nb.widgets.length : 0;
  if (srcs) {
    srcs.forEach((source, k) => nb.model.sharedModel.insertCell(first + k, { cell_type: 'code', source }));
    while (nb.widgets.length < first + srcs.length) await new Promise((r) => setTimeout(r, 50));
  }
  for (let i = first; i < nb.widgets.length; i++) {
    const cell = nb.widgets[i];
    if (cell.model.type !== 'code') continue;
    nb.activeCellIndex = i;
    const t0 = performance.now();
    await window.jupyterapp.commands.execute('notebook:run-cell');
    // run-cell resolves when the reply arrived; wait until the kernel is idle again
    while (panel.sessionContext.session.kernel.status !== 'idle') await new Promise((r) => setTimeout(r, 50));
    out.push({ source: cell.model.sharedModel.getSource(), outputs: cell.model.outputs.toJSON(), ms: performance.now() - t0 });
  }
  if (srcs) nb.model.dirty = false;
  return out;
}

/** Open notebook `name` of the JupyterLite site at `origin` in the Notebook app, run its
 *  code cells one by one; resolves to [{ source, outputs, ms }] per code cell. */
export async function openNotebook(page, origin, name) {
  await page.goto(`${origin}/notebooks/index.html?path=${name}`);
  await page.waitForFunction((n) => {
    const w = window.jupyterapp?.shell?.currentWidget;
    return w?.context?.path === n && w.sessionContext?.session?.kernel?.status === 'idle';
  }, name, { timeout: 120000, polling: 250 });
  return page.evaluate(runCells, null);
}

/** Append code cells `sources` to the notebook open in `page` and run them in its kernel
 *  (no second kernel start); resolves like openNotebook, for the new cells. */
export async function runCellsInOpenNotebook(page, sources) {
  return page.evaluate(runCells, sources);
}


export function assert(c, msg) { if (!c) throw new Error(`assertion failed: ${msg}`); }
