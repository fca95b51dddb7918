"""Template-style class lookup, as in VTK's Python wrapping: ``vtkBuffer['float64']``.

A key names one scalar type: a NumPy dtype name ('float64'), a NumPy dtype or
scalar type (numpy.float64), a struct format character ('d'), a C type name
('double', 'unsigned char', 'vtkIdType'), or the Python type float.
"""
from . import _vtkbuf as _c

# Canonical names and their VTK type ids. 64-bit integers are 'long long' on
# every platform (C 'long' is 4 bytes on wasm32).
_BY_NAME = {
    "int8": _c.VTK_SIGNED_CHAR, "uint8": _c.VTK_UNSIGNED_CHAR,
    "int16": _c.VTK_SHORT, "uint16": _c.VTK_UNSIGNED_SHORT,
    "int32": _c.VTK_INT, "uint32": _c.VTK_UNSIGNED_INT,
    "int64": _c.VTK_LONG_LONG, "uint64": _c.VTK_UNSIGNED_LONG_LONG,
    "float32": _c.VTK_FLOAT, "float64": _c.VTK_DOUBLE,
    # C type names VTK also instantiates
    "char": _c.VTK_CHAR, "signed char": _c.VTK_SIGNED_CHAR, "unsigned char": _c.VTK_UNSIGNED_CHAR,
    "short": _c.VTK_SHORT, "unsigned short": _c.VTK_UNSIGNED_SHORT,
    "int": _c.VTK_INT, "unsigned int": _c.VTK_UNSIGNED_INT,
    "long": _c.VTK_LONG, "unsigned long": _c.VTK_UNSIGNED_LONG,
    "long long": _c.VTK_LONG_LONG, "unsigned long long": _c.VTK_UNSIGNED_LONG_LONG,
    "float": _c.VTK_FLOAT, "double": _c.VTK_DOUBLE, "vtkIdType": _c.VTK_ID_TYPE,
}
_BY_FORMAT = {
    "b": _c.VTK_SIGNED_CHAR, "B": _c.VTK_UNSIGNED_CHAR, "h": _c.VTK_SHORT,
    "H": _c.VTK_UNSIGNED_SHORT, "i": _c.VTK_INT, "I": _c.VTK_UNSIGNED_INT,
    "l": _c.VTK_LONG, "L": _c.VTK_UNSIGNED_LONG, "q": _c.VTK_LONG_LONG,
    "Q": _c.VTK_UNSIGNED_LONG_LONG, "f": _c.VTK_FLOAT, "d": _c.VTK_DOUBLE,
}
_SUFFIX = {v: k for k, v in reversed(list(_BY_NAME.items()))}
_SUFFIX[_c.VTK_CHAR] = "char"
_SUFFIX[_c.VTK_LONG] = "long"
_SUFFIX[_c.VTK_UNSIGNED_LONG] = "unsigned long"
_SUFFIX[_c.VTK_ID_TYPE] = "vtkIdType"


class _VtkTypeId(int):
    """Internal marker: an int that is already a VTK type id (plain ints are not keys)."""


def type_id(key):
    """VTK type id for a template key; TypeError/ValueError for anything else."""
    if type(key) is _VtkTypeId:
        return int(key)
    if key is float:
        return _c.VTK_DOUBLE
    if isinstance(key, str):
        if key in _BY_NAME:
            return _BY_NAME[key]
        if key in _BY_FORMAT:
            return _BY_FORMAT[key]
        raise ValueError(f"unknown scalar type key {key!r}; use e.g. 'float64', 'int32', 'd'")
    if isinstance(key, type) or hasattr(key, "dtype") or type(key).__name__.endswith("DType") \
            or type(key).__module__ == "numpy":
        try:
            import numpy as np
            dt = np.dtype(key)
        except Exception:
            raise TypeError(f"cannot use {key!r} as a scalar type key") from None
        if dt.name in _BY_NAME and dt.kind in "iuf":
            return _BY_NAME[dt.name]
        raise ValueError(f"unsupported dtype {dt} (supported: int8..uint64, float32, float64)")
    raise TypeError(f"cannot use {key!r} as a scalar type key")


def _canonical(tid):
    """Canonical key name of a VTK type id (for class names)."""
    return _SUFFIX[tid]


class _Template:
    """``Name[key]`` returns the concrete class for one scalar type (cached)."""

    def __init__(self, name, base, doc, layout=None):
        self.__name__ = name
        self._base = base
        self._layout = layout
        self._classes = {}
        self.__doc__ = doc

    def __getitem__(self, key):
        tid = type_id(key)
        cls = self._classes.get(tid)
        if cls is None:
            ns = {"_vb_type": tid, "__module__": "vtkbuf", "__slots__": ()}
            if self._layout is not None:
                ns["_vb_layout"] = self._layout
            cls = type(f"{self.__name__}[{_canonical(tid)}]", (self._base,), ns)
            cls.__qualname__ = cls.__name__
            self._classes[tid] = cls
        return cls

    def keys(self):
        return list(_BY_NAME)

    def __call__(self, *args, **kwargs):
        raise TypeError(f"{self.__name__} is a template: use {self.__name__}['float64']() etc.")

    def __repr__(self):
        return f"<vtkbuf template {self.__name__}>"


vtkBuffer = _Template("vtkBuffer", _c.vtkAbstractBuffer,
                      "Typed buffer template: vtkBuffer['float64']() is an empty float64 buffer.")
vtkAOSDataArrayTemplate = _Template(
    "vtkAOSDataArrayTemplate", _c.vtkDataArray,
    "Array-of-structs data array template (tuples interleaved in one vtkBuffer).", _c.LAYOUT_AOS)
vtkSOADataArrayTemplate = _Template(
    "vtkSOADataArrayTemplate", _c.vtkDataArray,
    "Struct-of-arrays data array template (one vtkBuffer per component).", _c.LAYOUT_SOA)
vtkScaledSOADataArrayTemplate = _Template(
    "vtkScaledSOADataArrayTemplate", _c.vtkDataArray,
    "Scaled struct-of-arrays template: values are raw * scale.", _c.LAYOUT_SCALED_SOA)

# The concrete VTK array classes: subclasses of the AOS template class of their
# type (as in VTK, where vtkFloatArray derives from vtkAOSDataArrayTemplate<float>).
_CONCRETE = {
    "vtkCharArray": _c.VTK_CHAR, "vtkSignedCharArray": _c.VTK_SIGNED_CHAR,
    "vtkUnsignedCharArray": _c.VTK_UNSIGNED_CHAR, "vtkShortArray": _c.VTK_SHORT,
    "vtkUnsignedShortArray": _c.VTK_UNSIGNED_SHORT, "vtkIntArray": _c.VTK_INT,
    "vtkUnsignedIntArray": _c.VTK_UNSIGNED_INT, "vtkLongArray": _c.VTK_LONG,
    "vtkUnsignedLongArray": _c.VTK_UNSIGNED_LONG, "vtkLongLongArray": _c.VTK_LONG_LONG,
    "vtkUnsignedLongLongArray": _c.VTK_UNSIGNED_LONG_LONG, "vtkFloatArray": _c.VTK_FLOAT,
    "vtkDoubleArray": _c.VTK_DOUBLE, "vtkIdTypeArray": _c.VTK_ID_TYPE,
}
ARRAY_CLASSES = {}
for _name, _tid in _CONCRETE.items():
    ARRAY_CLASSES[_name] = type(_name, (vtkAOSDataArrayTemplate[_VtkTypeId(_tid)],),
                                {"__module__": "vtkbuf", "__slots__": ()})
_BY_TYPE = {cls._vb_type: cls for cls in ARRAY_CLASSES.values()}
# VTK's fixed-size aliases (vtkTypeFloat32Array, ...): the class of the same C type.
_FIXED = {"Int8": "int8", "UInt8": "uint8", "Int16": "int16", "UInt16": "uint16",
          "Int32": "int32", "UInt32": "uint32", "Int64": "int64", "UInt64": "uint64",
          "Float32": "float32", "Float64": "float64"}
for _n, _k in _FIXED.items():
    ARRAY_CLASSES[f"vtkType{_n}Array"] = _BY_TYPE[_BY_NAME[_k]]


def array_class(tid):
    """The concrete array class (vtkFloatArray, ...) for a VTK type id."""
    try:
        return _BY_TYPE[tid]
    except KeyError:
        raise ValueError(f"no VTK array class for type id {tid!r}") from None


def _class_lookup(kind, tid, layout):
    if kind == "buffer":
        return vtkBuffer[_VtkTypeId(tid)]
    if layout == _c.LAYOUT_AOS:
        return _BY_TYPE[tid]
    tmpl = vtkSOADataArrayTemplate if layout == _c.LAYOUT_SOA else vtkScaledSOADataArrayTemplate
    return tmpl[_VtkTypeId(tid)]


_c._set_class_lookup(_class_lookup)
