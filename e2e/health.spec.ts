import { expect, test } from "./support/fixtures";

test("the health endpoint reports the embedded database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: "ok", database: "embedded" });
});
