# Observers whose callable refers back to their object: reference cycles through the
# C++/C object, and what the garbage collector frees.  Each snippet builds the cycle in
# a function, so nothing in the snippet's namespace holds it, then collects.  To see
# VTK's side of a difference: $VTK_PY tests/conformance/run.py show NAME
BUILD = ("import gc, weakref\nlog = []\n"
         "class Holder:\n"
         "    def cb(self, o, e):\n"
         "        log.append((e, o is None, self.a.GetNumberOfTuples()))\n"
         "    def plain(self, o, e):\n"
         "        log.append((e, o is None))\n"
         "def build(kind):\n"
         "    h = Holder()\n"
         "    a = h.a = vtkFloatArray()\n"
         "    a.SetName('x')\n"
         "    a.SetNumberOfTuples(10)\n"
         "    if kind == 'closure':\n"
         "        a.AddObserver('ModifiedEvent', lambda o, e: a)\n"
         "    elif kind == 'bound':\n"
         "        a.AddObserver('ModifiedEvent', h.cb)\n"
         "    elif kind == 'delete closure':\n"
         "        a.AddObserver('DeleteEvent', lambda o, e, a=a: log.append((e, a.GetNumberOfTuples())))\n"
         "    elif kind == 'delete bound':\n"
         "        a.AddObserver('DeleteEvent', h.cb)\n"
         "    elif kind == 'delete plain':\n"
         "        a.AddObserver('DeleteEvent', h.plain)\n"
         "    elif kind == 'delete local class':  # the class is garbage too\n"
         "        class Local:\n"
         "            def plain(self, o, e):\n"
         "                log.append((e, o is None))\n"
         "        l = Local()\n"
         "        l.a = a\n"
         "        a.AddObserver('DeleteEvent', l.plain)\n"
         "    elif kind == 'polydata':\n"
         "        pd = vtkPolyData()\n"
         "        pd.GetPointData().AddArray(a)\n"
         "        pd.GetPointData().GetArray('x').AddObserver('ModifiedEvent', lambda o, e: pd.Modified())\n"
         "        return weakref.ref(pd)\n"
         "    return weakref.ref(a)\n")
COLLECT = "\ngc.collect()\n(r() is None, log)"
SNIPPETS = [
    ("gc.closure_cycle", BUILD + "r = build('closure')" + COLLECT),
    ("gc.bound_method_cycle", BUILD + "r = build('bound')" + COLLECT),
    ("gc.polydata_cycle", BUILD + "r = build('polydata')" + COLLECT),
    ("gc.delete_closure", BUILD + "r = build('delete closure')" + COLLECT),
    ("gc.delete_bound_method", BUILD + "r = build('delete bound')" + COLLECT),
    ("gc.delete_bound_method_no_self", BUILD + "r = build('delete plain')" + COLLECT),
    ("gc.delete_bound_method_local_class", BUILD + "r = build('delete local class')" + COLLECT),
]
DIFFERENT = {
    # VTK 9.7.1 calls DeleteEvent observers after the GC began clearing the cycle: the
    # closure without its defaults (TypeError on stderr), the bound method with its
    # object's __dict__ cleared (AttributeError), and it segfaults when the method's
    # class is part of the garbage; a bound method using nothing cleared works
    # (gc.delete_bound_method_no_self).  vtkbuf calls them first, intact, with caller None.
    "gc.delete_closure": "(True, [('DeleteEvent', 10)])",
    "gc.delete_bound_method": "(True, [('DeleteEvent', True, 10)])",
    "gc.delete_bound_method_local_class": "(True, [('DeleteEvent', True)])",
}
NOT_IN_VTK = {"gc.delete_bound_method_local_class"}  # segfaults in VTK 9.7.1
