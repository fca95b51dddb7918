"""vtkmodules.vtkIOLegacy over vtkbuf (legacy .vtk readers and writers; docs/io.md)."""
from vtkbuf import vtkPolyDataReader, vtkPolyDataWriter, vtkDataSetReader, vtkDataSetWriter  # noqa: F401
