#!/usr/bin/env python3
"""Write a pyodide-lock.json listing exactly the given wheels (and nothing else), each
entry taken from the wheel itself: name, version, `depends` from its Requires-Dist
(markers evaluated for Pyodide; extras dropped), `imports` from its top-level
packages/modules, and the sha256 of the file as it will be served (browsers check it
as SRI `integrity`). Every dependency must be among the wheels: the lock is closed.

usage: make_lock.py --base PYODIDE/pyodide-lock.json --out LOCK.json
                    [--prefix URL-PREFIX] [--omit NAME]... WHEEL...
--omit NAME drops NAME from every entry's depends (a package with no Python use in the
kernel, e.g. ipywidgets' lab/notebook extension packages).
`info` (Python version, ABI) comes from the base lock; file_name = prefix + basename.
"""
import argparse
import hashlib
import json
import os
import re
import sys
import zipfile
from email.parser import HeaderParser

from packaging.markers import default_environment
from packaging.requirements import Requirement


def canon(name):
    return re.sub(r"[-_.]+", "-", name).lower()


def entry(path, env):
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        (meta,) = [n for n in names if n.count("/") == 1 and n.endswith(".dist-info/METADATA")]
        msg = HeaderParser().parsestr(z.read(meta).decode("utf-8"))
    deps = []
    for r in msg.get_all("Requires-Dist") or []:
        req = Requirement(r)
        if req.marker is None or req.marker.evaluate({**env, "extra": ""}):
            deps.append(canon(req.name))
    tops = set()
    for n in names:
        top = n.split("/")[0]
        if top.endswith((".dist-info", ".data")):
            continue
        if "/" in n:
            tops.add(top)
        elif n.endswith(".py"):
            tops.add(n[:-3])
        elif n.endswith(".so"):
            tops.add(n.split(".")[0])
    with open(path, "rb") as f:
        sha = hashlib.sha256(f.read()).hexdigest()
    return canon(msg["Name"]), {
        "name": msg["Name"], "version": msg["Version"], "file_name": os.path.basename(path),
        "install_dir": "site", "sha256": sha, "package_type": "package",
        "imports": sorted(t for t in tops if t.isidentifier()), "depends": sorted(set(deps)),
        "unvendored_tests": False, "shared_library": False, "tool": {},
    }


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--base", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--prefix", default="")
    p.add_argument("--omit", action="append", default=[],
                   help="a dependency left out of every entry (front-end-only packages: no Python use)")
    p.add_argument("wheels", nargs="+")
    a = p.parse_args()
    with open(a.base) as f:
        base = json.load(f)
    info = base["info"]
    major, minor = info["python"].split(".")[:2]
    env = {**default_environment(), "python_version": f"{major}.{minor}",
           "python_full_version": info["python"], "sys_platform": "emscripten",
           "platform_system": "Emscripten", "platform_machine": "wasm32",
           "os_name": "posix", "implementation_name": "cpython",
           "platform_python_implementation": "CPython"}
    packages = {}
    for w in a.wheels:
        key, e = entry(w, env)
        if key in packages:
            sys.exit(f"make_lock: two wheels for {key}: {packages[key]['file_name']} and {e['file_name']}")
        e["file_name"] = a.prefix + e["file_name"]
        e["depends"] = [d for d in e["depends"] if d not in {canon(o) for o in a.omit}]
        packages[key] = e
    missing = {(k, d) for k, e in packages.items() for d in e["depends"] if d not in packages}
    if missing:
        sys.exit("make_lock: dependencies not among the wheels: "
                 + ", ".join(f"{k} needs {d}" for k, d in sorted(missing)))
    os.makedirs(os.path.dirname(os.path.abspath(a.out)), exist_ok=True)
    with open(a.out, "w") as f:
        json.dump({"info": info, "packages": dict(sorted(packages.items()))}, f, indent=1)
    print(f"{a.out}: {len(packages)} packages")


if __name__ == "__main__":
    main()
