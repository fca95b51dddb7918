"""Where this suite runs, and whether the extension agrees with the interpreter's ABI."""
import struct
import sys
import sysconfig

import numpy as np

import vtkbuf
from vtkbuf import _vtkbuf


def test_extension_was_built_for_this_platform(expect_platform):
    # make test passes --expect-platform (linux natively, emscripten inside Pyodide)
    assert _vtkbuf.__file__.endswith(sysconfig.get_config_var("EXT_SUFFIX"))
    if expect_platform is not None:
        assert sys.platform == expect_platform
    if sys.platform == "emscripten":
        assert _vtkbuf.__file__.endswith(".cpython-314-wasm32-emscripten.so")


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


def test_docstrings_native_only():
    # VBPY_DOC (python/src/vbpy.h): the extension's docstrings are kept natively and
    # left out of the Pyodide side module (the wheel's size, docs/python.md)
    docs = [vtkbuf.vtkPoints.InsertNextPoint.__doc__, vtkbuf.vtkDataArray.__doc__,
            vtkbuf.vtkCellArray.InsertNextCell.__doc__, vtkbuf.vtkPointData.__doc__]
    if sys.platform == "emscripten":
        assert docs == [None] * 4
    else:
        assert all(isinstance(d, str) and d for d in docs), docs
