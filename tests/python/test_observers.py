"""AddObserver/RemoveObserver, BufferChangedEvent, and exceptions raised by observers."""
import gc
import sys
import weakref

import numpy as np
import pytest

from vtkbuf import (vtkBuffer, vtkCommand, vtkDoubleArray, vtkFloatArray,
                    vtkSOADataArrayTemplate)


def test_command_event_ids():
    assert (vtkCommand.AnyEvent, vtkCommand.DeleteEvent, vtkCommand.ModifiedEvent,
            vtkCommand.BufferChangedEvent, vtkCommand.NoEvent) == (1, 2, 33, 137, 0)  # VTK 9.7.1's
    assert vtkCommand.GetStringFromEventId(137) == "BufferChangedEvent"
    assert vtkCommand.GetEventIdFromString("ModifiedEvent") == 33


def _recorder(a, event=vtkCommand.BufferChangedEvent):
    calls = []
    oid = a.AddObserver(event, lambda obj, ev: calls.append((obj, ev)))
    return calls, oid


def test_observer_gets_caller_and_event_name_and_can_be_removed():
    a = vtkFloatArray()
    calls, oid = _recorder(a)
    assert isinstance(oid, int) and oid > 0
    assert a.HasObserver(vtkCommand.BufferChangedEvent)
    a.SetNumberOfValues(10)
    assert calls == [(a, "BufferChangedEvent")] and calls[0][0] is a
    oid2 = a.AddObserver("BufferChangedEvent", lambda o, e: None)
    assert oid2 != oid
    a.RemoveObserver(oid)
    a.SetNumberOfValues(100)
    assert len(calls) == 1


def _two_comp():
    a = vtkDoubleArray()
    a.SetNumberOfComponents(2)
    a.SetNumberOfTuples(4)
    return a


def _other(a):
    b = vtkDoubleArray()
    b.SetNumberOfComponents(2)
    b.SetNumberOfTuples(7)
    return b


# operation -> fires BufferChangedEvent?  (the contract's table)
OPS = {
    "SetNumberOfValues grow": (lambda a: a.SetNumberOfValues(100), True),
    "SetNumberOfTuples grow": (lambda a: a.SetNumberOfTuples(50), True),
    "SetNumberOfTuples same": (lambda a: a.SetNumberOfTuples(4), False),
    "Resize": (lambda a: a.Resize(20), True),
    "ReserveTuples": (lambda a: a.ReserveTuples(40), True),
    "Allocate larger": (lambda a: a.Allocate(1000), True),
    "Squeeze (nothing to squeeze)": (lambda a: a.Squeeze(), False),
    "Initialize": (lambda a: a.Initialize(), True),
    "InsertNextTuple past capacity": (lambda a: a.InsertNextTuple((1, 2)), True),
    "SetValue": (lambda a: a.SetValue(0, 5.0), False),
    "SetTuple": (lambda a: a.SetTuple(1, (1, 2)), False),
    "ShallowCopy": (lambda a: a.ShallowCopy(_other(a)), True),
    "DeepCopy other size": (lambda a: a.DeepCopy(_other(a)), True),
    "SetArray": (lambda a: a.SetArray(np.zeros(6), 6, 1), True),
    "SetBuffer": (lambda a: a.SetBuffer(vtkBuffer["float64"]()), True),
    "GetRange": (lambda a: a.GetRange(0), False),
}


@pytest.mark.parametrize("name", sorted(OPS))
def test_buffer_changed_event_table(name):
    op, fires = OPS[name]
    a = _two_comp()
    calls, _ = _recorder(a)
    op(a)
    assert len(calls) == (1 if fires else 0)


def test_buffer_fires_its_own_event():
    b = vtkBuffer["int32"]()
    calls, _ = _recorder(b)
    b.Allocate(10)
    b.Reallocate(10)       # same size: nothing moved
    b.Reallocate(20)
    assert [c[1] for c in calls] == ["BufferChangedEvent"] * 2 and calls[0][0] is b


def test_any_and_modified_events():
    a = vtkFloatArray()
    seen = []
    a.AddObserver(vtkCommand.AnyEvent, lambda o, e: seen.append(e))
    a.Modified()
    a.SetNumberOfValues(3)
    assert "ModifiedEvent" in seen and "BufferChangedEvent" in seen


def test_observer_exception_reaches_caller_after_operation_completed():
    a = vtkFloatArray()
    a.SetNumberOfValues(10)
    state = {}

    def boom(obj, event):
        state["tuples_seen"] = obj.GetNumberOfTuples()
        raise KeyError("from observer")

    a.AddObserver(vtkCommand.BufferChangedEvent, boom)
    with pytest.raises(KeyError, match="from observer"):
        a.SetNumberOfValues(1000)
    assert a.GetNumberOfValues() == 1000 and state["tuples_seen"] == 1000
    a.SetValue(999, 1.0)                  # nothing pending afterwards
    assert a.GetValue(999) == 1.0


def test_second_observer_exception_goes_to_unraisablehook():
    a = vtkFloatArray()
    hooked = []
    old = sys.unraisablehook
    sys.unraisablehook = lambda u: hooked.append(u.exc_type)
    try:
        def e1(o, e):
            raise ValueError("first")

        def e2(o, e):
            raise IndexError("second")
        a.AddObserver(vtkCommand.BufferChangedEvent, e1)
        a.AddObserver(vtkCommand.BufferChangedEvent, e2)   # runs first (VTK order)
        with pytest.raises(IndexError, match="second"):
            a.SetNumberOfValues(5)
    finally:
        sys.unraisablehook = old
    assert hooked == [ValueError] and a.GetNumberOfValues() == 5


def test_invoke_event_and_exception():
    b = vtkBuffer["float64"]()

    def bad(o, e):
        raise RuntimeError("observer failed")
    b.AddObserver(vtkCommand.ModifiedEvent, bad)
    with pytest.raises(RuntimeError, match="observer failed"):
        b.InvokeEvent("ModifiedEvent")


def test_observer_reference_dropped_on_remove_and_on_death():
    class Cb:
        def __call__(self, o, e):
            pass
    a = vtkFloatArray()
    cb = Cb()
    w = weakref.ref(cb)
    oid = a.AddObserver(vtkCommand.BufferChangedEvent, cb)
    del cb
    gc.collect()
    assert w() is not None
    a.RemoveObserver(oid)
    gc.collect()
    assert w() is None
    cb2 = Cb()
    w2 = weakref.ref(cb2)
    a.AddObserver(vtkCommand.ModifiedEvent, cb2)
    del cb2, a
    gc.collect()
    assert w2() is None


def test_delete_event_gets_none_as_caller():
    seen = []
    a = vtkFloatArray()
    a.AddObserver(vtkCommand.DeleteEvent, lambda o, e: seen.append((o, e)))
    del a
    gc.collect()
    assert seen == [(None, "DeleteEvent")]


def test_shared_buffer_reallocated_elsewhere_fires_on_array():
    buf = vtkBuffer["float32"]()
    buf.Allocate(6)
    a = vtkFloatArray()
    a.SetBuffer(buf)
    calls, _ = _recorder(a)
    buf.Reallocate(60)
    assert len(calls) == 1


def test_soa_component_reallocation_fires():
    s = vtkSOADataArrayTemplate["float64"]()
    s.SetNumberOfComponents(3)
    calls, _ = _recorder(s)
    s.SetNumberOfTuples(10)
    assert len(calls) == 1


# ---- observers that refer back to their object: cycles the GC frees ----------------
# wrapper -> core array -> observer callable -> wrapper.  VTK 9.7.1 collects the
# closure case; with a bound-method DeleteEvent observer it crashes (segfault) and
# a closure DeleteEvent observer is called half-cleared (TypeError: missing
# argument).  vtkbuf frees them all and calls DeleteEvent observers intact, with
# caller None like any dying object's.

def _self_referencing(kind, log):
    class Holder:
        def on_event(self, obj, event):
            log.append((event, obj, self.arr.GetNumberOfTuples()))

    h = Holder()
    h.arr = vtkFloatArray()
    h.arr.SetNumberOfTuples(1000)
    arr = h.arr
    if kind == "bound method":  # the common pattern: self.arr.AddObserver(..., self.cb)
        arr.AddObserver(vtkCommand.ModifiedEvent, h.on_event)
    elif kind == "closure":
        arr.AddObserver(vtkCommand.ModifiedEvent, lambda o, e: arr)
    elif kind == "delete event, bound method":
        arr.AddObserver(vtkCommand.DeleteEvent, h.on_event)
    elif kind == "delete event, closure":
        arr.AddObserver(vtkCommand.DeleteEvent,
                        lambda o, e, arr=arr: log.append((e, o, arr.GetNumberOfTuples())))
    elif kind == "any event, two observers":
        arr.AddObserver(vtkCommand.AnyEvent, lambda o, e: log.append((e, o, "any")))
        arr.AddObserver(vtkCommand.DeleteEvent, h.on_event)
    elif kind == "view in the closure":
        v = np.asarray(arr)
        arr.AddObserver(vtkCommand.ModifiedEvent, lambda o, e: (arr, v))
    return weakref.ref(arr)


@pytest.mark.parametrize("kind,deleted", [
    ("bound method", []), ("closure", []), ("view in the closure", []),
    ("delete event, bound method", [("DeleteEvent", None, 1000)]),
    ("delete event, closure", [("DeleteEvent", None, 1000)]),
    # dispatch order: the last added first
    ("any event, two observers", [("DeleteEvent", None, 1000), ("DeleteEvent", None, "any")]),
])
def test_observer_referencing_its_array_is_collected(kind, deleted):
    import vtkbuf
    gc.collect()
    blocks, objects = vtkbuf._vtkbuf._live_blocks(), vtkbuf._vtkbuf._live_objects()
    unraisable, log = [], []
    old, sys.unraisablehook = sys.unraisablehook, unraisable.append
    try:
        ref = _self_referencing(kind, log)
        assert ref() is not None  # only the cycle holds it: refcounting cannot free it
        assert log == []
        gc.collect()
    finally:
        sys.unraisablehook = old
    assert ref() is None
    assert log == deleted
    assert vtkbuf._vtkbuf._live_blocks() == blocks
    assert vtkbuf._vtkbuf._live_objects() == objects
    assert unraisable == []


def test_delete_observer_raising_during_collection_goes_to_unraisablehook():
    unraisable = []
    old, sys.unraisablehook = sys.unraisablehook, unraisable.append
    try:
        a = vtkFloatArray()
        a.AddObserver(vtkCommand.DeleteEvent, lambda o, e, a=a: 1 / 0)
        ref = weakref.ref(a)
        del a
        gc.collect()
    finally:
        sys.unraisablehook = old
    assert ref() is None
    assert [type(u.exc_value) for u in unraisable] == [ZeroDivisionError]


def test_reachable_array_keeps_its_self_referencing_observer():
    a = vtkFloatArray()
    calls = []
    a.AddObserver(vtkCommand.ModifiedEvent, lambda o, e: calls.append(a))
    gc.collect()
    a.Modified()
    assert calls == [a]


def test_cycle_through_a_shared_array_waits_for_the_other_owner():
    """While a data object also holds the core array, the observer is not the
    wrapper's alone: the array and its observer stay alive and working; once
    the other owner lets go, the GC frees them."""
    from vtkbuf import vtkPolyData
    import vtkbuf
    gc.collect()
    blocks = vtkbuf._vtkbuf._live_blocks()
    pd = vtkPolyData()
    calls = []
    a = vtkFloatArray()
    a.SetName("x")
    a.SetNumberOfTuples(100)
    a.AddObserver(vtkCommand.ModifiedEvent, lambda o, e, a=a: calls.append(o is a))
    pd.GetPointData().AddArray(a)
    ref = weakref.ref(a)
    del a
    gc.collect()
    assert ref() is not None
    pd.GetPointData().GetArray("x").Modified()
    assert calls == [True]
    assert pd.GetPointData().GetArray("x") is ref()
    pd.GetPointData().RemoveArray("x")
    del pd
    gc.collect()
    assert ref() is None
    assert vtkbuf._vtkbuf._live_blocks() == blocks
