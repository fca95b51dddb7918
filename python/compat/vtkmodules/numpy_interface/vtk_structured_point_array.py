"""vtkmodules.numpy_interface.vtk_structured_point_array over vtkbuf (vtkbuf._ndarray_structured)."""
from vtkbuf._ndarray_structured import VTKStructuredPointArray, VTKStructuredAxisArray  # noqa: F401
