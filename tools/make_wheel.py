#!/usr/bin/env python3
"""Pack a wheel from a package directory (+ an optional compiled extension).

Stages the files and a dist-info (METADATA, WHEEL), then lets the standard
`wheel pack` command write the archive and its RECORD (sha256 rows).

usage: make_wheel.py --name N --version V --tag PY-ABI-PLAT --pkg DIR [--ext FILE]
                     [--requires REQ]... --out DIR
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

p = argparse.ArgumentParser()
p.add_argument("--name", required=True)
p.add_argument("--version", required=True)
p.add_argument("--tag", required=True)
p.add_argument("--pkg", required=True, help="package directory copied as top-level package")
p.add_argument("--ext", action="append", default=[], help="compiled module placed inside the package")
p.add_argument("--requires", action="append", default=[])
p.add_argument("--summary", default="")
p.add_argument("--out", required=True)
a = p.parse_args()

dist = re.sub(r"[-_.]+", "_", a.name).lower()
pure = a.tag.endswith("-none-any")
with tempfile.TemporaryDirectory() as tmp:
    stage = os.path.join(tmp, f"{dist}-{a.version}")
    pkg = os.path.join(stage, os.path.basename(os.path.normpath(a.pkg)))
    shutil.copytree(a.pkg, pkg, ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "*.so"))
    for ext in a.ext:
        shutil.copy2(ext, pkg)
    info = os.path.join(stage, f"{dist}-{a.version}.dist-info")
    os.makedirs(info)
    with open(os.path.join(info, "METADATA"), "w") as f:
        f.write(f"Metadata-Version: 2.1\nName: {a.name}\nVersion: {a.version}\n")
        f.write(f"Summary: {a.summary}\nLicense: BSD-3-Clause\n")
        for r in a.requires:
            f.write(f"Requires-Dist: {r}\n")
    with open(os.path.join(info, "WHEEL"), "w") as f:
        f.write("Wheel-Version: 1.0\nGenerator: vtkbuf make_wheel.py\n")
        f.write(f"Root-Is-Purelib: {'true' if pure else 'false'}\nTag: {a.tag}\n")
    os.makedirs(a.out, exist_ok=True)
    subprocess.run([sys.executable, "-m", "wheel", "pack", stage, "-d", a.out], check=True,
                   stdout=subprocess.DEVNULL)
print(os.path.join(a.out, f"{dist}-{a.version}-{a.tag}.whl"))
