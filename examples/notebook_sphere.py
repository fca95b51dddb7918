# %% [markdown]
# # A vtkbuf sphere, in NumPy
# `vtkSphereSource` (VTK 9.7.1's output, point for point) from `vtkbuf`, running in
# this browser tab inside Pyodide. Its points and normals are NumPy arrays over the
# sphere's own memory (zero-copy), and the picture below is drawn by this notebook
# from those arrays (an SVG: flat shading, back faces culled).

# %%
import numpy as np
import vtkmodules.numpy_interface.dataset_adapter as dsa
from vtkmodules.vtkFiltersSources import vtkSphereSource

sphere = vtkSphereSource()
sphere.SetThetaResolution(24)
sphere.SetPhiResolution(16)
sphere.Update()
mesh = dsa.WrapDataObject(sphere.GetOutput())
points, normals = mesh.Points, mesh.PointData["Normals"]
print(type(points).__name__, points.shape, points.dtype, normals.shape)

# %%
triangles = mesh.Polygons.reshape(-1, 4)[:, 1:]   # VTK's [3, a, b, c, 3, ...] layout
print(len(triangles), "triangles")
print("unit normals:", np.allclose(np.linalg.norm(normals, axis=1), 1, atol=1e-6))
print("radius 0.5:", np.allclose(np.linalg.norm(points, axis=1), 0.5, atol=1e-6))
print("normals point outwards:", bool((np.einsum("ij,ij->i", points, normals) > 0).all()))

# %%
def picture(points, normals, triangles, size=360, tilt=np.radians(-65), turn=np.radians(20)):
    """SVG of a triangle mesh seen along -z after a turn about z and a tilt about x."""
    cz, sz, cx, sx = np.cos(turn), np.sin(turn), np.cos(tilt), np.sin(tilt)
    rot = np.array([[1, 0, 0], [0, cx, -sx], [0, sx, cx]]) @ np.array([[cz, -sz, 0], [sz, cz, 0], [0, 0, 1]])
    p = np.asarray(points, dtype=np.float64) @ rot.T
    n = (np.asarray(normals, dtype=np.float64)[triangles].mean(axis=1)) @ rot.T
    n /= np.linalg.norm(n, axis=1, keepdims=True)
    light = np.array([-0.4, 0.5, 0.77]) / np.linalg.norm([-0.4, 0.5, 0.77])
    visible = n[:, 2] > 0
    depth = p[triangles][:, :, 2].mean(axis=1)
    shade = 0.25 + 0.75 * np.clip(n @ light, 0, 1)
    xy = (p[:, :2] * [1, -1] + 0.6) * (size / 1.2)
    polys = []
    for t in np.argsort(depth):
        if not visible[t]:
            continue
        r, g, b = (np.array([70, 130, 220]) * shade[t]).astype(int)
        pts = " ".join(f"{x:.1f},{y:.1f}" for x, y in xy[triangles[t]])
        polys.append(f'<polygon points="{pts}" fill="rgb({r},{g},{b})" stroke="rgb({r},{g},{b})"/>')
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{size}" height="{size}" '
            f'viewBox="0 0 {size} {size}"><rect width="100%" height="100%" fill="white"/>'
            + "".join(polys) + "</svg>"), len(polys)


class SVG:
    """Anything with _repr_svg_ is shown as a picture by Jupyter."""
    def __init__(self, text):
        self.text = text

    def _repr_svg_(self):
        return self.text


svg, shown = picture(points, normals, triangles)
print(shown, "triangles facing the viewer")
SVG(svg)

# %% [markdown]
# The arrays are views of the sphere's memory: moving every point through NumPy moves
# the sphere itself (no copy in either direction).

# %%
points[:] *= 2
print("radius now:", float(np.linalg.norm(sphere.GetOutput().GetPoint(0))))
print("bounds:", [round(b, 3) for b in sphere.GetOutput().GetBounds()])
