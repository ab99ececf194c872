import { e2eDatabaseMode } from "./support/database";
import { expect, test } from "./support/fixtures";

test(`the health endpoint reports the ${e2eDatabaseMode()} database`, async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: "ok", database: e2eDatabaseMode() });
});
