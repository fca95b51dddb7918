"""vtkmodules.vtkCommonCore over vtkbuf."""
from vtkbuf import *  # noqa: F401,F403
from vtkbuf import vtkAbstractBuffer, vtkBuffer  # noqa: F401
