// Which database the e2e server runs on (scripts/e2e-server.ts), shared with
// the specs that check it (health.spec.ts). With a PostgreSQL server for the
// tests (TEST_DATABASE_URL: `npm test` passes its throwaway cluster, CI its
// own) the app runs the production path: `npm start` with DATABASE_URL
// pointing at a fresh database on it. Without one, the embedded database in
// a temp folder.
export type E2eDatabaseMode = "postgres" | "embedded";

export function e2eDatabaseMode(): E2eDatabaseMode {
  return process.env.TEST_DATABASE_URL ? "postgres" : "embedded";
}

/** The fresh database on TEST_DATABASE_URL's server, one per app port so two runs do not meet. */
export function e2eDatabaseName(appPort: number): string {
  return `kintsugi_e2e_${appPort}`;
}
