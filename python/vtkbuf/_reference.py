"""VTK's pass-by-reference objects (``vtkmodules.vtkCommonCore.reference``):
``n = reference(0)`` passed where VTK's C++ takes ``T&`` (e.g.
``cells.GetNextCell(n, pts)``) is set by the call; ``n.get()``/``n.set(v)``.
As VTK's, ``reference(x)`` is a ``number_reference``, ``string_reference`` or
``tuple_reference`` that otherwise behaves like its value."""
import operator


class reference:
    __slots__ = ("_value",)

    def __new__(cls, value):
        if cls is reference:
            cls = (string_reference if isinstance(value, (str, bytes)) else
                   tuple_reference if isinstance(value, (tuple, list)) else number_reference)
        self = object.__new__(cls)
        self.set(value)
        return self

    def get(self):
        return self._value

    def set(self, value):
        self._value = value.get() if isinstance(value, reference) else value

    def __repr__(self):
        return f"vtkmodules.vtkCommonCore.{type(self).__name__}({self._value!r})"

    def __str__(self):
        return str(self._value)

    def __eq__(self, other):
        return self._value == (other.get() if isinstance(other, reference) else other)

    def __hash__(self):
        raise TypeError(f"unhashable type: '{type(self).__name__}'")

    def __bool__(self):
        return bool(self._value)


def _delegate(name, reflected=False):
    op = getattr(operator, name, None) or getattr(type(0), f"__{name}__")

    def method(self, *args):
        args = [a.get() if isinstance(a, reference) else a for a in args]
        return op(*args, self._value) if reflected else op(self._value, *args)
    return method


class number_reference(reference):
    __slots__ = ()
    __int__ = _delegate("index")
    __index__ = _delegate("index")
    __neg__ = _delegate("neg")
    __abs__ = _delegate("abs")

    def __float__(self):
        return float(self._value)


for _n in ("add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lt", "le", "gt", "ge",
           "and", "or", "xor", "lshift", "rshift"):
    setattr(number_reference, f"__{_n}__", _delegate(_n.rstrip("_") + ("_" if _n in ("and", "or") else "")))
    if _n not in ("lt", "le", "gt", "ge"):
        setattr(number_reference, f"__r{_n}__", _delegate(_n + ("_" if _n in ("and", "or") else ""), True))


class string_reference(reference):
    __slots__ = ()

    def __len__(self):
        return len(self._value)

    def __getitem__(self, i):
        return self._value[i]


class tuple_reference(reference):
    __slots__ = ()

    def set(self, value):
        value = value.get() if isinstance(value, reference) else value
        self._value = tuple(value)

    def __len__(self):
        return len(self._value)

    def __getitem__(self, i):
        return self._value[i]

    def __iter__(self):
        return iter(self._value)
