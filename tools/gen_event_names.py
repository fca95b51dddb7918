"""Print the event-name table of src/vb_event.c from VTK 9.7.1's vtkCommand
(run with the bench venv's python: $(tools/provision-vtk-bench | tail -1)/bin/python)."""
from vtkmodules.vtkCommonCore import vtkCommand

names = [vtkCommand.GetStringFromEventId(i) for i in range(0, 138)]
assert vtkCommand.GetStringFromEventId(138) == "NoEvent"
assert vtkCommand.GetStringFromEventId(1000) == "UserEvent"
assert all(getattr(vtkCommand, n) == i for i, n in enumerate(names))
line, out = "   ", []
for n in names:
    item = f' "{n}\\0"'
    if len(line) + len(item) > 98:
        out.append(line)
        line = "   "
    line += item
out.append(line)
print("\n".join(out))
