"""VTK's XML readers (vtkIOXML) over the core's parser (docs/io.md).

``Update()`` reads (the pipeline methods: _algorithm.py). zlib blocks are inflated by Python's ``zlib``
(the core hands each block over with its expected size and refuses more). Bad
files raise ``ValueError`` naming line and byte; a file that cannot be opened
raises ``OSError``.
"""
import os
import zlib

from . import _vtkbuf as _c
from ._algorithm import vtkAlgorithm
from ._io_legacy import _FileInput, _out_string


def _inflate(block, expected):
    return zlib.decompressobj().decompress(block, expected + 1)


def _xml_read(data, base=".", path=None):
    """data: the file's bytes, or None to read the file at path (the core reads it into memory
    its arrays may share); base: the directory the files a composite file names are relative to"""
    def load(name):
        p = os.path.join(base, name)
        return _xml_read(None, os.path.dirname(p), p)
    if data is not None:
        return _c._xml_read(data, _inflate, load)[0]
    with open(path, "rb", buffering=0) as f:
        return _c._xml_read(f, _inflate, load, os.fstat(f.fileno()).st_size)[0]


class _XMLReader(_FileInput, vtkAlgorithm):
    """The settings every XML reader shares (vtkXMLReader)."""

    _output_class = None
    _vb_ports = (0, 1)
    _vb_isa = ("vtkAlgorithm", "vtkXMLReader")

    def __init__(self):
        self._file_name = None
        self._from_string = 0
        self._input = None
        self._output = self._output_class() if self._output_class else None


    def GetInputString(self):
        return None if self._input is None else _out_string(self._input)

    def CanReadFile(self, name):
        try:
            with open(name, "rb") as f:
                head = f.read(512)
        except OSError:
            return 0
        kind = self._output_class().GetClassName()[3:] if self._output_class else ""
        return 1 if b"<VTKFile" in head and ('type="%s"' % kind).encode() in head else 0

    def Update(self):
        if self._from_string:
            obj = _xml_read(self._input if self._input is not None else b"")
        elif not self._file_name:
            raise OSError("Update: no file name (SetFileName) and not reading from a string")
        else:
            obj = _xml_read(None, os.path.dirname(os.path.abspath(self._file_name)), self._file_name)
        if self._output_class is None:
            self._output = obj
        elif not isinstance(obj, self._output_class):
            raise ValueError(f"Update: the file holds a {obj.GetClassName()}, not a {self._output_class.__name__}")
        elif hasattr(obj, "CompositeShallowCopy"):
            self._output.CompositeShallowCopy(obj)  # the blocks shared, as VTK's reader output
        else:
            self._output.ShallowCopy(obj)
        return 1

    def GetOutput(self, port=0):
        if port != 0:
            raise ValueError("GetOutput: port %d (a reader has port 0)" % port)
        return self._output

    GetOutputDataObject = GetOutput

    def GetNumberOfPoints(self):
        return self._output.GetNumberOfPoints() if self._output is not None else 0

    def GetNumberOfCells(self):
        return self._output.GetNumberOfCells() if self._output is not None else 0

    def _arrays(self, cells):
        o = self._output
        at = None if o is None else (o.GetCellData() if cells else o.GetPointData())
        return [] if at is None else [at.GetArrayName(i) for i in range(at.GetNumberOfArrays())]

    def GetNumberOfPointArrays(self):
        return len(self._arrays(0))

    def GetPointArrayName(self, i):
        names = self._arrays(0)
        return names[i] if 0 <= i < len(names) else None

    def GetNumberOfCellArrays(self):
        return len(self._arrays(1))

    def GetCellArrayName(self, i):
        names = self._arrays(1)
        return names[i] if 0 <= i < len(names) else None


class vtkXMLPolyDataReader(_XMLReader):
    """VTK's vtkXMLPolyDataReader: a .vtp file to a vtkPolyData."""

    _output_class = _c.vtkPolyData


class vtkXMLUnstructuredGridReader(_XMLReader):
    """VTK's vtkXMLUnstructuredGridReader: a .vtu file (polyhedra included) to a vtkUnstructuredGrid."""

    _output_class = _c.vtkUnstructuredGrid


class vtkXMLImageDataReader(_XMLReader):
    """VTK's vtkXMLImageDataReader: a .vti file to a vtkImageData."""

    _output_class = _c.vtkImageData


class vtkXMLRectilinearGridReader(_XMLReader):
    """VTK's vtkXMLRectilinearGridReader: a .vtr file to a vtkRectilinearGrid."""

    _output_class = _c.vtkRectilinearGrid


class vtkXMLStructuredGridReader(_XMLReader):
    """VTK's vtkXMLStructuredGridReader: a .vts file to a vtkStructuredGrid."""

    _output_class = _c.vtkStructuredGrid


class vtkXMLMultiBlockDataReader(_XMLReader):
    """VTK's vtkXMLMultiBlockDataReader: a .vtm file (and the files it names) to a vtkMultiBlockDataSet."""

    _output_class = _c.vtkMultiBlockDataSet


class vtkXMLPartitionedDataSetCollectionReader(_XMLReader):
    """VTK's vtkXMLPartitionedDataSetCollectionReader: a .vtpc file (and the files it names)."""

    _output_class = _c.vtkPartitionedDataSetCollection


class vtkXMLGenericDataObjectReader(_XMLReader):
    """VTK's vtkXMLGenericDataObjectReader: any serial XML file; the output's class is the file's."""

    def CanReadFile(self, name):
        try:
            with open(name, "rb") as f:
                return 1 if b"<VTKFile" in f.read(512) else 0
        except OSError:
            return 0


def _typed_output(cls):
    return lambda self: self._output if isinstance(self._output, cls) else None


for _n, _cls in (("PolyData", _c.vtkPolyData), ("UnstructuredGrid", _c.vtkUnstructuredGrid),
                 ("ImageData", _c.vtkImageData), ("RectilinearGrid", _c.vtkRectilinearGrid),
                 ("StructuredGrid", _c.vtkStructuredGrid), ("MultiBlockDataSet", _c.vtkMultiBlockDataSet)):
    setattr(vtkXMLGenericDataObjectReader, "Get%sOutput" % _n, _typed_output(_cls))
