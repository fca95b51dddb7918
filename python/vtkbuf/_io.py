"""The short pair: ``vtkbuf.read(path_or_bytes)`` and ``vtkbuf.write(obj, path, **options)``.

The format comes from the bytes (legacy files start with ``# vtk DataFile``) when
reading and from the file name's extension (or ``format=``) when writing.
"""
import os

from . import _vtkbuf as _c

_LEGACY_EXT = (".vtk",)


def read(source):
    """The data object in a VTK file: ``source`` is a path (str or os.PathLike) or
    the file's bytes (bytes, bytearray, memoryview). ``ValueError`` for a bad file."""
    base = path = None
    if isinstance(source, (str, os.PathLike)):
        with open(source, "rb") as f:
            data = f.read(64)
        base, path = os.path.dirname(os.path.abspath(source)), source
    else:
        data = memoryview(source).cast("B")
    head = bytes(data[:64]).lstrip()
    if head.startswith(b"# vtk DataFile"):
        if path is not None:
            with open(path, "rb") as f:
                data = f.read()
        return _c._legacy_read(data, 0)[0]
    if head.startswith(b"<"):
        from ._io_xml import _xml_read  # a file: read by the core into memory its arrays may share
        return _xml_read(None, base, path) if path is not None else _xml_read(data, ".")
    raise ValueError("read: not a VTK file (neither '# vtk DataFile' nor XML at its start)")


_XML_MODES = {"ascii": 0, "binary": 1, "appended": 2}


def write(obj, path=None, *, format=None, binary=False, version=51, header="vtk output",
          field_data_name="FieldData", data_mode="appended", compressor="zlib", header_type=32,
          encode=True):
    """Write obj as a VTK file to path (returns None) or, path None, return its bytes.

    format: "legacy" (``.vtk``) or an XML extension ("vtp", "vtu", "vti", "vtr", "vts", and
    the composite "vtm", "vtpc", which write a directory of leaf files next to path);
    by default from path's extension. Legacy options: binary (VTK's
    SetFileTypeToBinary), version (51, VTK 9.7.1's default, or 42), header,
    field_data_name. XML options (VTK's defaults): data_mode ("appended", "binary",
    "ascii"), compressor ("zlib" or None), header_type (32 or 64), encode (appended
    data base64, else raw)."""
    from ._io_xml_write import XML_EXTENSIONS
    if format is None:
        ext = os.path.splitext(os.fspath(path))[1].lower() if path is not None else ".vtk"
        if ext not in _LEGACY_EXT and ext not in XML_EXTENSIONS:
            raise ValueError("write: unknown file extension %r (.vtk %s)" % (ext, " ".join(XML_EXTENSIONS)))
        format = "legacy" if ext in _LEGACY_EXT else ext[1:]
    if "." + str(format) in XML_EXTENSIONS:
        if data_mode not in _XML_MODES or compressor not in ("zlib", None, "none") or header_type not in (32, 64):
            raise ValueError("write: data_mode %r (ascii, binary, appended), compressor %r (zlib, None), "
                             "header_type %r (32, 64)" % (data_mode, compressor, header_type))
        w = XML_EXTENSIONS["." + format]()
        w.SetInputData(obj)
        w.SetDataMode(_XML_MODES[data_mode])
        w.SetCompressorType(1 if compressor == "zlib" else 0)
        w.SetHeaderType(header_type)
        w.SetEncodeAppendedData(encode)
        if format in ("vtm", "vtpc"):
            if path is None:
                raise ValueError("write: a .%s file needs a path (its leaves go to a directory named after it)" % format)
            w.SetFileName(os.fspath(path))
            w.Write()
            return None
        data = w._bytes()
    elif format != "legacy":
        raise ValueError("write: format %r (legacy, vtp, vtu, vti, vtr, vts, vtm, vtpc)" % (format,))
    else:
        if version not in (42, 51):
            raise ValueError("write: version %r (42 or 51)" % (version,))
        data = _c._legacy_write(obj, bool(binary), version, str(header).encode("utf-8"),
                                str(field_data_name).encode("utf-8"))
    if path is None:
        return data
    with open(path, "wb") as f:
        f.write(data)
    return None
