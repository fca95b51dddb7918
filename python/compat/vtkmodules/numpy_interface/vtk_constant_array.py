"""vtkmodules.numpy_interface.vtk_constant_array over vtkbuf (vtkbuf._ndarray_implicit)."""
from vtkbuf._ndarray_implicit import VTKConstantArray  # noqa: F401
