# XML writers (issue 19): the bytes vtkXMLPolyDataWriter & co write, from
# vtkmodules.vtkIOXML on both sides: numbers (vtk::to_string's shortest form),
# ranges (L2 norms, wrapping integer squares), modes, headers, compression.
_W = (
    "from vtkmodules.vtkIOXML import vtkXMLPolyDataWriter, vtkXMLImageDataWriter\n"
    "def out(obj, mode='Ascii', comp='None', hdr=32, enc=1, W=vtkXMLPolyDataWriter):\n"
    "    w = W()\n"
    "    w.SetInputData(obj)\n"
    "    getattr(w, 'SetDataModeTo' + mode)()\n"
    "    getattr(w, 'SetCompressorTypeTo' + comp)()\n"
    "    getattr(w, 'SetHeaderTypeToUInt%d' % hdr)()\n"
    "    w.SetEncodeAppendedData(enc)\n"
    "    w.WriteToOutputStringOn()\n"
    "    w.Write()\n"
    "    s = w.GetOutputString()\n"
    "    return s if isinstance(s, bytes) else s.encode()\n"
    "def mk(cls, vals, nc=1, name='a'):\n"
    "    pd = vtkPolyData()\n"
    "    a = make(cls, vals, nc)\n"
    "    a.SetName(name)\n"
    "    pd.GetFieldData().AddArray(a)\n"
    "    return pd\n"
)

_VALUES = {
    "vtkFloatArray": [0.1, -2.5e-8, 3.0e38, 1e6, 1e7, 1.5e-5, 1e-4, 16777217.0, 1e-45, -0.0, 123456.79, 2.0 / 3],
    "vtkDoubleArray": [1.0 / 3, -1e-300, 2.0 ** 0.5, 1e15, 1e16, 1e-5, 0.0001, 5e-324, 1e21, 123456789012.5, -0.0, 1e100],
    "vtkIntArray": [0, -2147483648, 2147483647, 1, 2, 3],
    "vtkUnsignedShortArray": [0, 65535, 1, 2, 3, 4],
    "vtkSignedCharArray": [0, -128, 127, 1, -1, 5],
    "vtkCharArray": [0, 1, 2, 3, 4, 5],
    "vtkLongLongArray": [0, -(2 ** 63), 2 ** 63 - 1, 1, 2, 3],
    "vtkUnsignedLongLongArray": [0, 2 ** 64 - 1, 1, 2, 3, 4],
    "vtkIdTypeArray": [0, 5, 2 ** 31 - 1, -3, 4, 8],
}

SNIPPETS = []
for _cls, _vals in _VALUES.items():
    _t = _cls[3:-5].lower()
    SNIPPETS.append(("io.xml.write.ascii." + _t, _W + "out(mk(%s, %r))" % (_cls, _vals)))
    SNIPPETS.append(("io.xml.write.l2." + _t, _W + "out(mk(%s, %r, 3))" % (_cls, _vals)))
    SNIPPETS.append(("io.xml.write.binary." + _t, _W + "out(mk(%s, %r, 2), 'Binary')" % (_cls, _vals)))
for _mode, _comp, _hdr in (("Binary", "ZLib", 32), ("Binary", "None", 64), ("Appended", "None", 32),
                           ("Appended", "ZLib", 64), ("Ascii", "ZLib", 64)):
    SNIPPETS.append(("io.xml.write.mode.%s.%s.%d" % (_mode.lower(), _comp.lower(), _hdr), _W +
                     "pd = mk(vtkDoubleArray, [i / 7.0 for i in range(30)], 3)\n"
                     "p = vtkPoints()\nfor i in range(4): p.InsertNextPoint(i, i * 0.5, -i)\npd.SetPoints(p)\n"
                     "pd.GetPointData().SetScalars(make(vtkFloatArray, [0.5, 1, 2, 4]))\n"
                     "out(pd, %r, %r, %d)" % (_mode, _comp, _hdr)))
SNIPPETS += [
    ("io.xml.write.empty", _W + "out(vtkPolyData())"),
    ("io.xml.write.empty_appended", _W + "out(vtkPolyData(), 'Appended', 'ZLib')"),
    ("io.xml.write.special", _W + "out(mk(vtkDoubleArray, [float('inf'), float('nan'), -1.5, float('-inf')]))"),
    ("io.xml.write.component_names", _W + "pd = mk(vtkIntArray, [1, 2, 3, 4], 2)\n"
     "pd.GetFieldData().GetArray(0).SetComponentName(1, 'y axis')\nout(pd)"),
    ("io.xml.write.image", _W + "im = vtkImageData()\nim.SetExtent(1, 3, 0, 1, 2, 2)\nim.SetSpacing(0.1, 1e-7, 3)\n"
     "im.GetPointData().SetScalars(make(vtkShortArray, list(range(6))))\n"
     "(out(im, W=vtkXMLImageDataWriter), out(im, 'Appended', W=vtkXMLImageDataWriter))"),
    ("io.xml.write.defaults", "from vtkmodules.vtkIOXML import vtkXMLPolyDataWriter\nw = vtkXMLPolyDataWriter()\n"
     "w.SetCompressionLevel(0)\nlo = w.GetCompressionLevel()\nw.SetCompressionLevel(12)\n"
     "(w.GetDataMode(), w.GetHeaderType(), w.GetEncodeAppendedData(), lo, w.GetCompressionLevel())"),
]
