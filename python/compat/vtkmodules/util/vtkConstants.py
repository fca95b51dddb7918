"""vtkmodules.util.vtkConstants over vtkbuf: the VTK_* type ids."""
import vtkbuf as _vb

globals().update({n: getattr(_vb, n) for n in _vb.__all__ if n.startswith("VTK_")})
del _vb
