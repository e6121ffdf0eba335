"""Writes data/measures.csv for the safer-communities sample: synthetic monthly counts from April 2015 to December
2016 for a fictional partnership, by ward, with small counts where disclosure control must act. Deterministic:
`python3 make_measures.py data/measures.csv` always writes the same file."""
import csv
import random
import sys

WARDS = ["Eastgate", "Millbrook", "Northfield"]
MONTHS = [(2015 + (m + 3) // 12, (m + 3) % 12 + 1) for m in range(21)]  # 2015-04 .. 2016-12


def month_label(year, month):
    return f"{year}-{month:02d}"


def main(path):
    rng = random.Random(2017)
    rows = []
    parts = {}
    for i, (year, month) in enumerate(MONTHS):
        label = month_label(year, month)
        q3_2016 = (year, month) >= (2016, 10)
        wards = {
            "VIOL": [rng.randint(38, 55) for _ in WARDS],
            "SEXO": [rng.randint(2, 6) for _ in WARDS],
            "ROB": [rng.randint(5, 11) for _ in WARDS],
        }
        # Northfield's sexual offences are few in Q3 2016/17: the ward's quarter is a small count.
        if q3_2016:
            wards["SEXO"][2] = [1, 0, 1][month - 10]
        # Homicide: a handful a year, whole area only.
        homicide = 1 if (year, month) in [(2015, 7), (2015, 12), (2016, 5), (2016, 9)] else 0
        for indicator, counts in wards.items():
            rows.append((indicator, label, "", sum(counts), "", ""))
            rows.extend((indicator, label, ward, count, "", "") for ward, count in zip(WARDS, counts))
            parts.setdefault(label, {})[indicator] = counts
        rows.append(("HOM", label, "", homicide, "", ""))
        total = [sum(c[w] for c in wards.values()) for w in range(len(WARDS))]
        rows.append(("VIC", label, "", sum(total) + homicide, "", ""))
        # Homicides are not broken down by ward, so the wards of VIC fall short of the whole by them.
        rows.extend(("VIC", label, ward, count, "", "") for ward, count in zip(WARDS, total))
        # Repeat referrals to MARAC: a rate; Millbrook's repeats are few in Q3 2016/17.
        referrals = [rng.randint(8, 14) for _ in WARDS]
        repeats = [rng.randint(2, 5) for _ in WARDS]
        if q3_2016:
            repeats[1] = 1
        rows.append(("DVR", label, "", "", sum(repeats), sum(referrals)))
        rows.extend(("DVR", label, ward, "", r, n) for ward, r, n in zip(WARDS, repeats, referrals))
        # Restricted: disruptions of organised crime groups (Operation Kestrel).
        rows.append(("OCG1", label, "", rng.randint(1, 5), "", ""))

    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["indicator", "period", "breakdown", "value", "numerator", "denominator"])
        writer.writerows(rows)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "data/measures.csv")
