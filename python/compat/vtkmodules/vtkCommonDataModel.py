"""vtkmodules.vtkCommonDataModel over vtkbuf."""
from vtkbuf import (  # noqa: F401
    vtkCellArray, vtkDataSetAttributes, vtkPointData, vtkCellData, vtkPolyData, vtkDataObject,
    vtkFieldData, vtkDataSet, vtkPointSet,
)
from vtkbuf import vtkImageData, vtkRectilinearGrid, vtkStructuredData  # noqa: F401,E402
from vtkbuf import (  # noqa: F401
    vtkCompositeDataSet, vtkDataObjectTree, vtkMultiBlockDataSet, vtkPartitionedDataSet,
    vtkPartitionedDataSetCollection, vtkCompositeDataIterator, vtkDataObjectTreeIterator,
)
