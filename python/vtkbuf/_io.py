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
    base = "."
    if isinstance(source, (str, os.PathLike)):
        with open(source, "rb") as f:
            data = f.read()
        base = os.path.dirname(os.path.abspath(source))
    else:
        data = memoryview(source).cast("B")
    head = bytes(data[:64]).lstrip()
    if head.startswith(b"# vtk DataFile"):
        return _c._legacy_read(data, 0)[0]
    if head.startswith(b"<"):
        from ._io_xml import _xml_read
        return _xml_read(data, base)
    raise ValueError("read: not a VTK file (neither '# vtk DataFile' nor XML at its start)")


def write(obj, path=None, *, format=None, binary=False, version=51, header="vtk output",
          field_data_name="FieldData"):
    """Write obj as a VTK file to path (returns None) or, path None, return its bytes.

    format: "legacy" (the default, and for a ``.vtk`` path). Legacy options: binary
    (VTK's SetFileTypeToBinary), version (51, VTK 9.7.1's default, or 42), header,
    field_data_name."""
    if format is None:
        ext = os.path.splitext(os.fspath(path))[1].lower() if path is not None else ".vtk"
        if ext not in _LEGACY_EXT:
            raise ValueError("write: unknown file extension %r (.vtk)" % ext)
        format = "legacy"
    if format != "legacy":
        raise ValueError("write: format %r (legacy)" % (format,))
    if version not in (42, 51):
        raise ValueError("write: version %r (42 or 51)" % (version,))
    data = _c._legacy_write(obj, bool(binary), version, str(header).encode("utf-8"),
                            str(field_data_name).encode("utf-8"))
    if path is None:
        return data
    with open(path, "wb") as f:
        f.write(data)
    return None
