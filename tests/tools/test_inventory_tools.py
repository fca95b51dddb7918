"""The tools behind the API inventory and the random programs, without VTK: the docstring
parsing and pipeline rule of tools/gen_api_inventory.py, and the operations table of
tests/conformance/programs.py (every slot, token and precondition it uses is known)."""
import importlib.util
import os
import re

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def _load(name, path):
    spec = importlib.util.spec_from_file_location(name, os.path.join(ROOT, path))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


gen = _load("gen_api_inventory", "tools/gen_api_inventory.py")
programs = _load("programs", "tests/conformance/programs.py")

DOC = """GetRange(self, range:[float, float], comp:int) -> None
C++: void GetRange(double range[2], int comp)
GetRange(self, range:[float, float], comp:int, ghosts:(int, ...),
    ghostsToSkip:int) -> None
C++: void GetRange(double range[2], int comp,
    const unsigned char *ghosts, unsigned char ghostsToSkip)
GetRange(self) -> (float, float)
C++: double *GetRange()

The range of the data array values.
"""


def test_signatures_join_continuation_lines():
    sigs = gen._signatures(DOC, "GetRange")
    assert len(sigs) == 3
    assert sigs[1].endswith("ghostsToSkip:int) -> None")
    assert all("C++" not in s for s in sigs)


@pytest.mark.parametrize("cls,name,sigs,left_out", [
    ("vtkDataArray", "COMPONENT_RANGE", ["COMPONENT_RANGE() -> vtkInformationDoubleVectorKey"], True),
    ("vtkDataObject", "GetInformation", ["GetInformation(self) -> vtkInformation"], True),
    ("vtkAlgorithm", "SetInputConnection",
     ["SetInputConnection(self, port:int, input:vtkAlgorithmOutput) -> None",
      "SetInputConnection(self, input:vtkAlgorithmOutput) -> None"], True),
    ("vtkAlgorithm", "GetNumberOfInputPorts", ["GetNumberOfInputPorts(self) -> int"], True),
    ("vtkAlgorithm", "Update", ["Update(self) -> None",
                                "Update(self, port:int, requests:vtkInformationVector) -> int"], False),
    ("vtkDataArray", "GetRange", ["GetRange(self) -> (float, float)"], False),
    ("vtkPolyData", "GetNumberOfInputPorts", ["GetNumberOfInputPorts(self) -> int"], False),
])
def test_pipeline_rule(cls, name, sigs, left_out):
    assert bool(gen._pipeline(cls, name, sigs)) is left_out


TOKENS = {"-", "v", "t", "c", "x", "d", "T", "3", "N", "V", "s", "i", "A", "p", "L", "I", "J",
          "l", "P", "C", "R"}
PRECONDITIONS = {"-", "nv", "nt", "nc1", "nc2", "nc3", "np", "nb", "same", "nl", "ids<np", "ncell"}


def test_operations_table_is_well_formed():
    kinds = {"array", "points", "cells", "attributes", "polydata", "idlist", "cellids",
             "fielddata", "strings"}
    seen = set()
    for kind, slot, method, spec, pre in programs.TABLE:
        assert kind in kinds, kind
        assert re.fullmatch(r"#state|[A-Z]\w+", method), method
        for tok in spec.split(","):
            assert tok in TOKENS or tok.startswith("o:"), (method, tok)
        assert set(pre.split("+")) <= PRECONDITIONS, (method, pre)
        seen.add((kind, slot, method, spec))
    assert len(seen) == len(programs.TABLE), "a duplicated line in programs_ops.txt"
    assert programs.N_PROGRAMS >= 2000


def test_generator_hash_covers_the_table(tmp_path, monkeypatch):
    h = programs.generator_hash()
    assert re.fullmatch(r"[0-9a-f]{16}", h)
    ops = tmp_path / "ops.txt"
    ops.write_text(open(programs.OPS_FILE).read() + "array a GetMaxId - -\n")
    monkeypatch.setattr(programs, "OPS_FILE", str(ops))
    assert programs.generator_hash() != h


def test_known_divergences_have_categories_and_reasons():
    known = programs.read_known()
    assert known
    for method, (cat, reason) in known.items():
        assert cat == "pending" or cat.startswith("one rule ("), (method, cat)
        assert len(reason.split()) >= 5, method
