"""vtkmodules.vtkCommonExecutionModel over vtkbuf (vtkAlgorithm: pipeline connections and constants)."""
from vtkbuf import vtkAlgorithm, vtkAlgorithmOutput, vtkTrivialProducer  # noqa: F401
