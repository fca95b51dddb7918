"""The seed document's code examples, run verbatim from examples/, print what the seed says."""
import contextlib
import io
import pathlib
import runpy

import pytest

EXAMPLES = pathlib.Path(__file__).resolve().parents[2] / "examples"
# Output the seed document states for each example (from its comments).
EXPECTED = {
    "seed_buffer_numpy.py": "",
    "seed_memoryview.py": "(4,)\n4\ni\n",
    "seed_array_buffer.py": "(300,)\n",
    "seed_buffer_changed.py": "42.0\nBuffer changed - get a fresh reference\n(1000,)\n",
    "seed_numpy_to_vtk.py": "",
    "seed_sphere.py": "(50, 3)\n",
}


def test_every_example_has_an_expectation():
    assert sorted(p.name for p in EXAMPLES.glob("seed_*.py")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_seed_example(name):
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        runpy.run_path(str(EXAMPLES / name), run_name="__main__")
    assert out.getvalue() == EXPECTED[name]
