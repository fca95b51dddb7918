"""NumPy <-> vtkbuf array conversion, VTK's ``vtkmodules.util.numpy_support`` API.

Differences from VTK 9.7, all on the side of safety or portability:

* ``numpy_to_vtk(a)`` shares memory with a C-contiguous ``a`` by adopting it
  into a vtkbuf memory block that holds ``a`` (through a buffer export) until
  the last holder of that block - the VTK array, its buffer, or any view
  exported since - is gone. The VTK array may reallocate or be dropped; the
  numpy memory stays valid. A non-C-contiguous or read-only input is copied
  (as VTK copies a non-contiguous one).
* dtypes map to VTK types by numpy's own type identity, as VTK 9.7
  (``dtype.char`` through the core's type keys): ``int64`` is C ``long`` on
  LP64 (``VTK_LONG``) and C ``long long`` on wasm32 (``VTK_LONG_LONG``);
  ``np.dtype('q')`` is ``VTK_LONG_LONG`` everywhere, so every array type
  round-trips through ``vtk_to_numpy``; ``int8`` is ``VTK_SIGNED_CHAR``.
* Bad input raises ``TypeError``/``ValueError`` (VTK uses ``assert``).
* Bit arrays as VTK 9.7.1: ``vtk_to_numpy`` unpacks the bits into a new uint8
  array (a copy), ``numpy_to_vtk(a, array_type=VTK_BIT)`` reads ``a``'s bytes (cast
  to uint8) as packed bits, ``a.size`` of them. vtkbuf also unpacks a bit array
  of several components (shape (tuples, components)), where VTK's reshape fails.
"""
import numpy as np

from . import _vtkbuf as _c
from ._templates import (TYPE_TABLE, array_class, vtkSOADataArrayTemplate,
                         vtkScaledSOADataArrayTemplate)
from ._vtkbuf import (  # noqa: F401
    VTK_CHAR, VTK_SIGNED_CHAR, VTK_UNSIGNED_CHAR, VTK_SHORT, VTK_UNSIGNED_SHORT, VTK_INT,
    VTK_UNSIGNED_INT, VTK_LONG, VTK_UNSIGNED_LONG, VTK_LONG_LONG, VTK_UNSIGNED_LONG_LONG,
    VTK_ID_TYPE, VTK_FLOAT, VTK_DOUBLE, VTK_BIT,
)

# From the core's type table: VTK type id -> numpy scalar type of the C type
# (numpy.longlong for long long and vtkIdType, as VTK; C long follows the
# platform: 4 bytes on wasm32).
_C_SCALAR = {"q": np.longlong, "Q": np.ulonglong}  # NumPy's names for these C types
_vtk_np = {r["id"]: _C_SCALAR.get(r["format"]) or np.dtype(r["format"]).type
           for r in TYPE_TABLE}
_vtk_np[VTK_BIT] = np.uint8  # as VTK: bit arrays are seen as (unpacked) uint8
ID_TYPE_CODE = np.int64


def _vtk_type_of(dt):
    """VTK type id of a numpy dtype by numpy's type identity (its character, as
    VTK's numpy_support): the core's key for 'l' is C long, 'q' long long; 0 if none."""
    return _c._type_from_key(dt.char) if dt.kind in "iuf" else 0


def get_vtk_array_type(numpy_array_type):
    """VTK type id for a numpy dtype (or anything np.dtype accepts)."""
    try:
        dt = np.dtype(numpy_array_type)
    except TypeError:
        raise TypeError(f"not a numpy dtype: {numpy_array_type!r}") from None
    tid = _vtk_type_of(dt)
    if not tid:
        raise TypeError(f"Could not find a suitable VTK type for {dt}")
    return tid


def get_vtk_to_numpy_typemap():
    """A copy of the VTK type id -> numpy scalar type mapping."""
    return dict(_vtk_np)


def get_numpy_array_type(vtk_array_type):
    """numpy scalar type for a VTK type id."""
    try:
        return _vtk_np[vtk_array_type]
    except (KeyError, TypeError):
        raise ValueError(f"unknown VTK array type {vtk_array_type!r}") from None


def create_vtk_array(vtk_arr_type):
    """A new, empty array of the concrete class for a VTK type id (vtkFloatArray, ...)."""
    if not isinstance(vtk_arr_type, int) or isinstance(vtk_arr_type, bool):
        raise TypeError(f"VTK type id must be an int, not {type(vtk_arr_type).__name__}")
    return array_class(vtk_arr_type)()


# hot path of numpy_to_vtk: native dtype character -> array class
_FAST = {c: array_class(_c._type_from_key(c)) for c in "bBhHiIlLqQfd"}


def _check_input(z):
    if z.dtype.kind == "c":
        raise TypeError("Complex numpy arrays cannot be converted to vtk arrays. "
                        "Use real() or imag() to get a component of the array first.")
    if not _vtk_type_of(z.dtype):
        raise TypeError(f"Could not find a suitable VTK type for {z.dtype}")
    if z.ndim == 0 or z.ndim > 2:
        raise ValueError(f"Only arrays of dimensionality 1 or 2 are allowed, got {z.ndim}")
    if z.ndim == 2 and z.shape[1] == 0:
        raise ValueError("a 2-D array needs at least one column (component)")


def numpy_to_vtk(num_array, deep=0, array_type=None):
    """A VTK array with the values of a real 1-D or 2-D numpy array.

    deep=False (default): zero-copy for a C-contiguous array; the numpy array is
    kept alive by the memory block (not just by the VTK array). deep=True: a copy
    in vtkbuf-owned memory. array_type: VTK type id of the result (the data is
    converted, hence copied, when it differs from the array's dtype)."""
    if type(num_array) is np.ndarray and not deep and array_type is None:
        cls = _FAST.get(num_array.dtype.char)
        nd = num_array.ndim
        flags = num_array.flags
        if cls is not None and flags.c_contiguous and flags.writeable and num_array.dtype.isnative and (
                nd == 1 or (nd == 2 and num_array.shape[1] > 0)):
            result = cls()
            if nd == 2:
                result.SetNumberOfComponents(num_array.shape[1])
            result.SetArray(num_array, num_array.size, 1)  # C-contiguous: adopted as is
            return result
    if isinstance(num_array, _c.vtkObject):
        raise TypeError("numpy_to_vtk expects a numpy array, got a VTK object")
    z = np.asarray(num_array)
    _check_input(z)
    vtk_typecode = get_vtk_array_type(z.dtype) if array_type is None else array_type
    result = create_vtk_array(vtk_typecode)
    ncomp = 1 if z.ndim == 1 else z.shape[1]
    result.SetNumberOfComponents(ncomp)
    if vtk_typecode == VTK_BIT:
        return _packed_bits_to_vtk(result, z, deep)
    target = np.dtype(get_numpy_array_type(vtk_typecode))
    if deep or z.dtype != target or not z.flags.writeable or not z.flags.c_contiguous:
        result.SetNumberOfTuples(z.shape[0])  # a copy (VTK also copies non-contiguous input)
        if z.size:
            np.asarray(result).reshape(z.shape)[...] = z
        return result
    flat = z.reshape(-1)
    result.SetArray(flat, flat.size, 1)
    return result


def _packed_bits_to_vtk(result, z, deep):
    """VTK's numpy_to_vtk for array_type=VTK_BIT: z's values cast to uint8 are the
    packed bits (most significant first) and z.size is the number of bits (VTK's
    SetVoidArray(z, z.size, 1)); shared when z already is C-contiguous writable
    uint8 and deep is false, else copied."""
    flat = z.reshape(-1)
    if deep or flat.dtype != np.uint8 or not flat.flags.writeable or not z.flags.c_contiguous:
        flat = np.array(flat, dtype=np.uint8, order="C", copy=True)
    result.SetArray(flat, flat.size, 1)
    return result


def numpy_to_vtkIdTypeArray(num_array, deep=0):
    """numpy int64 array -> vtkIdTypeArray (ValueError for any other dtype)."""
    z = np.asarray(num_array)
    if z.dtype != np.dtype(ID_TYPE_CODE):
        raise ValueError(f"Expecting a {np.dtype(ID_TYPE_CODE)} array, got {z.dtype} instead.")
    return numpy_to_vtk(z, deep, VTK_ID_TYPE)


def vtk_to_numpy(vtk_array):
    """Zero-copy numpy view of a VTK array's values: shape (tuples,) for one
    component, else (tuples, components). The view holds the memory block, so it
    stays readable (detached) after the array reallocates. An SOA array with
    several components (or scaled) has no single view: a contiguous copy, as VTK 9.7.
    A bit array's values are unpacked into a new uint8 array (VTK's behaviour)."""
    if not isinstance(vtk_array, _c.vtkDataArray):
        if isinstance(vtk_array, _c.vtkAbstractArray):  # string / variant arrays: VTK's assertion
            raise AssertionError(f"Unsupported array type {vtk_array.GetDataType()}")
        raise TypeError(f"vtk_to_numpy expects a VTK data array, got {type(vtk_array).__name__}")
    if vtk_array.GetDataType() == VTK_BIT:  # unpacked into a new uint8 array, as VTK
        n, nc = vtk_array.GetNumberOfValues(), vtk_array.GetNumberOfComponents()
        bits = np.unpackbits(np.frombuffer(memoryview(vtk_array), np.uint8), count=n)
        return bits if nc == 1 else bits.reshape(n // nc, nc)
    try:
        return np.asarray(memoryview(vtk_array))  # zero-copy; holds the memory block
    except BufferError as e:
        if hasattr(vtk_array, "__array__"):
            # SOA with several components, scaled SOA: as VTK 9.7, a contiguous copy
            return np.asarray(vtk_array.__array__())
        raise TypeError(str(e)) from None


def vtk_soa_to_numpy(vtk_array):
    """Per-component zero-copy 1-D views (length GetNumberOfTuples()) of an SOA or
    scaled SOA array; for a scaled array these are the raw (unscaled) values."""
    if not isinstance(vtk_array, _c.vtkDataArray) or not hasattr(type(vtk_array), "_vb_layout") \
            or type(vtk_array)._vb_layout == _c.LAYOUT_AOS:
        raise TypeError("vtk_soa_to_numpy requires a vtkSOADataArrayTemplate or "
                        f"vtkScaledSOADataArrayTemplate, got {type(vtk_array).__name__}")
    n = vtk_array.GetNumberOfTuples()
    return [np.asarray(vtk_array.GetComponentBuffer(c))[:n]
            for c in range(vtk_array.GetNumberOfComponents())]


def numpy_to_vtk_soa(arrays, name="", deep=False):
    """A vtkSOADataArrayTemplate whose component c shares memory with arrays[c]
    (each a C-contiguous 1-D array, same dtype and length; kept alive by the
    blocks). deep=True copies instead."""
    if isinstance(arrays, np.ndarray) and arrays.ndim == 2:
        arrays = list(arrays)
    if not isinstance(arrays, (list, tuple)) or not arrays:
        raise ValueError("arrays must be a non-empty list of numpy arrays")
    zs = [np.asarray(a) for a in arrays]
    n, dt = len(zs[0]) if zs[0].ndim else -1, zs[0].dtype
    for i, z in enumerate(zs):
        if z.ndim != 1:
            raise ValueError(f"component {i} is not 1-D (ndim {z.ndim})")
        _check_input(z)
        if len(z) != n:
            raise ValueError("All component arrays must have the same length; "
                             f"component 0 has {n}, component {i} has {len(z)}")
        if z.dtype != dt:
            raise ValueError("All component arrays must have the same dtype; "
                             f"component 0 is {dt}, component {i} is {z.dtype}")
        if not deep and not z.flags.c_contiguous:
            raise ValueError(f"component {i} is not contiguous; pass deep=True to copy")
    result = vtkSOADataArrayTemplate[dt]()
    result.SetNumberOfComponents(len(zs))
    kept = []
    for c, z in enumerate(zs):
        if deep or not z.flags.writeable:
            z = np.array(z, order="C", copy=True)
        result.SetArray(c, z, n, True, True)
        kept.append(z)
    if name:
        result.SetName(name)
    # VTK 9.7 notes each component's numpy array on its buffer; the memory block
    # already holds it here, this keeps the attribute visible while the array lives
    bufs = [result.GetComponentBuffer(c) for c in range(len(zs))]
    for b, z in zip(bufs, kept):
        b._numpy_reference = z
    result._numpy_refs = bufs
    return result


__all__ = ["numpy_to_vtk", "vtk_to_numpy", "numpy_to_vtkIdTypeArray", "get_vtk_array_type",
           "get_numpy_array_type", "get_vtk_to_numpy_typemap", "create_vtk_array",
           "vtk_soa_to_numpy", "numpy_to_vtk_soa", "vtkScaledSOADataArrayTemplate"]
