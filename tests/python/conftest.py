import os
from collections import defaultdict

import pytest

# Under valgrind (`tools/run-tests python-valgrind`, not in make test's default run, where
# python-asan runs every case against the sanitized build) every test function runs, but a
# parametrized one with at most VALGRIND_CASES of its cases, evenly spread over them and
# always the same (the suite runs ~30x slower under memcheck); `make check-valgrind` sets
# VB_VALGRIND_FULL=1 and runs every case.
VALGRIND_CASES = 3


def pytest_addoption(parser):
    parser.addoption("--expect-platform", default=None,
                     help="assert sys.platform equals this (the Pyodide run passes 'emscripten')")
    parser.addoption("--expect-vtkbuf-dir", default=None,
                     help="refuse to run unless vtkbuf is imported from this directory "
                          "(make asan-python: the sanitized build, not .venv's)")


def pytest_sessionstart(session):
    want = session.config.getoption("--expect-vtkbuf-dir")
    if want:
        import vtkbuf
        got = os.path.dirname(os.path.abspath(vtkbuf.__file__))
        if got != os.path.abspath(want):
            raise pytest.UsageError(f"vtkbuf imported from {got}, expected {want}")


@pytest.fixture
def expect_platform(request):
    return request.config.getoption("--expect-platform")


def pytest_terminal_summary(terminalreporter):
    import platform
    import sys

    import numpy

    terminalreporter.write_line(
        f"vtkbuf suite ran on sys.platform={sys.platform} ({platform.machine() or 'wasm32'}), "
        f"Python {platform.python_version()}, numpy {numpy.__version__}")


def pytest_collection_modifyitems(config, items):
    if not os.environ.get("VB_UNDER_VALGRIND") or os.environ.get("VB_VALGRIND_FULL"):
        return
    groups = defaultdict(list)
    for item in items:
        groups[(item.path, item.originalname)].append(item)
    drop = set()
    for cases in groups.values():
        if len(cases) > VALGRIND_CASES:
            step = len(cases) / VALGRIND_CASES
            chosen = {int(i * step) for i in range(VALGRIND_CASES)}
            drop.update(id(c) for i, c in enumerate(cases) if i not in chosen)
    if drop:
        config.hook.pytest_deselected(items=[i for i in items if id(i) in drop])
        items[:] = [i for i in items if id(i) not in drop]
