"""``VTKCompositeDataArray``: the arrays of one name over the leaves of a
composite data set, used as one array (VTK 9.7's
``numpy_interface.dataset_adapter.VTKCompositeDataArray``): global indexing
and slicing across the chunks (views where NumPy gives views, so assignment
writes through), arithmetic and comparisons chunk by chunk, ufuncs, and the
NumPy functions VTK overrides for it (sum, max, min, mean, var, std, all,
shape, flatnonzero, nonzero, where, isin, expand_dims, zeros_like, ...).
A missing chunk is ``NoneArray``; every chunk-wise result is ``NoneArray``
there. Reductions over everything (axis None or 0) give float64 as VTK's."""
import operator

import numpy as np


def _none():
    from .dataset_adapter import NoneArray
    return NoneArray


def _match_dims(a, b):
    """VTK's reshape_append_ones: the operand with fewer dimensions (same
    length) gets trailing axes of 1 so that (n,) and (n, 3) combine per tuple."""
    if isinstance(a, np.ndarray) and isinstance(b, np.ndarray) and a.ndim and b.ndim \
            and a.ndim != b.ndim and a.shape[0] == b.shape[0]:
        if a.ndim < b.ndim:
            a = a.reshape(a.shape + (1,) * (b.ndim - a.ndim))
        else:
            b = b.reshape(b.shape + (1,) * (a.ndim - b.ndim))
    return a, b


class VTKCompositeDataArray:
    """A list of arrays (one per leaf, NoneArray where a leaf has none)
    behaving as their concatenation."""

    def __init__(self, arrays=(), dataset=None, name=None, association=None):
        self._Arrays = list(arrays)
        self.DataSet = dataset
        self.Name = name
        self._lazy = dataset is not None and name is not None
        if association is None:
            found = {a.Association for a in self._Arrays if getattr(a, "Association", None) is not None}
            association = found.pop() if len(found) == 1 else (2 if found else None)
        self.Association = association

    # -- the chunks --
    @property
    def Arrays(self):
        if self._lazy:
            self._lazy = False
            self._Arrays = [ds.GetAttributes(self.Association)[self.Name] for ds in self.DataSet]
        return self._Arrays

    def GetArrays(self):
        return self.Arrays

    def GetSize(self):
        return np.int64(sum(a.size for a in self.Arrays if a is not _none()))

    size = property(GetSize)

    def _like(self, arrays):
        return VTKCompositeDataArray(arrays, dataset=self.DataSet, association=self.Association)

    def _offsets(self):
        n = [0 if a is _none() else len(a) for a in self.Arrays]
        return np.concatenate(([0], np.cumsum(n))).astype(np.int64), n

    # -- arithmetic --
    def _op(self, other, op, reverse=False):
        none = _none()
        others = other.Arrays if isinstance(other, VTKCompositeDataArray) else [other] * len(self.Arrays)
        res = []
        for a, b in zip(self.Arrays, others):
            if a is none or b is none:
                res.append(none)
            else:
                a, b = _match_dims(a, b) if not reverse else _match_dims(b, a)[::-1]
                res.append(op(b, a) if reverse else op(a, b))
        return self._like(res)

    def astype(self, dtype):
        none = _none()
        return self._like([a if a is none else a.astype(dtype) for a in self.Arrays])

    # -- as one array --
    @property
    def shape(self):
        return np.shape(self) if self.Arrays else (0,)

    @property
    def ndim(self):
        return len(self.shape)

    @property
    def dtype(self):
        return next((a.dtype for a in self.Arrays if a is not _none()), np.dtype(float))

    def __len__(self):
        return self.shape[0]

    def __contains__(self, item):
        return any(item in a for a in self.Arrays if a is not _none())

    def __iter__(self):
        for a in self.Arrays:
            if a is not _none():
                yield from a

    def __reversed__(self):
        for a in reversed(self.Arrays):
            if a is not _none():
                yield from reversed(a)

    def __array__(self, dtype=None, copy=None):
        if copy is False:
            raise ValueError("a VTKCompositeDataArray is converted to a NumPy array by copying its chunks")
        parts = [a for a in self.Arrays if a is not _none()]  # (a stale VTKArray raises)
        return np.concatenate(parts, axis=0, dtype=dtype) if parts else np.empty(0, dtype=dtype)

    def __str__(self):
        return str(self.Arrays)

    def __repr__(self):
        return f"VTKCompositeDataArray({self.Arrays!r})"

    # -- indexing --
    def _locate(self, i, total, offsets):
        i = int(i)
        if i < 0:
            i += total
        if not 0 <= i < total:
            raise IndexError("index out of bounds")
        k = int(np.searchsorted(offsets, i, side="right")) - 1
        return k, i - offsets[k]

    def _chunk_slices(self, slc):
        """(chunk, local slice) for every chunk the global slice meets, chunks
        in the slice's order; None where it meets none"""
        offsets, sizes = self._offsets()
        idx = np.arange(offsets[-1])[slc]
        step = slc.indices(offsets[-1])[2]
        out = []
        for k, (off, n) in enumerate(zip(offsets[:-1], sizes)):
            loc = idx[(idx >= off) & (idx < off + n)] - off
            if self.Arrays[k] is _none() or loc.size == 0:
                out.append(None)
            else:
                stop = int(loc[-1]) + (1 if step > 0 else -1)
                out.append(slice(int(loc[0]), None if stop < 0 else stop, step))
        return out, step

    def _global_ints(self, index):
        """per chunk: the positions in `index` (1-d ints) falling in it, and their local ids"""
        offsets, _ = self._offsets()
        index = np.where(index < 0, index + offsets[-1], index)
        if index.size and (index.min() < 0 or index.max() >= offsets[-1]):
            raise IndexError("index out of bounds")
        for k, a in enumerate(self.Arrays):
            if a is not _none():
                where = np.nonzero((index >= offsets[k]) & (index < offsets[k + 1]))[0]
                yield a, where, index[where] - offsets[k]

    def _bool_mask(self, mask):
        offsets, _ = self._offsets()
        return [None if a is _none() else mask[offsets[k]:offsets[k + 1]] for k, a in enumerate(self.Arrays)]

    def __getitem__(self, index):
        none = _none()
        if all(a is none for a in self.Arrays):
            raise IndexError("index out of bounds")
        if isinstance(index, VTKCompositeDataArray):
            return self._like([none if a is none else a[i] for a, i in zip(self.Arrays, index.Arrays)])
        if isinstance(index, (np.ndarray, list)):
            index = np.asarray(index)
            if index.dtype == bool and index.shape == self.shape[:index.ndim]:
                masks = self._bool_mask(index)
                return self._like([none if m is None else a[m] for a, m in zip(self.Arrays, masks)])
            if index.ndim == 0:
                return self[int(index)]
            if index.ndim != 1:
                raise IndexError("only 1-d integer index arrays are supported")
            first = next(a for a in self.Arrays if a is not none)
            res = np.empty(index.shape + first.shape[1:], dtype=first.dtype)
            for a, where, local in self._global_ints(index):
                res[where] = a[local]
            return res
        head, rest = (index[0], index[1:]) if isinstance(index, tuple) else (index, ())
        if isinstance(head, (int, np.integer)):
            offsets, _ = self._offsets()
            k, i = self._locate(head, offsets[-1], offsets)
            r = self.Arrays[k][i]
            return r[rest] if rest else r
        if isinstance(head, slice):
            # VTK 9.7's placement: the parts in chunk order (reversed for a negative
            # step), a missing chunk keeping its slot, chunks the slice misses left out;
            # NoneArray fills the end
            slices, step = self._chunk_slices(head)
            parts = [none] * len(self.Arrays)
            i = 0
            for a, s in zip(self.Arrays, slices):
                if a is none or s is not None:
                    if a is not none:
                        parts[i if step > 0 else -i - 1] = a[s][(slice(None),) + rest] if rest else a[s]
                    i += 1
            return self._like(parts)
        raise TypeError(f"unsupported index type: {type(head).__name__}")

    def __setitem__(self, index, value):
        none = _none()
        if isinstance(index, VTKCompositeDataArray):
            for a, i in zip(self.Arrays, index.Arrays):
                if a is not none and i is not none:
                    a[i] = value
            return
        if isinstance(index, (np.ndarray, list)):
            index = np.asarray(index)
            if index.dtype == bool and index.shape == self.shape[:index.ndim]:
                for a, m in zip(self.Arrays, self._bool_mask(index)):
                    if m is not None:
                        a[m] = value
                return
            if index.ndim == 0:
                self[int(index)] = value
                return
            if index.ndim != 1:
                raise IndexError("only 1-d integer index arrays are supported")
            for a, where, local in self._global_ints(index):
                a[local] = value if np.ndim(value) == 0 else np.asarray(value)[where]
            return
        head, rest = (index[0], index[1:]) if isinstance(index, tuple) else (index, ())
        if isinstance(head, (int, np.integer)):
            offsets, _ = self._offsets()
            k, i = self._locate(head, offsets[-1], offsets)
            self.Arrays[k][(i,) + rest] = value
        elif isinstance(head, slice):
            for a, s in zip(self.Arrays, self._chunk_slices(head)[0]):
                if s is not None:
                    a[(s,) + rest] = value
        else:
            raise TypeError(f"unsupported index type: {type(head).__name__}")

    # -- NumPy protocols --
    def __array_ufunc__(self, ufunc, method, *inputs, **kwargs):
        if method != "__call__":
            raise NotImplementedError(f"ufunc method {method} is not supported on a VTKCompositeDataArray")
        none = _none()
        n = len(self.Arrays)
        offsets, _ = self._offsets()

        def split(x):
            if isinstance(x, VTKCompositeDataArray):
                if len(x.Arrays) != n:
                    raise ValueError("composite operands must have the same number of chunks")
                return x.Arrays
            if isinstance(x, np.ndarray) and x.ndim and x.shape[0] == offsets[-1] and n > 1:
                parts = iter(np.split(x, offsets[1:-1], axis=0))
                return [none if a is none else next(parts) for a in self.Arrays]
            return [x] * n

        chunks = [split(x) for x in inputs]
        res = [none if any(c[k] is none for c in chunks) else ufunc(*(c[k] for c in chunks), **kwargs)
               for k in range(n)]
        if ufunc.nout > 1:
            return tuple(self._like([none if r is none else r[j] for r in res]) for j in range(ufunc.nout))
        return self._like(res)

    def __array_function__(self, func, types, args, kwargs):
        impl = OVERRIDES.get(func)
        return NotImplemented if impl is None else impl(*args, **kwargs)


for _name in ("add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "xor"):
    _f = getattr(operator, _name)
    setattr(VTKCompositeDataArray, f"__{_name}__", lambda s, o, _f=_f: s._op(o, _f))
    setattr(VTKCompositeDataArray, f"__r{_name}__", lambda s, o, _f=_f: s._op(o, _f, True))
for _name, _f in (("and", operator.and_), ("or", operator.or_)):
    setattr(VTKCompositeDataArray, f"__{_name}__", lambda s, o, _f=_f: s._op(o, _f))
    setattr(VTKCompositeDataArray, f"__r{_name}__", lambda s, o, _f=_f: s._op(o, _f, True))
for _name in ("lt", "le", "eq", "ne", "ge", "gt"):
    setattr(VTKCompositeDataArray, f"__{_name}__", lambda s, o, _f=getattr(operator, _name): s._op(o, _f))
VTKCompositeDataArray.__hash__ = None
VTKCompositeDataArray.__neg__ = lambda s: np.negative(s)
VTKCompositeDataArray.__abs__ = lambda s: np.abs(s)

OVERRIDES = {}  # numpy function -> its composite implementation (numpy_interface.algorithms)
