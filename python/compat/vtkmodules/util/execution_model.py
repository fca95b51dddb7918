"""vtkmodules.util.execution_model over vtkbuf: what `a >> b` and update() give (vtkbuf/_algorithm.py)."""
from vtkbuf._algorithm import Output, Pipeline  # noqa: F401

__all__ = ["Pipeline", "Output"]
