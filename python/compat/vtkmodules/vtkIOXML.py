"""vtkmodules.vtkIOXML over vtkbuf (XML writers; docs/io.md)."""
from vtkbuf import (vtkXMLWriter, vtkXMLPolyDataWriter, vtkXMLUnstructuredGridWriter,  # noqa: F401
                    vtkXMLImageDataWriter, vtkXMLRectilinearGridWriter, vtkXMLStructuredGridWriter,
                    vtkXMLDataSetWriter)
