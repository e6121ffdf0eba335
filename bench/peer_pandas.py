#!/usr/bin/python3
"""The analyst's scripting route, for side-by-side timing (bench/run.sh): pandas reads the record-level extract that
bench/make_extract.py writes and counts crimes by month, borough and offence subgroup.
    peer_pandas.py EXTRACT.csv OUT.csv
Writes month,borough,offence_subgroup,value (month as yyyy-mm), one row per non-zero count."""
import sys
import pandas as pd

df = pd.read_csv(sys.argv[1], usecols=["recorded_date", "borough", "offence_subgroup"], dtype="category")
dates = pd.to_datetime(df["recorded_date"].astype(str), format="%d/%m/%Y %H:%M")
df["month"] = dates.dt.to_period("M")
counts = df.groupby(["month", "borough", "offence_subgroup"], observed=True).size().rename("value")
counts.reset_index().to_csv(sys.argv[2], index=False)
print(f"pandas: {len(df)} rows -> {len(counts)} monthly counts", file=sys.stderr)
