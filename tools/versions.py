#!/usr/bin/env python3
"""Print the version pins of versions.json for the shell and Make.

  tools/versions.py          KEY='value' lines (eval'd by tools/lib.sh)
  tools/versions.py --make   KEY := value lines (the Makefile includes them)
"""
import json
import os
import shlex
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def pins():
    with open(os.path.join(ROOT, "versions.json"), encoding="utf-8") as f:
        return {k: v for k, v in json.load(f).items() if not k.startswith("_")}


if __name__ == "__main__":
    make = sys.argv[1:] == ["--make"]
    for key, value in pins().items():
        print(f"{key} := {value}" if make else f"{key}={shlex.quote(value)}")
