"""Where this suite runs, and whether the extension agrees with the interpreter's ABI."""
import struct
import sys

import numpy as np
import pytest

import vtkbuf
from vtkbuf import _vtkbuf


def test_platform_is_the_expected_one(expect_platform):
    if expect_platform is None:
        pytest.skip("no --expect-platform given")
    assert sys.platform == expect_platform
    print(f"running on {sys.platform}, Python {sys.version.split()[0]}, numpy {np.__version__}")


def test_extension_abi_matches_interpreter():
    sizes = _vtkbuf._abi_sizes()
    assert sizes["PyObject"] == object.__basicsize__
    assert sizes["PyHeapTypeObject"] == type.__basicsize__
    assert sizes["long"] == struct.calcsize("l")
    assert sizes["void_p"] == struct.calcsize("P")
    assert sizes["size_t"] == struct.calcsize("N")
    if sys.platform == "emscripten":
        assert (sizes["Py_buffer"], sizes["long"], sizes["void_p"]) == (44, 4, 4)


def test_numpy_is_usable():
    a = np.arange(10, dtype=np.float64)
    assert float(a.sum()) == 45.0
    assert np.linalg.norm(np.array([3.0, 4.0])) == 5.0


def test_vtkbuf_does_not_install_vtkmodules_itself():
    # vtkmodules comes from the separate compat distribution.
    import importlib.metadata as md
    files = [str(f) for f in (md.files("vtkbuf") or [])]
    assert files, "vtkbuf distribution metadata not found"
    assert not any(f.startswith("vtkmodules") for f in files)
    assert vtkbuf.__version__
