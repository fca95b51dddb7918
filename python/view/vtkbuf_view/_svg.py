"""The static picture (image/svg+xml) shown where no JavaScript runs: the surface's
polygons in an orthographic view (the widget's first camera direction turned a little),
back to front, flat-shaded, coloured as the view colours them; at most `limit` polygons
(evenly picked) so the picture stays small."""
import numpy as np

from ._data import colours


def polygons(conn):
    """Legacy cells -> (offset of first id, size) per cell."""
    starts, sizes, k = [], [], 0
    while k < len(conn):
        n = int(conn[k])
        starts.append(k + 1)
        sizes.append(n)
        k += n + 1
    return np.array(starts, dtype=np.int64), np.array(sizes, dtype=np.int64)


def picture(points, polys, rgb_point=None, rgb_cell=None, size=320, limit=3000,
            turn=np.radians(30), tilt=np.radians(25), color=(0.8, 0.8, 0.8), title=""):
    starts, sizes = polygons(polys)
    keep = np.arange(len(starts))
    if len(keep) > limit:
        keep = np.linspace(0, len(starts) - 1, limit).astype(np.int64)
    c, s, ct, st = np.cos(turn), np.sin(turn), np.cos(tilt), np.sin(tilt)
    rot = np.array([[c, 0, s], [0, 1, 0], [-s, 0, c]]) @ np.array([[1, 0, 0], [0, ct, -st], [0, st, ct]])
    p = (np.asarray(points, dtype=np.float64) @ rot.T) if len(points) else np.zeros((0, 3))
    if len(p):
        lo, hi = p[:, :2].min(0), p[:, :2].max(0)
        scale = 0.9 * size / max(float((hi - lo).max()), 1e-30)
        xy = (p[:, :2] - (lo + hi) / 2) * scale + size / 2
    out = []
    faces = []
    for k in keep:
        ids = polys[starts[k]:starts[k] + sizes[k]].astype(np.int64)
        if len(ids) < 3:
            continue
        q = p[ids]
        nrm = np.cross(q[1] - q[0], q[2] - q[0])
        ln = np.linalg.norm(nrm)
        shade = 0.35 + 0.65 * (abs(nrm[2]) / ln if ln > 0 else 1.0)
        if rgb_cell is not None:
            base = rgb_cell[k] / 255.0
        elif rgb_point is not None:
            base = rgb_point[ids].mean(0) / 255.0
        else:
            base = np.array(color)
        faces.append((q[:, 2].mean(), ids, np.clip(base * shade * 255, 0, 255).astype(int)))
    faces.sort(key=lambda f: f[0])
    for _, ids, (r, g, b) in faces:
        pts = " ".join(f"{x:.1f},{size - y:.1f}" for x, y in xy[ids])
        out.append(f'<polygon points="{pts}" fill="rgb({r},{g},{b})"/>')
    label = f'<text x="4" y="14" font-size="11" font-family="sans-serif">{title}</text>' if title else ""
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{size}" height="{size}" '
            f'viewBox="0 0 {size} {size}">' + "".join(out) + label + "</svg>")


def svg(arrays, **kw):
    """The picture of View's arrays (the dict _widget.arrays makes)."""
    a = arrays
    rows = a["rows"]
    rgb_p = rgb_c = None
    if a["values"] is not None:
        rgb = colours(a["values"], *a["range"], rows)
        if a["association"] == "cell":
            rgb_c = rgb[a["ncells_before_polys"]:]
        else:
            rgb_p = rgb
    title = f'{a["name"]} [{a["range"][0]:.4g}, {a["range"][1]:.4g}]' if a["values"] is not None else ""
    return picture(a["points"], a["polys"], rgb_p, rgb_c, title=title.replace("&", "&amp;").replace("<", "&lt;"), **kw)
