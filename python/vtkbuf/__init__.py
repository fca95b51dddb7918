"""vtkbuf: VTK-style typed buffers and data arrays with zero-copy NumPy views.

Names follow VTK: ``vtkBuffer['float64']()``, ``vtkAbstractBuffer``, the typed
arrays (``vtkFloatArray`` ...), the templates ``vtkAOSDataArrayTemplate[...]``,
``vtkSOADataArrayTemplate[...]``, ``vtkScaledSOADataArrayTemplate[...]``,
``vtkCommand`` and VTK type ids (``VTK_DOUBLE`` ...); the data objects
``vtkPoints``, ``vtkCellArray``, ``vtkDataSetAttributes`` (``vtkPointData``,
``vtkCellData``), ``vtkPolyData`` and the ``vtkSphereSource`` algorithm. Every NumPy view or
memoryview of a buffer or array holds the memory block it points into, so it
stays valid (never reads freed memory) even after the buffer reallocates; it is
then detached from the buffer.
"""
from ._vtkbuf import (  # noqa: F401
    vtkObject, vtkAbstractBuffer, vtkAbstractArray, vtkDataArray, VTK_VOID,
    vtkPoints, vtkCellArray, vtkDataSetAttributes, vtkPointData, vtkCellData, vtkPolyData,
    vtkSphereSource,
    vtkFieldData, vtkDataObject, vtkDataSet, vtkPointSet,
)
from ._vtkbuf import vtkIdList, vtkCollection, vtkDataArrayCollection, vtkVariant  # noqa: F401
from ._vtkbuf import vtkImageData, vtkRectilinearGrid  # noqa: F401
from ._structured_data import vtkStructuredData  # noqa: F401
from ._vtkbuf import (  # noqa: F401
    vtkCompositeDataSet, vtkDataObjectTree, vtkMultiBlockDataSet, vtkPartitionedDataSet,
    vtkPartitionedDataSetCollection, vtkCompositeDataIterator, vtkDataObjectTreeIterator, vtkInformation,
)
from ._composite import vtkInformationKey, vtkInformationStringKey, vtkInformationIntegerKey  # noqa: F401
from ._vtkbuf import vtkStringArray, vtkVariantArray  # noqa: F401
from ._vtkbuf import vtkStructuredGrid, vtkTable  # noqa: F401
from ._templates import (  # noqa: F401
    vtkBuffer, vtkAOSDataArrayTemplate, vtkSOADataArrayTemplate,
    vtkScaledSOADataArrayTemplate, type_id, array_class, ARRAY_CLASSES, TYPE_TABLE, vtkBitArray,
)
from ._templates import vtkConstantArray, vtkAffineArray, vtkStructuredPointArray  # noqa: F401
try:  # the NumPy mixins of the array classes (vtkbuf imports without NumPy)
    import numpy as _np
except ImportError:  # pragma: no cover - numpy missing
    _np = None
if _np is not None:
    from . import _ndarray  # noqa: F401
from ._command import vtkCommand  # noqa: F401
from ._algorithm import vtkAlgorithm, vtkAlgorithmOutput, vtkTrivialProducer  # noqa: F401  (pipelines)
from . import _data_model  # noqa: F401  (point_data / cell_data)
from . import _image_data  # noqa: F401  (vtkImageData's scalar helpers)
from ._vtkbuf import IndexValueError  # noqa: F401  (an index error: ValueError and IndexError)
from ._io import read, write  # noqa: F401  (docs/io.md)
from ._io_legacy import vtkPolyDataReader, vtkPolyDataWriter, vtkDataSetReader, vtkDataSetWriter  # noqa: F401
from ._io_xml import (vtkXMLPolyDataReader, vtkXMLUnstructuredGridReader, vtkXMLImageDataReader,  # noqa: F401
                      vtkXMLRectilinearGridReader, vtkXMLStructuredGridReader, vtkXMLGenericDataObjectReader,
                      vtkXMLMultiBlockDataReader, vtkXMLPartitionedDataSetCollectionReader)
from ._io_xml_write import (vtkXMLWriter, vtkXMLPolyDataWriter, vtkXMLUnstructuredGridWriter,  # noqa: F401
                      vtkXMLImageDataWriter, vtkXMLRectilinearGridWriter, vtkXMLStructuredGridWriter,
                      vtkXMLDataSetWriter, vtkXMLMultiBlockDataWriter, vtkXMLPartitionedDataSetCollectionWriter)
from ._vtkbuf import vtkScalarsToColors, vtkLookupTable  # noqa: F401
from ._vtkbuf import vtkGeometryFilter, vtkDataSetSurfaceFilter  # noqa: F401
# the algorithms as Python subclasses with the pipeline methods (_algorithm.py)
from ._algorithm import vtkSphereSource, vtkGeometryFilter, vtkDataSetSurfaceFilter  # noqa: F401,E402
from . import _surface  # noqa: F401  (PassThrough* names)
from ._lookup_table import CONSTANTS as _LUT_CONSTANTS  # noqa: E402
globals().update(_LUT_CONSTANTS)
from ._io_legacy import (
    vtkUnstructuredGridReader, vtkUnstructuredGridWriter, vtkStructuredPointsReader, vtkStructuredPointsWriter,
    vtkStructuredGridReader, vtkStructuredGridWriter, vtkRectilinearGridReader, vtkRectilinearGridWriter,
    vtkDataObjectReader, vtkDataObjectWriter)  # noqa: F401

globals().update(ARRAY_CLASSES)
# the VTK type ids (VTK_FLOAT = 10, ...), from the core's type table
_TYPE_IDS = {row["vtk_name"]: row["id"] for row in TYPE_TABLE}
globals().update(_TYPE_IDS)
# every type constant of VTK 9.7's vtkCommonCore (VTK_BIT, VTK_SIZEOF_LONG, ...)
from ._constants import CONSTANTS as _CONSTANTS  # noqa: E402
globals().update(_CONSTANTS)

# the cells: vtkCell, a class per cell type (vtkTetra, ..., vtkGenericCell),
# vtkCellTypes and vtkCellType.h's VTK_* constants, all made by the core; the
# unstructured grid
from . import _vtkbuf as _core  # noqa: E402
_CELLS = {n: getattr(_core, n) for n in dir(_core)
          if isinstance(getattr(_core, n), type) and issubclass(getattr(_core, n), _core.vtkCell)}
_CELLS["vtkCellTypes"] = _core.vtkCellTypes
_CELLS["vtkUnstructuredGridBase"] = _core.vtkUnstructuredGridBase
_CELLS["vtkUnstructuredGrid"] = _core.vtkUnstructuredGrid
_CELL_TYPE_IDS = {n: getattr(_core, n) for n in dir(_core) if n.startswith("VTK_") and n not in globals()}
globals().update(_CELLS)
globals().update(_CELL_TYPE_IDS)
for _n, _c in list(_CELLS.items()):  # vtkGenericCell.SetCellTypeToTetra(), ... (the linear types)
    if "_vb_type" in vars(_c) and _n != "vtkGenericCell":
        setattr(_core.vtkGenericCell, f"SetCellTypeTo{_n[3:]}",
                lambda self, _t=_c._vb_type: self.SetCellType(_t))

import sys as _sys  # noqa: E402

__version__ = "0.1.0"
__all__ = ["vtkObject", "vtkAbstractBuffer", "vtkAbstractArray", "vtkDataArray", "vtkBuffer",
           "vtkAOSDataArrayTemplate", "vtkSOADataArrayTemplate",
           "vtkScaledSOADataArrayTemplate", "vtkCommand", "type_id",
           "vtkPoints", "vtkCellArray", "vtkDataSetAttributes", "vtkPointData", "vtkCellData",
           "vtkPolyData", "vtkSphereSource", "vtkAlgorithm", "vtkAlgorithmOutput", "vtkTrivialProducer", "vtkDataObject",
           "vtkIdList", "vtkCollection", "vtkDataArrayCollection", "vtkVariant",
           "vtkFieldData", "vtkDataSet", "vtkPointSet",
           "vtkImageData", "vtkRectilinearGrid", "vtkStructuredData", "vtkConstantArray", "vtkAffineArray", "vtkStructuredPointArray",
           "vtkCompositeDataSet", "vtkDataObjectTree", "vtkMultiBlockDataSet", "vtkPartitionedDataSet",
           "vtkPartitionedDataSetCollection", "vtkCompositeDataIterator", "vtkDataObjectTreeIterator",
           "vtkInformation", "vtkInformationKey", "vtkInformationStringKey", "vtkInformationIntegerKey",
           "vtkStringArray", "vtkVariantArray", "vtkStructuredGrid", "vtkTable",
           "read", "write", "vtkPolyDataReader", "vtkPolyDataWriter", "vtkDataSetReader", "vtkDataSetWriter",
           "vtkXMLPolyDataReader", "vtkXMLUnstructuredGridReader", "vtkXMLImageDataReader",
           "vtkXMLRectilinearGridReader", "vtkXMLStructuredGridReader", "vtkXMLGenericDataObjectReader",
           "vtkXMLMultiBlockDataReader", "vtkXMLPartitionedDataSetCollectionReader",
           *ARRAY_CLASSES, *dict.fromkeys(["VTK_VOID", *_TYPE_IDS, *_CONSTANTS]),
           *_CELLS, *_CELL_TYPE_IDS, "vtkScalarsToColors", "vtkLookupTable", *_LUT_CONSTANTS,
           "vtkGeometryFilter", "vtkDataSetSurfaceFilter", "show"]


def show(obj, **options):
    """An interactive 3-D view of a data set in a notebook (the vtkbuf-view package)."""
    from vtkbuf_view import show as view
    return view(obj, **options)


if "IPython" in _sys.modules:  # data sets display as views where vtkbuf-view is installed
    try:
        import vtkbuf_view  # noqa: F401  (its import registers the display)
    except ImportError:
        pass
