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
# the cells (vtkCell, vtkTetra, ..., vtkGenericCell, vtkCellTypes) and VTK_* cell types
from vtkbuf import _CELLS, _CELL_TYPE_IDS  # noqa: E402
globals().update(_CELLS)
globals().update(_CELL_TYPE_IDS)
from vtkbuf import vtkStructuredGrid, vtkTable  # noqa: F401,E402
from vtkbuf import vtkUnstructuredGrid  # noqa: F401,E402
