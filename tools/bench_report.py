#!/usr/bin/env python3
"""The page of numbers: read the output of `make bench` (every set: C, Python, JS)
and write bench/results/<date>.md (every ratio with its target and verdict) and
bench/results/<date>.png (a chart of the ratios against their targets).

    tools/bench_report.py build/bench.log [--date YYYY-MM-DD]

A benchmark line counts when it says `ratio R (target <= T)` or `(target >= T)`;
the label is the text before `ratio`. Lines with a ratio but no target (context
figures) are listed apart. Exit status 0 (the verdicts are in the page; `make bench`
itself fails on a miss).
"""
import argparse
import datetime
import os
import re
import sys

ROW = re.compile(r"^(?P<label>.*?)\bratio(?: (?P<what>[\w/]+):)?\s+(?P<ratio>[0-9.]+)\s*"
                 r"\(target (?P<op><=|>=) (?P<target>[0-9.]+)")
SECTION = re.compile(r"^=== (bench-\w+)")


def parse(lines):
    rows, context, section = [], [], "bench"
    for raw in lines:
        line = raw.rstrip("\n")
        m = SECTION.match(line)
        if m:
            section = m.group(1)
            continue
        m = ROW.search(line)
        if m:
            # the text before "ratio" (it carries the measured times), else "ratio what:"
            label = re.sub(r"\s+", " ", m.group("label")).strip(" :;-") or f"ratio {m.group('what')}"
            ratio, target = float(m.group("ratio")), float(m.group("target"))
            ok = ratio <= target if m.group("op") == "<=" else ratio >= target
            rows.append((section, label, ratio, m.group("op"), target, ok))
        elif re.search(r"\bratio\s+[0-9.]+", line):
            context.append((section, line.strip()))
    return rows, context


def write_markdown(path, date, rows, context):
    with open(path, "w") as f:
        f.write(f"# vtkbuf benchmarks, {date}\n\n")
        f.write("Written by `make bench` (`tools/bench_report.py`); every ratio is measured against a\n"
                "baseline in the same run (VTK 9.7.1 from PyPI, memcpy, a raw loop, ...).\n\n")
        missed = sum(1 for r in rows if not r[5])
        f.write(f"{len(rows)} ratios with a target: {len(rows) - missed} met, {missed} missed.\n\n")
        f.write("| set | measurement | ratio | target | verdict |\n|---|---|---|---|---|\n")
        for section, label, ratio, op, target, ok in rows:
            f.write(f"| {section} | {label} | {ratio:.2f} | {op} {target:g} | {'met' if ok else '**missed**'} |\n")
        if context:
            f.write("\nContext figures (no target):\n\n")
            for section, line in context:
                f.write(f"- {section}: `{line}`\n")
        f.write(f"\n![ratios against their targets]({os.path.basename(path)[:-3]}.png)\n")


def write_chart(path, date, rows):
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    labels = [f"{s.replace('bench-', '')}: {l}" for s, l, *_ in rows]
    # distance to the target as a fraction of it: < 1 means met, for both directions
    score = [r[2] / r[4] if r[3] == "<=" else r[4] / max(r[2], 1e-12) for r in rows]
    colors = ["#2e7d32" if r[5] else "#c62828" for r in rows]
    fig, ax = plt.subplots(figsize=(9, 0.35 * len(rows) + 1.4))
    ax.barh(range(len(rows)), score, color=colors)
    ax.axvline(1.0, color="black", linewidth=1)
    ax.set_yticks(range(len(rows)), labels, fontsize=8)
    ax.invert_yaxis()
    ax.set_xlabel("ratio / target (<= target and >= target both drawn so that < 1 is met)")
    ax.set_title(f"vtkbuf benchmarks {date}: green met, red missed")
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("log")
    ap.add_argument("--date", default=datetime.date.today().isoformat())
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.dirname(
        os.path.abspath(__file__))), "bench", "results"))
    args = ap.parse_args()
    with open(args.log) as f:
        rows, context = parse(f)
    if not rows:
        sys.exit(f"bench_report: no 'ratio R (target ...)' lines in {args.log}")
    os.makedirs(args.out, exist_ok=True)
    md = os.path.join(args.out, f"{args.date}.md")
    write_markdown(md, args.date, rows, context)
    write_chart(md[:-3] + ".png", args.date, rows)
    print(f"bench_report: {md} and {os.path.basename(md)[:-3]}.png ({len(rows)} ratios, "
          f"{sum(1 for r in rows if not r[5])} missed)")


if __name__ == "__main__":
    main()
