#!/usr/bin/env python3
"""Writes this sample's illustrative data (the published measures give the layout, not these figures), the same every time:

    python3 make_data.py

- data/crimes.csv: a record-level crime extract for the City of London, April 2015 to December 2016, one row per
  crime (reference, date and time recorded, offence subgroup), counted by reportgen.yaml into the crime
  summary hierarchy of the City of London Police's Policing Plan Performance Measures 2017-18 (the published
  measures). 2016/17 has a little more violence and less theft than 2015/16.
- data/national.csv: the Home Office victim satisfaction comparison (the published measures' "ADR National Comparison"): the
  national average and 43 forces for five core areas, with the City of London's figures and ranks as the published
  measures print them (ranks 26, 8, 1, 8 and 6 of 43) and the other forces spread around the national average; the national
  average a quarter and a year earlier is illustrative too. The rows are for 2016/17 Q3: the latest comparison
  published by the end of the quarter (the published one is the 12 months to September 2016).
The survey figures (data/surveys.csv) are the published measures' own and are written by hand."""
import calendar, random

rng = random.Random(2017)
# Mean crimes a month in 2015/16, by the extract's offence subgroup.
subgroups = {
    "Homicide": 0.05, "Violence with Injury": 24, "Violence without Injury": 30, "Rape": 1.2, "Other Sexual Offences": 4,
    "Robbery of Business Property": 0.4, "Robbery of Personal Property": 3, "Burglary in a Dwelling": 1.5,
    "Burglary - Non Dwelling": 14, "Theft of a Motor Vehicle": 1.5, "Theft from a Motor Vehicle": 5,
    "Theft from the Person": 28, "Bicycle Theft": 20, "Shoplifting": 36, "All Other Theft Offences": 62, "Arson": 0.3,
    "Criminal Damage": 12, "Possession of Drugs": 14, "Trafficking of Drugs": 2, "Possession of Weapons Offences": 2,
    "Public Order Offences": 16, "Miscellaneous Crimes Against Society": 3,
}
change = {"Violence with Injury": 1.14, "Violence without Injury": 1.1, "Theft from the Person": 0.85, "Bicycle Theft": 0.9}
season = [1.0, 1.04, 1.08, 1.1, 0.96, 1.02, 1.05, 1.07, 1.12, 0.9, 0.88, 0.98]  # April to March


def poisson(mean):
    limit, k, p = 2.718281828459045 ** -mean, 0, 1.0
    while True:
        p *= rng.random()
        if p <= limit:
            return k
        k += 1


rows = []
for year, month in [(2015, m) for m in range(4, 13)] + [(2016, m) for m in range(1, 13)]:
    later = (year, month) >= (2016, 4)
    days = calendar.monthrange(year, month)[1]
    for subgroup, mean in subgroups.items():
        factor = season[(month - 4) % 12] * (change.get(subgroup, 1.0) if later else 1.0)
        for _ in range(poisson(mean * factor)):
            day, hour, minute = rng.randint(1, days), rng.randrange(24), rng.randrange(60)
            rows.append((f"{day:02d}/{month:02d}/{year} {hour:02d}:{minute:02d}", subgroup))
rows.sort(key=lambda r: (r[0][6:10], r[0][3:5], r[0][0:2], r[0][11:], r[1]))
with open("data/crimes.csv", "w", encoding="utf-8", newline="") as f:
    f.write("crime_ref,recorded_date,offence_subgroup\n")
    for i, (date, subgroup) in enumerate(rows):
        f.write(f"COL{i + 1:06d},{date},{subgroup}\n")
print(f"{len(rows)} crimes")

# The published measures' Table 1: CoLP, national average, Met and CoLP's rank among 43 forces (rolling 12 months to September 2016).
areas = {  # id: (CoLP, national, Met, CoLP's rank)
    "NCEOC": (92.4, 93.4, 93.4, 26), "NCACT": (86.0, 79.9, 75.9, 8), "NCFOL": (87.6, 73.2, 71.7, 1),
    "NCTRT": (94.6, 92.9, 89.7, 8), "NCWHX": (87.4, 82.7, 79.1, 6),
}
forces = ["Avon and Somerset", "Bedfordshire", "Cambridgeshire", "Cheshire", "Cleveland", "Cumbria", "Derbyshire",
          "Devon and Cornwall", "Dorset", "Durham", "Dyfed-Powys", "Essex", "Gloucestershire", "Greater Manchester", "Gwent",
          "Hampshire", "Hertfordshire", "Humberside", "Kent", "Lancashire", "Leicestershire", "Lincolnshire", "Merseyside",
          "Norfolk", "North Wales", "North Yorkshire", "Northamptonshire", "Northumbria", "Nottinghamshire", "South Wales",
          "South Yorkshire", "Staffordshire", "Suffolk", "Surrey", "Sussex", "Thames Valley", "Warwickshire",
          "West Mercia", "West Midlands", "West Yorkshire", "Wiltshire"]
with open("data/national.csv", "w", encoding="utf-8", newline="") as f:
    f.write("indicator,period,value,breakdown\n")
    for iid, (colp, national, met, rank) in areas.items():
        # The national average a quarter and a year earlier (illustrative), for the direction of travel.
        f.write(f"{iid},2015/16 Q3,{round(national - 0.6, 1)},\n")
        f.write(f"{iid},2016/17 Q2,{round(national - 0.2, 1)},\n")
        f.write(f"{iid},2016/17 Q3,{national},\n")
        f.write(f"{iid},2016/17 Q3,{colp},City of London\n")
        f.write(f"{iid},2016/17 Q3,{met},Metropolitan\n")
        above = rank - 1 - (1 if met > colp else 0)  # forces other than the Met ranked above the City
        values = []
        for i in range(len(forces)):
            if i < above:
                values.append(round(colp + 0.1 + rng.random() * max(0.5, 99.0 - colp - 0.1) * 0.6, 1))
            else:
                values.append(round(colp - 0.1 - rng.random() * 12, 1))
        rng.shuffle(values)
        for force, value in zip(forces, values):
            f.write(f"{iid},2016/17 Q3,{min(value, 99.9)},{force}\n")
