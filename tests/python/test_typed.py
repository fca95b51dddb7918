"""VTK 9.7's typed accessors on every array class (behaviour measured on VTK 9.7.1):
GetTypedComponent/SetTypedComponent, GetTypedTuple/SetTypedTuple, InsertTypedTuple,
InsertNextTypedTuple, InsertTypedComponent, ReserveValues/ReserveTuples, GetValueRange,
LookupValue. Bad input raises and leaves the array unchanged."""
import math

import numpy as np
import pytest

import vtkbuf
from vtkbuf import (vtkCharArray, vtkDoubleArray, vtkFloatArray, vtkIntArray, vtkLongLongArray,
                    vtkSOADataArrayTemplate, vtkScaledSOADataArrayTemplate,
                    vtkUnsignedCharArray, vtkUnsignedLongLongArray)

CLASSES = [vtkbuf.ARRAY_CLASSES[r["aos_class"]] for r in vtkbuf.TYPE_TABLE]
LAYOUTS = [lambda key: vtkbuf.vtkAOSDataArrayTemplate[key](),
           lambda key: vtkSOADataArrayTemplate[key](),
           lambda key: vtkScaledSOADataArrayTemplate[key]()]


def state(a):
    n = a.GetNumberOfComponents()
    return (a.GetNumberOfTuples(), a.GetSize(),
            [a.GetTuple(t) for t in range(a.GetNumberOfTuples())] if n else None)


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.__name__)
def test_typed_round_trip_every_class(cls):
    a = cls()
    a.SetNumberOfComponents(2)
    a.SetNumberOfTuples(3)
    v = "A" if cls is vtkCharArray else 100
    a.SetTypedComponent(1, 0, v)
    assert a.GetTypedComponent(1, 0) == v
    tup = ("x", "y") if cls is vtkCharArray else (5, 6)
    a.SetTypedTuple(2, tup)
    out = [None, None]
    assert a.GetTypedTuple(2, out) is None
    assert tuple(out) == tup
    assert a.InsertNextTypedTuple(tup) == 3
    a.InsertTypedTuple(5, list(tup))
    assert a.GetNumberOfTuples() == 6
    a.GetTypedTuple(5, out)
    assert tuple(out) == tup
    assert a.LookupValue(tup[1]) == 5


@pytest.mark.parametrize("make", LAYOUTS, ids=["aos", "soa", "scaled"])
def test_typed_accessors_every_layout(make):
    a = make("float64")
    a.SetNumberOfComponents(2)
    assert a.InsertNextTypedTuple((1, 2)) == 0
    assert a.GetTypedComponent(0, 1) == 2.0
    a.SetTypedComponent(0, 1, 7.5)
    assert a.GetTuple(0) == (1.0, 7.5)
    a.InsertTypedComponent(3, 1, 4)
    assert a.GetNumberOfTuples() == 4 and a.GetTypedComponent(3, 1) == 4.0
    assert a.LookupValue(7.5) == 1
    assert a.GetValueRange(1) == (0.0, 7.5)


def test_exact_64_bit():
    a = vtkLongLongArray()
    a.SetNumberOfComponents(1)
    a.InsertNextTypedTuple((2**62 + 1,))
    a.InsertNextTypedTuple([-5])
    assert a.GetTypedComponent(0, 0) == 2**62 + 1
    assert a.GetValueRange() == (-5, 2**62 + 1)
    assert a.LookupValue(2**62 + 1) == 0 and a.LookupValue(2**62) == -1
    u = vtkUnsignedLongLongArray()
    u.InsertNextTypedTuple((2**64 - 1,))
    assert u.GetValueRange() == (2**64 - 1, 2**64 - 1)
    with pytest.raises(OverflowError):
        u.InsertNextTypedTuple((2**64,))
    assert u.GetNumberOfTuples() == 1


def test_value_range_types_and_empty():
    d = vtkDoubleArray()
    d.SetNumberOfComponents(2)
    for v in [(1, 2), (3, -4), (float("nan"), 9)]:
        d.InsertNextTypedTuple(v)
    assert d.GetValueRange() == (1.0, 3.0)
    assert d.GetValueRange(1) == (-4.0, 9.0)
    lo, hi = d.GetValueRange(-1)
    assert math.isclose(lo, math.sqrt(5)) and hi == 5.0
    assert vtkDoubleArray().GetValueRange() == (1e299, -1e299)
    assert vtkIntArray().GetValueRange() == (2**31 - 1, -2**31)  # saturated (VTK: undefined)
    i = vtkIntArray()
    i.InsertNextValue(5)
    r = i.GetValueRange()
    assert r == (5, 5) and type(r[0]) is int
    c = vtkCharArray()
    c.InsertNextValue("a")
    c.InsertNextValue("z")
    assert c.GetValueRange() == b"az"


def test_lookup_value():
    d = vtkDoubleArray()
    for v in [1, 3, float("nan")]:
        d.InsertNextValue(v)
    assert d.LookupValue(3) == 1 and d.LookupValue(3.0) == 1
    assert d.LookupValue(float("nan")) == 2
    assert d.LookupValue(99) == -1 and d.LookupValue("a") == -1
    u = vtkUnsignedCharArray()
    u.InsertNextValue(255)
    assert u.LookupValue(255) == 0 and u.LookupValue(255.0) == 0
    # VTK 9.7.1 converts the argument to the value type (C: ints wrap, reals truncate)
    assert u.LookupValue(300) == -1 and u.LookupValue(-1) == 0 and u.LookupValue(255.9) == 0
    assert u.LookupValue(511) == 0 and u.LookupValue(float("nan")) == -1  # NaN: undefined in VTK
    with pytest.raises(OverflowError):
        u.LookupValue(2**63)  # as VTK (past a C long long)
    i = vtkbuf.vtkIntArray()
    i.InsertNextValue(0)
    assert i.LookupValue(0.1) == 0 and i.LookupValue("0") == 0 and i.LookupValue("x") == -1
    f = vtkFloatArray()
    f.InsertNextValue(0.1)
    assert f.LookupValue(0.1) == 0 and f.LookupValue(1e300) == -1
    c = vtkCharArray()
    c.InsertNextValue("z")
    assert c.LookupValue("z") == 0 and c.LookupValue(122) == 0 and c.LookupValue("zz") == -1
    assert d.LookupValue(None) == -1  # VTK: an invalid vtkVariant finds nothing


def test_reserve_sizes_as_vtk_9_7_1():
    a = vtkFloatArray()
    a.SetNumberOfComponents(3)
    assert a.ReserveTuples(10) == 1 and a.GetSize() == 30
    assert a.ReserveTuples(5) == 1 and a.GetSize() == 30
    a.ReserveTuples(20)
    assert a.GetSize() == 90 and a.GetCapacity() == 90
    a.ReserveValues(7)
    assert a.GetSize() == 90
    a.ReserveValues(100)
    assert a.GetSize() == 192 and a.GetNumberOfTuples() == 0
    b = vtkFloatArray()
    assert b.ReserveValues(5) == 1 and b.GetSize() == 5


def test_reserve_fires_buffer_changed():
    a = vtkFloatArray()
    n = []
    a.AddObserver(vtkbuf.vtkCommand.BufferChangedEvent, lambda o, e: n.append(e))
    a.ReserveValues(10)
    assert len(n) == 1
    a.ReserveValues(5)
    assert len(n) == 1


BAD = [
    ("GetTypedComponent", (0, 2), IndexError),       # wrong component
    ("GetTypedComponent", (3, 0), IndexError),       # out-of-range tuple
    ("GetTypedComponent", (-1, 0), IndexError),
    ("SetTypedComponent", (0, 2, 1), IndexError),
    ("SetTypedComponent", (9, 0, 1), IndexError),
    ("SetTypedComponent", (0, 0, 1.5), TypeError),   # float into an int array
    ("SetTypedComponent", (0, 0, 2**40), OverflowError),
    ("SetTypedComponent", (0, 0, "a"), TypeError),
    ("SetTypedTuple", (0, (1,)), TypeError),         # wrong length
    ("SetTypedTuple", (0, (1, 2, 3)), TypeError),
    ("SetTypedTuple", (0, (1.5, 2)), TypeError),     # wrong type
    ("SetTypedTuple", (0, (1, 2**40)), OverflowError),
    ("SetTypedTuple", (5, (1, 2)), IndexError),
    ("SetTypedTuple", (0, 5), TypeError),
    ("GetTypedTuple", (0,), TypeError),              # VTK: takes exactly 2 arguments
    ("GetTypedTuple", (0, [0]), TypeError),
    ("GetTypedTuple", (7, [0, 0]), IndexError),
    ("GetTypedTuple", (0, (0, 0)), TypeError),       # not mutable
    ("InsertTypedTuple", (-1, (1, 2)), IndexError),
    ("InsertTypedTuple", (5, (1,)), TypeError),
    ("InsertTypedTuple", (5, (1, 2**40)), OverflowError),
    ("InsertNextTypedTuple", ((1, 2.5),), TypeError),
    ("InsertNextTypedTuple", ((1, 2, 3),), TypeError),
    ("InsertTypedComponent", (5, 2, 1), IndexError),
    ("InsertTypedComponent", (-1, 0, 1), IndexError),
    ("InsertTypedComponent", (5, 0, 0.5), TypeError),
    ("InsertTypedComponent", (5, 0, -2**40), OverflowError),
    ("ReserveValues", (-1,), ValueError),
    ("ReserveTuples", (1.5,), TypeError),
    ("ReserveTuples", (2**62,), ValueError),
    ("GetValueRange", (2,), IndexError),
    ("GetValueRange", (-2,), IndexError),
    ("LookupValue", (object(),), TypeError),
]


@pytest.mark.parametrize("make", LAYOUTS, ids=["aos", "soa", "scaled"])
@pytest.mark.parametrize("meth,args,exc", BAD, ids=[f"{m}{a}" for m, a, _ in BAD])
def test_bad_input_leaves_array_unchanged(make, meth, args, exc):
    a = make("int32")
    a.SetNumberOfComponents(2)
    a.SetNumberOfTuples(3)
    for t in range(3):
        a.SetTuple(t, (t, -t))
    before = state(a)
    with pytest.raises(exc):
        getattr(a, meth)(*args)
    assert state(a) == before


def test_numpy_scalars_accepted():
    a = vtkIntArray()
    a.SetNumberOfTuples(1)
    a.SetTypedComponent(0, 0, np.int16(-3))
    assert a.GetTypedComponent(0, 0) == -3
    with pytest.raises(TypeError):
        a.SetTypedComponent(0, 0, np.float64(1.0))
