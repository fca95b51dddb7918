"""vtkmodules.numpy_interface._vtk_array_mixin over vtkbuf (vtkbuf._ndarray)."""
from vtkbuf._ndarray import (  # noqa: F401
    VTKDataArrayMixin, make_override_registry, register_template_overrides,
)
