"""vtkmodules.numpy_interface.dataset_adapter over vtkbuf."""
from vtkbuf.dataset_adapter import *  # noqa: F401,F403
