"""vtkmodules.util.misc over vtkbuf: calldata_type (observers that receive
InvokeEvent's call data), vtkGetDataRoot / vtkGetTempDir (VTK's test helpers,
reading -D / -T from sys.argv or VTK_DATA_ROOT), deprecated."""
import functools
import os
import sys
import warnings


def deprecated(version, message):
    """Decorator: calling the function warns (DeprecationWarning) with message."""
    def decorator(func):
        text = f"Function '{func.__name__}' is deprecated since version {version}. " + message

        @functools.wraps(func)
        def wrapped(*args, **kwargs):
            warnings.warn(text, DeprecationWarning)
            return func(*args, **kwargs)
        return wrapped
    return decorator


def calldata_type(type):
    """Decorator setting the observer's CallDataType: the observer is then called
    as f(caller, event, calldata) when InvokeEvent passes call data. The types VTK
    supports: 'string0', VTK_STRING, VTK_OBJECT, VTK_INT, VTK_LONG, VTK_DOUBLE,
    VTK_FLOAT (TypeError for others)."""
    from vtkmodules import vtkCommonCore as cc
    supported = ["string0", cc.VTK_STRING, cc.VTK_OBJECT, cc.VTK_INT, cc.VTK_LONG, cc.VTK_DOUBLE,
                 cc.VTK_FLOAT]
    if type not in supported:
        raise TypeError(f"'{type}' is not a supported VTK call data type. Supported types are: "
                        f"{supported}")

    def wrap(f):
        f.CallDataType = type
        return f
    return wrap


def _argv_option(flag):
    args = sys.argv
    found = None
    for i, a in enumerate(args[:-1]):
        if a == flag:
            found = args[i + 1]
    return found


def vtkGetDataRoot():
    """The VTK data directory: the argument after -D, else $VTK_DATA_ROOT, else
    '../../../../VTKData' (as VTK)."""
    root = _argv_option("-D")
    return root if root is not None else os.environ.get("VTK_DATA_ROOT", "../../../../VTKData")


def vtkGetTempDir():
    """The test temp directory: the argument after -T, else '.' (as VTK)."""
    tmp = _argv_option("-T")
    return tmp if tmp is not None else "."
