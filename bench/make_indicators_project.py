#!/usr/bin/env python3
"""Writes a project with N synthetic indicators for the scaling benchmark (bench/scaling.sh): reportgen.yaml,
indicators/indicators.yaml (N count indicators, half with targets, each under one of three goals) and
data/measures.csv (each indicator's monthly figures from April 2014 to December 2016, 33 months). The figures are
fixed for a given N, so two runs build the same pack.
    python3 bench/make_indicators_project.py 3000 /tmp/reportgen-bench/indicators-3000"""
import os, random, sys

GOALS = ["SAFE", "CLEAN", "PROUD"]
MONTHS = [(2014, m) for m in range(4, 13)] + [(y, m) for y in (2015, 2016) for m in range(1, 13)]


def main(count, folder):
    rng = random.Random(count)
    os.makedirs(os.path.join(folder, "indicators"), exist_ok=True)
    os.makedirs(os.path.join(folder, "data"), exist_ok=True)
    with open(os.path.join(folder, "reportgen.yaml"), "w", encoding="utf-8") as f:
        f.write(f"""title: Scaling benchmark, {count} indicators
organisation: Synthetic Borough Council
language: en-GB
data:
  - data/measures.csv
indicators: indicators/
output: out/
reports:
  - id: scale
    template: corporate-performance
    formats: [pdf, docx, json]
    settings:
      committee: Scaling Committee
      area: Scaling
      subject: "Scaling benchmark: {{{{ period.label }}}}"
      cmt_lead: Benchmark lead
      author: Benchmark author
      policy_context: "The report sets out {{{{ period.label }}}} performance"
      goals:
        - {{ key: SAFE, title: PEOPLE WILL BE SAFE }}
        - {{ key: CLEAN, title: THE BOROUGH WILL BE CLEAN }}
        - {{ key: PROUD, title: RESIDENTS WILL BE PROUD }}
""")
    with open(os.path.join(folder, "indicators", "indicators.yaml"), "w", encoding="utf-8") as defs, \
            open(os.path.join(folder, "data", "measures.csv"), "w", encoding="utf-8", newline="") as data:
        data.write("indicator,period,value\n")
        for i in range(1, count + 1):
            ident = f"IND{i:05d}"
            base = rng.randint(50, 5000)
            defs.write(f"- id: {ident}\n  title: Synthetic indicator {i}\n  goal: {GOALS[i % 3]}\n  unit: count\n"
                       f"  polarity: {'lower' if i % 2 else 'higher'}\n")
            if i % 2 == 0:
                annual = base * 12
                defs.write(f"  targets:\n    \"2016/17\":\n      annual: {annual}\n"
                           f"      ytd: [{annual // 4}, {annual // 2}, {annual * 3 // 4}, {annual}]\n  tolerance: 5%\n")
            for year, month in MONTHS:
                data.write(f"{ident},{year}-{month:02d},{max(0, base + rng.randint(-base // 5, base // 5))}\n")


if __name__ == "__main__":
    main(int(sys.argv[1]), sys.argv[2])
