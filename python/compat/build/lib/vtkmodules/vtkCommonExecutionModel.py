"""vtkmodules.vtkCommonExecutionModel over vtkbuf (the vtkAlgorithm constants)."""
from vtkbuf import vtkAlgorithm  # noqa: F401
