"""vtkmodules.numpy_interface.vtk_aos_array over vtkbuf: every AOS array class of
vtkbuf already is a VTKAOSArray (vtkbuf._ndarray)."""
from vtkbuf._ndarray import (  # noqa: F401
    VTKAOSArray, VTKDataArrayMixin, register_template_overrides, _UNINITIALIZED,
)
