#!/usr/bin/env python3
"""Writes a synthetic record-level crime extract, one row per recorded crime, shaped like a police force's data
warehouse export, for the benchmarks (bench/run.sh, bench/for-each.sh):
    python3 bench/make_extract.py ROWS OUT.csv
Columns: crime_ref, recorded_date (dd/mm/yyyy hh:mm), borough (the 32 London boroughs), ward, offence_group,
offence_subgroup (the 24 subgroups of bench/crime-project.yaml and samples/record-level), outcome. The crimes are
spread over the 33 months from April 2014 to December 2016, so samples/record-level's Q3 2016/17 pack can be built
from it. The seed is fixed: a size gives the same file every time. 10M rows is about 1.2 GB."""
import random, sys

BOROUGHS = [
    "Barking and Dagenham", "Barnet", "Bexley", "Brent", "Bromley", "Camden", "Croydon", "Ealing", "Enfield",
    "Greenwich", "Hackney", "Hammersmith and Fulham", "Haringey", "Harrow", "Havering", "Hillingdon", "Hounslow",
    "Islington", "Kensington and Chelsea", "Kingston upon Thames", "Lambeth", "Lewisham", "Merton", "Newham",
    "Redbridge", "Richmond upon Thames", "Southwark", "Sutton", "Tower Hamlets", "Waltham Forest", "Wandsworth",
    "Westminster",
]
# offence group -> {subgroup: relative frequency}
OFFENCES = {
    "Violence Against the Person": {"Homicide": 0.3, "Violence with Injury": 30, "Violence without Injury": 34},
    "Sexual Offences": {"Rape": 3, "Other Sexual Offences": 5},
    "Robbery": {"Robbery of Business Property": 1, "Robbery of Personal Property": 8},
    "Burglary": {"Burglary in a Dwelling": 14, "Burglary - Non Dwelling": 6},
    "Vehicle Offences": {"Theft of a Motor Vehicle": 8, "Theft from a Motor Vehicle": 14},
    "Theft": {"Theft from the Person": 4, "Bicycle Theft": 3, "Shoplifting": 16, "All Other Theft Offences": 22},
    "Arson and Criminal Damage": {"Arson": 1, "Criminal Damage": 18},
    "Drug Offences": {"Possession of Drugs": 9, "Trafficking of Drugs": 1.5},
    "Possession of Weapons": {"Possession of Weapons Offences": 1.5},
    "Public Order Offences": {"Public Order Offences": 8},
    "Miscellaneous Crimes Against Society": {"Miscellaneous Crimes Against Society": 1.5},
}
OUTCOMES = ["Charge/Summons", "Caution", "Community Resolution", "No Further Action", "Under Investigation",
            "Unable to Prosecute"]
MONTHS = [(2014, m) for m in range(4, 13)] + [(y, m) for y in (2015, 2016) for m in range(1, 13)]
DAYS = {2: 28, 4: 30, 6: 30, 9: 30, 11: 30}
TIMES = [f" {h:02d}:{m:02d}" for h in range(24) for m in range(60)]
WARDS = [f" Ward {j:02d}" for j in range(1, 21)]


def main(rows, path):
    rng = random.Random(2016)
    offences = [f"{group},{subgroup}" for group, subgroups in OFFENCES.items() for subgroup in subgroups]
    weights = [w for subgroups in OFFENCES.values() for w in subgroups.values()]
    borough_weights = [0.6 + (i % 7) / 10 for i in range(len(BOROUGHS))]
    per_month, extra = divmod(rows, len(MONTHS))
    written = 0
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("crime_ref,recorded_date,borough,ward,offence_group,offence_subgroup,outcome\n")
        for index, (year, month) in enumerate(MONTHS):
            days = DAYS.get(month, 31) + (1 if month == 2 and year % 4 == 0 else 0)
            dates = [f"{d:02d}/{month:02d}/{year}" for d in range(1, days + 1)]
            left = per_month + (1 if index < extra else 0)
            while left > 0:
                count = min(left, 500_000)
                left -= count
                lines = []
                for date, time, borough, ward, offence, outcome in zip(
                        rng.choices(dates, k=count), rng.choices(TIMES, k=count),
                        rng.choices(BOROUGHS, borough_weights, k=count), rng.choices(WARDS, k=count),
                        rng.choices(offences, weights, k=count), rng.choices(OUTCOMES, k=count)):
                    written += 1
                    lines.append(f"CR{written:09d},{date}{time},{borough},{borough}{ward},{offence},{outcome}\n")
                f.write("".join(lines))
    print(f"{written} crimes in {len(BOROUGHS)} boroughs, {len(MONTHS)} months", file=sys.stderr)


if __name__ == "__main__":
    main(int(sys.argv[1]), sys.argv[2])
