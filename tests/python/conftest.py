import pytest


def pytest_addoption(parser):
    parser.addoption("--expect-platform", default=None,
                     help="assert sys.platform equals this (the Pyodide run passes 'emscripten')")


@pytest.fixture
def expect_platform(request):
    return request.config.getoption("--expect-platform")
