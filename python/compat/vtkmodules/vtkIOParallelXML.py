"""vtkmodules.vtkIOParallelXML over vtkbuf: the .vtpc writer (serial; docs/io.md)."""
from vtkbuf import vtkXMLPartitionedDataSetCollectionWriter  # noqa: F401
