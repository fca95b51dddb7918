"""vtkmodules.vtkIOXML over vtkbuf (XML readers; docs/io.md)."""
from vtkbuf import (vtkXMLPolyDataReader, vtkXMLUnstructuredGridReader, vtkXMLImageDataReader,  # noqa: F401
                    vtkXMLRectilinearGridReader, vtkXMLStructuredGridReader, vtkXMLGenericDataObjectReader,
                    vtkXMLMultiBlockDataReader, vtkXMLPartitionedDataSetCollectionReader)
