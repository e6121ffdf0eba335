#!/usr/bin/env python3
"""Checks that monthly counts agree exactly: compare_counts.py REPORTGEN.csv PEER.csv [PEER.csv ...]
Each file has a header and rows of month, group, category, value (the column names may differ). Prints the first
differences and exits 1 when any file disagrees with the first."""
import csv, sys


def load(path):
    with open(path, newline="", encoding="utf-8") as f:
        rows = csv.reader(f)
        next(rows)
        counts = {}
        for month, group, category, value in rows:
            key = (month, group, category)
            if key in counts:
                sys.exit(f"{path}: {key} appears twice")
            counts[key] = int(value)
        return counts


ours = load(sys.argv[1])
ok = True
for peer_path in sys.argv[2:]:
    peer = load(peer_path)
    diffs = [(k, ours.get(k), peer.get(k)) for k in sorted(set(ours) | set(peer)) if ours.get(k) != peer.get(k)]
    if diffs:
        ok = False
        print(f"DISAGREE {sys.argv[1]} vs {peer_path}: {len(diffs)} counts differ, such as")
        for key, a, b in diffs[:5]:
            print(f"  {key}: {a} vs {b}")
    else:
        print(f"agree: {sys.argv[1]} and {peer_path}: {len(ours)} counts, {sum(ours.values())} records")
sys.exit(0 if ok else 1)
