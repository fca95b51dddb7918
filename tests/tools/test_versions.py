"""The version pins live in versions.json; every other place agrees with it.

Readers (the build, the tools, the JS loader) take the pins from versions.json;
formats that need their own copy (package.json, package-lock.json, the two
pyproject.toml, vtkbuf.__version__, requirements-dev.txt) are checked here, and
every tracked file that spells a pinned version (a wheel name, "Pyodide X.Y.Z",
pyodide@X.Y.Z, numpy==X.Y.Z, the chroot's key, ...) must spell the pinned one."""
import json
import os
import re
import subprocess
import tomllib

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def read(*path):
    with open(os.path.join(ROOT, *path), encoding="utf-8") as f:
        return f.read()


V = {k: v for k, v in json.loads(read("versions.json")).items() if not k.startswith("_")}


def test_pins_are_there():
    assert set(V) == {"VTKBUF_VERSION", "PYODIDE_VERSION", "CPYTHON_TAG", "PY_ABI_TAG",
                      "NUMPY_VERSION", "VTK_VERSION", "SID_KEY"}
    assert all(isinstance(v, str) and v for v in V.values())


def test_formats_with_their_own_copy():
    pkg = json.loads(read("package.json"))
    assert pkg["version"] == V["VTKBUF_VERSION"]
    assert pkg["peerDependencies"]["pyodide"] == V["PYODIDE_VERSION"]
    assert pkg["devDependencies"]["pyodide"] == V["PYODIDE_VERSION"]
    lock = json.loads(read("package-lock.json"))
    assert lock["version"] == lock["packages"][""]["version"] == V["VTKBUF_VERSION"]
    assert lock["packages"]["node_modules/pyodide"]["version"] == V["PYODIDE_VERSION"]
    assert tomllib.loads(read("pyproject.toml"))["project"]["version"] == V["VTKBUF_VERSION"]
    compat = tomllib.loads(read("python", "compat", "pyproject.toml"))["project"]
    assert compat["version"] == V["VTKBUF_VERSION"]
    assert f"vtkbuf=={V['VTKBUF_VERSION']}" in compat["dependencies"]
    assert re.search(r'^__version__ = "([^"]+)"$', read("python", "vtkbuf", "__init__.py"),
                     re.M).group(1) == V["VTKBUF_VERSION"]
    assert re.search(r"^numpy==(\S+)$", read("requirements-dev.txt"), re.M).group(1) == V["NUMPY_VERSION"]


def test_generated_references_name_the_pinned_vtk():
    assert json.loads(read("tests", "data", "sphere_ref.json"))["vtk_version"] == V["VTK_VERSION"]
    assert f'#define SPHERE_REF_VTK_VERSION "{V["VTK_VERSION"]}"' in read("tests", "c", "data", "sphere_ref.h")


def test_the_readers_read_versions_json():
    assert "include build/versions.mk" in read("Makefile")
    assert 'eval "$(python3 "$VB_TOOLS/versions.py")"' in read("tools", "lib.sh")
    assert "string(JSON VB_VERSION GET" in read("CMakeLists.txt")
    assert "from '../versions.json'" in read("js", "pyodide.mjs")
    out = subprocess.run(["python3", os.path.join(ROOT, "tools", "versions.py")], check=True,
                         capture_output=True, text=True).stdout
    assert f"PYODIDE_VERSION={V['PYODIDE_VERSION']}" in out.splitlines()


# a pinned version as files spell it -> the value it must have
SPELLINGS = [
    (r"[Pp]yodide[ @-](\d+\.\d+\.\d+)", V["PYODIDE_VERSION"]),
    (r"pyemscripten_(\d{4}_\d+)_wasm32", re.match(r"pyemscripten_(\d{4}_\d+)_wasm32", V["PY_ABI_TAG"]).group(1)),
    (r"[Nn]um[Pp]y(?:==| |-)(\d+\.\d+\.\d+)", V["NUMPY_VERSION"]),
    (r"\bsid-emscripten-(\d+)", V["SID_KEY"].rsplit("-", 1)[1]),
    (r"\bvtkbuf(?:_vtkmodules)?-(\d+\.\d+\.\d+)-", V["VTKBUF_VERSION"]),
    (r"\bvtk==(\d+\.\d+\.\d+)", V["VTK_VERSION"]),
]


def test_every_tracked_file_spells_the_pinned_versions():
    files = subprocess.run(["git", "ls-files"], cwd=ROOT, check=True, capture_output=True,
                           text=True).stdout.split()
    wrong, seen = [], 0
    for name in files:
        if name in ("versions.json", "package-lock.json"):
            continue
        try:
            text = read(name)
        except (UnicodeDecodeError, FileNotFoundError, IsADirectoryError):
            continue
        for n, line in enumerate(text.splitlines(), 1):
            if "WRONG_ABI" in line or "pyemscripten_2025_0|" in line:  # a deliberately wrong ABI (tests/pyodide)
                continue
            for pattern, want in SPELLINGS:
                for got in re.findall(pattern, line):
                    seen += 1
                    if got != want:
                        wrong.append(f"{name}:{n}: {got} (versions.json: {want})")
    assert wrong == []
    assert seen > 20  # the scan sees the copies (sanity)


def test_build_backends_pinned_once_per_format():
    """pyproject.toml's build backends (pip's isolated builds) are the ones
    requirements-dev.txt installs into .venv for `make native`."""
    dev = dict(l.split("==") for l in read("requirements-dev.txt").splitlines() if "==" in l and not l.startswith("#"))
    for project in (("pyproject.toml",), ("python", "compat", "pyproject.toml")):
        for req in tomllib.loads(read(*project))["build-system"]["requires"]:
            name, version = req.split("==")
            assert dev.get(name) == version, (project, req)
