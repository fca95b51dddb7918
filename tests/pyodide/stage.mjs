// Shared by the Pyodide install-path tests (Node and Chromium): stage every wheel a
// test installs in one directory with two lock files, and serve it on 127.0.0.1.
//
//   build/pyodide-install/
//     wheels/*.whl                 numpy (cross-built), pytest & co, micropip, vtkbuf,
//                                  vtkbuf-vtkmodules, and vtkbuf retagged for another
//                                  Pyodide ABI (pyemscripten_2025_0) to test refusal
//     pyodide-lock.json            every wheel above (sha256 of these files)
//     base-lock.json               micropip + numpy only (vtkbuf must come from an index)
//   GET /simple/<name>/            a PEP 503 index page over wheels/ (with #sha256=)
//   GET /pyodide/...               node_modules/pyodide
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import crypto from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const STAGE = path.join(ROOT, 'build/pyodide-install');
export const WRONG_ABI = 'vtkbuf-0.1.0-cp314-cp314-pyemscripten_2025_0_wasm32.whl';

function sh(cmd, args) { return execFileSync(cmd, args, { cwd: ROOT, encoding: 'utf8' }).trim(); }

/** (Re)stage build/pyodide-install from dist/ and the cache; returns the wheel list. */
export function stage() {
  const wheels = sh('tools/pyodide-wheels', []).split('\n').filter(Boolean);
  const dir = path.join(STAGE, 'wheels');
  fs.rmSync(STAGE, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  for (const w of wheels) fs.copyFileSync(w, path.join(dir, path.basename(w)));
  const ours = wheels.find((w) => /\/vtkbuf-[^/]*pyemscripten_2026_0_wasm32\.whl$/.test(w));
  fs.copyFileSync(ours, path.join(dir, WRONG_ABI));
  const py = path.join(ROOT, '.venv/bin/python');
  const base = path.join(ROOT, 'node_modules/pyodide/pyodide-lock.json');
  const names = wheels.map((w) => path.join(dir, path.basename(w)));
  sh(py, ['tools/make_lock.py', '--base', base, '--prefix', 'wheels/', '--out', path.join(STAGE, 'pyodide-lock.json'), ...names]);
  sh(py, ['tools/make_lock.py', '--base', base, '--prefix', 'wheels/', '--out', path.join(STAGE, 'base-lock.json'),
    ...names.filter((w) => /\/(numpy|micropip)-/.test(w))]);
  return names;
}

const TYPES = { '.html': 'text/html', '.mjs': 'text/javascript', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.json': 'application/json', '.whl': 'application/octet-stream', '.zip': 'application/zip', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.css': 'text/css', '.ipynb': 'application/json' };
export const contentType = (f) => TYPES[path.extname(f)] ?? 'application/octet-stream';

function simplePage(name) {
  const dir = path.join(STAGE, 'wheels');
  const norm = (s) => s.toLowerCase().replace(/[-_.]+/g, '-');
  const mine = fs.readdirSync(dir).filter((f) => norm(f.match(/^(.+?)-\d/)[1]) === norm(name));
  if (!mine.length) return null;
  const links = mine.map((f) => {
    const sha = crypto.createHash('sha256').update(fs.readFileSync(path.join(dir, f))).digest('hex');
    return `<a href="../../wheels/${f}#sha256=${sha}">${f}</a><br>`;
  });
  return `<!DOCTYPE html><html><body>\n${links.join('\n')}\n</body></html>\n`;
}

/**
 * Serve `mounts` ({ urlPrefix: dir }) plus /simple/ on 127.0.0.1; resolves to
 * { server, origin, requests } (every request path, for assertions).
 */
export async function serve(mounts = {}) {
  const all = { '/pyodide/': path.join(ROOT, 'node_modules/pyodide'), '/': STAGE, ...mounts };
  const prefixes = Object.keys(all).sort((a, b) => b.length - a.length);
  const requests = [];
  const server = http.createServer((req, res) => {
    const p = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    requests.push(p);
    const m = p.match(/^\/simple\/([^/]+)\/?$/);
    if (m) {
      const page = simplePage(m[1]);
      if (!page) { res.writeHead(404).end(); return; }
      res.writeHead(200, { 'content-type': 'text/html' }).end(page);
      return;
    }
    const pre = prefixes.find((x) => p.startsWith(x));
    let file = path.resolve(all[pre], p.slice(pre.length));
    if (!file.startsWith(all[pre])) { res.writeHead(403).end(); return; }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    fs.readFile(file, (err, body) => {
      if (err) { res.writeHead(404).end(); return; }
      res.writeHead(200, { 'content-type': contentType(file), 'cache-control': 'no-store' }).end(body);
    });
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { server, origin: `http://127.0.0.1:${server.address().port}`, requests };
}
