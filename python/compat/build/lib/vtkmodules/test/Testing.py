"""vtkmodules.test.Testing over vtkbuf: what VTK's Python tests use of it
(``vtkTest``, ``main``, ``skip``), on plain unittest. No data/baseline images."""
import sys
import unittest


class vtkTest(unittest.TestCase):
    """Base class of VTK's unittest-style tests."""


def skip():
    """VTK's way of skipping a whole test file (exit status 125, as VTK's)."""
    sys.exit(125)


def main(cases):
    """Run the test methods whose names start with each prefix of cases,
    a list of (TestCase class, prefix); exit 0 if all passed, 1 otherwise."""
    suite = unittest.TestSuite()
    loader = unittest.TestLoader()
    for cls, prefix in cases:
        loader.testMethodPrefix = prefix
        suite.addTests(loader.loadTestsFromTestCase(cls))
    result = unittest.TextTestRunner(stream=sys.stdout, verbosity=2).run(suite)
    sys.exit(0 if result.wasSuccessful() else 1)
