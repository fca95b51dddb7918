#!/usr/bin/env python3
"""wasm/split.py - move the file I/O code of a linked JS module into <name>.io.wasm.

Run by wasm/CMakeLists.txt after each link of vtkbuf.mjs/.wasm (linked with
--profiling-funcs for the function names), in place:
  1. the I/O exports: the _vb_ exports js/io_read.mjs and js/io_write.mjs call and no
     other js/*.mjs file does;
  2. the call graph (wasm-dis text): roots are every other export, the start function,
     functions named outside function bodies (globals, element declarations) and the
     function-table entries a kept function can call: call_indirect of type T reaches
     every table function of type T (sound: any other type traps). Everything reachable
     from the roots stays in the primary; every other defined function is split out.
     The build fails if an I/O export stays in the primary (nothing would be gained);
  3. Binaryen's wasm-split with placeholders (a split function's table slot holds an
     import until the secondary is instantiated; the glue's placeholder throws a clear
     Error), then wasm-opt -Oz --strip-debug on both modules;
  4. the glue: the placeholder import module, and Module.vbIO = { exports: the primary's
     raw exports (the secondary's 'primary' imports), file(): the .io.wasm's location,
     found like the .wasm (Module.locateFile, else next to the glue) }.
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile
from collections import defaultdict

NAME = r'\$("(?:[^"\\]|\\.)*"|[^\s()]+)'


def die(msg):
    sys.exit(f'wasm/split.py: {msg}')


def io_exports(js):
    """Core functions only js/io_read.mjs / io_write.mjs call (M._vb_x -> vb_x)."""
    used = defaultdict(set)
    for f in os.listdir(js):
        if f.endswith('.mjs'):
            for n in re.findall(r'\bM\._(vb_\w+)', open(os.path.join(js, f)).read()):
                used[n].add(f)
    io = {n for n, files in used.items() if files <= {'io_read.mjs', 'io_write.mjs'}}
    if not io:
        die(f'no I/O exports found in {js}/io_read.mjs, io_write.mjs')
    return io


def parse(wat):
    """Functions (name -> type, direct callees, indirect call types), exports, other refs, table."""
    funcs, exports, refs, table, types = {}, {}, set(), [], {}
    cur = None
    sig = lambda text: (' '.join(re.findall(r'\(param (?:\$\S+ )?([^)]*)\)', text)),
                        ' '.join(re.findall(r'\(result ([^)]*)\)', text)))
    for line in wat.splitlines():
        if line.startswith(' (type '):
            m = re.match(r' \(type \$(\S+) \(func(.*)\)\)$', line)
            if m:
                types[m.group(1)] = sig(m.group(2))
            continue
        if line.startswith(' (func '):
            m = re.match(r' \(func ' + NAME + r'(.*)$', line)
            if not m:
                die(f'unexpected function line: {line[:120]}')
            if m.group(1) in funcs:
                die(f'function {m.group(1)} defined twice')
            cur = funcs[m.group(1)] = {'type': sig(m.group(2)), 'calls': set(), 'indirect': set()}
            continue
        if line.startswith(' (') or line.startswith(')'):
            cur = None
            m = re.match(r' \(export "([^"]*)" \(func ' + NAME + r'\)\)', line)
            if m:
                exports[m.group(1)] = m.group(2)
            elif line.startswith(' (elem '):
                m = re.match(r' \(elem (?:\$\S+ )?(?:\(table \$\S+\) )?(?:\((?:i32|i64)\.const \d+\) |(declare ))'
                             r'(?:func )?((?:\$\S+ ?)*)\)$', line)
                if not m:
                    die(f'unexpected element segment: {line[:120]}')
                names = re.findall(NAME, m.group(2))
                (refs.update if m.group(1) else table.extend)(names)  # declared: ref.func targets
            elif not line.startswith(' (import ') and not line.startswith(' (type '):
                refs.update(re.findall(r'ref\.func ' + NAME, line))
                refs.update(re.findall(r'\(start ' + NAME, line))
            continue
        if cur is not None:
            if re.search(r'\((?:return_)?call_ref |\(table\.(?:get|set|init|copy) ', line):
                die(f'{line.strip()[:80]}: not understood by the call graph here (function references)')
            for m in re.finditer(r'\((?:return_)?call ' + NAME, line):
                cur['calls'].add(m.group(1))
            for m in re.finditer(r'\((?:return_)?call_indirect (?:\$\S+ )?\(type \$(\S+?)\)', line):
                if m.group(1) not in types:
                    die(f'call_indirect of an unknown type: {line.strip()}')
                cur['indirect'].add(types[m.group(1)])
            for m in re.finditer(r'ref\.func ' + NAME, line):
                cur['calls'].add(m.group(1))
    return funcs, exports, refs, table


def origins(mapfile, link_dir, nm, imported):
    """The object file of each function of the linked module, by the name Binaryen gives it
    (wasm-ld's map lists the functions in index order; Binaryen keeps the first of a
    duplicated name and renames the others name_<index>), whether its symbol is static,
    and the objects with global initialised data (a function pointer in it could be read
    from anywhere)."""
    lines = open(mapfile).read().splitlines()
    start = next(i for i, l in enumerate(lines) if re.search(r'\sCODE$', l))
    seen, where = set(imported), {}
    index = len(imported)
    for line in lines[start + 1:]:
        m = re.search(r'\s(\S+):\((.+)\)$', line)
        if not m:
            if re.search(r'\s[A-Z]+$', line) and not line.rstrip().endswith(')'):
                break  # the next section
            continue
        obj, name = m.groups()
        final = name if name not in seen else f'{name}_{index}'
        seen.add(final)
        where[final] = (obj, name)
        index += 1
    static, global_data = set(), set()
    for path in sorted({re.sub(r'\(.*\)$', '', o) for o, _ in where.values() if not o.startswith('<')}):
        full = os.path.join(link_dir, path)
        if path.endswith('.a') or path.endswith('.o'):
            out = subprocess.run([nm, full], check=True, capture_output=True, text=True).stdout
            member = path
            for line in out.splitlines():
                if line.endswith(':') and not line.startswith(' '):
                    member = f'{path}({line[:-1]})' if path.endswith('.a') else path
                    continue
                parts = line.split()
                if len(parts) == 3 and parts[1] == 't':
                    static.add((member, parts[2]))
                elif len(parts) == 3 and parts[1] in 'DR':
                    global_data.add(member)
    return where, static, global_data


def safe_table(funcs, roots, table, where, static, global_data):
    """Table functions that only split code can have taken the address of: static in an
    object file that has no global initialised data and none of whose functions stays in
    the primary (a pointer to such a function exists only once split code has run, i.e.
    after the secondary is loaded). The largest such set (iterated to a fixed point). Not
    seen here: a function of that file inlined by wasm-opt into a kept one (the
    placeholder's Error would say so at run time)."""
    by_obj = defaultdict(set)
    for f, (obj, _) in where.items():
        by_obj[obj].add(f)
    safe = {f for f in set(table) if f in where and where[f] in static and where[f][0] not in global_data}
    while True:
        keep, parent = reachable(funcs, roots, [f for f in table if f not in safe])
        ok = {f for f in safe if not by_obj[where[f][0]] & keep}
        if ok == safe:
            return keep, parent, safe
        safe = ok


def reachable(funcs, roots, table):
    by_type = defaultdict(set)
    for f in table:
        if f in funcs:
            by_type[funcs[f]['type']].add(f)
    seen, parent, todo = set(), {}, list(roots)
    for r in roots:
        parent[r] = None
    while todo:
        f = todo.pop()
        if f in seen or f not in funcs:
            continue
        seen.add(f)
        nxt = set(funcs[f]['calls'])
        for t in funcs[f]['indirect']:
            nxt |= by_type[t]
        for g in nxt:
            if g not in seen:
                parent.setdefault(g, f)
                todo.append(g)
    return seen, parent


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--wasm', required=True)
    ap.add_argument('--glue', required=True)
    ap.add_argument('--js', required=True)
    ap.add_argument('--binaryen', required=True)
    ap.add_argument('--nm', required=True)
    ap.add_argument('--map', required=True, help="wasm-ld's map file of the link (-Wl,-Map=)")
    ap.add_argument('--link-dir', required=True, help='the directory the link ran in')
    ap.add_argument('-m64', dest='m64', action='store_true')
    args, features = ap.parse_known_args()
    if args.m64:
        features.append('--enable-memory64')
    tool = lambda n: os.path.join(args.binaryen, n)
    base = os.path.basename(args.wasm)[:-len('.wasm')]
    io_file = f'{base}.io.wasm'
    out_dir = os.path.dirname(os.path.abspath(args.wasm))
    try:
        split(args, features, tool, base, io_file, out_dir)
    except BaseException:
        # a half-processed output must not look up to date: relink next time
        for f in (args.glue, args.wasm):
            if os.path.exists(f):
                os.remove(f)
        raise


def split(args, features, tool, base, io_file, out_dir):
    wat = subprocess.run([tool('wasm-dis'), args.wasm], check=True, capture_output=True, text=True).stdout
    funcs, exports, refs, table = parse(wat)
    io = io_exports(args.js)
    io_funcs = {f for f in exports.values() if f in io}
    if io_funcs != io:
        die(f'I/O exports not found in {args.wasm}: {sorted(io - io_funcs)} (linked without --profiling-funcs?)')
    roots = [f for f in exports.values() if f not in io] + sorted(refs)
    imported = re.findall(r'^ \(import "[^"]*" "[^"]*" \(func ' + NAME, wat, re.M)
    keep, parent, safe = safe_table(funcs, roots, table, *origins(args.map, args.link_dir, args.nm, imported))
    for f in sorted(io & keep):
        path = [f]
        while parent.get(path[-1]):
            path.append(parent[path[-1]])
        die(f'the I/O export {f} is reachable from the rest of the module: {" <- ".join(path)}')
    moved = sorted(f for f in funcs if f not in keep and not f.startswith('"'))
    with open(os.path.join(out_dir, f'{base}.io.txt'), 'w') as f:  # for inspection
        f.write('\n'.join(moved) + '\n')
    with tempfile.TemporaryDirectory() as tmp:
        lst = os.path.join(tmp, 'split.txt')
        open(lst, 'w').write('\n'.join(moved) + '\n')
        p1, p2 = os.path.join(tmp, 'p.wasm'), os.path.join(tmp, 's.wasm')
        subprocess.run([tool('wasm-split'), args.wasm, *features, f'--split-funcs=@{lst}', '--export-prefix=%',
                        '--placeholder-namespace=vbio', '-o1', p1, '-o2', p2], check=True)
        primary = subprocess.run([tool('wasm-dis'), p1], check=True, capture_output=True, text=True).stdout
        mods = set(re.findall(r'^ \(import "([^"]*)"', primary, re.M)) - {'a', 'env', 'wasi_snapshot_preview1'}
        if len(mods) != 1:
            die(f'expected one placeholder import module, got {sorted(mods)}')
        ns = mods.pop()
        secondary_mods = set(re.findall(r'^ \(import "([^"]*)"', subprocess.run(
            [tool('wasm-dis'), p2], check=True, capture_output=True, text=True).stdout, re.M))
        if secondary_mods != {'primary'}:
            die(f'the secondary imports from {sorted(secondary_mods)}, expected only "primary"')
        for src, dst in ((p1, args.wasm + '.tmp'), (p2, os.path.join(out_dir, io_file))):
            subprocess.run([tool('wasm-opt'), src, *features, '-Oz', '--strip-debug', '--strip-producers',
                            '-o', dst], check=True)
    patch_glue(args.glue, base, io_file, ns)
    os.replace(args.wasm + '.tmp', args.wasm)
    print(f'split.py: {len(moved)} of {len(funcs)} functions into {io_file} ({len(safe)} of them in the table)')


def sub1(src, pattern, repl, what):
    out, n = re.subn(pattern, repl, src)
    if n != 1:
        die(f'the glue has {n} {what} (expected 1): Emscripten changed, update split.py')
    return out


def patch_glue(glue, base, io_file, ns):
    src = open(glue).read()
    if 'vbIO' in src:
        die(f'{glue} is patched already')
    msg = (f'vtkbuf: the file I/O code ({io_file}) is not loaded: read() and write() load it '
           f'(placeholder ${{i}} called)')
    src = sub1(src, r'var imports=\{a:wasmImports\}',
               'var imports={a:wasmImports,"%s":new Proxy({},{get:(_,i)=>()=>{throw new Error(`%s`)}})}'
               % (ns, msg), 'import objects')
    src = sub1(src, r'(function findWasmBinary\(\)\{if\(Module\["locateFile"\]\)\{return locateFile\(")'
               + re.escape(base) + r'\.wasm("\)\}return new URL\(")' + re.escape(base)
               + r'\.wasm(",import\.meta\.url\)\.href\})',
               lambda m: m.group(0) + 'function findIOBinary(){if(Module["locateFile"]){return locateFile("'
               + io_file + '")}return new URL("' + io_file + '",import.meta.url).href}', 'findWasmBinary')
    src = sub1(src, r'function receiveInstance\(instance\)\{wasmExports=instance\.exports;',
               lambda m: m.group(0) + 'Module["vbIO"]={exports:wasmExports,file:findIOBinary};', 'receiveInstance')
    with open(glue + '.tmp', 'w') as f:
        f.write(src)
    os.replace(glue + '.tmp', glue)


if __name__ == '__main__':
    main()
