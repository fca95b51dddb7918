"""Provisioning steps: a failure names the step and a remedy, leaves no completion
stamp, and the next run redoes the step instead of trusting partial output."""
import os
import pathlib
import subprocess

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
TOOLS = ROOT / "tools"


def run(script, cache, **env):
    e = {**os.environ, "VTKBUF_CACHE": str(cache), **env}
    return subprocess.run([str(TOOLS / script)], env=e, capture_output=True, text=True, timeout=300)


def test_failed_download_names_step_and_leaves_no_stamp(tmp_path):
    # An index nobody listens on: pip fails fast.
    r = run("provision-pywheels", tmp_path, PIP_INDEX_URL="http://127.0.0.1:9/simple",
            PIP_FIND_LINKS="", PIP_DEFAULT_TIMEOUT="2", PIP_RETRIES="0")
    assert r.returncode != 0
    assert 'FAILED step "pyodide-wheels"' in r.stderr
    assert "PyPI" in r.stderr  # the remedy
    assert not list(tmp_path.glob("*/.vtkbuf-complete"))


def test_half_finished_step_is_redone(tmp_path):
    # Simulate an interrupted earlier run: the output dir exists, with a partial
    # file but without the completion stamp. The step must not trust it.
    r = run("provision-pywheels", tmp_path)
    assert r.returncode == 0, r.stderr
    (out,) = [p for p in tmp_path.iterdir() if p.name.startswith("pyodide-purewheels-")]
    stamp = out / ".vtkbuf-complete"
    assert stamp.exists()
    wheels = sorted(p.name for p in out.glob("*.whl"))
    assert any(w.startswith("pytest-") for w in wheels)
    stamp.unlink()
    for w in out.glob("*.whl"):
        w.write_bytes(b"truncated")
    r = run("provision-pywheels", tmp_path)
    assert r.returncode == 0, r.stderr
    assert stamp.exists()
    assert sorted(p.name for p in out.glob("*.whl")) == wheels
    assert all(p.stat().st_size > 1000 for p in out.glob("*.whl"))


def test_completed_step_is_not_redone(tmp_path):
    r = run("provision-pywheels", tmp_path)
    assert r.returncode == 0, r.stderr
    (out,) = [p for p in tmp_path.iterdir() if p.name.startswith("pyodide-purewheels-")]
    marker = out / "marker"
    marker.write_text("kept")
    r = run("provision-pywheels", tmp_path, PIP_INDEX_URL="http://127.0.0.1:9/simple")
    assert r.returncode == 0 and marker.exists()


def test_pyconfig_generator_rejects_unknown_underscore_key(tmp_path):
    # A new "_" key in a future pyconfig.h must stop generation, not be guessed.
    host = tmp_path / "pyconfig.h"
    host.write_text("#define _VB_NEW_KEY 1\n")
    stdlib = ROOT / "node_modules/pyodide/python_stdlib.zip"
    r = subprocess.run(["python3", str(TOOLS / "gen_pyconfig.py"), str(host), str(stdlib), str(tmp_path)],
                       capture_output=True, text=True)
    assert r.returncode != 0 and "_VB_NEW_KEY" in (r.stderr + r.stdout)
