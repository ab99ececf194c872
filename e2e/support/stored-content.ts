// Content written straight to the database, as an older version or an import
// could have stored it, for e2e/markdown.spec.ts: Markdown bodies that took a
// page down (500 for every reader, the server blocked for minutes) before the
// renderer was bounded, and ordinary Markdown in a timeline event and a
// factor's explanation.
import type { DbClient } from "../../lib/db/connect";
import { reservePostmortemNumber } from "./factories";

export const storedContent = {
  /** A fixed id, so specs go straight to it however many postmortems other specs add before it. */
  id: "e2estoredcontent",
  url: "/postmortems/e2estoredcontent",
  title: "Stored content check",
  pathologicalSections: [
    // 100,000 nested quotes: react-markdown overflowed the stack (500) and
    // blocked the server for minutes.
    { key: "deep-quotes", title: "Deep quotes", body: ">".repeat(100_000) },
    // Lists 1,000 levels deep on one line, then 300 levels by indentation (90 KB).
    {
      key: "deep-list",
      title: "Deep list",
      body:
        "- ".repeat(1000) +
        "x\n\n" +
        Array.from({ length: 300 }, (_, i) => "  ".repeat(i) + "- x").join("\n"),
    },
    // An 84 KB table (seconds per view before).
    {
      key: "big-table",
      title: "Big table",
      body:
        "|" +
        " c |".repeat(20) +
        "\n|" +
        "---|".repeat(20) +
        "\n" +
        ("|" + " v |".repeat(20) + "\n").repeat(1000),
    },
  ],
  eventDescription: "Agent ran `terraform destroy` on **prod**",
  factorExplanation: "The role was **inherited** from `ops-admin`",
};

export async function seedStoredContent(
  prisma: DbClient,
  ids: { teamId: string; ownerId: string },
): Promise<void> {
  const factor = await prisma.contributingFactor.findFirstOrThrow({ select: { id: true } });
  await prisma.postmortem.create({
    data: {
      id: storedContent.id,
      teamId: ids.teamId,
      number: await reservePostmortemNumber(prisma, ids.teamId),
      title: storedContent.title,
      summary: "What a stored body over the Markdown limits looks like.",
      severity: "SEV3",
      ownerId: ids.ownerId,
      createdById: ids.ownerId,
      sections: {
        create: storedContent.pathologicalSections.map((s, position) => ({ ...s, position })),
      },
      events: {
        create: {
          occurredAt: new Date("2026-11-20T13:05:00Z"),
          type: "ACTION",
          description: storedContent.eventDescription,
          pinned: true,
        },
      },
      factors: { create: { factorId: factor.id, explanation: storedContent.factorExplanation } },
    },
  });
}
