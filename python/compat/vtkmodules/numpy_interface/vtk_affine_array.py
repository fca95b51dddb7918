"""vtkmodules.numpy_interface.vtk_affine_array over vtkbuf (vtkbuf._ndarray_implicit)."""
from vtkbuf._ndarray_implicit import VTKAffineArray  # noqa: F401
