"""vtkmodules.vtkIOLegacy over vtkbuf (legacy .vtk readers and writers; docs/io.md)."""
from vtkbuf import vtkPolyDataReader, vtkPolyDataWriter, vtkDataSetReader, vtkDataSetWriter  # noqa: F401
from vtkbuf import (
    vtkUnstructuredGridReader, vtkUnstructuredGridWriter, vtkStructuredPointsReader, vtkStructuredPointsWriter,
    vtkStructuredGridReader, vtkStructuredGridWriter, vtkRectilinearGridReader, vtkRectilinearGridWriter,
    vtkDataObjectReader, vtkDataObjectWriter)  # noqa: F401
