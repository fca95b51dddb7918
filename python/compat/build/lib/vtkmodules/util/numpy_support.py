"""vtkmodules.util.numpy_support over vtkbuf."""
from vtkbuf.numpy_support import *  # noqa: F401,F403
from vtkbuf.numpy_support import ID_TYPE_CODE  # noqa: F401
