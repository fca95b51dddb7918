#!/usr/bin/env python3
"""Download one sdist from PyPI's simple index (JSON form) and verify its sha256.

`pip download --no-binary` cannot be used for numpy: it insists on building the
package's metadata on the host. usage: fetch_sdist.py NAME VERSION DEST_DIR
"""
import hashlib, json, os, sys, urllib.request

name, version, dest = sys.argv[1:4]
index = os.environ.get("PIP_INDEX_URL", "https://pypi.org/simple").rstrip("/")
req = urllib.request.Request(f"{index}/{name}/", headers={"Accept": "application/vnd.pypi.simple.v1+json"})
files = json.load(urllib.request.urlopen(req, timeout=120))["files"]
want = f"{name}-{version}.tar.gz"
entry = next((f for f in files if f["filename"] == want), None)
if entry is None:
    sys.exit(f"fetch_sdist: {want} not on the index")
data = urllib.request.urlopen(entry["url"], timeout=600).read()
if hashlib.sha256(data).hexdigest() != entry["hashes"]["sha256"]:
    sys.exit(f"fetch_sdist: sha256 mismatch for {want}")
os.makedirs(dest, exist_ok=True)
with open(os.path.join(dest, want + ".part"), "wb") as f:
    f.write(data)
os.replace(os.path.join(dest, want + ".part"), os.path.join(dest, want))
print(os.path.join(dest, want))
