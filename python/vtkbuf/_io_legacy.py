"""VTK's legacy readers and writers (vtkIOLegacy) over the core's parser (docs/io.md).

A reader's ``Update()`` reads, a writer writes its input (``SetInputData`` or
``SetInputConnection``: _algorithm.py) on ``Write()``. Bad files raise ``ValueError`` naming the line and byte
(VTK logs an error and gives an empty output); a file that cannot be opened
raises ``OSError``.
"""
from . import _vtkbuf as _c
from ._algorithm import vtkAlgorithm

VTK_ASCII = 1
VTK_BINARY = 2
# bits of the core's read_all argument (vb_io.h): 1 << vtkDataSetAttributes type
_READ_ALL = {"Scalars": 1 << 0, "Vectors": 1 << 1, "Normals": 1 << 2, "TCoords": 1 << 3,
             "Tensors": 1 << 4, "ColorScalars": 1 << 12, "Fields": 1 << 13}


def _as_bytes(s, length=None):
    if isinstance(s, str):
        s = s.encode("utf-8", "surrogateescape")
    b = bytes(s)
    return b if length is None else b[:length]


def _out_string(b):
    try:
        return b.decode("utf-8")
    except UnicodeDecodeError:
        return b


class _FileInput:
    """A reader's source, shared by the legacy and XML readers: a file name, or
    (ReadFromInputStringOn) the bytes given to SetInputString."""

    def SetFileName(self, name):
        self._file_name = None if name is None else str(name)

    def GetFileName(self):
        return self._file_name

    def SetInputString(self, s, length=None):
        self._input = None if s is None else _as_bytes(s, length)


class _StringOutput:
    """A writer's destination, shared by the legacy and XML writers: the file, or
    (WriteToOutputStringOn) GetOutputString."""

    def GetOutputString(self):
        return None if self._output is None else _out_string(self._output)


def _flag(cls, name, attr):
    """VTK's Set<name>(on) / Get<name>() / <name>On() / <name>Off() over the 0/1 attribute attr"""
    setattr(cls, "Set" + name, lambda self, on: setattr(self, attr, 1 if on else 0))
    setattr(cls, "Get" + name, lambda self: getattr(self, attr))
    setattr(cls, name + "On", lambda self: setattr(self, attr, 1))
    setattr(cls, name + "Off", lambda self: setattr(self, attr, 0))


_flag(_FileInput, "ReadFromInputString", "_from_string")
_flag(_StringOutput, "WriteToOutputString", "_to_string")


class _Reader(_FileInput, vtkAlgorithm):
    """The settings every legacy reader shares (vtkDataReader)."""

    _output_class = None
    _vb_ports = (0, 1)
    _vb_isa = ("vtkAlgorithm", "vtkDataReader", "vtkSimpleReader", "vtkReaderAlgorithm")

    def __init__(self):
        self._file_name = None
        self._from_string = 0
        self._input = None
        self._read_all = 0
        self._header = None
        self._version = 0
        self._file_type = 0
        self._output = self._output_class() if self._output_class else None

    # --- input (file name, input string: _FileInput) ---

    def SetBinaryInputString(self, s, length):
        self._input = _as_bytes(s, length)

    def GetInputString(self):
        return None if self._input is None else _out_string(self._input)

    def GetInputStringLength(self):
        return 0 if self._input is None else len(self._input)

    # --- what the last read found ---
    def GetHeader(self):
        return self._header

    def GetFileVersion(self):
        return self._version

    def GetFileMajorVersion(self):
        return self._version // 10

    def GetFileMinorVersion(self):
        return self._version % 10

    def GetFileType(self):
        return self._file_type

    def _data(self):
        if self._from_string:
            return self._input if self._input is not None else b""
        if not self._file_name:
            raise OSError("Update: no file name (SetFileName) and not reading from a string")
        with open(self._file_name, "rb") as f:
            return f.read()

    def Update(self):
        obj, version, binary, header = _c._legacy_read(self._data(), self._read_all)
        if obj.GetClassName() != self._output_class.__name__:
            raise ValueError(f"Update: the file holds a {obj.GetClassName()}, "
                             f"not a {self._output_class.__name__}")
        self._output.ShallowCopy(obj)
        self._version, self._file_type = version, VTK_BINARY if binary else VTK_ASCII
        self._header = header.decode("utf-8", "replace")
        return 1

    def GetOutput(self, port=0):
        if port != 0:
            raise ValueError("GetOutput: port %d (a reader has port 0)" % port)
        return self._output

    def GetOutputDataObject(self, port=0):
        return self.GetOutput(port)


def _read_all_methods(name, bit):
    def set_(self, on):
        self._read_all = (self._read_all | bit) if on else (self._read_all & ~bit)

    def get_(self):
        return 1 if self._read_all & bit else 0

    setattr(_Reader, "SetReadAll" + name, set_)
    setattr(_Reader, "GetReadAll" + name, get_)
    setattr(_Reader, "ReadAll%sOn" % name, lambda self: set_(self, 1))
    setattr(_Reader, "ReadAll%sOff" % name, lambda self: set_(self, 0))


for _n, _b in _READ_ALL.items():
    _read_all_methods(_n, _b)


def _reader(name, out, doc):
    return type(name, (_Reader,), {"_output_class": out, "__doc__": "VTK's %s: a legacy .vtk file to a %s." % (name, doc)})


# one reader per kind (VTK's vtkStructuredPointsReader makes a vtkStructuredPoints,
# a vtkImageData subclass vtkbuf does not have: it makes the vtkImageData)
vtkPolyDataReader = _reader("vtkPolyDataReader", _c.vtkPolyData, "vtkPolyData")
vtkUnstructuredGridReader = _reader("vtkUnstructuredGridReader", _c.vtkUnstructuredGrid, "vtkUnstructuredGrid")
vtkStructuredPointsReader = _reader("vtkStructuredPointsReader", _c.vtkImageData, "vtkImageData")
vtkStructuredGridReader = _reader("vtkStructuredGridReader", _c.vtkStructuredGrid, "vtkStructuredGrid")
vtkRectilinearGridReader = _reader("vtkRectilinearGridReader", _c.vtkRectilinearGrid, "vtkRectilinearGrid")
vtkDataObjectReader = _reader("vtkDataObjectReader", _c.vtkDataObject, "vtkDataObject (a FIELD file)")


class _Writer(_StringOutput, vtkAlgorithm):
    """The settings every legacy writer shares (vtkDataWriter)."""

    _vb_ports = (1, 0)
    _vb_isa = ("vtkAlgorithm", "vtkWriter", "vtkDataWriter")

    def __init__(self):
        self._input = None
        self._file_name = None
        self._file_type = VTK_ASCII
        self._version = 51
        self._header = "vtk output"
        self._field_name = "FieldData"
        self._to_string = 0
        self._output = None

    def _vb_set_input(self, obj):  # SetInputData / the connection's data (_algorithm.py)
        self._input = obj

    def GetInput(self, port=0):
        return self._input

    def SetFileName(self, name):
        self._file_name = None if name is None else str(name)

    def GetFileName(self):
        return self._file_name

    def SetFileType(self, t):
        self._file_type = VTK_BINARY if t == VTK_BINARY else VTK_ASCII  # VTK clamps to [1, 2]

    def GetFileType(self):
        return self._file_type

    def SetFileTypeToASCII(self):
        self._file_type = VTK_ASCII

    def SetFileTypeToBinary(self):
        self._file_type = VTK_BINARY

    def SetFileVersion(self, v):
        if v not in (42, 51):
            raise ValueError("SetFileVersion: %r (42 or 51)" % (v,))
        self._version = v

    def GetFileVersion(self):
        return self._version

    def SetHeader(self, h):
        self._header = "" if h is None else str(h)

    def GetHeader(self):
        return self._header

    def SetFieldDataName(self, n):
        self._field_name = str(n)

    def GetFieldDataName(self):
        return self._field_name


    def GetOutputStdString(self):
        return "" if self._output is None else _out_string(self._output)

    def GetOutputStringLength(self):
        return 0 if self._output is None else len(self._output)

    def GetBinaryOutputString(self):
        return self._output

    _input_class = None

    def _check(self):
        if self._input_class and self._input.GetClassName() != self._input_class.__name__:
            raise TypeError("Write: a %s writes a %s, not a %s" % (type(self).__name__, self._input_class.__name__,
                                                                    self._input.GetClassName()))

    def Write(self):
        self._vb_pull()
        if self._input is None:
            raise ValueError("Write: no input (SetInputData)")
        self._check()
        data = _c._legacy_write(self._input, self._file_type == VTK_BINARY, self._version,
                                self._header.encode("utf-8"), self._field_name.encode("utf-8"),
                                getattr(self, "_write_extent", 0))
        if self._to_string:
            self._output = data
        else:
            if not self._file_name:
                raise OSError("Write: no file name (SetFileName)")
            with open(self._file_name, "wb") as f:
                f.write(data)
        return 1

    Update = Write


def _writer(name, cls):
    return type(name, (_Writer,), {"_input_class": cls, "__doc__": "VTK's %s: a %s to a legacy .vtk file, "
                                   "byte for byte as VTK 9.7.1." % (name, cls.__name__)})


vtkPolyDataWriter = _writer("vtkPolyDataWriter", _c.vtkPolyData)
vtkUnstructuredGridWriter = _writer("vtkUnstructuredGridWriter", _c.vtkUnstructuredGrid)
vtkStructuredPointsWriter = _writer("vtkStructuredPointsWriter", _c.vtkImageData)
vtkStructuredGridWriter = _writer("vtkStructuredGridWriter", _c.vtkStructuredGrid)
vtkRectilinearGridWriter = _writer("vtkRectilinearGridWriter", _c.vtkRectilinearGrid)
for _w in (vtkStructuredPointsWriter, vtkStructuredGridWriter, vtkRectilinearGridWriter):  # EXTENT, not DIMENSIONS
    _w.SetWriteExtent = lambda self, on: setattr(self, "_write_extent", 1 if on else 0)
    _w.GetWriteExtent = lambda self: bool(getattr(self, "_write_extent", 0))  # VTK: a bool
    _w.WriteExtentOn = lambda self: setattr(self, "_write_extent", 1)
    _w.WriteExtentOff = lambda self: setattr(self, "_write_extent", 0)
vtkDataObjectWriter = _writer("vtkDataObjectWriter", _c.vtkDataObject)


class vtkDataSetReader(_Reader):
    """VTK's vtkDataSetReader: a legacy data set file of any kind."""

    _output_class = None

    def Update(self):
        obj, version, binary, header = _c._legacy_read(self._data(), self._read_all)
        if not isinstance(obj, _c.vtkDataSet):
            raise ValueError("Update: the file holds a %s, not a data set" % obj.GetClassName())
        self._output = obj
        self._version, self._file_type = version, VTK_BINARY if binary else VTK_ASCII
        self._header = header.decode("utf-8", "replace")
        return 1



for _n, _k in (("PolyData", "vtkPolyData"), ("UnstructuredGrid", "vtkUnstructuredGrid"),
               ("StructuredPoints", "vtkImageData"), ("StructuredGrid", "vtkStructuredGrid"),
               ("RectilinearGrid", "vtkRectilinearGrid")):
    setattr(vtkDataSetReader, "Get%sOutput" % _n, (lambda k: lambda self: (
        self._output if self._output is not None and self._output.GetClassName() == k else None))(_k))


class vtkDataSetWriter(_Writer):
    """VTK's vtkDataSetWriter: a data set of any kind to a legacy file."""

    def _check(self):
        if not isinstance(self._input, _c.vtkDataSet):
            raise TypeError("Write: a vtkDataSetWriter writes data sets, not a %s" % self._input.GetClassName())
