"""Python-only bad input: each case raises a clear Python exception (its message
checked) and leaves the object unchanged.

The cases every language shares (negative and huge counts, indexes past the end,
NaN/inf, wrong component counts, foreign memory too short, deleted objects,
re-entrant calls) are rows of tests/data/bad_input.tsv, run by
test_bad_input_table.py (and by C and Jest).  Here: what only Python has - call
shapes (argument counts, sequences vs scalars), the buffer protocol and DLPack,
observers' Python arguments, templates, numpy_support.
"""
import numpy as np
import pytest

import vtkbuf
from vtkbuf import numpy_support as ns
from vtkbuf import (vtkBuffer, vtkCommand, vtkDataArray, vtkFloatArray, vtkIntArray,
                    vtkScaledSOADataArrayTemplate, vtkSOADataArrayTemplate)


def _aos():
    a = vtkFloatArray()
    a.SetNumberOfComponents(3)
    for i in range(4):
        a.InsertNextTuple((i, i + 0.5, -i))
    return a


def _soa():
    s = vtkSOADataArrayTemplate["float64"]()
    s.SetNumberOfComponents(2)
    s.SetNumberOfTuples(3)
    s.SetTuple(1, (1, 2))
    return s


def _scaled():
    s = vtkScaledSOADataArrayTemplate["float32"]()
    s.SetScale(2.0)
    s.SetNumberOfValues(3)
    return s


def _int():
    a = vtkIntArray()
    a.InsertNextValue(5)
    return a


def _snapshot(o):
    if isinstance(o, vtkDataArray):
        vals = [o.GetTuple(t) for t in range(o.GetNumberOfTuples())]
        return (o.GetNumberOfComponents(), o.GetNumberOfTuples(), o.GetSize(), o.GetMTime(),
                o.GetScale(), o.GetName(), vals, o.HasObserver(vtkCommand.AnyEvent))
    return (o.GetNumberOfElements(), o.GetVoidBuffer(), o.GetMTime(), bytes(memoryview(o)))


def _buf():
    b = vtkBuffer["float64"]()
    b.Allocate(3)
    return b


NOOP = lambda: None  # noqa: E731

# name: (factory of the object, the call, expected exception, message fragment)
CASES = {
    "SetComponent negative comp": (_aos, lambda a: a.SetComponent(0, -2, 1.0), IndexError, "component"),
    "SetValue wrong count": (_aos, lambda a: a.SetValue(0), TypeError, "argument"),
    "InsertNextValue None": (_aos, lambda a: a.InsertNextValue(None), TypeError, "real number"),
    "InsertNextTuple two scalars": (_aos, lambda a: a.InsertNextTuple(1, 2), ValueError, "3 numbers"),
    "InsertNextTuple string": (_aos, lambda a: a.InsertNextTuple("abc"), TypeError, "sequence"),
    "InsertNextTuple bad element": (_aos, lambda a: a.InsertNextTuple((1, None, 3)), TypeError, "real number"),
    "InsertNextTuple no args": (_aos, lambda a: a.InsertNextTuple(), TypeError, "tuple"),
    "InsertNextTuple3 wrong count": (_aos, lambda a: a.InsertNextTuple3(1, 2), TypeError, "argument"),
    "GetTuple2 on 3 components": (_aos, lambda a: a.GetTuple2(0), ValueError, "components"),
    "GetTuple float index": (_aos, lambda a: a.GetTuple(1.5), TypeError, "integer"),
    "InsertNextTuple source mismatch": (_aos, lambda a: a.InsertNextTuple(0, vtkFloatArray()), ValueError, "components"),
    "DeepCopy of a buffer": (_aos, lambda a: a.DeepCopy(vtkBuffer["float32"]()), TypeError, "vtkDataArray"),
    "ShallowCopy None": (_aos, lambda a: a.ShallowCopy(None), TypeError, "vtkDataArray"),
    "GetComponentBuffer on AOS": (_aos, lambda a: a.GetComponentBuffer(0), TypeError, "single buffer"),
    "GetComponentBuffer bad comp": (_soa, lambda s: s.GetComponentBuffer(5), IndexError, "component"),
    "GetBuffer on SOA": (_soa, lambda s: s.GetBuffer(), TypeError, "one buffer per component"),
    "SOA export": (_soa, lambda s: memoryview(s), BufferError, "GetComponentBuffer"),
    "SetBuffer not a buffer": (_aos, lambda a: a.SetBuffer(np.zeros(3)), TypeError, "vtkBuffer"),
    "SetArray wrong dtype": (_aos, lambda a: a.SetArray(np.arange(3, dtype=np.int32), 3, 1), ValueError, "element type"),
    "SetArray non-contiguous": (_aos, lambda a: a.SetArray(np.zeros(6, np.float32)[::2], 3, 1), ValueError, "contiguous"),
    "SetArray size too big": (_aos, lambda a: a.SetArray(np.zeros(3, np.float32), 10, 1), ValueError, "do not fit"),
    "SetArray read-only": (_aos, lambda a: a.SetArray(b"abcd", 1, 1), TypeError, "writable"),
    "SetArray not a buffer": (_aos, lambda a: a.SetArray([1.0, 2.0], 2, 1), TypeError, "buffer protocol"),
    "SOA SetArray bad comp": (_soa, lambda s: s.SetArray(7, np.zeros(3), 3, True, True), IndexError, "component"),
    "AddObserver not callable": (_aos, lambda a: a.AddObserver(vtkCommand.BufferChangedEvent, 42), TypeError, "callable"),
    "AddObserver one argument": (_aos, lambda a: a.AddObserver(33), TypeError, "arguments"),
    "RemoveObserver string": (_aos, lambda a: a.RemoveObserver("x"), TypeError, "id"),
    "AddObserver negative event": (_aos, lambda a: a.AddObserver(-1, NOOP), OverflowError, ""),
    "InvokeEvent list calldata": (_aos, lambda a: a.InvokeEvent(33, [1]), TypeError, "call data"),
    "UnRegister without Register": (_aos, lambda a: a.UnRegister(None), ValueError, "Register"),
    "SetScale zero": (_scaled, lambda s: s.SetScale(0), ValueError, "scale"),
    "SetScale on AOS": (_aos, lambda a: a.SetScale(2.0), TypeError, "scale"),
    "scaled export": (_scaled, lambda s: memoryview(s), BufferError, "scaled"),
    "SetName int": (_aos, lambda a: a.SetName(5), TypeError, "str"),
    "IsA non-string": (_aos, lambda a: a.IsA(3), TypeError, "class name"),
    "buffer Reallocate str": (_buf, lambda b: b.Reallocate("9"), TypeError, "integer"),
    "buffer dlpack stream": (_buf, lambda b: b.__dlpack__(stream=3), BufferError, "stream"),
    "buffer dlpack positional": (_buf, lambda b: b.__dlpack__(None), TypeError, "keyword"),
    "buffer dlpack GPU device": (_buf, lambda b: b.__dlpack__(dl_device=(2, 0)), BufferError, "CPU"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_bad_call_raises_and_leaves_object_unchanged(name):
    factory, call, exc, fragment = CASES[name]
    obj = factory()
    before = _snapshot(obj)
    with pytest.raises(exc) as info:
        call(obj)
    assert fragment.lower() in str(info.value).lower(), str(info.value)
    assert _snapshot(obj) == before


# Module-level functions: a clear exception and the input numpy array untouched.
NP_CASES = {
    "numpy_to_vtk bit array from text": (lambda: np.array(["a"]), lambda z: ns.numpy_to_vtk(z, array_type=vtkbuf.VTK_BIT), TypeError, "suitable"),
    "vtkBitArray SetArray float64": (lambda: np.zeros(2), lambda z: vtkbuf.vtkBitArray().SetArray(z, 8, 1), ValueError, "element size"),
    "numpy_to_vtk complex": (lambda: np.ones(3, np.complex128), lambda z: ns.numpy_to_vtk(z), TypeError, "complex"),
    "numpy_to_vtk object": (lambda: np.array([1, "a"], dtype=object), lambda z: ns.numpy_to_vtk(z), TypeError, "suitable"),
    "numpy_to_vtk bool": (lambda: np.ones(3, bool), lambda z: ns.numpy_to_vtk(z), TypeError, "suitable"),
    "numpy_to_vtk float16": (lambda: np.ones(3, np.float16), lambda z: ns.numpy_to_vtk(z), TypeError, "suitable"),
    "numpy_to_vtk 3-D": (lambda: np.ones((2, 2, 2)), lambda z: ns.numpy_to_vtk(z), ValueError, "dimensionality"),
    "numpy_to_vtk 0-D": (lambda: np.float64(3.0), lambda z: ns.numpy_to_vtk(z), ValueError, "dimensionality"),
    "numpy_to_vtk zero columns": (lambda: np.ones((3, 0)), lambda z: ns.numpy_to_vtk(z), ValueError, "column"),
    "numpy_to_vtk unknown array_type": (lambda: np.ones(3), lambda z: ns.numpy_to_vtk(z, array_type=99), ValueError, "type"),
    "numpy_to_vtk VTK object": (lambda: np.ones(3), lambda z: ns.numpy_to_vtk(vtkFloatArray()), TypeError, "numpy array"),
    "numpy_to_vtkIdTypeArray int32": (lambda: np.ones(3, np.int32), lambda z: ns.numpy_to_vtkIdTypeArray(z), ValueError, "int64"),
    "vtk_to_numpy of ndarray": (lambda: np.ones(3), lambda z: ns.vtk_to_numpy(z), TypeError, "VTK data array"),
    "vtk_soa_to_numpy of AOS": (lambda: np.ones(3), lambda z: ns.vtk_soa_to_numpy(vtkFloatArray()), TypeError, "vtkSOADataArrayTemplate"),
    "numpy_to_vtk_soa mixed lengths": (lambda: np.ones(3), lambda z: ns.numpy_to_vtk_soa([z, np.ones(4)]), ValueError, "length"),
    "numpy_to_vtk_soa mixed dtypes": (lambda: np.ones(3), lambda z: ns.numpy_to_vtk_soa([z, np.ones(3, np.float32)]), ValueError, "dtype"),
    "numpy_to_vtk_soa empty": (lambda: np.ones(3), lambda z: ns.numpy_to_vtk_soa([]), ValueError, "non-empty"),
    "get_vtk_array_type complex": (lambda: np.ones(3), lambda z: ns.get_vtk_array_type(np.complex64), TypeError, "suitable"),
    "get_numpy_array_type unknown": (lambda: np.ones(3), lambda z: ns.get_numpy_array_type(999), ValueError, "unknown"),
    "create_vtk_array unknown": (lambda: np.ones(3), lambda z: ns.create_vtk_array(999), ValueError, "no VTK array class"),
    "create_vtk_array str": (lambda: np.ones(3), lambda z: ns.create_vtk_array("float"), TypeError, "int"),
    "template unknown key": (lambda: np.ones(3), lambda z: vtkBuffer["nope"], ValueError, "unknown"),
    "template complex key": (lambda: np.ones(3), lambda z: vtkSOADataArrayTemplate[np.complex128], ValueError, "unsupported"),
    "template int key": (lambda: np.ones(3), lambda z: vtkBuffer[3], TypeError, "key"),
    # VTK 9.7: vtkFloatArray(5) is the NumPy mixin's initial data ([5.]); char arrays have no mixin
    "class with an unknown keyword": (lambda: np.ones(3), lambda z: vtkbuf.vtkCharArray(bogus=5), TypeError, "keyword"),
    # VTK 9.7.1: a read-only property as a keyword is its AttributeError "not writable"
    "class with a read-only keyword": (lambda: np.ones(3), lambda z: vtkbuf.vtkCharArray(size=5), AttributeError, "not writable"),
    "abstract vtkDataArray": (lambda: np.ones(3), lambda z: vtkDataArray(), TypeError, "abstract"),
}


@pytest.mark.parametrize("name", sorted(NP_CASES))
def test_bad_module_input(name):
    make, call, exc, fragment = NP_CASES[name]
    z = make()
    before = np.array(z, copy=True)
    with pytest.raises(exc) as info:
        call(z)
    assert fragment.lower() in str(info.value).lower(), str(info.value)
    assert np.array_equal(np.asarray(z), before) and np.asarray(z).dtype == before.dtype


def test_enough_bad_input_cases():
    assert len(CASES) + len(NP_CASES) >= 25  # besides the shared table's rows


def test_objects_outlive_their_owners_no_deleted_state():
    # Python wrapping exposes no explicit Delete(): an object lives while referenced,
    # so a buffer obtained from an array stays fully usable after the array is gone.
    a = _aos()
    buf = a.GetBuffer()
    del a
    assert buf.GetNumberOfElements() >= 12 and np.asarray(buf)[1] == 0.5
    assert not hasattr(vtkbuf.vtkFloatArray, "Delete")
