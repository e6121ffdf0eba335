// The SQL-engine route, for side-by-side timing (bench/run.sh): DuckDB counts the record-level extract that
// bench/make_extract.py writes by month, borough and offence subgroup, in SQL.
//     node peer_duckdb.mjs EXTRACT.csv OUT.csv [THREADS]
// Needs @duckdb/node-api installed beside it (bench/run.sh does that). Writes month,borough,offence_subgroup,value.
import { DuckDBInstance } from '@duckdb/node-api';

const [, , input, output, threads] = process.argv;
const instance = await DuckDBInstance.create(':memory:', { threads: threads || '2' });
const connection = await instance.connect();
const quote = (text) => `'${text.replaceAll("'", "''")}'`;
await connection.run(`COPY (
    SELECT strftime(strptime(recorded_date, '%d/%m/%Y %H:%M'), '%Y-%m') AS month, borough, offence_subgroup, count(*) AS value
    FROM read_csv(${quote(input)}, header = true, all_varchar = true)
    GROUP BY ALL ORDER BY ALL)
  TO ${quote(output)} (HEADER)`);
