"""VTK-compatible module names over vtkbuf (the separate ``vtkmodules`` compat
distribution). Installed only on purpose, so vtkbuf alone never shadows a real VTK."""
