"""vtkmodules.numpy_interface.algorithms over vtkbuf (the functions that need no filter)."""
from vtkbuf.algorithms import *  # noqa: F401,F403
from vtkbuf.algorithms import (  # noqa: F401  (names shadowing builtins, left out of *)
    sum, max, min, all, abs, mean, var, std, shape, array_count,
)
