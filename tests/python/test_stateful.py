"""Stateful property tests (issue 13, item 2): Hypothesis drives a small pool of
arrays of every layout (AOS, SOA, scaled SOA) and several dtypes through resizes,
inserts, SetNumberOfTuples, Squeeze, Initialize, DeepCopy, ShallowCopy, NumPy views,
dataset_adapter.VTKArrays, numpy_to_vtk adoptions and observers (some of which
resize the array during dispatch), against a pure-NumPy model of the storage.

After every step, for every array and every view taken so far:
- the values read back equal the model;
- a raw view (np.asarray / vtk_to_numpy / the adopted NumPy array) reads the values
  of the storage it was taken from, also after the array moved to new storage;
- a VTKArray made before its array's storage moved raises RuntimeError, one made
  after reads the model's values;
- BufferChangedEvent fired on an array exactly when its storage moved (buffer
  addresses and sizes compared before and after the step).

The model: a Storage is one block of memory (one flat value list per component
buffer: one for AOS, one per component for SOA); arrays and raw views point at a
Storage. ShallowCopy shares one; a move gives the array a new Storage and leaves the
old one to the views (and shallow copies) that still point at it.

Runs natively, under valgrind (`make valgrind-python` sets VB_UNDER_VALGRIND: fewer
examples) and inside Pyodide (fewer examples). Derandomized, no example database:
every run executes the same examples.
"""
import gc
import os
import sys

import numpy as np
import pytest

import hypothesis  # a missing dependency is an error, never a skip
from hypothesis import HealthCheck, Phase, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from hypothesis.stateful import (RuleBasedStateMachine, initialize, invariant,  # noqa: E402
                                 precondition, rule, run_state_machine_as_test)

import vtkbuf  # noqa: E402
import vtkbuf.dataset_adapter as dsa  # noqa: E402
from vtkbuf import (vtkAOSDataArrayTemplate, vtkCommand, vtkSOADataArrayTemplate,  # noqa: E402
                    vtkScaledSOADataArrayTemplate)
from vtkbuf import numpy_support as ns  # noqa: E402

UNDER_VALGRIND = bool(os.environ.get("VB_UNDER_VALGRIND"))
IN_PYODIDE = sys.platform == "emscripten"
if UNDER_VALGRIND:
    EXAMPLES, STEPS = 6, 12
elif IN_PYODIDE:
    EXAMPLES, STEPS = 25, 20
else:
    EXAMPLES, STEPS = 100, 25
EXAMPLES = int(os.environ.get("VB_STATEFUL_EXAMPLES", EXAMPLES))

DTYPES = ["float32", "float64", "int8", "uint8", "int16", "int32", "int64", "uint64"]
SCALED_DTYPES = ["float32", "float64"]  # values/scale stay exact
TEMPLATES = {"aos": vtkAOSDataArrayTemplate, "soa": vtkSOADataArrayTemplate,
             "scaled": vtkScaledSOADataArrayTemplate}
SCALE = 2.0
MAX_POOL = 5
MAX_TUPLES = 40

values = st.integers(0, 100)  # exact in every dtype, and after /SCALE in floats


class Storage:
    """One block: a flat float64 list per component buffer (NaN: not known)."""

    def __init__(self, nbuf):
        self.bufs = [np.full(0, np.nan) for _ in range(nbuf)]

    def write(self, b, i, v):
        buf = self.bufs[b]
        if i >= len(buf):
            buf = self.bufs[b] = np.concatenate([buf, np.full(i + 1 - len(buf) + 16, np.nan)])
        buf[i] = v

    def read(self, b, i, n):
        buf = self.bufs[b]
        out = np.full(n, np.nan)
        m = max(0, min(n, len(buf) - i))
        out[:m] = buf[i:i + m]
        return out


class Rec:
    """A pool array and its model."""
    counter = 0

    def __init__(self, arr, kind, dtype, nc):
        Rec.counter += 1
        self.name = f"a{Rec.counter}"
        self.arr, self.kind, self.dtype, self.nc, self.n = arr, kind, dtype, nc, 0
        self.scale = 1.0
        self.storage = Storage(1 if kind == "aos" else nc)
        # a list, not a bound method: an observer that references its own array is a
        # reference cycle through the C object that the collector cannot see (as in VTK)
        self.fired = fired = [0]
        arr.AddObserver(vtkCommand.BufferChangedEvent, lambda o, e: fired.__setitem__(0, fired[0] + 1))
        self.sig = signature(self)

    @property
    def events(self):
        return self.fired[0]

    @events.setter
    def events(self, v):
        self.fired[0] = v

    def expected(self):
        """The values (n, nc) the model says the array holds."""
        if self.kind == "aos":
            flat = self.storage.read(0, 0, self.n * self.nc)
            return flat.reshape(self.n, self.nc)
        cols = [self.storage.read(c, 0, self.n) for c in range(self.nc)]
        vals = np.stack(cols, axis=1) if cols else np.zeros((self.n, 0))
        return vals * self.scale if self.kind == "scaled" else vals

    def write_tuple(self, t, tup):
        for c, v in enumerate(tup):
            if self.kind == "aos":
                self.storage.write(0, t * self.nc + c, v)
            else:
                self.storage.write(c, t, v / self.scale if self.kind == "scaled" else v)

    def zero_copy(self):
        """Whether buffer exports (np.asarray, VTKArray) share the array's memory."""
        return self.kind == "aos" or (self.kind == "soa" and self.nc == 1)


def signature(rec):
    """Addresses and sizes of the array's buffers: they change iff storage moved."""
    a = rec.arr
    if rec.kind == "aos":
        b = a.GetBuffer()
        return ((b.GetVoidBuffer(), b.GetSize()),) if b.GetSize() or b.GetVoidBuffer() else ()
    out = []
    for c in range(a.GetNumberOfComponents()):
        b = a.GetComponentBuffer(c)
        out.append((b.GetVoidBuffer(), b.GetSize()))
    return tuple(x if x != (0, 0) else None for x in out) if any(x != (0, 0) for x in out) else ()


def new_array(kind, dtype, nc):
    arr = TEMPLATES[kind][dtype]()
    arr.SetNumberOfComponents(nc)
    rec = Rec(arr, kind, dtype, nc)
    if kind == "scaled":
        arr.SetScale(SCALE)
        rec.scale = SCALE
    return rec


class ArrayMachine(RuleBasedStateMachine):
    def __init__(self):
        super().__init__()
        self.pool = []
        self.raw = []        # (rec name, view, storage, buffer index, known values)
        self.vtkarrays = []  # (rec, VTKArray, storage, frozen values or None)

    # ---- helpers --------------------------------------------------------------
    def step(self, rec, op):
        """Run op() on rec's array; check that events fired exactly where storage moved
        and give moved arrays a new Storage holding their values."""
        before = {id(r): (r.expected(), r.n) for r in self.pool}
        for r in self.pool:
            r.events = 0
        op()
        for r in self.pool:
            sig = signature(r)
            moved = sig != r.sig
            assert (r.events > 0) == moved, (
                f"{r.name} ({r.kind} {r.dtype}): {r.events} BufferChangedEvent(s), storage "
                f"{'moved' if moved else 'did not move'} ({r.sig} -> {sig})")
            r.sig = sig
            if moved:
                vals, n = before[id(r)]
                old_scale = r.scale
                r.storage = Storage(1 if r.kind == "aos" else r.nc)
                r.n = n
                for t in range(n):
                    r.write_tuple(t, vals[t])
                assert r.scale == old_scale

    def pick(self, data):
        return self.pool[data.draw(st.integers(0, len(self.pool) - 1))]

    # ---- rules ------------------------------------------------------------------
    @initialize(kinds=st.lists(st.sampled_from(list(TEMPLATES)), min_size=2, max_size=3),
                data=st.data())
    def start(self, kinds, data):
        for kind in kinds:
            self.add(kind, data)

    def add(self, kind, data):
        dtype = data.draw(st.sampled_from(SCALED_DTYPES if kind == "scaled" else DTYPES))
        nc = data.draw(st.integers(1, 3))
        rec = new_array(kind, dtype, nc)
        self.pool.append(rec)
        n = data.draw(st.integers(0, 8))
        tuples = [data.draw(st.tuples(*[values] * nc)) for _ in range(n)]
        self.step(rec, lambda: rec.arr.SetNumberOfTuples(n))
        rec.n = n
        for t, tup in enumerate(tuples):
            rec.arr.SetTuple(t, tup)
            rec.write_tuple(t, tup)

    @precondition(lambda self: len(self.pool) < MAX_POOL)
    @rule(kind=st.sampled_from(list(TEMPLATES)), data=st.data())
    def add_array(self, kind, data):
        self.add(kind, data)

    @precondition(lambda self: len(self.pool) < MAX_POOL)
    @rule(dtype=st.sampled_from(DTYPES), nc=st.integers(1, 3),
          vals=st.lists(values, min_size=0, max_size=12))
    def adopt_numpy(self, dtype, nc, vals):
        """numpy_to_vtk(deep=0): the array's storage is the NumPy array's memory."""
        n = len(vals) // nc
        src = np.array(vals[:n * nc], dtype=dtype).reshape(n, nc) if nc > 1 else \
            np.array(vals[:n], dtype=dtype)
        arr = ns.numpy_to_vtk(src, deep=0)
        assert arr.GetNumberOfTuples() == n and arr.GetNumberOfComponents() == nc
        rec = Rec(arr, "aos", dtype, nc)
        rec.n = n
        for t in range(n):
            rec.write_tuple(t, src.reshape(n, nc)[t])
        self.pool.append(rec)
        self.raw.append((rec.name, src, rec.storage, 0, n * nc))

    @precondition(lambda self: len(self.pool) > 1)
    @rule(data=st.data())
    def drop_array(self, data):
        rec = self.pick(data)
        self.pool.remove(rec)
        del rec
        gc.collect()

    @rule(data=st.data())
    def set_number_of_tuples(self, data):
        rec = self.pick(data)
        n = data.draw(st.integers(0, MAX_TUPLES))
        self.step(rec, lambda: rec.arr.SetNumberOfTuples(n))
        old, rec.n = rec.n, n
        for t in range(old, n):  # new tuples: written, so that every value is known
            tup = data.draw(st.tuples(*[values] * rec.nc))
            rec.arr.SetTuple(t, tup)
            rec.write_tuple(t, tup)

    @rule(data=st.data())
    def resize(self, data):
        rec = self.pick(data)
        n = data.draw(st.integers(0, MAX_TUPLES))
        self.step(rec, lambda: rec.arr.Resize(n))
        rec.n = min(rec.n, n)

    @rule(data=st.data())
    def reserve(self, data):
        rec = self.pick(data)
        n = data.draw(st.integers(0, MAX_TUPLES))
        self.step(rec, lambda: rec.arr.ReserveTuples(n))

    @rule(data=st.data())
    def insert_next_tuple(self, data):
        rec = self.pick(data)
        tup = data.draw(st.tuples(*[values] * rec.nc))
        self.step(rec, lambda: rec.arr.InsertNextTuple(tup))
        rec.write_tuple(rec.n, tup)
        rec.n += 1

    @rule(data=st.data())
    def insert_tuple(self, data):
        rec = self.pick(data)
        t = data.draw(st.integers(0, rec.n))  # within or just past the end: no gap
        tup = data.draw(st.tuples(*[values] * rec.nc))
        self.step(rec, lambda: rec.arr.InsertTuple(t, tup))
        rec.write_tuple(t, tup)
        rec.n = max(rec.n, t + 1)

    @rule(data=st.data())
    def set_value(self, data):
        rec = self.pick(data)
        if rec.n == 0:
            return
        t = data.draw(st.integers(0, rec.n - 1))
        tup = data.draw(st.tuples(*[values] * rec.nc))
        self.step(rec, lambda: rec.arr.SetTuple(t, tup))
        rec.write_tuple(t, tup)

    @rule(data=st.data())
    def squeeze(self, data):
        rec = self.pick(data)
        self.step(rec, rec.arr.Squeeze)

    @rule(data=st.data())
    def initialize_array(self, data):
        rec = self.pick(data)
        self.step(rec, rec.arr.Initialize)
        rec.n = 0
        if rec.kind != "aos":  # VTK's Initialize keeps the component count
            assert rec.arr.GetNumberOfComponents() == rec.nc

    @rule(data=st.data())
    def deep_copy(self, data):
        dst, src = self.pick(data), self.pick(data)
        if dst is src:
            return
        vals = src.expected()
        if dst.kind != "aos" and src.nc != dst.nc:
            # SOA buffers are per component: a new component count is new storage
            pass
        self.step(dst, lambda: dst.arr.DeepCopy(src.arr))
        assert dst.arr.GetNumberOfComponents() == src.nc
        if dst.kind != "aos" and src.nc != dst.nc:
            dst.storage = Storage(src.nc)
        dst.nc, dst.n = src.nc, src.n
        if dst.kind == "scaled":
            # the core copies the scale between scaled arrays of one type (vb_array_copy.c)
            same = src.kind == "scaled" and src.dtype == dst.dtype
            dst.scale = src.scale if same else 1.0
            assert dst.arr.GetScale() == dst.scale
        for t in range(src.n):
            dst.write_tuple(t, vals[t])
        dst.sig = signature(dst)

    @precondition(lambda self: len(self.pool) < MAX_POOL)
    @rule(data=st.data())
    def shallow_copy(self, data):
        src = self.pick(data)
        arr = type(src.arr)()  # same VTK type (numpy's int64 is vtkLongArray, not int64's template)
        rec = Rec(arr, src.kind, src.dtype, 1)
        self.pool.append(rec)
        self.step(rec, lambda: arr.ShallowCopy(src.arr))
        rec.nc, rec.n, rec.scale = src.nc, src.n, src.scale
        assert signature(rec) == src.sig  # shares the storage
        rec.storage, rec.sig = src.storage, src.sig

    @rule(data=st.data(), how=st.sampled_from(["asarray", "vtk_to_numpy"]))
    def take_view(self, data, how):
        rec = self.pick(data)
        v = np.asarray(rec.arr) if how == "asarray" else ns.vtk_to_numpy(rec.arr)
        exp = rec.expected()
        assert v.shape[0] == rec.n
        np.testing.assert_array_equal(np.asarray(v, dtype=np.float64).reshape(rec.n, rec.nc), exp)
        if rec.zero_copy() and rec.n:
            self.raw.append((rec.name, v, rec.storage, 0, rec.n * rec.nc))

    @rule(data=st.data())
    def take_vtkarray(self, data):
        rec = self.pick(data)
        va = dsa.vtkDataArrayToVTKArray(rec.arr)
        frozen = None if rec.zero_copy() else rec.expected().copy()
        self.vtkarrays.append((rec, va, rec.storage, frozen, rec.n, rec.nc))

    @rule(data=st.data())
    def drop_view(self, data):
        views = self.raw + self.vtkarrays
        if not views:
            return
        i = data.draw(st.integers(0, len(views) - 1))
        if i < len(self.raw):
            del self.raw[i]
        else:
            del self.vtkarrays[i - len(self.raw)]
        gc.collect()

    @rule(data=st.data(), grow=st.integers(1, 50), once=st.booleans())
    def add_resizing_observer(self, data, grow, once):
        """An observer that grows the array's capacity (a nested move, a nested event)
        while the operation that moved it is still running, and reads it back."""
        rec = self.pick(data)
        zero_copy = rec.zero_copy()
        state = {"id": None, "depth": 0}  # the observer references neither array nor rec

        def obs(o, e):
            if state["depth"]:
                return  # the nested event of its own ReserveTuples
            state["depth"] += 1
            try:
                n = o.GetNumberOfTuples()
                if n:
                    o.GetTuple(n - 1)
                if zero_copy:
                    np.asarray(o).sum()
                o.ReserveTuples(n + grow)
                if once and state["id"] is not None:
                    o.RemoveObserver(state["id"])
                    state["id"] = None
            finally:
                state["depth"] -= 1
        state["id"] = rec.arr.AddObserver(vtkCommand.BufferChangedEvent, obs)

    @rule(data=st.data())
    def add_reading_observer(self, data):
        """An observer that takes a view and a VTKArray during dispatch and drops them."""
        rec = self.pick(data)

        def obs(o, e):
            v = ns.vtk_to_numpy(o)
            v.sum()
            va = dsa.vtkDataArrayToVTKArray(o)
            if len(va):
                va[0]
        rec.arr.AddObserver(vtkCommand.BufferChangedEvent, obs)

    # ---- invariants ---------------------------------------------------------------
    @invariant()
    def arrays_match_model(self):
        for rec in self.pool:
            a = rec.arr
            assert a.GetNumberOfTuples() == rec.n and a.GetNumberOfComponents() == rec.nc
            exp = rec.expected()
            got = np.asarray(ns.vtk_to_numpy(a), dtype=np.float64).reshape(rec.n, rec.nc)
            np.testing.assert_array_equal(got, exp, err_msg=f"{rec.name} {rec.kind} {rec.dtype}")
            if rec.n:
                assert a.GetTuple(rec.n - 1) == tuple(exp[-1])
            assert signature(rec) == rec.sig

    @invariant()
    def raw_views_keep_their_values(self):
        for name, v, storage, b, m in self.raw:
            exp = storage.read(b, 0, m)
            got = np.asarray(v, dtype=np.float64).ravel()[:m]
            known = ~np.isnan(exp)
            np.testing.assert_array_equal(got[known], exp[known], err_msg=f"raw view of {name}")

    @invariant()
    def vtkarrays_stale_exactly_when_moved(self):
        for rec, va, storage, frozen, n, nc in self.vtkarrays:
            if rec.storage is not storage:
                assert va.stale
                with pytest.raises(RuntimeError, match="buffer changed"):
                    va.sum()
                with pytest.raises(RuntimeError):
                    va[0] if len(va) else va.tolist()
                continue
            assert not va.stale
            got = np.asarray(va, dtype=np.float64).reshape(n, nc)
            if frozen is not None:
                np.testing.assert_array_equal(got, frozen)
            else:  # zero-copy: the storage's current values
                if rec.kind == "aos":
                    exp = storage.read(0, 0, n * nc).reshape(n, nc)
                else:
                    exp = storage.read(0, 0, n).reshape(n, 1)
                known = ~np.isnan(exp)
                np.testing.assert_array_equal(got[known], exp[known])

    def teardown(self):
        self.pool.clear()
        self.raw.clear()
        self.vtkarrays.clear()


SETTINGS = settings(
    max_examples=EXAMPLES, stateful_step_count=STEPS, derandomize=True, database=None,
    deadline=None, print_blob=True,
    # VB_STATEFUL_NOSHRINK=1: report the first failing sequence as found (faster)
    phases=[p for p in Phase if not (os.environ.get("VB_STATEFUL_NOSHRINK") and p == Phase.shrink)],
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much,
                           HealthCheck.data_too_large])


def test_array_machine():
    """Every example's arrays, views and observers are freed: blocks return to the start."""
    gc.collect()
    blocks = vtkbuf._vtkbuf._live_blocks()
    run_state_machine_as_test(ArrayMachine, settings=SETTINGS)
    gc.collect()
    assert vtkbuf._vtkbuf._live_blocks() == blocks
