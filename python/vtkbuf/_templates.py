"""Template-style class lookup, as in VTK's Python wrapping: ``vtkBuffer['float64']``.

A key names one scalar type: a NumPy dtype name ('float64'), a NumPy dtype or
scalar type (numpy.float64), a struct format character ('d'), a C type name
('double', 'unsigned char', 'vtkIdType'), or the Python type float.
"""
from . import _vtkbuf as _c

# The core's type table (vb_type_at), one dict per VTK scalar type: id,
# vtk_name, c_name, key, dtype, format, aos_class, size, is_integer, is_signed,
# dtype_default, min, max. Every map below is derived from it.
TYPE_TABLE = _c._type_table()
_BY_ID = {row["id"]: row for row in TYPE_TABLE}
# every string key the core accepts (dtype names, C names, canonical keys,
# format characters), for keys() and error messages
_KEYS = list(dict.fromkeys(
    [r["dtype"] for r in TYPE_TABLE if r["dtype_default"]]
    + [r[f] for r in TYPE_TABLE for f in ("c_name", "key")]
    + [r["format"] for r in TYPE_TABLE if r["dtype_default"]] + ["l", "L"]))


class _VtkTypeId(int):
    """Internal marker: an int that is already a VTK type id (plain ints are not keys)."""


def type_id(key):
    """VTK type id for a template key; TypeError/ValueError for anything else."""
    if type(key) is _VtkTypeId:
        return int(key)
    if key is float:
        return _c.VTK_DOUBLE
    if isinstance(key, str):
        tid = _c._type_from_key(key)
        if tid:
            return tid
        raise ValueError(f"unknown scalar type key {key!r}; use e.g. 'float64', 'int32', 'd'")
    if isinstance(key, type) or hasattr(key, "dtype") or type(key).__name__.endswith("DType") \
            or type(key).__module__ == "numpy":
        try:
            import numpy as np
            dt = np.dtype(key)
        except Exception:
            raise TypeError(f"cannot use {key!r} as a scalar type key") from None
        tid = _c._type_from_key(dt.name) if dt.kind in "iuf" else 0
        if tid:
            return tid
        raise ValueError(f"unsupported dtype {dt} (supported: int8..uint64, float32, float64)")
    raise TypeError(f"cannot use {key!r} as a scalar type key")


def _canonical(tid):
    """Canonical key name of a VTK type id (for class names)."""
    return _BY_ID[tid]["key"]


def _override(cls, subclass):
    """VTK's ``Class.override(Sub)``: constructing ``Class`` (and wrapping core
    arrays of it) makes instances of ``Sub``, a subclass (e.g. with a mixin)."""
    if not (isinstance(subclass, type) and issubclass(subclass, cls)):
        raise TypeError(f"override: {subclass!r} is not a subclass of {cls.__name__}")
    cls._vb_override = subclass


# The NumPy mixins: vtkbuf._ndarray registers its mixin_for(layout, type id) here
# when it is imported (vtkbuf imports it when NumPy is there; vtkbuf still imports
# without NumPy); classes made before that get their mixin then.
_mixin_for = None
_MIXIN_PENDING = []  # (cls, layout, tid, name) made before set_mixins

# names VTK 9.7 gives the override classes of template instantiations
_OVERRIDE_NAMES = {_c.VTK_LONG: "long", _c.VTK_UNSIGNED_LONG: "ulong", _c.VTK_ID_TYPE: "idtype"}


def _install_mixin(cls, layout, tid, name):
    """Override cls with ``<VTKAOSArray|VTKSOAArray>_<name>`` (as VTK 9.7 does)."""
    if _mixin_for is None:
        _MIXIN_PENDING.append((cls, layout, tid, name))
        return
    mixin = _mixin_for(layout, tid)
    if mixin is not None:  # (VTK 9.7 names the structured points' override class plainly)
        full = mixin.__name__ if layout == _c.LAYOUT_STRUCTURED else f"{mixin.__name__}_{name}"
        cls.override(type(full, (mixin, cls),
                          {"__module__": "vtkbuf", "__doc__": mixin.__doc__}))


def set_mixins(mixin_for):
    """Install the NumPy mixins: ``mixin_for(layout, type id)`` gives the mixin
    of every array class made so far and from now on (vtkbuf._ndarray calls it)."""
    global _mixin_for
    _mixin_for = mixin_for
    pending = list(_MIXIN_PENDING)
    del _MIXIN_PENDING[:]
    for args in pending:
        _install_mixin(*args)


class StorageTypeEnum(int):
    """vtkSOADataArrayTemplate's storage type (VTK 9.7 deprecates GetStorageType)."""


def _get_storage_type(self):
    return _SOA_STORAGE["SOA"]


_SOA_STORAGE = {"StorageTypeEnum": StorageTypeEnum, "AOS": StorageTypeEnum(0), "SOA": StorageTypeEnum(1),
                "GetStorageType": _get_storage_type, "storage_type": property(_get_storage_type)}


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
            ns = {"_vb_type": tid, "__module__": "vtkbuf"}
            if self._layout is not None:  # arrays: no instance dict, VTK's override()
                ns.update(_vb_layout=self._layout, __slots__=(), _vb_override=None,
                          override=classmethod(_override))
            if self._layout == _c.LAYOUT_SOA:  # VTK 9.7's (deprecated) storage type
                ns.update(_SOA_STORAGE)
            cls = type(f"{self.__name__}[{_canonical(tid)}]", (self._base,), ns)
            cls.__qualname__ = cls.__name__
            self._classes[tid] = cls
            if self._layout is not None:
                _install_mixin(cls, self._layout, tid, _OVERRIDE_NAMES.get(tid, _canonical(tid)))
        return cls

    def keys(self):
        return list(_KEYS)

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
# VTK 9.7's implicit arrays: no storage, every value computed (vb_implicit.h)
vtkConstantArray = _Template(
    "vtkConstantArray", _c.vtkImplicitArray,
    "Implicit array of one value: ConstructBackend(value).", _c.LAYOUT_CONSTANT)
vtkAffineArray = _Template(
    "vtkAffineArray", _c.vtkImplicitArray,
    "Implicit array slope * index + intercept: ConstructBackend(slope, intercept).", _c.LAYOUT_AFFINE)
vtkStructuredPointArray = _Template(
    "vtkStructuredPointArray", _c.vtkImplicitArray,
    "Implicit points of a structured grid from three coordinate arrays (image data, rectilinear grid).",
    _c.LAYOUT_STRUCTURED)
_IMPLICIT = {_c.LAYOUT_CONSTANT: vtkConstantArray, _c.LAYOUT_AFFINE: vtkAffineArray,
             _c.LAYOUT_STRUCTURED: vtkStructuredPointArray}

# The concrete VTK array classes: subclasses of the AOS template class of their
# type (as in VTK, where vtkFloatArray derives from vtkAOSDataArrayTemplate<float>).
ARRAY_CLASSES = {}
for _row in TYPE_TABLE:
    ARRAY_CLASSES[_row["aos_class"]] = _cls = type(
        _row["aos_class"], (vtkAOSDataArrayTemplate[_VtkTypeId(_row["id"])],),
        {"__module__": "vtkbuf", "__slots__": (), "_vb_override": None})
    _install_mixin(_cls, _c.LAYOUT_AOS, _row["id"], _row["aos_class"])
_BY_TYPE = {cls._vb_type: cls for cls in ARRAY_CLASSES.values()}
# VTK's fixed-size aliases (vtkTypeFloat32Array, ...): the class a dtype name selects.
for _row in TYPE_TABLE:
    if _row["dtype_default"]:
        _fixed = _row["dtype"].capitalize().replace("Uint", "UInt")
        ARRAY_CLASSES[f"vtkType{_fixed}Array"] = _BY_TYPE[_row["id"]]


def array_class(tid):
    """The concrete array class (vtkFloatArray, ...) for a VTK type id."""
    try:
        return _BY_TYPE.get(tid) or _EXTRA_CLASSES[tid]
    except (KeyError, TypeError):
        raise ValueError(f"no VTK array class for type id {tid!r}") from None


def create_array(tid):
    """vtkAbstractArray.CreateArray / vtkDataArray.CreateDataArray: a new array of
    the concrete class of a VTK type id. An id vtkbuf has no array class for is a
    ValueError (VTK warns and makes a vtkDoubleArray), a non-integer a TypeError."""
    if isinstance(tid, bool) or not isinstance(tid, int):
        raise TypeError(f"CreateArray(): expected a VTK type id (int), not {type(tid).__name__}")
    cls = _BY_TYPE.get(tid) or _EXTRA_CLASSES.get(tid)
    if cls is None:
        raise ValueError(f"CreateArray(): no array class for VTK type id {tid}")
    return cls()


class vtkBitArray(_c.vtkDataArray):
    """VTK's bit array: 8 values per byte, most significant bit first (the core's
    VB_BIT). Values are 0 or 1: the value API takes integers (non-zero is 1), the
    tuple API reals (1 when their truncation is non-zero). The buffer protocol gives
    the packed bytes (uint8, ceil(values / 8)), as VTK's; numpy_support.vtk_to_numpy
    unpacks them."""
    __slots__ = ()
    _vb_type = _c.VTK_BIT
    _vb_layout = _c.LAYOUT_AOS


vtkBitArray.__module__ = "vtkbuf"
ARRAY_CLASSES["vtkBitArray"] = vtkBitArray
# classes outside the type table (vtkBitArray)
_EXTRA_CLASSES = {_c.VTK_BIT: vtkBitArray}


def _class_lookup(kind, tid, layout):
    """The class of a new wrapper of a core buffer or array (its override if any)."""
    if kind == "buffer":
        return vtkBuffer[_VtkTypeId(tid)]
    if layout == _c.LAYOUT_AOS:
        cls = _BY_TYPE.get(tid) or _EXTRA_CLASSES[tid]
    elif layout in _IMPLICIT:
        cls = _IMPLICIT[layout][_VtkTypeId(tid)]
    else:
        tmpl = vtkSOADataArrayTemplate if layout == _c.LAYOUT_SOA else vtkScaledSOADataArrayTemplate
        cls = tmpl[_VtkTypeId(tid)]
    return getattr(cls, "_vb_override", None) or cls


_c._set_class_lookup(_class_lookup)
