"""vtkmodules.vtkFiltersSources over vtkbuf."""
from vtkbuf import vtkSphereSource  # noqa: F401
