"""VTK's XML writers (vtkIOXML) over the core's writer (docs/io.md).

``SetInputData`` or ``SetInputConnection`` (_algorithm.py), then ``Write()``. The files are byte for byte what
VTK 9.7.1 writes for a freshly built data set (tests/io/gen_xml_write.py); zlib
blocks are compressed by Python's ``zlib`` at VTK's level.
"""
import os as _os
import zlib as _zlib

from . import _vtkbuf as _c
from ._algorithm import vtkAlgorithm
from ._io_legacy import _StringOutput

_ASCII, _BINARY, _APPENDED = 0, 1, 2
_NONE, _ZLIB = 0, 1
_UINT32, _UINT64 = 32, 64


def _deflate(level):
    return lambda data, _lvl: _zlib.compress(data, level)


class vtkXMLWriter(_StringOutput, vtkAlgorithm):
    """The settings every XML writer shares (vtkXMLWriter); VTK's defaults:
    appended, base64-encoded, zlib, UInt32 headers."""

    _kind = None  # the class of data object the writer takes (None: any)
    _vb_ports = (1, 0)
    _vb_isa = ("vtkAlgorithm", "vtkXMLWriterBase")

    def __init__(self):
        self._input = None
        self._file_name = None
        self._mode = _APPENDED
        self._encode = True
        self._compressor = _ZLIB
        self._level = 5
        self._header = _UINT32
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

    def SetDataMode(self, m):
        if m not in (_ASCII, _BINARY, _APPENDED):
            raise ValueError("SetDataMode: %r (0 ascii, 1 binary, 2 appended)" % (m,))
        self._mode = m

    def GetDataMode(self):
        return self._mode

    def SetDataModeToAscii(self):
        self._mode = _ASCII

    def SetDataModeToBinary(self):
        self._mode = _BINARY

    def SetDataModeToAppended(self):
        self._mode = _APPENDED

    def SetEncodeAppendedData(self, on):
        self._encode = bool(on)  # a bool property in VTK

    def GetEncodeAppendedData(self):
        return self._encode

    def EncodeAppendedDataOn(self):
        self._encode = True

    def EncodeAppendedDataOff(self):
        self._encode = False

    def SetCompressorType(self, t):
        if t not in (_NONE, _ZLIB):
            raise ValueError("SetCompressorType: %r (0 none, 1 zlib; LZ4 and LZMA are not written)" % (t,))
        self._compressor = t

    def SetCompressorTypeToNone(self):
        self._compressor = _NONE

    def SetCompressorTypeToZLib(self):
        self._compressor = _ZLIB

    def SetCompressionLevel(self, level):
        self._level = min(max(int(level), 1), 9)  # VTK clamps to [1, 9]

    def GetCompressionLevel(self):
        return self._level

    def SetHeaderType(self, t):
        if t not in (_UINT32, _UINT64):
            raise ValueError("SetHeaderType: %r (32 or 64)" % (t,))
        self._header = t

    def GetHeaderType(self):
        return self._header

    def SetHeaderTypeToUInt32(self):
        self._header = _UINT32

    def SetHeaderTypeToUInt64(self):
        self._header = _UINT64


    def _bytes(self, sink=None):
        """the file's bytes (the input updated first); sink: a composite's index file name (its
        files come back framed), or a callable: sink(memoryview) with the file's pieces in order
        (the first once the header is made: nothing is written for an input that cannot be)"""
        self._vb_pull()
        if self._input is None:
            raise ValueError("Write: no input (SetInputData)")
        if self._kind is not None and not isinstance(self._input, self._kind):
            raise TypeError("Write: %s takes a %s, not a %s" % (
                type(self).__name__, self._kind.__name__, type(self._input).__name__))
        deflate = _deflate(self._level) if self._compressor == _ZLIB else None
        return _c._xml_write(self._input, self._mode, not self._encode, self._header == _UINT64, deflate, sink)

    def Write(self):
        if self._to_string:
            self._output = self._bytes()
        else:
            name = self._file_name
            if not name:
                raise OSError("Write: no file name (SetFileName)")

            f = []

            def sink(data):  # the file is opened with the first piece
                if not f:
                    f.append(open(name, "wb"))
                f[0].write(data)
            try:
                self._bytes(sink)
            finally:
                if f:
                    f[0].close()
        return 1

    Update = Write


def _writer(name, kind, ext):
    cls = type(name, (vtkXMLWriter,), {"__doc__": "VTK's %s (.%s)." % (name, ext), "_kind": kind,
                                       "GetDefaultFileExtension": lambda self: ext})
    cls.__module__ = __name__
    return cls


vtkXMLPolyDataWriter = _writer("vtkXMLPolyDataWriter", _c.vtkPolyData, "vtp")
vtkXMLUnstructuredGridWriter = _writer("vtkXMLUnstructuredGridWriter", _c.vtkUnstructuredGrid, "vtu")
vtkXMLImageDataWriter = _writer("vtkXMLImageDataWriter", _c.vtkImageData, "vti")
vtkXMLRectilinearGridWriter = _writer("vtkXMLRectilinearGridWriter", _c.vtkRectilinearGrid, "vtr")
vtkXMLStructuredGridWriter = _writer("vtkXMLStructuredGridWriter", _c.vtkStructuredGrid, "vts")
vtkXMLDataSetWriter = _writer("vtkXMLDataSetWriter", None, "vtk")

def _split(data):
    """the files vb_xml_write_composite framed: {path relative to the index file: bytes}, the index under """""
    files, i = {}, 0
    while i < len(data):
        j = data.index(b"\0", i)
        n = int.from_bytes(data[j + 1:j + 9], "little")
        files[data[i:j].decode("utf-8")] = data[j + 9:j + 9 + n]
        i = j + 9 + n
    return files


class _CompositeWriter(vtkXMLWriter):
    """VTK's composite XML writers: the index file plus one serial XML file per
    leaf data set in the directory named after it (``name/name_0.vtp``); files
    only (no string output), nothing written when any leaf fails."""

    def _files(self, name):
        return _split(self._bytes(_os.fspath(name)))

    def Write(self):
        if self._to_string:
            raise ValueError("Write: %s writes files, not a string (SetFileName)" % type(self).__name__)
        if not self._file_name:
            raise OSError("Write: no file name (SetFileName)")
        files = self._files(self._file_name)
        base = _os.path.dirname(self._file_name)
        for rel, data in files.items():
            path = _os.path.join(base, rel) if rel else self._file_name
            if rel:
                _os.makedirs(_os.path.dirname(path), exist_ok=True)
            with open(path, "wb") as f:
                f.write(data)
        return 1

    Update = Write


class vtkXMLMultiBlockDataWriter(_CompositeWriter):
    """VTK's vtkXMLMultiBlockDataWriter (.vtm): a vtkMultiBlockDataSet (nested blocks, names)."""

    _kind = _c.vtkMultiBlockDataSet

    def GetDefaultFileExtension(self):
        return "vtm"


class vtkXMLPartitionedDataSetCollectionWriter(_CompositeWriter):
    """VTK's vtkXMLPartitionedDataSetCollectionWriter (.vtpc): a vtkPartitionedDataSetCollection."""

    _kind = _c.vtkPartitionedDataSetCollection

    def GetDefaultFileExtension(self):
        return "vtpc"


XML_EXTENSIONS = {".vtp": vtkXMLPolyDataWriter, ".vtu": vtkXMLUnstructuredGridWriter,
                  ".vti": vtkXMLImageDataWriter, ".vtr": vtkXMLRectilinearGridWriter,
                  ".vts": vtkXMLStructuredGridWriter, ".vtm": vtkXMLMultiBlockDataWriter,
                  ".vtpc": vtkXMLPartitionedDataSetCollectionWriter}
