"""The bad-input table shared by C, Python and JS: tests/data/bad_input.tsv.

Every row whose `py_error` is not `-` (format and fixtures: tests/data/README.md):
the call raises exactly that exception class and the fixture is unchanged; the
message follows the message rules (check_message).
Runs natively and inside Pyodide.
"""
import builtins
import math
import pathlib
import re

import numpy as np
import pytest

import vtkbuf
from vtkbuf import vtkBuffer, vtkCommand, vtkDoubleArray, vtkIntArray

TABLE = pathlib.Path(__file__).parents[1] / "data" / "bad_input.tsv"
HEADER = ["id", "object", "call", "args", "c_status", "py_error", "js_error"]


def _read():
    lines = [l for l in TABLE.read_text().splitlines() if l and not l.startswith("#")]
    assert lines[0].split("\t") == HEADER
    rows = [dict(zip(HEADER, l.split("\t"))) for l in lines[1:]]
    assert all(len(l.split("\t")) == len(HEADER) for l in lines)
    return rows


ROWS = _read()
C_NAME = re.compile(r"vb_|\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b")


def check_message(message, method):
    """The message rules (every language): no C name (vb_*, a snake_case
    function name); a call named first ("SetValue: ..." from the core,
    "SetValue(): ..." from the binding's argument checks), once."""
    assert not C_NAME.search(message), message
    assert message.count(method) <= 1, message
    named = re.match(r"([A-Z][A-Za-z0-9]*)(?:\(\))?: ", message)
    assert named, message
    assert not re.match(r"[A-Z][A-Za-z0-9]*(?:\(\))?: ", message[named.end():]), message


def _fixture(name):
    if name == "aos":
        a = vtkDoubleArray()
        a.SetNumberOfComponents(3)
        a.SetNumberOfTuples(4)
        for v in range(12):
            a.SetValue(v, v)
        return a
    if name == "int":
        a = vtkIntArray()
        for v in (1, 2, 3):
            a.InsertNextValue(v)
        return a
    if name == "legacy":
        return _LegacyReader()
    if name == "xml":
        return _XMLReader()
    if name == "buf":
        b = vtkBuffer["float64"]()
        b.Allocate(3)
        np.asarray(b)[:] = (1, 2, 3)
        return b
    raise ValueError(name)


class _LegacyReader(vtkbuf.vtkDataSetReader):
    """the "legacy" fixture: Update(file) reads the file's bytes"""

    def Update(self, data):
        self.ReadFromInputStringOn()
        self.SetBinaryInputString(data, len(data))
        return vtkbuf.vtkDataSetReader.Update(self)


class _XMLReader(vtkbuf.vtkXMLGenericDataObjectReader):
    """the "xml" fixture: Update(file) reads the file's bytes"""

    def Update(self, data):
        self.ReadFromInputStringOn()
        self.SetInputString(data)
        return vtkbuf.vtkXMLGenericDataObjectReader.Update(self)


def _snapshot(o, mtime=True):
    if isinstance(o, _LegacyReader):  # a failed read changes nothing
        return o.GetOutput(), o.GetFileVersion(), o.GetHeader(), o.GetFileType()
    if isinstance(o, _XMLReader):
        return o.GetOutput(), o.GetNumberOfPoints(), o.GetNumberOfPointArrays()
    if not hasattr(o, "GetNumberOfTuples"):  # a vtkBuffer
        return o.GetNumberOfElements(), bytes(memoryview(o)), o.GetMTime() if mtime else 0
    return (o.GetNumberOfComponents(), o.GetNumberOfTuples(), o.GetSize(),
            [o.GetValue(i) for i in range(o.GetNumberOfValues())], o.GetMTime() if mtime else 0)


def _arg(spec):
    kind, _, text = spec.partition(":")
    if kind == "int":
        return int(text)
    if kind == "float":
        return float(text)
    if kind == "str":
        return text
    if kind == "file":
        return text.replace("\\n", "\n").encode()
    if kind == "none":
        return None
    if kind == "list":
        return tuple(float(x) for x in text.split("|"))
    if kind == "buffer":
        b = vtkBuffer[text]()
        b.Allocate(3)
        return b
    if kind == "foreign":
        return np.zeros(int(text))
    raise ValueError(spec)


def test_table_size_and_coverage():
    assert len(ROWS) >= 40
    assert len({r["id"] for r in ROWS}) == len(ROWS)
    for col in ("c_status", "py_error", "js_error"):
        assert sum(r[col] != "-" for r in ROWS) >= 10, col
    assert sum(r["py_error"] != "-" for r in ROWS) >= 40


@pytest.mark.parametrize("row", [r for r in ROWS if r["py_error"] != "-"], ids=lambda r: r["id"])
def test_bad_input_row(row):
    obj = _fixture(row["object"])
    args = [_arg(a) for a in row["args"].split(";")] if row["args"] else []
    want = getattr(builtins, row["py_error"], None) or getattr(vtkbuf, row["py_error"])
    call = row["call"]
    if call.startswith("observer:"):
        # re-entrant: an observer of ModifiedEvent makes the bad call during Modified()
        method = getattr(obj, call.split(":", 1)[1])
        before = _snapshot(obj, mtime=False)
        seen = []

        def observer(caller, event):
            if not seen:
                seen.append(1)
                method(*args)

        obj.AddObserver(vtkCommand.ModifiedEvent, observer)
        with pytest.raises(Exception) as info:
            obj.Modified()
        assert type(info.value) is want, repr(info.value)
        check_message(str(info.value), call.split(":", 1)[1])
        assert seen
        assert _snapshot(obj, mtime=False) == before
        return
    before = _snapshot(obj)
    with pytest.raises(Exception) as info:
        getattr(obj, call)(*args)
    assert type(info.value) is want, repr(info.value)
    check_message(str(info.value), call)
    assert _snapshot(obj) == before


def test_message_rules_refuse_the_old_forms():
    for old in ("InsertNextValue: value out of range: InsertNextValue: 300 is out of range",
                "value out of domain: sphere_source_set_radius: value must be finite",
                "invalid argument: set_number_of_components: 0 < 1"):
        with pytest.raises(AssertionError):
            check_message(old, "InsertNextValue")


def test_messages_name_the_call_once():
    from vtkbuf import vtkSphereSource, vtkUnsignedCharArray
    a = vtkUnsignedCharArray()
    with pytest.raises(OverflowError) as info:
        a.InsertNextValue(300)
    assert str(info.value) == "InsertNextValue: 300 is out of range for unsigned char"
    with pytest.raises(ValueError) as info:
        vtkSphereSource().SetRadius(math.nan)
    assert str(info.value) == "SetRadius: value must be finite"
    with pytest.raises(ValueError) as info:
        a.SetNumberOfComponents(0)
    assert str(info.value) == "SetNumberOfComponents: 0 < 1"
    # a failure in the core's internals is named after the API call on its way out
    b = vtkDoubleArray()
    with pytest.raises(ValueError) as info:
        b.SetNumberOfValues(2**62)
    assert str(info.value) == "SetNumberOfValues: 4611686018427387904 elements of 8 bytes exceed the address space"
    with pytest.raises(ValueError) as info:
        vtkBuffer["float64"]().Allocate(2**62)
    assert str(info.value).startswith("Allocate: ")
