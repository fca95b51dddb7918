from vtkmodules.vtkCommonCore import vtkBuffer

buf = vtkBuffer['int32']()
buf.Allocate(4)

m = memoryview(buf)
print(m.shape)     # (4,)
print(m.itemsize)  # 4
print(m.format)    # 'i'
