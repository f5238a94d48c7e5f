// The benchmarks' side of a PostgreSQL server: a superuser's URL (--postgres or TDKT_BENCH_PG) to make
// and drop the databases they time commands against.

/** Runs `statement` on the server's maintenance database `admin` (CREATE / DROP DATABASE). */
export async function pgAdmin(admin, statement) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** The URL of database `name` on the server of `admin`. */
export const pgDatabaseUrl = (admin, name) => admin.replace(/\/[^/?]*(\?|$)/, `/${name}$1`);
