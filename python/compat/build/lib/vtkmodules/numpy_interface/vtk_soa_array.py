"""vtkmodules.numpy_interface.vtk_soa_array over vtkbuf: every SOA (and, in
vtkbuf, scaled SOA) array class already is a VTKSOAArray (vtkbuf._ndarray)."""
from vtkbuf._ndarray import (  # noqa: F401
    VTKSOAArray, VTKDataArrayMixin, make_override_registry, register_template_overrides,
    _UNINITIALIZED, _SOA_OVERRIDE,
)
