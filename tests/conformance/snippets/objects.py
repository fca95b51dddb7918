# The object layer: vtkIdList (and, below, vtkObject, vtkCollection, ...).
# Outputs are VTK 9.7.1's, recorded by the runner.
_FILL = "l = vtkIdList()\nfor i in (4, 1, 2, 1, 8):\n    l.InsertNextId(i)\n"
_IDS = "[l.GetId(i) for i in range(l.GetNumberOfIds())]"

SNIPPETS = [
    ("objects.idlist.empty", "l = vtkIdList()\n(l.GetNumberOfIds(), l.GetCapacity(), l.GetClassName())"),
    ("objects.idlist.insert_next", "l = vtkIdList()\n(l.InsertNextId(5), l.InsertNextId(3), l.InsertUniqueId(5), "
     "l.InsertUniqueId(7), l.GetCapacity(), l.GetNumberOfIds())"),
    ("objects.idlist.capacity_growth", "l = vtkIdList()\ncaps = []\nfor i in range(20):\n"
     "    l.InsertNextId(i)\n    caps.append(l.GetCapacity())\ncaps"),
    ("objects.idlist.set_number", "l = vtkIdList()\nl.InsertNextId(5)\nl.SetNumberOfIds(4)\n"
     "l.SetId(1, 0)\nl.SetId(2, 2)\nl.SetId(3, 9)\n(" + _IDS + ", l.GetCapacity())"),
    ("objects.idlist.insert_id", "l = vtkIdList()\nl.InsertId(0, 3)\nl.InsertId(2, 4)\n(l.GetNumberOfIds(), "
     "l.GetId(0), l.GetId(2), l.GetCapacity())"),
    ("objects.idlist.is_id", _FILL + "(l.IsId(1), l.IsId(8), l.IsId(9), l.FindIdLocation(2))"),
    ("objects.idlist.delete_id", _FILL + "l.DeleteId(1)\n" + _IDS),
    ("objects.idlist.delete_missing", _FILL + "l.DeleteId(99)\n" + _IDS),
    ("objects.idlist.sort", _FILL + "l.Sort()\n" + _IDS),
    ("objects.idlist.fill", _FILL + "l.Fill(-3)\n" + _IDS),
    ("objects.idlist.deep_copy", _FILL + "m = vtkIdList()\nm.DeepCopy(l)\n"
     "([m.GetId(i) for i in range(m.GetNumberOfIds())], m.GetCapacity())"),
    ("objects.idlist.shallow_copy", _FILL + "m = vtkIdList()\nm.ShallowCopy(l)\n"
     "[m.GetId(i) for i in range(m.GetNumberOfIds())]"),
    ("objects.idlist.intersect", _FILL + "m = vtkIdList()\nfor i in (8, 1, 3):\n    m.InsertNextId(i)\n"
     "l.IntersectWith(m)\n" + _IDS),
    ("objects.idlist.reset_squeeze", _FILL + "l.Reset()\na = (l.GetNumberOfIds(), l.GetCapacity())\n"
     "l.Squeeze()\n(a, l.GetCapacity())"),
    ("objects.idlist.initialize", _FILL + "l.Initialize()\n(l.GetNumberOfIds(), l.GetCapacity())"),
    ("objects.idlist.reserve", _FILL + "(l.Reserve(3), l.GetCapacity(), l.Reserve(20), l.GetCapacity(), "
     "l.GetNumberOfIds())"),
    ("objects.idlist.allocate", "import warnings\nwarnings.simplefilter('ignore')\n" + _FILL +
     "(l.Allocate(3), l.GetNumberOfIds(), l.GetCapacity(), l.Allocate(10), l.GetCapacity())"),
    ("objects.idlist.resize_shrink", "import warnings\nwarnings.simplefilter('ignore')\n" + _FILL +
     "l.Resize(2)\n(" + _IDS + ", l.GetCapacity())"),
    ("objects.idlist.resize_zero", "import warnings\nwarnings.simplefilter('ignore')\n" + _FILL +
     "(l.Resize(0), l.GetNumberOfIds(), l.GetCapacity())"),
    ("objects.idlist.props", _FILL + "(l.number_of_ids, l.capacity)"),
    ("objects.idlist.kwargs", "l = vtkIdList(number_of_ids=3)\n(l.GetNumberOfIds(), l.GetCapacity())"),
    ("objects.idlist.float_id", "vtkIdList().InsertNextId(1.5)"),
    ("objects.idlist.big_id", "vtkIdList().InsertNextId(2**63)"),
    ("objects.idlist.neg_ids", "l = vtkIdList()\nl.InsertNextId(-2**63)\nl.InsertNextId(2**63 - 1)\n" + _IDS),
    ("objects.idlist.not_iterable", "list(vtkIdList())"),
    ("objects.idlist.constants", "(vtkIdList.VTK_DATA_ARRAY_FREE, vtkIdList.VTK_DATA_ARRAY_DELETE, "
     "vtkIdList.VTK_DATA_ARRAY_ALIGNED_FREE, vtkIdList.VTK_DATA_ARRAY_USER_DEFINED)"),
    ("objects.idlist.deepcopy_type", "vtkIdList().DeepCopy([1, 2])"),
]
