import numpy as np
from vtkmodules.vtkCommonCore import vtkFloatArray
import vtkmodules.numpy_interface.dataset_adapter as dsa

arr = vtkFloatArray()
arr.SetNumberOfValues(10)
arr.SetValue(0, 42.0)

# Create a VTKArray wrapper (recommended for safety)
va = dsa.vtkDataArrayToVTKArray(arr)
print(va[0])  # 42.0

# Resize the VTK array - this may reallocate the buffer
arr.SetNumberOfValues(1000)

# VTKArray detects the stale buffer and raises RuntimeError
try:
    print(va[0])  # Raises RuntimeError
except RuntimeError:
    print("Buffer changed - get a fresh reference")

# Get a fresh VTKArray reference
va_new = dsa.vtkDataArrayToVTKArray(arr)
print(va_new.shape)  # (1000,)
