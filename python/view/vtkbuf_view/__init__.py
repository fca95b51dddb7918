"""vtkbuf-view: the notebook view of vtkbuf data sets (docs/view.md).

vtkbuf.show(obj, **options) (or show here) returns the view, an anywidget drawing obj's
surface with vtk.js; a data set as a cell's last expression shows one too (register(),
done on import in IPython). picture(obj) is the static SVG alone (no JavaScript).
"""
import sys

__version__ = "0.1.0"


def show(obj, **options):
    """An interactive 3-D view of a vtkbuf data set (options: vtkbuf_view._widget.View)."""
    from ._widget import View
    return View(obj, **options)


def picture(obj, scalars=None, association=None, lut=None, range=None, **kw):
    """The static SVG picture of obj (a str)."""
    from ._svg import svg
    from ._widget import arrays
    return svg(arrays(obj, scalars, association, lut, range), **kw)


def _bundle(obj, *args, **kwargs):
    try:
        return show(obj)._repr_mimebundle_()
    except TypeError:  # no surface for it (yet): its text repr
        return None


def register():
    """Show vtkbuf data sets as views in this IPython (a mime-bundle formatter); no-op outside it."""
    ipy = sys.modules.get("IPython")
    shell = ipy.get_ipython() if ipy is not None else None
    if shell is None:
        return False
    import vtkbuf
    shell.display_formatter.mimebundle_formatter.for_type(vtkbuf.vtkDataSet, _bundle)
    return True


register()
