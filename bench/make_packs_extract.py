#!/usr/bin/env python3
"""Writes a large synthetic record-level crime extract for the --for-each benchmark (bench/for-each.sh): one row per
recorded crime, in the columns of samples/record-level/data/crimes.csv (reference, date and time recorded as
dd/mm/yyyy hh:mm, borough, offence subgroup), spread over the 32 London boroughs and the 33 months from April 2014 to
December 2016. The seed is fixed, so a size gives the same file every time:
    python3 bench/make_packs_extract.py 10000000 /tmp/reportgen-bench/packs/data/crimes.csv
About 1 crime in 200 is 'Fraud and Forgery', which the sample's hierarchy leaves out on purpose (a warning)."""
import random, sys

BOROUGHS = [
    "Barking and Dagenham", "Barnet", "Bexley", "Brent", "Bromley", "Camden", "Croydon", "Ealing", "Enfield",
    "Greenwich", "Hackney", "Hammersmith and Fulham", "Haringey", "Harrow", "Havering", "Hillingdon", "Hounslow",
    "Islington", "Kensington and Chelsea", "Kingston upon Thames", "Lambeth", "Lewisham", "Merton", "Newham",
    "Redbridge", "Richmond upon Thames", "Southwark", "Sutton", "Tower Hamlets", "Waltham Forest", "Wandsworth",
    "Westminster",
]
SUBGROUPS = {
    "Homicide": 0.3, "Violence with Injury": 30, "Violence without Injury": 34, "Rape": 3, "Other Sexual Offences": 5,
    "Robbery of Business Property": 1, "Robbery of Personal Property": 8, "Burglary in a Dwelling": 14,
    "Burglary - Non Dwelling": 6, "Theft of a Motor Vehicle": 8, "Theft from a Motor Vehicle": 14,
    "Theft from the Person": 4, "Bicycle Theft": 3, "Shoplifting": 16, "All Other Theft Offences": 22, "Arson": 1,
    "Criminal Damage": 18, "Possession of Drugs": 9, "Trafficking of Drugs": 1.5, "Possession of Weapons Offences": 1.5,
    "Public Order Offences": 8, "Miscellaneous Crimes Against Society": 1.5, "Fraud and Forgery": 1,
}
MONTHS = [(2014, m) for m in range(4, 13)] + [(y, m) for y in (2015, 2016) for m in range(1, 13)]
DAYS = {2: 28, 4: 30, 6: 30, 9: 30, 11: 30}


def main(rows, path):
    rng = random.Random(2016)
    names, weights = list(SUBGROUPS), list(SUBGROUPS.values())
    borough_weights = [0.6 + (i % 7) / 10 for i in range(len(BOROUGHS))]
    per_month, extra = divmod(rows, len(MONTHS))
    written = 0
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("crime_ref,recorded_date,borough,offence_subgroup\n")
        for index, (year, month) in enumerate(MONTHS):
            count = per_month + (1 if index < extra else 0)
            days = DAYS.get(month, 31) + (1 if month == 2 and year % 4 == 0 else 0)
            boroughs = rng.choices(BOROUGHS, borough_weights, k=count)
            subgroups = rng.choices(names, weights, k=count)
            lines = []
            for borough, subgroup in zip(boroughs, subgroups):
                written += 1
                minute = rng.randrange(days * 1440)
                day, rest = divmod(minute, 1440)
                lines.append(f"CR{written:09d},{day + 1:02d}/{month:02d}/{year} {rest // 60:02d}:{rest % 60:02d},{borough},{subgroup}\n")
            f.write("".join(lines))
    print(f"{written} crimes in {len(BOROUGHS)} boroughs", file=sys.stderr)


if __name__ == "__main__":
    main(int(sys.argv[1]), sys.argv[2])
