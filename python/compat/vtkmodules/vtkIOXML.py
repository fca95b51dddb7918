"""vtkmodules.vtkIOXML over vtkbuf (XML readers and writers; docs/io.md)."""
from vtkbuf import (vtkXMLPolyDataReader, vtkXMLUnstructuredGridReader, vtkXMLImageDataReader,  # noqa: F401
                    vtkXMLRectilinearGridReader, vtkXMLStructuredGridReader, vtkXMLGenericDataObjectReader,
                    vtkXMLMultiBlockDataReader, vtkXMLPartitionedDataSetCollectionReader)
from vtkbuf import (vtkXMLWriter, vtkXMLPolyDataWriter, vtkXMLUnstructuredGridWriter,  # noqa: F401
                    vtkXMLImageDataWriter, vtkXMLRectilinearGridWriter, vtkXMLStructuredGridWriter,
                    vtkXMLDataSetWriter, vtkXMLMultiBlockDataWriter)
