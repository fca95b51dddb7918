import pytest


def pytest_addoption(parser):
    parser.addoption("--expect-platform", default=None,
                     help="assert sys.platform equals this (the Pyodide run passes 'emscripten')")


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
