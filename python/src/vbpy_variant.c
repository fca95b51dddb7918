/* vbpy_variant.c - vtkVariant: Python face of vb_variant (src/vb_variant.h).
 * vtkVariant() is invalid; vtkVariant(v) takes an int (int if it fits 32
 * bits, else long long; OverflowError past 64 bits, as VTK), float (double),
 * bool (char), str/bytes (string), a vtkObject or another vtkVariant;
 * vtkVariant(v, type) converts v to the type as To<type>() does (invalid if it
 * cannot).  The conversions are the core's. */
#include "vbpy_types.h"

typedef struct {
  PyObject_HEAD
  vb_variant v;
} VbVariant;
#define VAR(op) (&((VbVariant *)(op))->v)

static void variant_dealloc(PyObject *op) {
  vb_variant_clear(VAR(op));
  Py_TYPE(op)->tp_free(op);
}

/* a Python value into v (cleared first); 0 or -1 with an exception */
static int from_python(vb_variant *v, PyObject *o) {
  vb_scalar s;
  int st = VB_OK;
  if (PyObject_TypeCheck(o, &VbVariant_Type)) return vb_variant_copy(v, VAR(o)) < 0 ? (vbpy_error(vb_last_status()), -1) : 0;
  if (PyBool_Check(o)) {
    s = vb_scalar_int(o == Py_True);
    st = vb_variant_set_number(v, VB_CHAR, &s);
  } else if (PyLong_Check(o)) {
    long long i = PyLong_AsLongLong(o);
    if (i == -1 && PyErr_Occurred()) {
      if (PyErr_ExceptionMatches(PyExc_OverflowError))
        PyErr_SetString(PyExc_OverflowError, "vtkVariant argument 1: int too big to convert");
      return -1;
    }
    s = vb_scalar_int(i);
    st = vb_variant_set_number(v, i >= INT32_MIN && i <= INT32_MAX ? VB_INT : VB_LONG_LONG, &s);
  } else if (PyFloat_Check(o)) {
    s = vb_scalar_real(PyFloat_AS_DOUBLE(o));
    st = vb_variant_set_number(v, VB_DOUBLE, &s);
  } else if (PyUnicode_Check(o)) {
    Py_ssize_t n;
    const char *p = PyUnicode_AsUTF8AndSize(o, &n);
    if (!p) return -1;
    st = vb_variant_set_string(v, p, (size_t)n);
  } else if (PyBytes_Check(o)) {
    st = vb_variant_set_string(v, PyBytes_AS_STRING(o), (size_t)PyBytes_GET_SIZE(o));
  } else if (PyObject_TypeCheck(o, &VbObject_Type)) {
    vb_variant_set_object(v, VBPY_OBJ(o));
  } else if (o == Py_None) {
    vb_variant_clear(v);
  } else {
    PyErr_Format(PyExc_TypeError, "vtkVariant: cannot hold a %.100s", Py_TYPE(o)->tp_name);
    return -1;
  }
  return st < 0 ? (vbpy_error(st), -1) : 0;
}

static PyObject *variant_new(PyTypeObject *cls, PyObject *args, PyObject *kwds) {
  PyObject *val = NULL, *type = NULL;
  static char *kw[] = {"value", "type", NULL};
  if (!PyArg_ParseTupleAndKeywords(args, kwds, "|OO:vtkVariant", kw, &val, &type)) return NULL;
  PyObject *self = cls->tp_alloc(cls, 0);
  if (!self) return NULL;
  vb_variant_init(VAR(self));
  if (val && from_python(VAR(self), val) < 0) {
    Py_DECREF(self);
    return NULL;
  }
  if (type) {
    long t = PyLong_AsLong(type);
    if (t == -1 && PyErr_Occurred()) {
      Py_DECREF(self);
      return NULL;
    }
    int s = VB_OK;
    if (t == VB_VARIANT_STRING) {
      char small[64];
      size_t n = vb_variant_to_string(VAR(self), small, sizeof small);
      if (VAR(self)->type != VB_VARIANT_STRING) s = vb_variant_set_string(VAR(self), small, n);
    } else if (t != VB_VARIANT_OBJECT || VAR(self)->type != VB_VARIANT_OBJECT) {
      int ok = 0;
      vb_scalar x = vb_variant_to(VAR(self), (int)t, &ok);
      if (ok) s = vb_variant_set_number(VAR(self), (int)t, &x);
      if (!ok || s == VB_ETYPE) { vb_variant_clear(VAR(self)); s = VB_OK; } /* VTK: invalid */
    }
    if (s < 0) {
      Py_DECREF(self);
      return vbpy_error(s);
    }
  }
  return self;
}

static PyObject *string_of(const vb_variant *v) {
  char small[64];
  size_t n = vb_variant_to_string(v, small, sizeof small);
  const char *p = v->type == VB_VARIANT_STRING ? v->s : small;
  return PyUnicode_DecodeUTF8(p, (Py_ssize_t)n, "surrogateescape");
}

static PyObject *scalar_out(vb_scalar s, int type) {
  if (type == VB_CHAR) {
    char c = (char)s.v.i;
    return PyUnicode_DecodeLatin1(&c, 1, NULL);
  }
  return s.kind == VB_SCALAR_REAL ? PyFloat_FromDouble(s.v.d)
         : s.kind == VB_SCALAR_UINT ? PyLong_FromUnsignedLongLong(s.v.u)
                                    : PyLong_FromLongLong(s.v.i);
}

/* To<Type>() and Is<Type>() for every scalar type a variant holds: the
 * closure-free way, one small function per type through a macro */
#define TO_IS(Name, T)                                                                   \
  static PyObject *to_##Name(PyObject *op, PyObject *u) {                                \
    (void)u;                                                                             \
    return scalar_out(vb_variant_to(VAR(op), T, NULL), T);                               \
  }                                                                                      \
  static PyObject *is_##Name(PyObject *op, PyObject *u) {                                \
    (void)u;                                                                             \
    return PyBool_FromLong(VAR(op)->type == T);                                          \
  }
TO_IS(Char, VB_CHAR)
TO_IS(SignedChar, VB_SIGNED_CHAR)
TO_IS(UnsignedChar, VB_UNSIGNED_CHAR)
TO_IS(Short, VB_SHORT)
TO_IS(UnsignedShort, VB_UNSIGNED_SHORT)
TO_IS(Int, VB_INT)
TO_IS(UnsignedInt, VB_UNSIGNED_INT)
TO_IS(Long, VB_LONG)
TO_IS(UnsignedLong, VB_UNSIGNED_LONG)
TO_IS(LongLong, VB_LONG_LONG)
TO_IS(UnsignedLongLong, VB_UNSIGNED_LONG_LONG)
TO_IS(Float, VB_FLOAT)
TO_IS(Double, VB_DOUBLE)

static PyObject *v_valid(PyObject *op, PyObject *u) { (void)u; return PyBool_FromLong(vb_variant_is_valid(VAR(op))); }
static PyObject *v_type(PyObject *op, PyObject *u) { (void)u; return PyLong_FromLong(VAR(op)->type); }
static PyObject *v_type_str(PyObject *op, PyObject *u) { (void)u; return PyUnicode_FromString(vb_variant_type_name(VAR(op))); }
static PyObject *v_numeric(PyObject *op, PyObject *u) { (void)u; return PyBool_FromLong(vb_variant_is_numeric(VAR(op))); }
static PyObject *v_is_string(PyObject *op, PyObject *u) { (void)u; return PyBool_FromLong(VAR(op)->type == VB_VARIANT_STRING); }
static PyObject *v_is_object(PyObject *op, PyObject *u) { (void)u; return PyBool_FromLong(VAR(op)->type == VB_VARIANT_OBJECT); }
/* an array held as an object (vtkTable's values of multi-component columns) */
static vb_array *held_array(PyObject *op) { return vb_array_from_object(vb_variant_object(VAR(op))); }
static PyObject *v_is_array(PyObject *op, PyObject *u) { (void)u; return PyBool_FromLong(held_array(op) != NULL); }
static PyObject *v_to_array(PyObject *op, PyObject *u) { (void)u; return vbpy_wrap(vb_array_object(held_array(op)), NULL); }
static PyObject *v_to_object(PyObject *op, PyObject *u) { (void)u; return vbpy_wrap(VAR(op)->obj, NULL); }

/* ToString([formatting, precision]): VTK's default formatting (%g) only;
 * FIXED / SCIENTIFIC format a number with the precision (default 6) */
static PyObject *v_to_string(PyObject *op, PyObject *args) {
  int fmt = 0, prec = 6;
  if (!PyArg_ParseTuple(args, "|ii:ToString", &fmt, &prec)) return NULL;
  if (fmt != 0 && vb_variant_is_numeric(VAR(op))) {
    double d = vb_variant_to_double(VAR(op), NULL);
    char buf[512];
    PyOS_snprintf(buf, sizeof buf, fmt == 1 ? "%.*f" : "%.*e", prec < 0 ? 0 : prec > 100 ? 100 : prec, d);
    return PyUnicode_FromString(buf);
  }
  return string_of(VAR(op));
}

static PyObject *v_is_equal(PyObject *op, PyObject *arg) {
  if (!PyObject_TypeCheck(arg, &VbVariant_Type)) {
    PyErr_SetString(PyExc_TypeError, "IsEqual argument 1: expected a vtkVariant");
    return NULL;
  }
  return PyBool_FromLong(vb_variant_compare(VAR(op), VAR(arg)) == 0);
}

static PyObject *variant_richcompare(PyObject *a, PyObject *b, int op) {
  if (!PyObject_TypeCheck(b, &VbVariant_Type)) Py_RETURN_NOTIMPLEMENTED;
  int c = vb_variant_compare(VAR(a), VAR(b));
  Py_RETURN_RICHCOMPARE(c, 0, op);
}

static Py_hash_t variant_hash(PyObject *op) {
  PyObject *s = vb_variant_is_numeric(VAR(op)) ? PyFloat_FromDouble(vb_variant_to_double(VAR(op), NULL))
                                                : string_of(VAR(op));
  if (!s) return -1;
  Py_hash_t h = PyObject_Hash(s);
  Py_DECREF(s);
  return h;
}

static PyObject *variant_repr(PyObject *op) {
  const vb_variant *v = VAR(op);
  if (!vb_variant_is_valid(v)) return PyUnicode_FromString("vtkbuf.vtkVariant((invalid))");
  if (v->type == VB_VARIANT_OBJECT)
    return PyUnicode_FromFormat("vtkbuf.vtkVariant((%s)%p)", vb_object_class_name(v->obj), (void *)v->obj);
  PyObject *s = string_of(v);
  if (!s) return NULL;
  PyObject *r = PyUnicode_FromFormat(v->type == VB_VARIANT_STRING ? "vtkbuf.vtkVariant(\"%U\")" : "vtkbuf.vtkVariant(%U)", s);
  Py_DECREF(s);
  return r;
}

static PyObject *variant_str(PyObject *op) {
  PyObject *s = string_of(VAR(op));
  if (!s || VAR(op)->type != VB_VARIANT_STRING) return s;
  PyObject *r = PyUnicode_FromFormat("\"%U\"", s);
  Py_DECREF(s);
  return r;
}

#define TO_IS_ROWS(Name)                                                                 \
  {"To" #Name, to_##Name, METH_NOARGS, VBPY_DOC("the value as this type (0 if it cannot be)")},    \
  {"Is" #Name, is_##Name, METH_NOARGS, VBPY_DOC("True if the variant holds this type")},

static vbpy_method variant_methods[] = {
  TO_IS_ROWS(Char) TO_IS_ROWS(SignedChar) TO_IS_ROWS(UnsignedChar) TO_IS_ROWS(Short)
  TO_IS_ROWS(UnsignedShort) TO_IS_ROWS(Int) TO_IS_ROWS(UnsignedInt) TO_IS_ROWS(Long)
  TO_IS_ROWS(UnsignedLong) TO_IS_ROWS(LongLong) TO_IS_ROWS(UnsignedLongLong) TO_IS_ROWS(Float)
  TO_IS_ROWS(Double)
  {"ToTypeInt64", to_LongLong, METH_NOARGS, VBPY_DOC("ToLongLong()")},
  {"ToTypeUInt64", to_UnsignedLongLong, METH_NOARGS, VBPY_DOC("ToUnsignedLongLong()")},
  {"IsValid", v_valid, METH_NOARGS, VBPY_DOC("False for vtkVariant()")},
  {"GetType", v_type, METH_NOARGS, VBPY_DOC("VTK type id (VTK_STRING, VTK_OBJECT, ...; 0 when invalid)")},
  {"GetTypeAsString", v_type_str, METH_NOARGS, VBPY_DOC("'int', 'string', the object's class, ...")},
  {"IsNumeric", v_numeric, METH_NOARGS, VBPY_DOC("")},
  {"IsString", v_is_string, METH_NOARGS, VBPY_DOC("")},
  {"IsVTKObject", v_is_object, METH_NOARGS, VBPY_DOC("")},
  {"IsArray", v_is_array, METH_NOARGS, VBPY_DOC("True if the variant holds an array")},
  {"ToArray", v_to_array, METH_NOARGS, VBPY_DOC("the array, or None")},
  {"ToVTKObject", v_to_object, METH_NOARGS, VBPY_DOC("the object, or None")},
  {"ToString", v_to_string, METH_VARARGS, VBPY_DOC("ToString([formatting, precision])")},
  {"IsEqual", v_is_equal, METH_O, VBPY_DOC("IsEqual(other) -> bool")},
  {"", NULL, 0, NULL},
};

static vbpy_getset variant_props[] = {
  {"type", (getter)v_type, NULL, "GetType()", ""},
  {"", NULL, NULL, NULL, ""},
};

PyTypeObject VbVariant_Type = {
  PyVarObject_HEAD_INIT(NULL, 0)
  .tp_name = "vtkbuf.vtkVariant",
  .tp_basicsize = sizeof(VbVariant),
  .tp_dealloc = variant_dealloc,
  .tp_repr = variant_repr,
  .tp_str = variant_str,
  .tp_hash = variant_hash,
  .tp_richcompare = variant_richcompare,
  .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
  .tp_doc = VBPY_DOC("vtkVariant: a value of any VTK scalar type, a string or an object."),
  .tp_methods = VBPY_METHODS(variant_methods),
  .tp_getset = VBPY_GETSETS(variant_props),
  .tp_new = variant_new,
};

int vbpy_variant_add_constants(void) {
  static const vbpy_int_constant k[] = {
    {"DEFAULT_FORMATTING", 0}, {"FIXED_FORMATTING", 1}, {"SCIENTIFIC_FORMATTING", 2}};
  return VBPY_ADD_INT_CONSTANTS(&VbVariant_Type, k);
}

/* for vtkVariantArray / vtkStringArray (vbpy_value_array.c) */
int vbpy_variant_arg(PyObject *o, vb_variant *v) { return from_python(v, o); }

PyObject *vbpy_variant_new(const vb_variant *v) {
  PyObject *self = VbVariant_Type.tp_alloc(&VbVariant_Type, 0);
  if (!self) return NULL;
  vb_variant_init(VAR(self));
  if (v && vb_variant_copy(VAR(self), v) < 0) {
    Py_DECREF(self);
    return vbpy_error(vb_last_status());
  }
  return self;
}

/* a new vtkVariant taking v's contents (v left invalid) */
PyObject *vbpy_variant_out(vb_variant *v) {
  PyObject *self = VbVariant_Type.tp_alloc(&VbVariant_Type, 0);
  if (!self) return NULL;
  *VAR(self) = *v;
  vb_variant_init(v);
  return self;
}
