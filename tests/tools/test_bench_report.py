"""tools/bench_report.py reads every set's ratio lines as they are printed."""
import importlib.util
import os

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
spec = importlib.util.spec_from_file_location("bench_report", os.path.join(ROOT, "tools", "bench_report.py"))
br = importlib.util.module_from_spec(spec)
spec.loader.exec_module(br)

LOG = """=== bench-c
InsertNextValue: 10000000 floats: 72.2 Mvalues/s (0.139 s); plain preallocated loop 990.5 Mvalues/s; ratio 0.07
DeepCopy 100 MB (warm, dst sized): 6.41 GB/s; memcpy 6.84 GB/s; ratio 0.94 (target >= 0.80): PASS
=== bench-python
  ratio largest/smallest: 1.00 (target <= 1.5) OK
  numpy_to_vtk_1e6       vtkbuf       1.43 us   VTK       6.10 us   ratio 0.23 (target <= 1.0) OK
  arr + 1                vtkbuf     707.00 us   VTK     670.00 us   ratio 1.05 (target <= 1.0) MISSED
=== bench-js
   safe array()              23.73 ms   ratio 1.092  (target <= 1.05: OVER)
   safe get(i) per elem     461.95 ms   ratio 21.263  (one check per element: for scale only)
"""


def test_parse_rows_targets_verdicts_and_context(tmp_path):
    rows, context = br.parse(LOG.splitlines(True))
    assert [(s, l, r, op, t, ok) for s, l, r, op, t, ok in rows] == [
        ("bench-c", "DeepCopy 100 MB (warm, dst sized): 6.41 GB/s; memcpy 6.84 GB/s", 0.94, ">=", 0.8, True),
        ("bench-python", "ratio largest/smallest", 1.0, "<=", 1.5, True),
        ("bench-python", "numpy_to_vtk_1e6 vtkbuf 1.43 us VTK 6.10 us", 0.23, "<=", 1.0, True),
        ("bench-python", "arr + 1 vtkbuf 707.00 us VTK 670.00 us", 1.05, "<=", 1.0, False),
        ("bench-js", "safe array() 23.73 ms", 1.092, "<=", 1.05, False),
    ]
    assert [s for s, _ in context] == ["bench-c", "bench-js"]
    md = tmp_path / "2026-01-01.md"
    br.write_markdown(str(md), "2026-01-01", rows, context)
    text = md.read_text()
    assert "5 ratios with a target: 3 met, 2 missed." in text
    assert "| bench-python | arr + 1 vtkbuf 707.00 us VTK 670.00 us | 1.05 | <= 1 | **missed** |" in text
    br.write_chart(str(md)[:-3] + ".png", "2026-01-01", rows)
    assert (tmp_path / "2026-01-01.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
