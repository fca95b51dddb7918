"""``import vtk``: VTK's monolithic module over vtkbuf (every class and constant of
the vtkmodules compat package, i.e. of vtkmodules.all)."""
from vtkmodules.all import *  # noqa: F401,F403
