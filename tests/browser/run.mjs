#!/usr/bin/env node
// Browser test: serve the package files on 127.0.0.1, open tests/browser/index.html in
// headless Chromium (Debian's /usr/bin/chromium, or $VB_CHROMIUM) through playwright-core,
// print each result and "N passed, M failed"; exit 1 on any failure.
import http from 'node:http';
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SERVED = ['js/', 'tests/browser/'];
const TYPES = { '.html': 'text/html', '.mjs': 'text/javascript', '.js': 'text/javascript', '.wasm': 'application/wasm' };

const server = http.createServer(async (req, res) => {
  const rel = decodeURIComponent(new URL(req.url, 'http://x').pathname).replace(/^\/+/, '');
  const file = path.resolve(ROOT, rel);
  if (!SERVED.some((p) => rel.startsWith(p)) || !file.startsWith(ROOT + path.sep)) {
    res.writeHead(404).end(); return;
  }
  try {
    const body = await readFile(file);
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(body);
  } catch { res.writeHead(404).end(); }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const url = `http://127.0.0.1:${server.address().port}/tests/browser/index.html`;
const profile = await mkdtemp(path.join(tmpdir(), 'vtkbuf-chromium-'));
let browser, failed = 1, passed = 0;
try {
  // A persistent context is how playwright takes --user-data-dir (a fresh temp dir).
  browser = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.VB_CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
           '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const page = browser.pages()[0] ?? await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(url);
  await page.waitForFunction(() => window.__vtkbufResult, null, { timeout: 60000 });
  const r = await page.evaluate(() => window.__vtkbufResult);
  for (const t of r.results) console.log(`${t.ok ? 'ok  ' : 'FAIL'} ${t.name}${t.ok ? '' : `\n     ${t.error}`}`);
  for (const e of errors) console.log(`page error: ${e}`);
  passed = r.results.filter((t) => t.ok).length;
  failed = r.results.length - passed + errors.length;
  console.log(`browser: ${r.userAgent}`);
} catch (e) {
  console.log(`browser test could not run: ${e.stack || e}`);
} finally {
  await browser?.close();
  server.close();
  await rm(profile, { recursive: true, force: true });
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
