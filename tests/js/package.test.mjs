// Package layout: exports map (ESM, CommonJS, types), files list, .wasm location options.
import { describe, test, expect } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readFileSync, mkdtempSync, copyFileSync, rmSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import createVtkBuf from '../../js/index.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const run = (cmd, args, opts = {}) => execFileSync(cmd, args, { cwd: ROOT, encoding: 'utf8', ...opts });

describe('package', () => {
  test('npm pack ships the bundled entries, types, the .wasm and the wheels, and no sources or tests', () => {
    const [info] = JSON.parse(run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'],
      { stdio: ['ignore', 'pipe', 'ignore'] }));
    const files = new Set(info.files.map((f) => f.path));
    for (const f of ['package.json', 'js/dist/index.mjs', 'js/dist/pyodide.mjs', 'js/index.cjs',
                     'js/index.d.ts', 'js/index.d.cts', 'js/pyodide.d.ts', 'js/dist/vtkbuf.wasm', 'README.md']) {
      expect(files).toContain(f);
    }
    // the bundles import only their shared chunks (all shipped) and node: builtins
    for (const f of [...files].filter((n) => n.startsWith('js/dist/') && n.endsWith('.mjs'))) {
      const src = readFileSync(path.join(ROOT, f), 'utf8');
      for (const [, rel] of src.matchAll(/from\s*"(\.[^"]+)"/g)) expect(files).toContain(path.posix.join('js/dist', rel));
    }
    expect([...files].filter((f) => /^js\/[^/]+\.mjs$/.test(f) || f === 'js/dist/vtkbuf.mjs')).toEqual([]);
    expect([...files].filter((f) => f.startsWith('tests/') || f.startsWith('src/'))).toEqual([]);
    // the Pyodide wheels and the helper that installs them (vtkbuf/pyodide)
    expect([...files].filter((f) => f.endsWith('.whl')).sort()).toEqual([
      'js/dist/vtkbuf-0.1.0-cp314-cp314-pyemscripten_2026_0_wasm32.whl',
      'js/dist/vtkbuf_vtkmodules-0.1.0-py3-none-any.whl']);
    expect(files).toContain('tools/pyodide-run.mjs');
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    for (const target of [pkg.exports['.'].import.default, pkg.exports['.'].import.types,
                          pkg.exports['.'].require.default, pkg.exports['.'].require.types,
                          pkg.exports['./vtkbuf.wasm'], pkg.exports['./pyodide'].default,
                          pkg.exports['./pyodide'].types, pkg.bin['vtkbuf-pyodide-run']]) {
      expect(files).toContain(target.replace(/^\.\//, ''));
    }
  });

  test('size budget: what `import "vtkbuf"` downloads (bundle, chunks, .wasm) is at most 60 KB gzipped (issue 17)', () => {
    // each file gzipped on its own, as a browser fetches them
    const dist = path.join(ROOT, 'js/dist');
    const files = ['index.mjs', 'vtkbuf.wasm', ...readdirSync(dist).filter((n) => n.startsWith('chunk-'))];
    const gz = files.map((f) => gzipSync(readFileSync(path.join(dist, f)), { level: 9 }).length);
    const total = gz.reduce((a, b) => a + b, 0);
    expect(gz[0]).toBeGreaterThan(5_000); // the bundle holds the whole JS layer
    // issue 17's limit, 60 KiB; at 60.1 kB with the whole data-object API (see the branch report)
    expect(total).toBeLessThanOrEqual(60 * 1024);
  });

  test('ESM import by package name', () => {
    const out = run(process.execPath, ['--input-type=module', '-e', `
      import createVtkBuf, { StaleViewError } from 'vtkbuf';
      const vb = await createVtkBuf();
      const a = new vb.vtkFloatArray();
      a.InsertNextValue(2.5);
      console.log(JSON.stringify([a.GetValue(0), vb.StaleViewError === StaleViewError,
        import.meta.resolve('vtkbuf')]));`]);
    const [v, same, url] = JSON.parse(out);
    expect(v).toBe(2.5);
    expect(same).toBe(true);
    expect(url).toBe(pathToFileURL(path.join(ROOT, 'js/dist/index.mjs')).href); // the bundle
  });

  test('CommonJS entry: require gives an async factory', () => {
    const out = JSON.parse(run(process.execPath, ['tests/js/cjs-smoke.cjs']));
    expect(out).toEqual({ resolved: path.join(ROOT, 'js/index.cjs'), same: true, tuple: [1, 2, 3],
                          stale: true, tuples: 1000 });
  });

  test('type declarations compile against typed usage (tsc --noEmit)', () => {
    // throws (failing the test) with tsc's diagnostics on any error
    run(path.join(ROOT, 'node_modules/.bin/tsc'), ['-p', 'tests/js/types/tsconfig.json']);
  }, 60000);

  test('the .wasm can be passed as bytes or as a URL', async () => {
    const wasmPath = path.join(ROOT, 'js/dist/vtkbuf.wasm');
    const bytes = readFileSync(wasmPath);
    // bytes take precedence: the URL below does not exist
    const a = await createVtkBuf({ wasmBinary: new Uint8Array(bytes), wasmURL: '/nonexistent/vtkbuf.wasm' });
    const dir = mkdtempSync(path.join(tmpdir(), 'vtkbuf-wasm-'));
    try {
      const moved = path.join(dir, 'renamed.wasm');
      copyFileSync(wasmPath, moved);
      const b = await createVtkBuf({ wasmURL: pathToFileURL(moved) });
      for (const vb of [a, b]) {
        const buf = new vb.vtkBuffer('int16');
        buf.Allocate(3);
        expect(buf.view().length).toBe(3);
        buf.delete();
      }
      expect(a.memory).not.toBe(b.memory);    // independent instances
      await expect(createVtkBuf({ wasmURL: path.join(dir, 'missing.wasm') })).rejects.toThrow(/could not load.*missing\.wasm.*ENOENT/);
      await expect(createVtkBuf({ wasmBinary: new Uint8Array([0, 97, 115, 109]) })).rejects.toThrow(/could not load/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('README', () => {
  test('the README shows the real output of examples/js_arrays.mjs', () => {
    const out = run(process.execPath, ['examples/js_arrays.mjs']);
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const m = readme.match(/<!-- js_arrays output -->\n```\n([\s\S]*?)```/);
    expect(m).not.toBeNull();
    expect(m[1]).toBe(out);
    expect(out).toMatch(/live memory blocks: 0\n$/);
  });
});
