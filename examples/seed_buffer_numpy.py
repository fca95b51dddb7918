import numpy as np
from vtkmodules.vtkCommonCore import vtkBuffer

# Create a typed buffer
buf = vtkBuffer['float64']()
buf.Allocate(100)

# Create a numpy array that shares memory with the buffer (zero-copy)
arr = np.asarray(buf)

# Modifications through numpy are reflected in the VTK buffer
arr[:] = np.linspace(0, 1, 100)

# Multiple numpy arrays can share the same buffer
arr2 = np.asarray(buf)
assert np.shares_memory(arr, arr2)
