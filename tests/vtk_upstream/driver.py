"""Run VTK's own Python tests (tests/vtk_upstream/files.txt) unmodified, in this
interpreter, with `vtkmodules` = whatever is importable (vtkbuf's compat package
in .venv and inside Pyodide; VTK 9.7.1 in the reference venv).

  python driver.py FILES_DIR [--list tests/vtk_upstream/files.txt] [--only NAME]

FILES_DIR holds the files by base name (tools/provision-vtk-tests fills it).
Each file runs as __main__ in a fresh namespace; it passes when it ends without
an exception and with exit status 0 (VTK's tests exit non-zero on failure).
Prints one line per file and ends with "N passed, N failed[, N skipped]".
"""
import contextlib
import hashlib
import importlib
import io
import os
import runpy
import sys
import traceback

HERE = os.path.dirname(os.path.abspath(__file__))


def read_list(path):
    """[(path, sha256, {option: value})] from the list file (requires=, not-on=)."""
    rows = []
    with open(path) as f:
        for line in f:
            line = line.split("#", 1)[0].split()
            if not line or line[0] == "commit":
                continue
            opt = dict(w.split("=", 1) for w in line[2:] if "=" in w)
            rows.append((line[0], line[1], opt))
    return rows


def missing(req):
    """None if the requirement module:attr.path is met, else a reason."""
    mod, _, attrs = req.partition(":")
    try:
        obj = importlib.import_module(f"vtkmodules.{mod}")
        for a in attrs.split("."):
            obj = getattr(obj, a)
    except (ImportError, AttributeError):
        return f"needs vtkmodules.{mod}.{attrs}"
    return None


def run_file(path):
    """(ok, output) of running one test file as __main__."""
    out = io.StringIO()
    ok = False
    cwd = os.getcwd()
    saved_argv = sys.argv
    sys.argv = [path]
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
            try:
                runpy.run_path(path, run_name="__main__")
                ok = True
            except SystemExit as e:
                ok = e.code in (None, 0)
                if not ok:
                    print(f"[exit status {e.code}]")
            except BaseException:
                traceback.print_exc()
    finally:
        sys.argv = saved_argv
        os.chdir(cwd)
    return ok, out.getvalue()


def main():
    args = sys.argv[1:]
    if not args:
        sys.exit(__doc__)
    files_dir = args.pop(0)
    lst = os.path.join(HERE, "files.txt")
    only = None
    while args:
        a = args.pop(0)
        if a == "--list":
            lst = args.pop(0)
        elif a == "--only":
            only = args.pop(0)
        else:
            sys.exit(f"driver.py: unknown argument {a!r}")
    passed = failed = skipped = 0
    for rel, sha, opt in read_list(lst):
        name = os.path.basename(rel)
        if only and only != name:
            continue
        reason = None  # requires=a:b[,c:d]: every one must be met
        for req in opt.get("requires", "").split(","):
            reason = reason or (missing(req) if req else None)
        if opt.get("not-on") == sys.platform:
            reason = f"not run on {sys.platform} (a difference listed in docs/python.md)"
        if reason:
            skipped += 1
            print(f"SKIP {name}: {reason}", flush=True)
            continue
        path = os.path.join(files_dir, name)
        try:
            with open(path, "rb") as f:
                data = f.read()
        except OSError as e:
            failed += 1
            print(f"FAIL {name}: not provisioned ({e}); run tools/provision-vtk-tests", flush=True)
            continue
        if hashlib.sha256(data).hexdigest() != sha:
            failed += 1
            print(f"FAIL {name}: sha256 differs from files.txt (not VTK's file)", flush=True)
            continue
        ok, output = run_file(path)
        tests = output.count(" PASSED") + output.count(" ... ok")
        if ok:
            passed += 1
            print(f"PASS {name}" + (f" ({tests} tests ok)" if tests else ""), flush=True)
        else:
            failed += 1
            print(f"FAIL {name}\n{output[-4000:]}", flush=True)
    print(f"{passed} passed, {failed} failed" + (f", {skipped} skipped" if skipped else ""))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
