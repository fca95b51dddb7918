#!/usr/bin/env node
// tools/slim-glue.mjs GLUE32 GLUE64 OUTDIR CACHE KEEP - the Emscripten glue for the bundle
// (make js). Emscripten names every export twice in the glue, a variable and a Module
// property from the .wasm's minified export (`_vb_x=Module["_vb_x"]=wasmExports["k"]`):
// 5 KB gzipped for ~600 exports. Here each glue assigns the .wasm's exports to Module as
// they are (Module.k), and CACHE (esbuild's --mangle-cache) makes esbuild call M._vb_x
// M.k in the bundled JS layer: the names cost nothing. Both builds must give every export
// the same minified name (the JS layer is shared); this checks it. Names the JS layer
// passes as strings (KEEP, '|'-separated) and the non-_vb_ ones (_malloc, _free) keep
// their Module property. The glue in js/dist (the sources' entry) stays as emitted.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';

const [in32, in64, outdir, cacheFile, keepArg = ''] = process.argv.slice(2);
const keep = new Set(keepArg.split('|').filter(Boolean));
const STD = /^(\w+)=Module\["\1"\]=wasmExports\["([^"]+)"\]$/;
let map32 = null;

function slim(file) {
  let src = readFileSync(file, 'utf8');
  const m = src.match(/function assignWasmExports\(wasmExports\)\{([^}]*)\}/);
  if (!m) throw new Error(`${file}: no assignWasmExports`);
  const map = new Map(), other = [];
  for (const e of m[1].split(';').filter(Boolean)) {
    const s = e.match(STD);
    if (s) map.set(s[1], s[2]); else other.push(e);
  }
  if (map.size < 100) throw new Error(`${file}: only ${map.size} exports recognised`);
  if (map32) {
    for (const [n, l] of map) if (map32.get(n) !== l) throw new Error(`${file}: ${n} is ${l}, ${map32.get(n)} in the wasm32 glue`);
    if (map.size !== map32.size) throw new Error(`${file}: ${map.size} exports, ${map32.size} in the wasm32 glue`);
  }
  // the variables are used by the glue only through assignWasmExports: drop them
  const rest = src.slice(0, m.index) + src.slice(m.index + m[0].length);
  for (const n of map.keys()) {
    const uses = rest.split(new RegExp(`(?<![\\w$."])${n.replace(/\$/g, '\\$')}(?![\\w$"])`)).length - 1;
    if (uses !== 1) throw new Error(`${file}: ${n} is used by the glue itself (${uses - 1} times)`);
  }
  const decl = new RegExp(`var (${[...map.keys()].join('|').replace(/\$/g, '\\$')})(,\\w+)*;`);
  const d = src.match(decl);
  if (!d) throw new Error(`${file}: no declaration of the export variables`);
  const left = d[0].slice(4, -1).split(',').filter((n) => !map.has(n));
  const named = [...map].filter(([n]) => keep.has(n) || !n.startsWith('_vb_'))
    .map(([n, l]) => `Module["${n}"]=wasmExports["${l}"]`);
  const body = ['Object.assign(Module,wasmExports)', ...named, ...other].join(';');
  src = src.replace(d[0], left.length ? `var ${left.join(',')};` : '')
    .replace(m[0], `function assignWasmExports(wasmExports){${body}}`);
  mkdirSync(outdir, { recursive: true });
  writeFileSync(path.join(outdir, path.basename(file)), src);
  return map;
}

map32 = slim(in32);
slim(in64);
const cache = {};
for (const [n, l] of map32) if (n.startsWith('_vb_') && !keep.has(n)) cache[n] = l;
writeFileSync(cacheFile, JSON.stringify(cache));
