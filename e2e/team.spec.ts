import { expect, test } from "./support/fixtures";
import { world } from "./support/world";

test.describe("team members", () => {
  test("a manager invites a member by link, the invitee joins, and the manager changes their role", async ({
    page,
    browser,
    signIn,
  }) => {
    await signIn(page, world.users.alphaManager.email);
    await page.goto("/settings/team");
    const email = `new-${Date.now()}@alpha.test`;
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Role", { exact: true }).selectOption("WRITER");
    await page.getByRole("button", { name: "Create invite link" }).click();
    const link = await page.getByLabel(/Invite link/).inputValue();
    expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{20,}$/);
    await expect(page.getByRole("listitem").filter({ hasText: email })).toBeVisible();

    const invitee = await browser.newContext();
    const inviteePage = await invitee.newPage();
    await inviteePage.goto(link);
    await expect(
      inviteePage.getByRole("heading", { name: `Join ${world.teams.alpha.name} as writer` }),
    ).toBeVisible();
    await expect(inviteePage.getByLabel("Email")).toHaveValue(email);
    await inviteePage.getByLabel("Your name").fill("Nia Newcomer");
    await inviteePage.getByLabel("Password").fill("a-strong-password-1");
    await inviteePage.getByRole("button", { name: "Create account" }).click();
    await expect(inviteePage.getByRole("heading", { name: "Postmortems", exact: true })).toBeVisible();
    await expect(inviteePage.getByRole("link", { name: "New postmortem" }).first()).toBeVisible();

    await page.reload();
    const row = page.getByRole("listitem").filter({ hasText: email });
    await row.getByLabel("Role of Nia Newcomer").selectOption("VIEWER");
    await row.getByRole("button", { name: "Save role" }).click();
    await expect(row.getByText("Role updated.")).toBeVisible();

    // The new role applies at the invitee's next request.
    await inviteePage.goto("/postmortems");
    await expect(inviteePage.getByRole("link", { name: "New postmortem" })).toHaveCount(0);
    await invitee.close();
  });

  test("invite errors are shown beside the field", async ({ page, signIn }) => {
    await signIn(page, world.users.alphaManager.email);
    await page.goto("/settings/team");
    await page.getByLabel("Email").fill("not-an-email");
    await page.getByRole("button", { name: "Create invite link" }).click();
    await expect(page.getByText("Enter a valid email address.")).toBeVisible();
    await expect(page.getByLabel("Email")).toHaveValue("not-an-email");
    await page.getByLabel("Email").fill(world.users.alphaWriter.email);
    await page.getByRole("button", { name: "Create invite link" }).click();
    await expect(page.getByText("This person is already a member of the team.").first()).toBeVisible();
  });

  test("writers see members but cannot change them", async ({ page, signIn }) => {
    await signIn(page, world.users.alphaWriter.email);
    await page.goto("/settings/team");
    await expect(page.getByText("Only managers can change members and roles.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Save role" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Create invite link" })).toHaveCount(0);
  });

  test("a user without a team is told how to get one", async ({ page, signIn }) => {
    await signIn(page, world.users.lonely.email);
    await page.goto("/");
    await expect(page.getByRole("heading", { name: "You are not in a team yet" })).toBeVisible();
  });
});
