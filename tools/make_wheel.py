#!/usr/bin/env python3
"""Pack a wheel from a package directory (+ an optional compiled extension), with the
core metadata of a pyproject.toml's [project] table (the same that `pip wheel` writes
through the project's build backend): summary, readme, license, Requires-Python,
Requires-Dist, project URLs, classifiers.

Stages the files and a dist-info (METADATA, WHEEL, licenses/), then lets the
standard `wheel pack` command write the archive and its RECORD (sha256 rows), and
deflates its members again with zopfli (requirements-dev.txt; still deflate, any
unzip reads it): the Pyodide wheel is a download, zopfli makes it 6.3 KB (5 %)
smaller than zlib at level 9, which is 390 B smaller than wheel pack's level 6.
With --lzma, the package's large members (the extension and the bundled modules,
SUFFIXES) are compressed with LZMA instead (zip method 14, which Python's zipfile
reads wherever the lzma module exists: every Pyodide and CPython installer unpacks
wheels with zipfile): 20.6 KB (10.5 %) less for the Pyodide wheel than zopfli. The
dist-info and small members stay deflate, so metadata readers need nothing new.

usage: make_wheel.py --project PYPROJECT.toml --tag PY-ABI-PLAT --pkg DIR [--ext FILE]... [--module FILE.py]...
                     [--strip-docs] [--bundle] [--lzma] --out DIR
"""
import argparse
import ast
import os
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
import zipfile

import zopfli.zopfli


class _ZopfliDeflate:
    """zipfile's compressor interface (compress/flush) over zopfli: raw deflate of the
    whole member at flush (zopfli's zlib container without its 2-byte header and
    4-byte Adler-32 trailer)."""

    def __init__(self):
        self.parts = []

    def compress(self, data):
        self.parts.append(data)
        return b""

    def flush(self):
        return zopfli.zopfli.compress(b"".join(self.parts), numiterations=15)[2:-4]


LZMA_SUFFIXES = (".so", ".zip")  # --lzma: the extension module(s) and the bundle


def recompress(path, lzma_suffixes=()):
    """Deflate every member of the zip at `path` again with zopfli, or compress it with
    LZMA if its name ends with one of `lzma_suffixes`: same names, order, times and
    attributes (the contents, hence RECORD, are unchanged; checked)."""
    tmp = path + ".tmp"
    get = zipfile._get_compressor  # zipfile has no public hook for another deflater
    zipfile._get_compressor = lambda kind, level=None: _ZopfliDeflate() if kind == zipfile.ZIP_DEFLATED else get(kind, level)
    try:
        with zipfile.ZipFile(path) as src, zipfile.ZipFile(tmp, "w") as dst:
            for info in src.infolist():
                kind = zipfile.ZIP_LZMA if info.filename.endswith(lzma_suffixes) else zipfile.ZIP_DEFLATED
                dst.writestr(info, src.read(info), compress_type=kind)
    finally:
        zipfile._get_compressor = get
    with zipfile.ZipFile(path) as a, zipfile.ZipFile(tmp) as b:
        pairs = list(zip(a.infolist(), b.infolist()))
        if len(a.infolist()) != len(b.infolist()) or any(
                (x.filename, x.date_time, x.external_attr, a.read(x)) != (y.filename, y.date_time, y.external_attr, b.read(y))
                for x, y in pairs):
            sys.exit(f"make_wheel.py: recompressing {path} changed it")
    os.replace(tmp, path)


def metadata(project, root):
    """Core metadata 2.4 text for a [project] table (static fields only)."""
    rows = [("Metadata-Version", "2.4"), ("Name", project["name"]), ("Version", project["version"]),
            ("Summary", project["description"])]
    if project.get("keywords"):
        rows.append(("Keywords", ",".join(project["keywords"])))
    rows.append(("License-Expression", project["license"]))
    for lf in project.get("license-files", []):
        rows.append(("License-File", os.path.basename(lf)))
    rows += [("Classifier", c) for c in project.get("classifiers", [])]
    rows += [("Project-URL", f"{k}, {v}") for k, v in project.get("urls", {}).items()]
    if "requires-python" in project:
        rows.append(("Requires-Python", project["requires-python"]))
    rows += [("Requires-Dist", d) for d in project.get("dependencies", [])]
    body = ""
    if project.get("readme"):
        rows.append(("Description-Content-Type", "text/markdown"))
        with open(os.path.join(root, project["readme"]), encoding="utf-8") as f:
            body = "\n" + f.read()
    return "".join(f"{k}: {v}\n" for k, v in rows) + body


def strip_docs(path):
    """The module at `path` without docstrings and comments (ast round trip: the
    same code, Python's own printer).  For the Pyodide wheel, a download: its C
    extension has no docstrings there either (VBPY_DOC); tracebacks show the
    printed lines.  The pyodide suites run against the result."""
    with open(path, encoding="utf-8") as f:
        tree = ast.parse(f.read(), path)
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if (isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and body
                and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant)
                and isinstance(body[0].value.value, str)):
            node.body = body[1:] or [ast.Pass()]
    text = ast.unparse(tree)
    # one space per indentation level instead of ast.unparse's four (-0.8 KB in the
    # wheel): ast.unparse writes one statement per line and no string across lines,
    # so the leading spaces are indentation only; the same tree, checked
    small = "\n".join(" " * ((len(ln) - len(ln.lstrip(" "))) // 4) + ln.lstrip(" ") for ln in text.split("\n"))
    if ast.dump(ast.parse(small)) != ast.dump(tree):
        sys.exit(f"make_wheel.py: re-indenting {path} changed its code")
    with open(path, "w", encoding="utf-8") as f:
        f.write(small + "\n")


BUNDLE = "_py.zip"


def bundle(pkg):
    """The package's modules but __init__.py moved into one uncompressed zip in the
    package, `pkg/_py.zip`, which __init__.py's first statement appends to the
    package's __path__: Python's own zipimport loads them from there (same module
    names, source kept, so tracebacks show the lines; `__file__` is
    .../vtkbuf/_py.zip/<module>.py). For the Pyodide wheel, a download: the wheel's
    deflate then compresses all the modules as one stream instead of one member
    each, and the wheel has one zip entry and one RECORD row instead of 24
    (-10 KB)."""
    names = sorted(fn for fn in os.listdir(pkg) if fn.endswith(".py") and fn != "__init__.py")
    if any(os.path.isdir(os.path.join(pkg, d)) for d in os.listdir(pkg)):
        sys.exit("make_wheel.py: --bundle takes a package without subpackages")
    with zipfile.ZipFile(os.path.join(pkg, BUNDLE), "w", zipfile.ZIP_STORED) as z:
        for fn in names:
            with open(os.path.join(pkg, fn), "rb") as f:
                z.writestr(zipfile.ZipInfo(fn, (1980, 1, 1, 0, 0, 0)), f.read())
            os.remove(os.path.join(pkg, fn))
    init = os.path.join(pkg, "__init__.py")
    with open(init, encoding="utf-8") as f:
        text = f.read()
    tree = ast.parse(text)
    at = 0  # after the docstring and `from __future__` imports
    for node in tree.body:
        if (isinstance(node, ast.ImportFrom) and node.module == "__future__") or (
                node is tree.body[0] and isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)):
            at = node.end_lineno
        else:
            break
    lines = text.split("\n")
    lines.insert(at, f"__path__.append(__path__[0] + '/{BUNDLE}')")
    with open(init, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--project", required=True, help="pyproject.toml whose [project] gives the metadata")
    p.add_argument("--tag", required=True)
    p.add_argument("--pkg", required=True, help="package directory copied as top-level package")
    p.add_argument("--ext", action="append", default=[], help="compiled module placed inside the package")
    p.add_argument("--module", action="append", default=[], help="a top-level .py module beside the package")
    p.add_argument("--out", required=True)
    p.add_argument("--strip-docs", action="store_true", help="docstrings and comments out of the .py files")
    p.add_argument("--bundle", action="store_true", help="the package's modules but __init__.py in one zip (zipimport)")
    p.add_argument("--lzma", action="store_true", help=f"members ending with {' or '.join(LZMA_SUFFIXES)} compressed with LZMA")
    a = p.parse_args()

    with open(a.project, "rb") as f:
        project = tomllib.load(f)["project"]
    root = os.path.dirname(os.path.abspath(a.project))
    name, version = project["name"], project["version"]
    dist = re.sub(r"[-_.]+", "_", name).lower()
    pure = a.tag.endswith("-none-any")
    with tempfile.TemporaryDirectory() as tmp:
        stage = os.path.join(tmp, f"{dist}-{version}")
        pkg = os.path.join(stage, os.path.basename(os.path.normpath(a.pkg)))
        shutil.copytree(a.pkg, pkg, ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "*.so"))
        for ext in a.ext:
            shutil.copy2(ext, pkg)
        for mod in a.module:
            shutil.copy2(mod, stage)
        if a.strip_docs:
            for d, _, files in os.walk(stage):
                for fn in files:
                    if fn.endswith(".py"):
                        strip_docs(os.path.join(d, fn))
        if a.bundle:
            bundle(pkg)
        info = os.path.join(stage, f"{dist}-{version}.dist-info")
        os.makedirs(os.path.join(info, "licenses"))
        for lf in project.get("license-files", []):
            shutil.copy2(os.path.join(root, lf), os.path.join(info, "licenses", os.path.basename(lf)))
        with open(os.path.join(info, "METADATA"), "w", encoding="utf-8") as f:
            f.write(metadata(project, root))
        with open(os.path.join(info, "WHEEL"), "w") as f:
            f.write("Wheel-Version: 1.0\nGenerator: vtkbuf make_wheel.py\n")
            f.write(f"Root-Is-Purelib: {'true' if pure else 'false'}\nTag: {a.tag}\n")
        os.makedirs(a.out, exist_ok=True)
        # reproducible: the same inputs give the same bytes (zip times fixed), so
        # content-keyed caches (the site, lock files' sha256) stay valid
        env = {**os.environ, "SOURCE_DATE_EPOCH": os.environ.get("SOURCE_DATE_EPOCH", "315532800")}
        subprocess.run([sys.executable, "-m", "wheel", "pack", stage, "-d", a.out], check=True,
                       stdout=subprocess.DEVNULL, env=env)
    whl = os.path.join(a.out, f"{dist}-{version}-{a.tag}.whl")
    recompress(whl, LZMA_SUFFIXES if a.lzma else ())
    print(whl)


if __name__ == "__main__":
    main()
