"""vtkmodules.numpy_interface.array_overrides over vtkbuf: nothing to register,
vtkbuf's array classes carry their NumPy mixins from the start."""
from . import vtk_aos_array, vtk_soa_array  # noqa: F401
