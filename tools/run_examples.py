"""Run example scripts one after another in this interpreter, each under a header.
usage: python tools/run_examples.py EXAMPLE.py..."""
import runpy
import sys

status = 0
for path in sys.argv[1:]:
    print(f"--- {path}", flush=True)
    try:
        runpy.run_path(path, run_name="__main__")
    except BaseException as e:  # report and go on with the next example
        import traceback
        traceback.print_exc()
        status = 1
    sys.stdout.flush()
sys.exit(status)
