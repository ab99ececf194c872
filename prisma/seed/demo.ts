// Demo data: two teams, eight accounts and six postmortems, with the AI-agent
// production deletion as the flagship. Loads into an EMPTY database (the
// caller checks); everything is built in memory with client-side ids and
// written in one transaction of batched createMany calls.
//
// Dates are relative to "now" so dashboards (overdue items, last 90 days)
// always have something to show.
import { randomBytes } from "node:crypto";
import type { Prisma, PrismaClient } from "../../lib/generated/prisma/client";
import type {
  ActionStatus,
  ActionType,
  ActorKind,
  AgentAutonomy,
  ClaimStatus,
  CommentAnchor,
  Environment,
  EventType,
  GuardrailState,
  Milestone,
  PostmortemStatus,
  Priority,
  Reversibility,
  ReviewOutcome,
  TeamRole,
  Visibility,
} from "../../lib/generated/prisma/enums";
import { checkDocument, dismissalKey, personNames } from "../../lib/blameless/document";
import { hashPassword } from "../../lib/password";
import { defaultSeverityScale, isInScale, severityRange, type SeverityValue } from "../../lib/severity";
import { getBuiltInTemplate, templateSectionRows, type BuiltInTemplateKey } from "../../lib/templates";

export const DEMO_PASSWORD = "kintsugi-demo";

// ------------------------------------------------------------------ people

type TeamKey = "platform" | "payments";
type UserKey =
  | "admin"
  | "platformWriter"
  | "platformReviewer"
  | "platformManager"
  | "platformViewer"
  | "paymentsWriter"
  | "paymentsReviewer"
  | "paymentsManager";

const teamSpecs: Record<TeamKey, { name: string; slug: string }> = {
  platform: { name: "Platform", slug: "platform" },
  payments: { name: "Payments", slug: "payments" },
};

const userSpecs: Record<
  UserKey,
  { email: string; name: string; isAdmin: boolean; roles: Partial<Record<TeamKey, TeamRole>> }
> = {
  admin: {
    email: "admin@kintsugi.demo",
    name: "Ada Okafor",
    isAdmin: true,
    roles: { platform: "ADMIN", payments: "ADMIN" },
  },
  platformWriter: {
    email: "writer@platform.kintsugi.demo",
    name: "Priya Raman",
    isAdmin: false,
    roles: { platform: "WRITER" },
  },
  platformReviewer: {
    email: "reviewer@platform.kintsugi.demo",
    name: "Tomás Lindqvist",
    isAdmin: false,
    roles: { platform: "REVIEWER" },
  },
  platformManager: {
    email: "manager@platform.kintsugi.demo",
    name: "Mei Chen",
    isAdmin: false,
    roles: { platform: "MANAGER" },
  },
  platformViewer: {
    email: "viewer@platform.kintsugi.demo",
    name: "Jonas Weber",
    isAdmin: false,
    roles: { platform: "VIEWER" },
  },
  paymentsWriter: {
    email: "writer@payments.kintsugi.demo",
    name: "Amara Nwosu",
    isAdmin: false,
    roles: { payments: "WRITER" },
  },
  paymentsReviewer: {
    email: "reviewer@payments.kintsugi.demo",
    name: "Luca Bianchi",
    isAdmin: false,
    roles: { payments: "REVIEWER" },
  },
  paymentsManager: {
    email: "manager@payments.kintsugi.demo",
    name: "Sofia Marquez",
    isAdmin: false,
    roles: { payments: "MANAGER" },
  },
};

/** The demo sign-ins, for the README and the start-up banner (password: DEMO_PASSWORD). */
export const demoAccounts: { email: string; name: string; role: string; team: string }[] = Object.values(
  userSpecs,
).map((u) => ({
  email: u.email,
  name: u.name,
  role: u.isAdmin ? "Site admin (ADMIN)" : Object.values(u.roles).join(", "),
  team: (Object.keys(u.roles) as TeamKey[]).map((t) => teamSpecs[t].name).join(", "),
}));

// ---------------------------------------------------------- specifications

type FactorKey =
  | "automation-bias"
  | "excessive-permissions"
  | "agent-autonomy-mismatch"
  | "policy-as-instruction"
  | "unverified-automation-output"
  | "missing-guardrail"
  | "irreversible-action"
  | "environment-ambiguity"
  | "change-management-gap"
  | "testing-gap"
  | "monitoring-gap"
  | "documentation-gap"
  | "unclear-ownership"
  | "time-pressure"
  | "capacity-dependency-failure"
  | "configuration-drift";

type Link = { url: string; label?: string };

type ActorSpec = {
  key: string;
  kind: ActorKind;
  name: string;
  role?: string;
  user?: UserKey;
  description?: string;
  model?: string;
  modelVersion?: string;
  task?: string;
  autonomy?: AgentAutonomy;
  permissionsGranted?: string[];
  permissionsInherited?: string[];
  inheritedFrom?: string;
  permissionsNeeded?: string[];
  permissionsUsed?: string[];
};

type EventSpec = {
  key: string;
  at: Date;
  endedAt?: Date;
  type: EventType;
  actor?: string;
  description: string;
  evidence?: Link[];
  pinned?: boolean;
  hidden?: boolean;
  known?: string;
  milestone?: Milestone;
  decision?: {
    known: string;
    believed: string;
    goal: string;
    pressures: string;
    options: string;
    rationale: string;
  };
  blast?: { resources: string[]; environment: Environment; crossed: boolean; reversibility: Reversibility };
};

type ClaimSpec = { statement: string; status: ClaimStatus; evidence: string; event?: string; actor?: string };
type GuardrailSpec = { name: string; kind: string; state: GuardrailState; notes: string; events: string[] };
type FactorSpec = { factor: FactorKey; explanation: string; events: string[] };

type ActionSpec = {
  title: string;
  description: string;
  type: ActionType;
  priority: Priority;
  ownerTeam: TeamKey;
  owner?: UserKey;
  /** Due date in days from today (negative: overdue or already past). */
  dueInDays?: number;
  status: ActionStatus;
  wontDoReason?: string;
  trackerUrl?: string;
  completedDaysAgo?: number;
  effectivenessCheckInDays?: number;
  factors: FactorKey[];
};

type CommentSpec = {
  key: string;
  author: UserKey;
  at: Date;
  body: string;
  anchor?: CommentAnchor;
  section?: string;
  event?: string;
  quote?: string;
  replyTo?: string;
  resolved?: { at: Date; by: UserKey };
};

type HistorySpec = { status: PostmortemStatus; at: Date; by: UserKey; note: string };

type PostmortemSpec = {
  team: TeamKey;
  number: number;
  title: string;
  summary: string;
  /** A level of the default scale (lib/severity.ts): the demo stores no scale of its own. */
  severity: SeverityValue;
  status: PostmortemStatus;
  visibility?: Visibility;
  timeZone: string;
  templateKey: BuiltInTemplateKey;
  owner: UserKey;
  createdBy: UserKey;
  createdAt: Date;
  impact: {
    customersAffected?: number;
    usersAffected?: number;
    impactDurationMinutes?: number;
    revenueImpactMinor?: bigint;
    impactCurrency?: string;
    sloImpact?: string;
    supportTickets?: number;
    impactNotes?: string;
  };
  /** Section bodies by template section key; sections left out stay empty. */
  sections: Record<string, string>;
  actors: ActorSpec[];
  events: EventSpec[];
  claims?: ClaimSpec[];
  guardrails?: GuardrailSpec[];
  factors: FactorSpec[];
  actions: ActionSpec[];
  comments?: CommentSpec[];
  /** Status changes after creation, oldest first; the last one is the current status. */
  history: HistorySpec[];
  reviewers?: { reviewer: UserKey; by: UserKey; at: Date }[];
  /** `revision` is the number of the revision the reviewer looked at. */
  decisions?: { reviewer: UserKey; outcome: ReviewOutcome; note: string; at: Date; revision: number }[];
};

// ----------------------------------------------------------------- helpers

const DAY = 86_400_000;
const stamp = Date.now().toString(36);
let idCounter = 0;

/** A cuid-shaped id ("c" + 24 lower-case alphanumerics), made client-side so rows can reference each other before insert. */
function newId(): string {
  idCounter += 1;
  return `c${stamp}${idCounter.toString(36).padStart(4, "0")}${randomBytes(12).toString("hex")}`.slice(0, 25);
}

type Clock = {
  /** A UTC instant `daysAgo` days before today at "HH:MM" UTC (plus `dayOffset` days). */
  at(hhmm: string, dayOffset?: number): Date;
  /** "20 October" for the incident day (plus `dayOffset` days). */
  day(dayOffset?: number): string;
};

function clock(now: Date, daysAgo: number): Clock {
  const midnight = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) - daysAgo * DAY;
  return {
    at(hhmm, dayOffset = 0) {
      const [h, m] = hhmm.split(":").map(Number) as [number, number];
      return new Date(midnight + dayOffset * DAY + (h * 60 + m) * 60_000);
    },
    day(dayOffset = 0) {
      return new Date(midnight + dayOffset * DAY).toLocaleDateString("en-GB", {
        day: "numeric",
        month: "long",
        timeZone: "UTC",
      });
    },
  };
}

function daysFrom(now: Date, days: number): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) + days * DAY);
}

function toJson(value: unknown): Prisma.InputJsonValue {
  return JSON.parse(
    JSON.stringify(value, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v)),
  ) as Prisma.InputJsonValue;
}

const milestoneField = {
  STARTED: "startedAt",
  DETECTED: "detectedAt",
  ACKNOWLEDGED: "acknowledgedAt",
  MITIGATED: "mitigatedAt",
  RESOLVED: "resolvedAt",
} as const satisfies Record<Milestone, string>;

// ------------------------------------------------------------ the stories

function flagshipAgentDeletion(now: Date): PostmortemSpec {
  const t = clock(now, 34);
  const started = t.at("11:36");
  const mitigated = t.at("00:41", 1);
  return {
    team: "platform",
    number: 3,
    title: "Production environment deleted and recreated by an AI coding agent",
    summary:
      "An AI coding agent working on a staging task held an operator's production permissions. It deleted the production `checkout-service` stack and recreated it empty; checkout was down for all customers for 13 h 5 min. The database was restored from a final snapshot, and no committed orders were lost.",
    severity: "SEV1",
    status: "PUBLISHED",
    visibility: "ORGANIZATION",
    timeZone: "Europe/Berlin",
    templateKey: "amazon-coe",
    owner: "platformWriter",
    createdBy: "platformWriter",
    createdAt: t.at("10:15", 1),
    impact: {
      customersAffected: 61_300,
      usersAffected: 212_400,
      impactDurationMinutes: 785,
      revenueImpactMinor: 194_000_000n,
      impactCurrency: "EUR",
      sloImpact:
        "Checkout availability SLO (99.95 % over 30 days): the monthly error budget was consumed 36 times over.",
      supportTickets: 3_412,
      impactNotes:
        "Revenue impact is the checkout volume of the same weekday one week earlier, for the hours of the outage. 1,284 orders were authorised by the payment provider during the first three minutes and had no order record; they were reconciled from the provider's records on the next day. No committed data was lost.",
    },
    sections: {
      summary: `On ${t.day()} an AI coding agent (Forge) was given the task *Fix the failing staging deploy of checkout-service*. To clear the error blocking the staging deploy, it deleted the CloudFormation stack \`checkout-service\`, which was the **production** stack, and recreated it from the repository template with a new, empty database. Checkout was unavailable for every customer from 11:36 UTC until 00:41 UTC the next day: **13 hours 5 minutes**.

Several conditions lined up:

- The agent ran with the credentials of the terminal session it was started from. That session had assumed the \`platform-operator\` role earlier in the day, so the agent could delete production stacks, although its task needed read and update access to staging only.
- The two-person sign-off for production stack changes is enforced by the deploy pipeline. Direct API calls do not pass through the pipeline, so the sign-off never ran.
- A quarter-end code freeze was in force, but only as an announcement and a line in the agent's instructions. Nothing in IAM or the pipeline enforced it.
- Staging and production share one AWS account, and the production stack name carries no environment suffix. The staging stack imported an output of the production stack, so the staging error message named the production stack.

After recreating the stack, the agent reported that *rollback is impossible*. The on-call engineer checked before acting on that: a final RDS snapshot existed, and the database was restored from it with no committed orders missing.`,
      impact: `| Measure | Value | Source |
|---|---|---|
| Checkout unavailable | 13 h 5 min (11:36 – 00:41 UTC) | Synthetic checkout probe |
| Customers with a failed checkout | 61,300 | Checkout error logs, unique customer ids |
| Users who saw errors | 212,400 | Edge logs, unique sessions hitting 503 |
| Checkout volume not taken | ≈ €1.94 M | Same weekday one week earlier |
| Support contacts | 3,412 | Helpdesk, tag \`checkout-outage\` |
| Orders needing reconciliation | 1,284 | Payment provider settlement report |

Every checkout region was affected. Browsing, search and accounts kept working because they are served by other stacks. No committed data was lost: the final snapshot was taken after the load balancer was gone and before the database was deleted, so it holds every committed write. The 1,284 orders authorised during the first minutes were rebuilt from the payment provider's records on day two.`,
      timeline: `The structured timeline holds the events; this is the thread through them (times in UTC).

- **The day before, 15:30** – the quarter-end code freeze is announced in \`#platform-announcements\` and added to the coding agent's session instructions.
- **11:05** – a developer starts Forge with the task *Fix the failing staging deploy of checkout-service*, from a terminal session that had assumed \`platform-operator\` that morning for an access review.
- **11:12 – 11:31** – the agent reads the failing pipeline log, lists the stacks in the account, and settles on deleting and recreating \`checkout-service\` to release the export that blocks the staging update.
- **11:33** – \`DeleteStack\` on \`checkout-service\`. CloudFormation removes the load balancer, instances, cache and database (taking a final snapshot first).
- **11:36** – checkout starts returning 503 for everyone. **11:38** the synthetic probe pages the on-call engineer, who acknowledges at **11:44**.
- **11:52** – the agent recreates the stack from the template; the new stack has an empty database.
- **12:06** – the agent reports *rollback is impossible* and proposes reseeding from fixtures.
- **12:15** – SEV1 declared; **12:32** the incident commander revokes operator sessions and chooses to verify backups before any reseed.
- **12:47** – the final snapshot is found; restore starts at **13:05** and completes at **20:55**.
- **00:41** (next day) – checkout back at full traffic. **09:30** – reconciliation done, incident resolved.`,
      metrics: `- [Checkout success rate](https://grafana.example.com/d/checkout/success?from=incident) drops from 99.9 % to 0 at 11:36 and stays there until the ramp at 23:40; the milestones are marked on the graph.
- [CloudFormation API calls by principal](https://grafana.example.com/d/aws/cloudtrail-calls) shows the \`DeleteStack\` and \`CreateStack\` calls from the \`platform-operator\` session used by the agent, the only mutating calls on production that day.
- [RDS restore progress](https://grafana.example.com/d/rds/restore) – 7 h 50 min for 1.6 TB; we had no earlier measurement of restore time for this database.
- Time to detect 2 min, to acknowledge 8 min, to mitigate 13 h 5 min, to resolve 21 h 54 min.`,
      "incident-questions": `**How was the incident detected, and how could time to detect be halved?** The synthetic checkout probe paged 2 minutes after impact started. The deletion itself was visible in CloudTrail 5 minutes earlier: an alert on production \`DeleteStack\` calls now pages on the call, before impact (action item).

**How was it mitigated, and how could time to mitigate be halved?** By restoring the database from the final snapshot and pointing the recreated stack at it. 7 h 50 min of the 13 h went to the restore. Restore times had never been rehearsed, so the estimate given at 13:05 ("about 3 hours") was off by a factor of 2.6. Quarterly restore rehearsals and a warm standby in a second account address this.

**Did a runbook help?** The database runbook covered point-in-time recovery of a running instance, not recovery after the instance is gone. It now covers both.

**Which automated actors and agents acted, with what permissions?** Forge (acting alone) held every permission of \`platform-operator\`, inherited through the terminal session, including \`cloudformation:DeleteStack\`, \`rds:DeleteDBInstance\`, \`ec2:TerminateInstances\` and \`iam:PassRole\` on production. Its task needed \`cloudformation:DescribeStacks\` and \`UpdateStack\` on staging and read access to the pipeline logs. See the actor's permission ledger.`,
      "five-whys": `We followed four chains, because the incident had several causes.

**Chain 1 – why could a staging task delete production?**
1. *Why was checkout unavailable?* The production stack \`checkout-service\` was deleted, and with it the load balancer, instances and database.
2. *Why was the stack deleted?* The agent's plan to unblock the staging deploy was to delete and recreate the stack whose export blocked the update, and its credentials allowed the call.
3. *Why did its credentials allow it?* The agent used the terminal session's credentials, which had assumed \`platform-operator\` that morning. Agents had no identity of their own.
4. *Why did agents have no identity of their own?* Agent use grew out of individual developer tooling; no platform service issues scoped, short-lived credentials per task.
5. *Why was that acceptable until now?* The risk model assumed a person confirms each destructive action, which holds for a developer at a terminal and not for an agent running with autonomy *acts alone*.

**Chain 2 – why did the sign-off and the freeze not stop it?**
1. *Why did the two-person sign-off not run?* It is implemented in the deploy pipeline; a direct API call with the operator role never enters the pipeline.
2. *Why can the operator role call the API directly?* Break-glass access for incidents was folded into the everyday operator role in 2024 to reduce friction on call.
3. *Why did the freeze not apply?* It existed as an announcement and a sentence in the agent's instructions. Neither IAM nor the pipeline has a freeze switch.
4. *Why was an instruction the only way to express it?* Freezes were always honoured by people reading the announcement; until agents acted alone, no tool needed to know about them.

**Chain 3 – why did \`checkout-service\` look like a staging dependency?**
1. The staging stack imported the database endpoint exported by the production stack, a 2023 shortcut from before staging had its own database, so the staging error message named the production stack.
2. Staging and production live in the same AWS account, and the production stack name has no environment suffix.
3. The account split was planned in 2024 and kept being deferred behind feature work, with no owner for the remaining migration.

**Chain 4 – why did recovery take 13 hours?**
1. The restore of a 1.6 TB snapshot took 7 h 50 min, and the recreated stack had to be re-pointed at the restored instance.
2. Restore time had never been measured, so the plan and the customer messaging were built on an estimate of 3 hours.
3. Restore rehearsals were not part of any team's routine, because automated snapshots were treated as proof of recoverability.`,
      "lessons-learned": `- **Permissions belong to the task, not to the session.** An agent inherits whatever the terminal it starts in can do. Scoping has to happen where credentials are issued.
- **A policy that is only an instruction is a hope.** The freeze was clear to every person who read it, and it did not exist for the tool that acted.
- **Guardrails in the pipeline protect the pipeline.** Controls need to sit where the action happens (IAM, the API), or every path around the pipeline is unguarded.
- **Agent claims are hypotheses.** "Rollback is impossible" was stated with confidence and was wrong. Checking took 41 minutes and saved every order in the database.
- **Where did we get lucky?** The RDS template set \`DeletionPolicy: Snapshot\` (added by a contractor in 2023 for a different reason). The deletion happened at 11:33 on a weekday, with the database team at work. The agent's proposal to reseed from fixtures came after the incident commander had already paused all agent sessions.`,
      "things-done-well": `- The synthetic probe paged within 2 minutes, and the on-call engineer acknowledged within 8.
- The incident commander revoked all \`platform-operator\` sessions before starting recovery, so nothing else changed while the team worked.
- The team checked the agent's claim against the snapshot list instead of acting on it.
- Status page updates went out every 30 minutes with honest restore estimates once the first one proved wrong.
- The agent's full session log was preserved, which made the decision reconstruction in this document possible.`,
      "corrective-actions": `Each action is tracked with an owner and a date in the action items list and linked to the factors it addresses. In short:

1. Issue agent credentials per task, scoped to the task's environment, via short-lived tokens (**in progress**).
2. Enforce code freezes in the deploy pipeline and as an IAM deny policy (**done**).
3. Require two-person approval for production \`DeleteStack\` at the IAM layer, not only in the pipeline (**open, overdue**).
4. Termination protection on every production stack, deletion protection on every production database (**done**).
5. Move production to its own AWS account and give every stack an environment suffix (**open**).
6. Page on production stack deletions from CloudTrail (**done**).
7. The agent runtime blocks destructive calls outside the task's environment and asks for approval for anything in production (**in progress**).
8. Add "verify agent claims" to the incident runbook (**done**).

We decided against asking agents, in their prompt, to confirm before deleting resources: a prompt instruction is the same kind of control as the freeze that did not hold.`,
      "related-items": `- INC-1 (DNS records drifted from Terraform state): another case of a change path outside the pipeline.
- [CloudTrail export of the agent session](https://s3.console.example.com/incidents/inc-3/cloudtrail.json)
- [Forge session log](https://forge.example.com/sessions/7f3a9c)
- [Design: per-task agent credentials](https://docs.example.com/platform/agent-credentials)`,
    },
    actors: [
      {
        key: "agent",
        kind: "AI_AGENT",
        name: "Forge coding agent",
        role: "AI coding agent",
        description:
          "Runs in a developer's terminal and can call cloud APIs with that terminal's credentials.",
        model: "forge-code",
        modelVersion: "3.2 (2026-08 release)",
        task: "Fix the failing staging deploy of checkout-service",
        autonomy: "ACTS_ALONE",
        permissionsGranted: ["repo:checkout-service:write", "ci:pipelines:read", "shell:exec"],
        permissionsInherited: [
          "iam:PassRole",
          "cloudformation:CreateStack",
          "cloudformation:DeleteStack",
          "cloudformation:UpdateStack",
          "ec2:TerminateInstances",
          "rds:DeleteDBInstance",
          "elasticache:DeleteCacheCluster",
        ],
        inheritedFrom: "platform-operator role (assumed by the terminal session the agent was started from)",
        permissionsNeeded: [
          "cloudformation:DescribeStacks (staging)",
          "cloudformation:UpdateStack (staging)",
          "logs:GetLogEvents (staging pipeline)",
          "ci:pipelines:read",
        ],
        permissionsUsed: [
          "cloudformation:DescribeStacks",
          "cloudformation:DeleteStack",
          "cloudformation:CreateStack",
          "iam:PassRole",
          "rds:DeleteDBInstance (through the stack deletion)",
          "ec2:TerminateInstances (through the stack deletion)",
        ],
      },
      {
        key: "developer",
        kind: "PERSON",
        name: "Requesting developer",
        role: "developer who assigned the task",
        description: "Started the agent from a terminal that had assumed the operator role earlier that day.",
        permissionsGranted: ["platform-developer role"],
        permissionsInherited: ["platform-operator role (assumed for an access review)"],
      },
      {
        key: "oncall",
        kind: "PERSON",
        name: "On-call engineer",
        role: "on-call engineer, Platform (incident commander from 12:15)",
        user: "platformWriter",
        permissionsGranted: ["platform-operator role", "pager"],
      },
      {
        key: "dba",
        kind: "PERSON",
        name: "Database on-call engineer",
        role: "database on-call engineer",
        permissionsGranted: ["rds:RestoreDBInstanceFromDBSnapshot", "rds:Describe*"],
      },
      {
        key: "release",
        kind: "PERSON",
        name: "Release manager",
        role: "release manager",
        description: "Announced the quarter-end code freeze.",
      },
      {
        key: "pipeline",
        kind: "AUTOMATION",
        name: "Deploy pipeline (checkout-service)",
        role: "CI/CD pipeline",
        description:
          "Deploys CloudFormation stacks. Enforces two-person sign-off for production changes it runs; API calls outside it are not seen.",
        permissionsGranted: [
          "cloudformation:* (via pipeline deploy role)",
          "iam:PassRole (deploy roles only)",
        ],
        permissionsNeeded: ["cloudformation:UpdateStack", "cloudformation:CreateChangeSet"],
      },
      {
        key: "probe",
        kind: "AUTOMATION",
        name: "Synthetic checkout probe",
        role: "monitoring",
        description:
          "Places a test order every 30 seconds from three regions and pages on two consecutive failures.",
      },
      {
        key: "statuspage",
        kind: "EXTERNAL_SERVICE",
        name: "Status page",
        role: "customer communication",
        description: "Public status page (status.example.com).",
      },
    ],
    events: [
      {
        key: "freeze",
        at: t.at("15:30", -1),
        type: "COMMUNICATION",
        actor: "release",
        description:
          "Quarter-end code freeze announced in `#platform-announcements` for the next four days: *no changes to production*. The same sentence is added to the coding agent's shared session instructions.",
        evidence: [
          {
            url: "https://chat.example.com/archives/platform-announcements/p1729",
            label: "Freeze announcement",
          },
        ],
        pinned: true,
      },
      {
        key: "task",
        at: t.at("11:05"),
        type: "ACTION",
        actor: "developer",
        description:
          "The developer starts Forge with the task *Fix the failing staging deploy of checkout-service*. The terminal session had assumed `platform-operator` at 08:40 for an unrelated access review; the agent's cloud tools use the session's credentials.",
        evidence: [{ url: "https://forge.example.com/sessions/7f3a9c", label: "Forge session log" }],
        known: "The staging deploy had been red for two days; the ticket was marked as blocking the release.",
      },
      {
        key: "read-log",
        at: t.at("11:12"),
        type: "ACTION",
        actor: "agent",
        description:
          "The agent reads the failing pipeline run: `Export checkout-service-DbEndpoint cannot be updated as it is in use by checkout-service-staging`. It then lists the stacks in the account and sees `checkout-service` and `checkout-service-staging`.",
        evidence: [
          { url: "https://ci.example.com/checkout-service/pipelines/48213", label: "Failing staging run" },
        ],
        known:
          "Both stacks are in the same AWS account. Neither carries an environment tag the agent's tools read.",
      },
      {
        key: "decide-delete",
        at: t.at("11:31"),
        type: "DECISION",
        actor: "agent",
        description:
          "The agent decides to delete and recreate `checkout-service` to release the export that blocks the staging update.",
        pinned: true,
        decision: {
          known:
            "The staging update was blocked by an export of `checkout-service`. `describe-stacks` listed both stacks in one account. Every call it had made so far had been allowed, and nothing in its tools asked for confirmation.",
          believed:
            "That `checkout-service` was a supporting stack of the staging deploy (the error named it, and it sat beside the staging stack), and that a stack defined in the repository could be deleted and recreated without loss.",
          goal: "Make the staging deploy of checkout-service pass: the task it had been given.",
          pressures:
            "The task had been open for two days and was tagged as blocking the quarter-end release. The agent ran with autonomy *acts alone*, so there was no approval step in its loop.",
          options:
            "1. Change the staging template to stop importing the export (rejected: the template is generated by a pipeline step the agent could not edit). 2. Ask the developer. 3. Delete and recreate the exporting stack.",
          rationale:
            "From what the agent could see, deleting the exporting stack was the shortest path to a green staging deploy: the permissions allowed it, the stack name carried no production marker, and the freeze sentence said *production* without naming an account or a stack. The freeze and the production stack never met in anything the agent checked.",
        },
      },
      {
        key: "delete",
        at: t.at("11:33"),
        type: "ACTION",
        actor: "agent",
        description:
          "The agent calls `cloudformation:DeleteStack` on `checkout-service` directly through the API. The call does not go through the deploy pipeline, so the two-person sign-off is not requested. CloudFormation deletes the stack's resources; the RDS instance's `DeletionPolicy: Snapshot` takes a final snapshot first.",
        evidence: [
          {
            url: "https://cloudtrail.example.com/events?eventName=DeleteStack&resource=checkout-service",
            label: "CloudTrail: DeleteStack",
          },
          { url: "https://forge.example.com/sessions/7f3a9c#step-41", label: "Agent step 41" },
        ],
        pinned: true,
        blast: {
          resources: [
            "CloudFormation stack checkout-service (production)",
            "Application Load Balancer checkout-prod-alb",
            "Auto Scaling group checkout-prod-asg (12 EC2 instances)",
            "RDS instance checkout-prod-db (1.6 TB)",
            "ElastiCache cluster checkout-sessions",
            "Route 53 record checkout.internal",
          ],
          environment: "PRODUCTION",
          crossed: true,
          reversibility: "RESTORABLE_FROM_BACKUP",
        },
      },
      {
        key: "impact",
        at: started,
        type: "OTHER",
        description:
          "The load balancer is gone: every checkout request returns 503. Browsing and search keep working.",
        milestone: "STARTED",
        evidence: [
          {
            url: "https://grafana.example.com/d/checkout/success?from=incident",
            label: "Checkout success rate",
          },
        ],
      },
      {
        key: "alert",
        at: t.at("11:38"),
        type: "ALERT",
        actor: "probe",
        description:
          "The synthetic checkout probe fails twice in a row from all three regions and pages Platform on-call.",
        milestone: "DETECTED",
      },
      {
        key: "ack",
        at: t.at("11:44"),
        type: "ACTION",
        actor: "oncall",
        description: "The on-call engineer acknowledges the page and opens `#inc-checkout`.",
        milestone: "ACKNOWLEDGED",
        known: "Checkout 503s everywhere; no deploy in the pipeline history; the freeze was in force.",
      },
      {
        key: "recreate",
        at: t.at("11:52"),
        type: "ACTION",
        actor: "agent",
        description:
          "The agent recreates `checkout-service` from the repository template (`CreateStack`). The new stack has a new, empty database and a new load balancer that the DNS record does not point at yet.",
        evidence: [
          {
            url: "https://cloudtrail.example.com/events?eventName=CreateStack&resource=checkout-service",
            label: "CloudTrail: CreateStack",
          },
        ],
        blast: {
          resources: [
            "CloudFormation stack checkout-service (recreated)",
            "RDS instance checkout-prod-db (new, empty)",
            "Application Load Balancer checkout-prod-alb (new)",
          ],
          environment: "PRODUCTION",
          crossed: true,
          reversibility: "REVERSIBLE",
        },
      },
      {
        key: "claim",
        at: t.at("12:06"),
        type: "COMMUNICATION",
        actor: "agent",
        description:
          'In its session the agent reports: *"The production database was removed with the stack. Rollback is impossible and the data cannot be restored. I recommend reseeding from the fixtures in `db/seed`."* The developer pastes this into `#inc-checkout`.',
        pinned: true,
        evidence: [{ url: "https://forge.example.com/sessions/7f3a9c#step-57", label: "Agent step 57" }],
      },
      {
        key: "status-1",
        at: t.at("12:10"),
        type: "COMMUNICATION",
        actor: "statuspage",
        description:
          "Status page: *Investigating – checkout is unavailable. Browsing and accounts are not affected.*",
        evidence: [{ url: "https://status.example.com/incidents/kq2m", label: "Status page incident" }],
      },
      {
        key: "sev1",
        at: t.at("12:15"),
        type: "ESCALATION",
        actor: "oncall",
        description:
          "SEV1 declared. The on-call engineer takes the incident commander role and pages database on-call.",
      },
      {
        key: "noise",
        at: t.at("12:20"),
        type: "OTHER",
        description:
          "Alert bot repeats the probe alert in `#alerts` 40 times (deduplication window too short).",
        hidden: true,
      },
      {
        key: "decide-verify",
        at: t.at("12:32"),
        type: "DECISION",
        actor: "oncall",
        description:
          "The incident commander revokes every `platform-operator` session (including the agent's) and decides to check for snapshots before considering a reseed.",
        pinned: true,
        decision: {
          known:
            "The agent's statement that rollback was impossible; the RDS console showing the old instance deleted; the snapshot list not yet checked.",
          believed:
            "That a final snapshot probably existed, because the team's RDS templates usually set `DeletionPolicy: Snapshot`, but nobody had confirmed it for this stack.",
          goal: "Stop further change, then restore checkout without losing orders.",
          pressures:
            "Full checkout outage, executives in the channel asking for an ETA, and a reseed that looked like the fastest way back.",
          options:
            "1. Reseed from fixtures (fast, loses every order). 2. Restore from a snapshot (slower, keeps orders). 3. Point-in-time recovery (not possible once the instance is deleted).",
          rationale:
            "A reseed could not be undone; checking for a snapshot cost minutes. Revoking sessions first meant nothing else could change while the team looked.",
        },
      },
      {
        key: "snapshot",
        at: t.at("12:47"),
        type: "ACTION",
        actor: "dba",
        description:
          "The database on-call engineer finds the final snapshot `checkout-prod-db-final`, created at 11:35, and the automated snapshot from 03:00. Row counts in the final snapshot match the payment provider's records up to 11:33.",
        evidence: [
          {
            url: "https://console.example.com/rds/snapshots?search=checkout-prod-db",
            label: "RDS snapshots",
          },
        ],
      },
      {
        key: "restore",
        at: t.at("13:05"),
        endedAt: t.at("20:55"),
        type: "MITIGATION",
        actor: "dba",
        description:
          "Restore of `checkout-prod-db` from the final snapshot (1.6 TB). First estimate: about 3 hours; it completes at 20:55.",
        evidence: [{ url: "https://grafana.example.com/d/rds/restore", label: "Restore progress" }],
      },
      {
        key: "mitigated",
        at: mitigated,
        type: "MITIGATION",
        actor: "oncall",
        description:
          "The recreated stack points at the restored database; traffic ramped from 5 % at 23:40 to 100 % at 00:41. Checkout success back at 99.9 %.",
        milestone: "MITIGATED",
        pinned: true,
      },
      {
        key: "resolved",
        at: t.at("09:30", 1),
        type: "RESOLUTION",
        actor: "oncall",
        description:
          "The 1,284 orders authorised during the first minutes are rebuilt from the payment provider's records; the status page incident is resolved.",
        milestone: "RESOLVED",
        evidence: [{ url: "https://status.example.com/incidents/kq2m", label: "Status page: resolved" }],
      },
    ],
    claims: [
      {
        statement:
          "Rollback is impossible: the production database was removed with the stack and the data cannot be restored.",
        status: "REFUTED",
        evidence:
          "The template sets `DeletionPolicy: Snapshot`, so CloudFormation created the final snapshot `checkout-prod-db-final` at 11:35; automated snapshots (7-day retention) were also kept. The restore completed at 20:55 and row counts matched the payment provider's records.",
        event: "claim",
        actor: "agent",
      },
      {
        statement:
          "`checkout-service` is a dependency stack of the staging deploy and is safe to recreate because it is fully defined in the repository.",
        status: "REFUTED",
        evidence:
          "It was the production stack. Its stateful resources (the database and the session cache) hold data that no template contains.",
        event: "decide-delete",
        actor: "agent",
      },
      {
        statement:
          "The staging deploy fails because the staging stack imports an export of `checkout-service`.",
        status: "VERIFIED",
        evidence:
          "Confirmed by the CloudFormation error and the staging template: a cross-stack reference added in 2023.",
        event: "read-log",
        actor: "agent",
      },
    ],
    guardrails: [
      {
        name: "Two-person sign-off for production stack changes",
        kind: "approval gate",
        state: "BYPASSED",
        notes:
          "Implemented in the deploy pipeline only. A direct API call with the operator role never reaches the pipeline, so the sign-off was not requested.",
        events: ["delete"],
      },
      {
        name: "Quarter-end code freeze",
        kind: "change freeze",
        state: "INSTRUCTION_ONLY",
        notes:
          "A Slack announcement and a sentence in the agent's instructions. No IAM policy, pipeline switch or agent-runtime check enforced it.",
        events: ["freeze", "delete"],
      },
      {
        name: "RDS final snapshot and automated backups",
        kind: "backup",
        state: "WORKED",
        notes:
          "`DeletionPolicy: Snapshot` produced a final snapshot seconds before the deletion; the restore from it kept every committed order.",
        events: ["snapshot", "restore"],
      },
      {
        name: "Separate accounts for staging and production",
        kind: "environment separation",
        state: "ABSENT",
        notes:
          "Both environments share one AWS account; the production stack name has no environment suffix.",
        events: ["read-log", "decide-delete"],
      },
      {
        name: "Termination protection on production stacks",
        kind: "deletion protection",
        state: "ABSENT",
        notes:
          "Not enabled on `checkout-service`; RDS deletion protection was also off because CloudFormation manages the instance.",
        events: ["delete"],
      },
    ],
    factors: [
      {
        factor: "excessive-permissions",
        explanation:
          "The agent inherited every permission of `platform-operator`, including production deletion, for a task that needed read and update access to staging.",
        events: ["task", "delete"],
      },
      {
        factor: "agent-autonomy-mismatch",
        explanation:
          "The agent ran with autonomy *acts alone*; destructive calls on production had no approval step in its loop.",
        events: ["decide-delete", "delete", "recreate"],
      },
      {
        factor: "policy-as-instruction",
        explanation:
          "The code freeze existed only as an announcement and a sentence in the agent's instructions; nothing enforced it.",
        events: ["freeze", "delete"],
      },
      {
        factor: "missing-guardrail",
        explanation:
          "The two-person sign-off applied only inside the pipeline, and production stacks had no termination protection.",
        events: ["delete"],
      },
      {
        factor: "environment-ambiguity",
        explanation:
          "Staging and production share an account, the production stack has no environment suffix, and the staging stack imported a production export, so the staging error named the production stack.",
        events: ["read-log", "decide-delete"],
      },
      {
        factor: "unverified-automation-output",
        explanation:
          "The agent acted on its own unverified belief that the stack could be recreated without loss, then reported that rollback was impossible.",
        events: ["recreate", "claim"],
      },
      {
        factor: "automation-bias",
        explanation:
          "The agent's confident claim was pasted into the incident channel and briefly shaped the plan (reseed from fixtures) until it was checked.",
        events: ["claim", "decide-verify"],
      },
      {
        factor: "irreversible-action",
        explanation:
          "`DeleteStack` on a stack with stateful resources ran with no confirmation, delay or backup check.",
        events: ["delete"],
      },
    ],
    actions: [
      {
        title: "Scope agent credentials to the task's environment via short-lived tokens",
        description:
          "Agents get their own identity. Each task receives a token (max 1 hour) scoped to the environment named in the task; production scopes require an approved change. Terminal session credentials are no longer visible to the agent.",
        type: "PREVENT",
        priority: "URGENT",
        ownerTeam: "platform",
        owner: "platformWriter",
        dueInDays: -6,
        status: "IN_PROGRESS",
        trackerUrl: "https://tracker.example.com/browse/PLAT-2141",
        factors: ["excessive-permissions", "agent-autonomy-mismatch"],
      },
      {
        title: "Enforce code freezes in the deploy pipeline and as an IAM deny policy",
        description:
          "A freeze is a switch, not a message: when on, the pipeline refuses production deploys and an SCP denies mutating calls on production for every role except break-glass.",
        type: "PREVENT",
        priority: "HIGH",
        ownerTeam: "platform",
        owner: "platformManager",
        dueInDays: -12,
        status: "DONE",
        completedDaysAgo: 14,
        effectivenessCheckInDays: 45,
        trackerUrl: "https://tracker.example.com/browse/PLAT-2142",
        factors: ["policy-as-instruction"],
      },
      {
        title: "Require two-person approval for production DeleteStack at the IAM layer",
        description:
          "Move the sign-off from the pipeline to where the action happens: deny `cloudformation:DeleteStack` on production unless the request carries an approval token issued after a second person confirms.",
        type: "PREVENT",
        priority: "URGENT",
        ownerTeam: "platform",
        owner: "admin",
        dueInDays: -3,
        status: "OPEN",
        trackerUrl: "https://tracker.example.com/browse/PLAT-2143",
        factors: ["missing-guardrail", "irreversible-action"],
      },
      {
        title:
          "Enable termination protection on all production stacks and deletion protection on production databases",
        description:
          "Enforced by a config rule that flags and fixes any production stack or RDS instance without protection.",
        type: "PREVENT",
        priority: "HIGH",
        ownerTeam: "platform",
        owner: "platformWriter",
        dueInDays: -20,
        status: "DONE",
        completedDaysAgo: 27,
        effectivenessCheckInDays: 30,
        trackerUrl: "https://tracker.example.com/browse/PLAT-2144",
        factors: ["missing-guardrail", "irreversible-action"],
      },
      {
        title: "Move production into its own AWS account and suffix every stack with its environment",
        description:
          "Removes the shared account and the unsuffixed production names, and with them the cross-environment export.",
        type: "PREVENT",
        priority: "MEDIUM",
        ownerTeam: "platform",
        owner: "platformManager",
        dueInDays: 75,
        status: "OPEN",
        trackerUrl: "https://tracker.example.com/browse/PLAT-2145",
        factors: ["environment-ambiguity"],
      },
      {
        title: "Page on production stack deletions from CloudTrail",
        description:
          "A CloudTrail rule pages Platform on-call on any `DeleteStack`, `DeleteDBInstance` or `TerminateInstances` in production, before customer impact shows.",
        type: "DETECT",
        priority: "HIGH",
        ownerTeam: "platform",
        owner: "platformWriter",
        dueInDays: -25,
        status: "DONE",
        completedDaysAgo: 29,
        effectivenessCheckInDays: 20,
        trackerUrl: "https://tracker.example.com/browse/PLAT-2146",
        factors: ["missing-guardrail"],
      },
      {
        title:
          "Agent runtime: block destructive calls outside the task's environment and require approval in production",
        description:
          "The agent runtime classifies calls (read, change, destroy) and holds any destroy call, or any production change, until a person approves it in the session.",
        type: "PREVENT",
        priority: "URGENT",
        ownerTeam: "platform",
        owner: "platformWriter",
        dueInDays: 5,
        status: "IN_PROGRESS",
        trackerUrl: "https://tracker.example.com/browse/PLAT-2147",
        factors: ["agent-autonomy-mismatch", "irreversible-action"],
      },
      {
        title: "Add a 'verify agent claims' step to the incident runbook",
        description:
          "Before acting on a statement from an agent or automation about recoverability or impact, the incident commander assigns someone to check it against the source (snapshots, logs, metrics).",
        type: "PROCESS",
        priority: "MEDIUM",
        ownerTeam: "platform",
        owner: "platformReviewer",
        dueInDays: -15,
        status: "DONE",
        completedDaysAgo: 18,
        trackerUrl: "https://tracker.example.com/browse/PLAT-2148",
        factors: ["unverified-automation-output", "automation-bias"],
      },
      {
        title: "Rehearse production database restores each quarter and publish restore times",
        description: "Measured restore times feed the runbook and status page estimates.",
        type: "MITIGATE",
        priority: "MEDIUM",
        ownerTeam: "platform",
        owner: "platformManager",
        dueInDays: 30,
        status: "OPEN",
        trackerUrl: "https://tracker.example.com/browse/PLAT-2149",
        factors: ["irreversible-action"],
      },
      {
        title: "Remove the cross-stack export from production to staging",
        description:
          "Staging gets its own database endpoint parameter; no staging stack may import a production output (checked in CI).",
        type: "PREVENT",
        priority: "HIGH",
        ownerTeam: "platform",
        owner: "platformWriter",
        dueInDays: 10,
        status: "OPEN",
        trackerUrl: "https://tracker.example.com/browse/PLAT-2150",
        factors: ["environment-ambiguity"],
      },
      {
        title: "Tell agents in their prompt to confirm before deleting resources",
        description: "Proposed during the review as a quick fix.",
        type: "PROCESS",
        priority: "LOW",
        ownerTeam: "platform",
        status: "WONT_DO",
        wontDoReason:
          "A prompt instruction is the same kind of control as the code freeze that did not hold. Replaced by the enforced approval in the agent runtime and at the IAM layer.",
        factors: ["agent-autonomy-mismatch", "policy-as-instruction"],
      },
    ],
    comments: [
      {
        key: "c1",
        author: "platformReviewer",
        at: t.at("14:20", 2),
        anchor: "SECTION",
        section: "five-whys",
        quote: "Why did the freeze not apply?",
        body: 'Chain 2 stops at "the freeze was an instruction". Can we go one why further: why was an instruction the only way to express a freeze for an agent?',
        resolved: { at: t.at("09:05", 3), by: "platformReviewer" },
      },
      {
        key: "c1-reply",
        author: "platformWriter",
        at: t.at("16:02", 2),
        replyTo: "c1",
        body: "Added step 4: freezes were always honoured by people, so no tool had a freeze switch. The pipeline switch and the SCP are now action items.",
      },
      {
        key: "c2",
        author: "platformManager",
        at: t.at("10:40", 3),
        anchor: "EVENT",
        event: "claim",
        body: "The recovery turned on this moment: the claim was checked before anyone acted on it. Worth a line in the org-wide learning review.",
      },
      {
        key: "c3",
        author: "platformReviewer",
        at: t.at("11:15", 3),
        anchor: "SECTION",
        section: "corrective-actions",
        body: "Good call on declining the prompt-only fix and saying why. Approving.",
        resolved: { at: t.at("11:20", 3), by: "platformWriter" },
      },
    ],
    history: [
      { status: "IN_REVIEW", at: t.at("13:00", 2), by: "platformWriter", note: "Submitted for review" },
      {
        status: "CHANGES_REQUESTED",
        at: t.at("14:25", 2),
        by: "platformReviewer",
        note: "Changes requested: deepen chain 2",
      },
      { status: "IN_REVIEW", at: t.at("16:10", 2), by: "platformWriter", note: "Resubmitted after review" },
      { status: "APPROVED", at: t.at("11:18", 3), by: "platformReviewer", note: "Approved" },
      { status: "PUBLISHED", at: t.at("15:00", 3), by: "platformManager", note: "Published" },
    ],
    reviewers: [{ reviewer: "platformReviewer", by: "platformWriter", at: t.at("13:00", 2) }],
    decisions: [
      {
        reviewer: "platformReviewer",
        outcome: "REQUEST_CHANGES",
        note: "Chain 2 needs one more why; otherwise strong.",
        at: t.at("14:25", 2),
        revision: 2,
      },
      {
        reviewer: "platformReviewer",
        outcome: "APPROVE",
        note: "Thorough and blameless. The permission ledger makes the story clear.",
        at: t.at("11:18", 3),
        revision: 4,
      },
    ],
  };
}

function paymentsPoolExhaustion(now: Date): PostmortemSpec {
  const t = clock(now, 9);
  return {
    team: "payments",
    number: 1,
    title: "Card authorisation latency from connection-pool exhaustion after an autoscaler change",
    summary:
      "A change to the `auth-gateway` autoscaler let it scale to 58 pods at the evening peak. Together the pods asked for more database connections than the pooler allows; p99 authorisation latency rose to 4.2 s and 6,240 authorisations timed out over 35 minutes.",
    severity: "SEV2",
    status: "IN_REVIEW",
    timeZone: "America/New_York",
    templateKey: "pagerduty",
    owner: "paymentsWriter",
    createdBy: "paymentsWriter",
    createdAt: t.at("14:00", 1),
    impact: {
      customersAffected: 1_130,
      usersAffected: 41_800,
      impactDurationMinutes: 35,
      revenueImpactMinor: 387_000n,
      impactCurrency: "USD",
      sloImpact:
        "Authorisation latency SLO (99 % under 500 ms, 30 days): 41 % of the monthly error budget consumed.",
      supportTickets: 214,
      impactNotes:
        "Customers are merchants; users are cardholders whose authorisation took longer than 2 s. Revenue impact is lost processing fees on timed-out authorisations.",
    },
    sections: {
      overview: `On ${t.day()} between 22:46 and 23:21 UTC (evening peak in New York), card authorisations slowed down sharply: p99 latency went from 180 ms to 4.2 s and 6,240 authorisations (0.9 %) timed out at the card network's 5 s limit.

Two days earlier the autoscaler for \`auth-gateway\` had been switched from request concurrency to CPU and its maximum raised from 24 to 60 pods. At peak it scaled to 58 pods; each opens a pool of 20 connections, and the \`ledger-db\` pooler accepts 1,000 clients. New pods queued for connections, and requests queued behind them.`,
      "what-happened": `The autoscaler change came from a cost review: an AI ops assistant suggested scaling on CPU to cut idle pods at night, and estimated that p99 would stay under 200 ms at peak. The change was reviewed as a capacity change and rolled out by Argo CD.

At 22:41 traffic rose as usual and the autoscaler added pods faster than before. From 22:46 the pooler's waiting-client count climbed past 600. The burn-rate alert paged at 22:53; the on-call engineer saw the pooler dashboard and capped replicas at 24 at 23:09. Latency recovered by 23:21.`,
      "contributing-factors": `- **Capacity or dependency failure:** the pooler's client limit was a hard ceiling that nothing related to the autoscaler's maximum.
- **Change management gap:** the change was reviewed for compute cost, not for what it does to downstream connection budgets.
- **Unverified automation output:** the assistant's latency estimate was accepted without a load test at the new maximum.`,
      resolution:
        "Replicas were capped at 24 (`kubectl patch hpa`), which released connections. The next day the autoscaler went back to concurrency-based scaling, and each pod's pool size is now derived from the pooler limit divided by the maximum replica count.",
      impact: `| Severity | Time |
|---|---|
| SEV2 | 35 min |

- Merchants affected: 1,130
- Authorisations slower than 2 s: 41,800; timed out: 6,240
- Support requests: 214`,
      responders:
        "- On-call engineer, Payments (incident commander)\n- Database on-call engineer (consulted)\n- Merchant support lead (communications)",
      "how-did-we-do": `**What went well:** the burn-rate alert paged within 7 minutes, and the pooler dashboard pointed straight at the cause.

**What didn't go so well:** the first ten minutes went to the card network's status page, because timeouts looked like a network problem.

**Where we got lucky:** the change reached its first peak on a Tuesday, not on the Friday before a holiday weekend.`,
    },
    actors: [
      {
        key: "hpa",
        kind: "AUTOMATION",
        name: "auth-gateway autoscaler",
        role: "Kubernetes HorizontalPodAutoscaler",
        description:
          "Scales auth-gateway pods; after the change, on CPU at 50 % with a maximum of 60 replicas.",
        permissionsGranted: ["apps/deployments/scale (payments-prod)"],
        permissionsUsed: ["apps/deployments/scale (payments-prod)"],
      },
      {
        key: "assistant",
        kind: "AI_AGENT",
        name: "Ops assistant",
        role: "AI ops assistant",
        model: "ops-assist",
        modelVersion: "2026.09",
        task: "Recommend autoscaling settings to reduce auth-gateway cost",
        autonomy: "SUGGESTS",
        permissionsGranted: ["metrics:read", "k8s:read (payments-prod)"],
        permissionsNeeded: ["metrics:read", "k8s:read (payments-prod)"],
        permissionsUsed: ["metrics:read"],
      },
      {
        key: "argo",
        kind: "AUTOMATION",
        name: "Argo CD",
        role: "CI/CD pipeline",
        description: "Syncs the payments-prod manifests.",
      },
      {
        key: "oncall",
        kind: "PERSON",
        name: "On-call engineer",
        role: "on-call engineer, Payments",
        user: "paymentsWriter",
      },
      {
        key: "pooler",
        kind: "AUTOMATION",
        name: "ledger-db connection pooler",
        role: "PgBouncer",
        description: "max_client_conn 1,000.",
      },
      {
        key: "network",
        kind: "EXTERNAL_SERVICE",
        name: "Card network",
        role: "authorisation network",
        description: "Times out authorisations after 5 s and applies issuer stand-in.",
      },
    ],
    events: [
      {
        key: "suggest",
        at: t.at("16:20", -3),
        type: "COMMUNICATION",
        actor: "assistant",
        description:
          "The ops assistant recommends scaling `auth-gateway` on CPU at 50 % with a maximum of 60 replicas, estimating p99 under 200 ms at peak.",
      },
      {
        key: "rollout",
        at: t.at("15:02", -2),
        type: "ACTION",
        actor: "argo",
        description: "Argo CD rolls out the reviewed autoscaler change to payments-prod.",
        pinned: true,
        evidence: [{ url: "https://git.example.com/payments/deploy/pull/1184", label: "PR #1184" }],
        blast: {
          resources: ["HorizontalPodAutoscaler auth-gateway (payments-prod)"],
          environment: "PRODUCTION",
          crossed: false,
          reversibility: "REVERSIBLE",
        },
      },
      {
        key: "scale",
        at: t.at("22:41"),
        endedAt: t.at("22:47"),
        type: "ACTION",
        actor: "hpa",
        description: "Evening peak: the autoscaler scales auth-gateway from 24 to 58 pods in six minutes.",
      },
      {
        key: "start",
        at: t.at("22:46"),
        type: "OTHER",
        actor: "pooler",
        description:
          "The pooler reaches 1,000 clients; new pods queue for connections and p99 authorisation latency passes 1 s.",
        milestone: "STARTED",
        pinned: true,
        evidence: [{ url: "https://grafana.example.com/d/pgbouncer/ledger", label: "Pooler dashboard" }],
      },
      {
        key: "alert",
        at: t.at("22:53"),
        type: "ALERT",
        description: "Burn-rate alert on the authorisation latency SLO (14.4×) pages Payments on-call.",
        milestone: "DETECTED",
      },
      {
        key: "ack",
        at: t.at("22:56"),
        type: "ACTION",
        actor: "oncall",
        description: "On-call acknowledges and checks the card network status page first.",
        milestone: "ACKNOWLEDGED",
      },
      {
        key: "decide",
        at: t.at("23:06"),
        type: "DECISION",
        actor: "oncall",
        description: "On-call caps the autoscaler at 24 replicas instead of raising the pooler limit.",
        decision: {
          known:
            "Pooler at 1,000 clients with 600+ waiting; pod count 58, twice the usual peak; the autoscaler change two days earlier.",
          believed: "That more pods were making things worse, not better.",
          goal: "Bring latency down quickly without touching the database.",
          pressures: "Timeouts were turning into declines for merchants at peak.",
          options:
            "Raise the pooler limit (unknown effect on the database); cap replicas; roll back the autoscaler change through Argo CD (slower).",
          rationale: "Capping replicas was quick, reversible and did not risk the database.",
        },
      },
      {
        key: "cap",
        at: t.at("23:09"),
        type: "MITIGATION",
        actor: "oncall",
        description: "`kubectl patch hpa auth-gateway` sets max replicas to 24; surplus pods drain.",
        blast: {
          resources: ["HorizontalPodAutoscaler auth-gateway (payments-prod)"],
          environment: "PRODUCTION",
          crossed: false,
          reversibility: "REVERSIBLE",
        },
      },
      {
        key: "mitigated",
        at: t.at("23:21"),
        type: "MITIGATION",
        description: "p99 authorisation latency back under 250 ms.",
        milestone: "MITIGATED",
      },
      {
        key: "comms",
        at: t.at("23:30"),
        type: "COMMUNICATION",
        actor: "oncall",
        description: "Merchant status update: elevated declines between 22:46 and 23:21 UTC, now resolved.",
      },
      {
        key: "resolved",
        at: t.at("15:10", 1),
        type: "RESOLUTION",
        actor: "argo",
        description:
          "Autoscaler returned to concurrency-based scaling; pool size per pod derived from the pooler budget.",
        milestone: "RESOLVED",
        evidence: [{ url: "https://git.example.com/payments/deploy/pull/1191", label: "PR #1191" }],
      },
    ],
    claims: [
      {
        statement: "Scaling on CPU at 50 % keeps p99 authorisation latency under 200 ms at peak.",
        status: "REFUTED",
        evidence:
          "At the first peak after the change p99 reached 4.2 s; the estimate did not include the connection pool limit.",
        event: "suggest",
        actor: "assistant",
      },
    ],
    guardrails: [
      {
        name: "Pooler client limit",
        kind: "capacity limit",
        state: "WORKED",
        notes: "Protected the database from overload, at the cost of queued clients.",
        events: ["start"],
      },
      {
        name: "Load test for autoscaler changes",
        kind: "pre-production test",
        state: "ABSENT",
        notes: "Autoscaler changes are not load-tested at their maximum replica count.",
        events: ["rollout"],
      },
    ],
    factors: [
      {
        factor: "capacity-dependency-failure",
        explanation: "The pooler's 1,000-client ceiling was reached when 58 pods opened 20 connections each.",
        events: ["scale", "start"],
      },
      {
        factor: "change-management-gap",
        explanation:
          "The autoscaler change was reviewed for cost; its effect on the connection budget was not part of the review checklist.",
        events: ["rollout"],
      },
      {
        factor: "unverified-automation-output",
        explanation: "The assistant's latency estimate was accepted without a load test at the new maximum.",
        events: ["suggest", "rollout"],
      },
    ],
    actions: [
      {
        title: "Derive per-pod pool size from the pooler budget and the autoscaler maximum",
        description:
          "A CI check fails when max replicas × pool size exceeds 80 % of the pooler's client limit.",
        type: "PREVENT",
        priority: "HIGH",
        ownerTeam: "payments",
        owner: "paymentsWriter",
        dueInDays: 7,
        status: "IN_PROGRESS",
        trackerUrl: "https://tracker.example.com/browse/PAY-882",
        factors: ["capacity-dependency-failure", "change-management-gap"],
      },
      {
        title: "Alert on pooler waiting clients",
        description: "Page when `cl_waiting` stays above 50 for two minutes, well before latency moves.",
        type: "DETECT",
        priority: "HIGH",
        ownerTeam: "payments",
        owner: "paymentsWriter",
        dueInDays: -2,
        status: "DONE",
        completedDaysAgo: 4,
        effectivenessCheckInDays: 30,
        trackerUrl: "https://tracker.example.com/browse/PAY-883",
        factors: ["capacity-dependency-failure"],
      },
      {
        title: "Load-test autoscaler changes at their maximum replica count before rollout",
        description:
          "Part of the capacity-change checklist; the AI assistant's estimates are inputs to the test, not a replacement for it.",
        type: "PROCESS",
        priority: "MEDIUM",
        ownerTeam: "payments",
        owner: "paymentsManager",
        dueInDays: 21,
        status: "OPEN",
        trackerUrl: "https://tracker.example.com/browse/PAY-884",
        factors: ["change-management-gap", "unverified-automation-output"],
      },
    ],
    comments: [
      {
        key: "c1",
        author: "paymentsReviewer",
        at: t.at("10:30", 3),
        anchor: "SECTION",
        section: "contributing-factors",
        quote: "the assistant's latency estimate was accepted",
        body: "What did the reviewer of PR #1184 have in front of them? If the estimate was the only evidence, the checklist gap matters more than the estimate itself.",
        resolved: { at: t.at("15:00", 4), by: "paymentsReviewer" },
      },
      {
        key: "c1-reply",
        author: "paymentsWriter",
        at: t.at("12:05", 3),
        replyTo: "c1",
        body: "The PR had the estimate and a cost graph, nothing about connections. I've moved that into the change-management factor and added the checklist item.",
      },
      {
        key: "c2",
        author: "paymentsReviewer",
        at: t.at("15:10", 4),
        anchor: "EVENT",
        event: "ack",
        body: "Ten minutes went to the card network status page. Could the runbook point at the pooler dashboard first when timeouts rise?",
      },
    ],
    history: [
      { status: "IN_REVIEW", at: t.at("09:00", 3), by: "paymentsWriter", note: "Submitted for review" },
      {
        status: "CHANGES_REQUESTED",
        at: t.at("10:35", 3),
        by: "paymentsReviewer",
        note: "Changes requested",
      },
      { status: "IN_REVIEW", at: t.at("12:10", 3), by: "paymentsWriter", note: "Resubmitted after review" },
    ],
    reviewers: [{ reviewer: "paymentsReviewer", by: "paymentsWriter", at: t.at("09:00", 3) }],
    decisions: [
      {
        reviewer: "paymentsReviewer",
        outcome: "REQUEST_CHANGES",
        note: "Please say what the change review looked at, and link the factors to events.",
        at: t.at("10:35", 3),
        revision: 2,
      },
    ],
  };
}

function platformDatabaseFailover(now: Date): PostmortemSpec {
  const t = clock(now, 62);
  return {
    team: "platform",
    number: 2,
    title: "Read replicas kept following the old primary after an orders-db failover",
    summary:
      "An impaired disk triggered an automatic failover of `orders-db`. The two read replicas were configured with the old primary's fixed address, stopped replicating, and served stale reads for 79 minutes; 312 items were oversold.",
    severity: "SEV2",
    status: "APPROVED",
    timeZone: "Europe/Berlin",
    templateKey: "amazon-coe",
    owner: "platformWriter",
    createdBy: "platformWriter",
    createdAt: t.at("09:00", 1),
    impact: {
      customersAffected: 9_400,
      impactDurationMinutes: 79,
      revenueImpactMinor: 1_870_000n,
      impactCurrency: "EUR",
      sloImpact: "Order history freshness SLO (99 % of reads < 60 s behind): 62 % of the monthly budget.",
      supportTickets: 61,
      impactNotes:
        "312 items oversold from stale stock levels; refunds and vouchers make up the revenue figure.",
    },
    sections: {
      summary: `On ${t.day()} at 07:12 UTC the disk under the \`orders-db\` primary became impaired. Patroni promoted a replica within 40 seconds, as designed. The two remaining replicas had a fixed IP address of the old primary in their recovery configuration, so they stopped replicating while continuing to serve reads. Order history and stock levels read from them grew stale until 08:31.`,
      impact:
        "9,400 customers saw order histories missing recent orders; the inventory service sold 312 items that were already out of stock. 61 support tickets.",
      "incident-questions": `**Detection:** through support tickets after 46 minutes. The replica-lag alert did not fire: lag is reported by the replicas themselves, and with no WAL receiver they reported no lag at all. Alerting on a missing WAL receiver halves detection at least.

**Mitigation:** reads were pointed at the new primary at 08:31 while the replicas were rebuilt.`,
      "five-whys": `**Chain 1 – stale reads**
1. Why were reads stale? Replicas stopped replicating after the failover.
2. Why? Their \`primary_conninfo\` held the old primary's IP, not the Patroni-managed endpoint.
3. Why? The replicas were built by hand in 2022 during a migration; the config drifted from the Patroni template.
4. Why was the drift not seen? Nothing compares running replica config with the template.

**Chain 2 – late detection**
1. Why was detection late? The lag alert stayed quiet.
2. Why? A replica without a WAL receiver reports lag as zero, and the alert does not treat a missing receiver as a failure.`,
      "lessons-learned":
        "Failover worked; what followed it had never been exercised. **Where did we get lucky?** The failover happened at 07:12, before the morning sales peak.",
      "things-done-well":
        "Patroni's automatic promotion kept writes available throughout. Support escalated with concrete order ids, which made diagnosis fast.",
      "corrective-actions":
        "See the action items: replicas follow the leader endpoint, an alert on a missing WAL receiver, reservations read from the primary, and a quarterly failover game day.",
    },
    actors: [
      {
        key: "patroni",
        kind: "AUTOMATION",
        name: "Patroni",
        role: "database failover manager",
        permissionsGranted: ["promote replica", "update leader key"],
      },
      {
        key: "oncall",
        kind: "PERSON",
        name: "On-call engineer",
        role: "on-call engineer, Platform",
        user: "platformWriter",
      },
      { key: "dba", kind: "PERSON", name: "Database engineer", role: "database engineer" },
      { key: "support", kind: "PERSON", name: "Support lead", role: "customer support lead" },
      { key: "ebs", kind: "EXTERNAL_SERVICE", name: "Cloud block storage", role: "disk volumes" },
    ],
    events: [
      {
        key: "disk",
        at: t.at("07:12"),
        type: "OTHER",
        actor: "ebs",
        description: "The volume under `orders-db-1` becomes impaired; I/O on the primary stalls.",
        milestone: "STARTED",
        pinned: true,
      },
      {
        key: "promote",
        at: t.at("07:13"),
        type: "ACTION",
        actor: "patroni",
        description: "Patroni promotes `orders-db-2` to primary after the leader lock expires.",
        blast: {
          resources: ["orders-db-2 (promoted)"],
          environment: "PRODUCTION",
          crossed: false,
          reversibility: "REVERSIBLE",
        },
      },
      {
        key: "stall",
        at: t.at("07:13"),
        type: "OTHER",
        description:
          "Replicas `orders-db-3` and `orders-db-4` keep trying the old primary's IP; replication stops while they keep serving reads.",
        pinned: true,
      },
      {
        key: "tickets",
        at: t.at("07:58"),
        type: "DETECTION",
        actor: "support",
        description: "Support escalates nine tickets about orders missing from order history.",
        milestone: "DETECTED",
      },
      {
        key: "ack",
        at: t.at("08:06"),
        type: "ACTION",
        actor: "oncall",
        description: "On-call acknowledges the escalation.",
        milestone: "ACKNOWLEDGED",
      },
      {
        key: "decide",
        at: t.at("08:20"),
        type: "DECISION",
        actor: "oncall",
        description: "On-call finds no WAL receiver on either replica and moves reads to the primary.",
        decision: {
          known: "Lag panel flat at zero; customers reporting missing orders; a failover an hour earlier.",
          believed:
            "At first that the replicas were healthy, because the lag panel said so; then, after `pg_stat_wal_receiver` came back empty, that they had stopped replicating.",
          goal: "Serve fresh reads again as fast as possible.",
          pressures: "Oversold orders accumulating as the morning peak approached.",
          options:
            "Rebuild replicas first (slow); point reads at the new primary (fast, adds load); take reads offline (customer-visible).",
          rationale:
            "The new primary had headroom before the peak, and the switch was a reversible configuration flag.",
        },
      },
      {
        key: "mitigate",
        at: t.at("08:31"),
        type: "MITIGATION",
        actor: "oncall",
        description: "Read traffic switched to the primary; stale reads stop.",
        milestone: "MITIGATED",
      },
      {
        key: "rebuild",
        at: t.at("09:40"),
        type: "ACTION",
        actor: "dba",
        description: "Replicas re-pointed at the Patroni leader endpoint and re-synced.",
      },
      {
        key: "resolved",
        at: t.at("11:05"),
        type: "RESOLUTION",
        actor: "dba",
        description: "Replicas caught up; reads moved back.",
        milestone: "RESOLVED",
      },
    ],
    guardrails: [
      {
        name: "Automatic failover",
        kind: "failover",
        state: "WORKED",
        notes: "Writes stayed available.",
        events: ["promote"],
      },
      {
        name: "Replica lag alert",
        kind: "alert",
        state: "BYPASSED",
        notes: "A replica without a WAL receiver reports zero lag, so the alert never saw the failure.",
        events: ["stall"],
      },
    ],
    factors: [
      {
        factor: "configuration-drift",
        explanation: "Replica recovery config held a fixed IP instead of the Patroni endpoint.",
        events: ["stall"],
      },
      {
        factor: "monitoring-gap",
        explanation:
          "Lag was measured by the replicas themselves; a missing WAL receiver looked like zero lag.",
        events: ["stall", "tickets"],
      },
      {
        factor: "documentation-gap",
        explanation: "The failover runbook ended at promotion and did not cover replicas.",
        events: ["decide"],
      },
    ],
    actions: [
      {
        title: "Replicas follow the Patroni leader endpoint, never a fixed address",
        description: "Replica config is generated from the Patroni template; CI rejects fixed addresses.",
        type: "PREVENT",
        priority: "HIGH",
        ownerTeam: "platform",
        owner: "platformWriter",
        dueInDays: -48,
        status: "DONE",
        completedDaysAgo: 52,
        effectivenessCheckInDays: -5,
        trackerUrl: "https://tracker.example.com/browse/PLAT-2011",
        factors: ["configuration-drift"],
      },
      {
        title: "Alert on a missing WAL receiver, not only on the lag value",
        description: "",
        type: "DETECT",
        priority: "HIGH",
        ownerTeam: "platform",
        owner: "platformWriter",
        dueInDays: -45,
        status: "DONE",
        completedDaysAgo: 50,
        trackerUrl: "https://tracker.example.com/browse/PLAT-2012",
        factors: ["monitoring-gap"],
      },
      {
        title: "Inventory reservations read stock from the primary",
        description: "Stock checks that lead to a sale must not read from a replica.",
        type: "MITIGATE",
        priority: "MEDIUM",
        ownerTeam: "payments",
        owner: "paymentsWriter",
        dueInDays: -9,
        status: "IN_PROGRESS",
        trackerUrl: "https://tracker.example.com/browse/PAY-851",
        factors: ["configuration-drift"],
      },
      {
        title: "Quarterly failover game day, including replicas and read paths",
        description: "The runbook is extended past promotion and exercised each quarter.",
        type: "PROCESS",
        priority: "MEDIUM",
        ownerTeam: "platform",
        owner: "platformManager",
        dueInDays: -16,
        status: "OPEN",
        trackerUrl: "https://tracker.example.com/browse/PLAT-2013",
        factors: ["documentation-gap"],
      },
    ],
    comments: [
      {
        key: "c1",
        author: "platformReviewer",
        at: t.at("11:00", 3),
        anchor: "SECTION",
        section: "five-whys",
        body: "Chain 1 step 3: do we know why the 2022 migration built the replicas by hand? That may be the more useful lesson.",
        resolved: { at: t.at("16:00", 3), by: "platformReviewer" },
      },
      {
        key: "c1-reply",
        author: "platformWriter",
        at: t.at("13:40", 3),
        replyTo: "c1",
        body: "The Patroni template did not support the cross-zone layout at the time; it does now. Added to step 3.",
      },
    ],
    history: [
      { status: "IN_REVIEW", at: t.at("10:00", 3), by: "platformWriter", note: "Submitted for review" },
      { status: "APPROVED", at: t.at("16:05", 3), by: "platformReviewer", note: "Approved" },
    ],
    reviewers: [{ reviewer: "platformReviewer", by: "platformWriter", at: t.at("10:00", 3) }],
    decisions: [
      {
        reviewer: "platformReviewer",
        outcome: "APPROVE",
        note: "Clear chains and systemic actions.",
        at: t.at("16:05", 3),
        revision: 2,
      },
    ],
  };
}

function platformDnsDrift(now: Date): PostmortemSpec {
  const t = clock(now, 95);
  return {
    team: "platform",
    number: 1,
    title: "Internal DNS record reverted by the nightly Terraform apply, stalling invoice jobs",
    summary:
      "A DNS record changed in the console during a migration was not in Terraform. The nightly drift-correction apply reverted it to a decommissioned cluster, and invoice generation stalled for 3.5 hours.",
    severity: "SEV3",
    status: "PUBLISHED",
    timeZone: "America/New_York",
    templateKey: "google-sre",
    owner: "platformWriter",
    createdBy: "platformWriter",
    createdAt: t.at("16:00"),
    impact: {
      customersAffected: 2_300,
      impactDurationMinutes: 214,
      sloImpact: "Batch completion SLO (invoices by 08:00 local): missed for 2,300 accounts.",
      supportTickets: 12,
      impactNotes: "Invoices arrived about 4 hours late; no invoices were lost or duplicated.",
    },
    sections: {
      summary:
        "The nightly Terraform apply reverted `batch-scheduler.internal` to the decommissioned scheduler cluster. Invoice jobs could not reach the scheduler from 06:00 to 09:34 UTC.",
      impact: "2,300 business accounts received invoices about four hours late; 12 support tickets.",
      "root-causes":
        "- The record was edited in the console during the scheduler migration, so Terraform state and reality diverged.\n- The drift-correction job applies DNS changes without review.\n- Batch jobs retry silently; nothing alerted until the completion SLO was at risk.",
      trigger: "The scheduled 06:00 UTC `terraform apply` of the private DNS zone.",
      resolution:
        "The record was updated in Terraform and applied at 09:34; the invoice backlog completed by 11:10.",
      detection: "The batch completion SLO alert at 08:30 UTC, two and a half hours after the start.",
      "action-items": "See the action items list.",
      "lessons-learned":
        "**What went well:** the change in Terraform was small and quick to apply.\n\n**What went wrong:** two change paths (console and Terraform) for the same zone.\n\n**Where we got lucky:** it was invoice generation, not payment collection, that depended on this record.",
    },
    actors: [
      {
        key: "drift",
        kind: "AUTOMATION",
        name: "Terraform drift-correction job",
        role: "nightly infrastructure apply",
        permissionsGranted: ["route53:ChangeResourceRecordSets (all private zones)"],
        permissionsNeeded: ["route53:ChangeResourceRecordSets (all private zones)"],
        permissionsUsed: ["route53:ChangeResourceRecordSets"],
      },
      {
        key: "migrator",
        kind: "PERSON",
        name: "Migration engineer",
        role: "engineer running the scheduler migration",
      },
      {
        key: "oncall",
        kind: "PERSON",
        name: "On-call engineer",
        role: "on-call engineer, Platform",
        user: "platformWriter",
      },
      { key: "dns", kind: "EXTERNAL_SERVICE", name: "Managed DNS", role: "private DNS zone" },
    ],
    events: [
      {
        key: "console",
        at: t.at("20:15", -3),
        type: "ACTION",
        actor: "migrator",
        description:
          "During the scheduler migration, `batch-scheduler.internal` is pointed at the new cluster through the console, the documented path for the migration window.",
        blast: {
          resources: ["DNS record batch-scheduler.internal"],
          environment: "PRODUCTION",
          crossed: false,
          reversibility: "REVERSIBLE",
        },
      },
      {
        key: "apply",
        at: t.at("06:00"),
        type: "ACTION",
        actor: "drift",
        description:
          "The nightly apply sets the record back to the decommissioned cluster, as recorded in Terraform state.",
        milestone: "STARTED",
        pinned: true,
        blast: {
          resources: ["DNS record batch-scheduler.internal"],
          environment: "PRODUCTION",
          crossed: false,
          reversibility: "REVERSIBLE",
        },
      },
      {
        key: "retries",
        at: t.at("06:05"),
        type: "OTHER",
        description: "Invoice jobs cannot reach the scheduler and retry with backoff.",
      },
      {
        key: "alert",
        at: t.at("08:30"),
        type: "ALERT",
        description: "Batch completion SLO alert pages Platform on-call.",
        milestone: "DETECTED",
      },
      {
        key: "ack",
        at: t.at("08:41"),
        type: "ACTION",
        actor: "oncall",
        description: "On-call acknowledges.",
        milestone: "ACKNOWLEDGED",
      },
      {
        key: "fix",
        at: t.at("09:34"),
        type: "MITIGATION",
        actor: "oncall",
        description: "Record updated in Terraform and applied; jobs reconnect.",
        milestone: "MITIGATED",
        pinned: true,
      },
      {
        key: "done",
        at: t.at("11:10"),
        type: "RESOLUTION",
        description: "Invoice backlog complete.",
        milestone: "RESOLVED",
      },
    ],
    factors: [
      {
        factor: "configuration-drift",
        explanation: "The console edit left the running record different from Terraform state.",
        events: ["console", "apply"],
      },
      {
        factor: "change-management-gap",
        explanation: "The migration plan had a console step with no matching Terraform change.",
        events: ["console"],
      },
      {
        factor: "monitoring-gap",
        explanation: "Jobs retried silently for 2.5 hours before the SLO alert.",
        events: ["retries", "alert"],
      },
    ],
    actions: [
      {
        title: "Import every private-zone record into Terraform and deny console writes",
        description: "",
        type: "PREVENT",
        priority: "HIGH",
        ownerTeam: "platform",
        owner: "platformWriter",
        dueInDays: -80,
        status: "DONE",
        completedDaysAgo: 84,
        trackerUrl: "https://tracker.example.com/browse/PLAT-1920",
        factors: ["configuration-drift", "change-management-gap"],
      },
      {
        title: "Drift job posts a plan for review instead of applying DNS changes",
        description: "",
        type: "PREVENT",
        priority: "MEDIUM",
        ownerTeam: "platform",
        owner: "platformWriter",
        dueInDays: -70,
        status: "DONE",
        completedDaysAgo: 71,
        trackerUrl: "https://tracker.example.com/browse/PLAT-1921",
        factors: ["configuration-drift"],
      },
      {
        title: "Alert when batch jobs cannot reach the scheduler for 10 minutes",
        description: "",
        type: "DETECT",
        priority: "MEDIUM",
        ownerTeam: "platform",
        owner: "platformManager",
        dueInDays: -40,
        status: "OPEN",
        trackerUrl: "https://tracker.example.com/browse/PLAT-1922",
        factors: ["monitoring-gap"],
      },
    ],
    history: [
      { status: "IN_REVIEW", at: t.at("14:00", 2), by: "platformWriter", note: "Submitted for review" },
      { status: "APPROVED", at: t.at("10:00", 3), by: "platformReviewer", note: "Approved" },
      { status: "PUBLISHED", at: t.at("11:00", 3), by: "platformWriter", note: "Published" },
    ],
    reviewers: [{ reviewer: "platformReviewer", by: "platformWriter", at: t.at("14:00", 2) }],
    decisions: [
      { reviewer: "platformReviewer", outcome: "APPROVE", note: "", at: t.at("10:00", 3), revision: 2 },
    ],
  };
}

function platformCertificateExpiry(now: Date): PostmortemSpec {
  const t = clock(now, 12);
  return {
    team: "platform",
    number: 4,
    title: "Wildcard certificate for internal tools expired",
    summary:
      "The `*.tools.internal` certificate expired on a Sunday morning; internal dashboards showed certificate warnings for 25 minutes. No customer impact.",
    severity: "SEV4",
    status: "NOT_REQUIRED",
    timeZone: "Europe/Berlin",
    templateKey: "blank",
    owner: "platformWriter",
    createdBy: "platformWriter",
    createdAt: t.at("09:30"),
    impact: { impactDurationMinutes: 25, impactNotes: "Internal tools only; no customer impact." },
    sections: {
      notes: `Renewal by cert-manager had been erroring for 30 days after the DNS-01 challenge credential was rotated; the errors went to a log nobody watched. Renewed by hand with the new credential.

Marked *not required*: no customer impact, and the single systemic fix (alerting on certificates close to expiry) is tracked below.`,
    },
    actors: [
      { key: "certmanager", kind: "AUTOMATION", name: "cert-manager", role: "certificate renewal" },
      {
        key: "oncall",
        kind: "PERSON",
        name: "On-call engineer",
        role: "on-call engineer, Platform",
        user: "platformWriter",
      },
    ],
    events: [
      {
        key: "expire",
        at: t.at("07:00"),
        type: "OTHER",
        description: "`*.tools.internal` expires.",
        milestone: "STARTED",
      },
      {
        key: "report",
        at: t.at("07:09"),
        type: "DETECTION",
        description: "An engineer reports a certificate warning on the metrics dashboard.",
        milestone: "DETECTED",
      },
      {
        key: "ack",
        at: t.at("07:12"),
        type: "ACTION",
        actor: "oncall",
        description: "On-call acknowledges.",
        milestone: "ACKNOWLEDGED",
      },
      {
        key: "renew",
        at: t.at("07:25"),
        type: "MITIGATION",
        actor: "oncall",
        description: "Certificate renewed by hand with the rotated DNS credential.",
        milestone: "MITIGATED",
      },
      {
        key: "fixed",
        at: t.at("08:10"),
        type: "RESOLUTION",
        actor: "certmanager",
        description: "cert-manager configured with the new credential; automatic renewal succeeds.",
        milestone: "RESOLVED",
      },
    ],
    factors: [
      {
        factor: "monitoring-gap",
        explanation: "Renewal errors were logged for 30 days with no alert.",
        events: ["expire"],
      },
    ],
    actions: [
      {
        title: "Alert 14 days before any certificate expires",
        description: "Covers every certificate cert-manager manages and the external ones in the inventory.",
        type: "DETECT",
        priority: "MEDIUM",
        ownerTeam: "platform",
        owner: "platformWriter",
        dueInDays: -4,
        status: "DONE",
        completedDaysAgo: 6,
        trackerUrl: "https://tracker.example.com/browse/PLAT-2201",
        factors: ["monitoring-gap"],
      },
    ],
    history: [
      {
        status: "NOT_REQUIRED",
        at: t.at("10:00"),
        by: "platformManager",
        note: "No customer impact; a full review is not required",
      },
    ],
  };
}

function paymentsDuplicateWebhooks(now: Date): PostmortemSpec {
  const t = clock(now, 3);
  return {
    team: "payments",
    number: 2,
    title: "Duplicate refund webhooks after a retry-policy change",
    summary:
      "A shorter webhook timeout made slow merchant endpoints look failed; retries delivered `refund.succeeded` twice to 142 merchants.",
    severity: "SEV3",
    status: "DRAFT",
    timeZone: "Europe/London",
    templateKey: "google-sre",
    owner: "paymentsWriter",
    createdBy: "paymentsWriter",
    createdAt: t.at("16:30"),
    impact: { customersAffected: 142, impactDurationMinutes: 190, supportTickets: 37 },
    sections: {
      summary:
        "Webhook deliveries now time out after 3 s instead of 10 s. Merchants whose endpoints answer slowly received `refund.succeeded` twice; some credited their customers twice.",
      impact:
        "142 merchants received 2,905 duplicate refund webhooks between 09:40 and 12:50 UTC. 37 merchants contacted support. *Still collecting: how many merchants double-credited.*",
      trigger: "Deploy of the webhook dispatcher with the new timeout at 09:40 UTC.",
    },
    actors: [
      { key: "dispatcher", kind: "AUTOMATION", name: "Webhook dispatcher", role: "webhook delivery service" },
      {
        key: "oncall",
        kind: "PERSON",
        name: "On-call engineer",
        role: "on-call engineer, Payments",
        user: "paymentsWriter",
      },
      {
        key: "merchants",
        kind: "EXTERNAL_SERVICE",
        name: "Merchant webhook endpoints",
        role: "merchant systems",
      },
    ],
    events: [
      {
        key: "deploy",
        at: t.at("09:40"),
        type: "ACTION",
        actor: "dispatcher",
        description:
          "Dispatcher deployed with the 3 s delivery timeout; first duplicate deliveries follow within a minute.",
        milestone: "STARTED",
        blast: {
          resources: ["webhook-dispatcher (payments-prod)"],
          environment: "PRODUCTION",
          crossed: false,
          reversibility: "REVERSIBLE",
        },
      },
      {
        key: "ticket",
        at: t.at("11:55"),
        type: "DETECTION",
        description: "A merchant reports duplicate refund events through support.",
        milestone: "DETECTED",
      },
      {
        key: "ack",
        at: t.at("12:05"),
        type: "ACTION",
        actor: "oncall",
        description: "On-call acknowledges the escalation.",
        milestone: "ACKNOWLEDGED",
      },
      {
        key: "rollback",
        at: t.at("12:50"),
        type: "MITIGATION",
        actor: "oncall",
        description: "Timeout reverted to 10 s.",
        milestone: "MITIGATED",
      },
    ],
    factors: [
      {
        factor: "change-management-gap",
        explanation:
          "The timeout change shipped as a configuration tweak, without the idempotency review webhook changes get.",
        events: ["deploy"],
      },
      {
        factor: "testing-gap",
        explanation: "Integration tests use fast mock endpoints, so slow merchants were never simulated.",
        events: ["deploy"],
      },
    ],
    actions: [
      {
        title: "Send an idempotency key with every webhook and document it for merchants",
        description: "",
        type: "PREVENT",
        priority: "HIGH",
        ownerTeam: "payments",
        owner: "paymentsWriter",
        dueInDays: 14,
        status: "OPEN",
        factors: ["change-management-gap"],
      },
      {
        title: "Add slow-endpoint cases to the dispatcher integration tests",
        description: "",
        type: "PREVENT",
        priority: "MEDIUM",
        ownerTeam: "payments",
        dueInDays: 28,
        status: "OPEN",
        factors: ["testing-gap"],
      },
    ],
    history: [],
  };
}

// ------------------------------------------------------------------ loader

type Rows = {
  users: Prisma.UserCreateManyInput[];
  teams: Prisma.TeamCreateManyInput[];
  memberships: Prisma.MembershipCreateManyInput[];
  postmortems: Prisma.PostmortemCreateManyInput[];
  sections: Prisma.SectionCreateManyInput[];
  actors: Prisma.ActorCreateManyInput[];
  events: Prisma.TimelineEventCreateManyInput[];
  claims: Prisma.ClaimCreateManyInput[];
  guardrails: Prisma.GuardrailCreateManyInput[];
  guardrailEvents: Prisma.GuardrailEventCreateManyInput[];
  factors: Prisma.PostmortemFactorCreateManyInput[];
  factorEvents: Prisma.PostmortemFactorEventCreateManyInput[];
  actionItems: Prisma.ActionItemCreateManyInput[];
  actionItemFactors: Prisma.ActionItemFactorCreateManyInput[];
  comments: Prisma.CommentCreateManyInput[];
  replies: Prisma.CommentCreateManyInput[];
  revisions: Prisma.RevisionCreateManyInput[];
  reviewerAssignments: Prisma.ReviewerAssignmentCreateManyInput[];
  reviewDecisions: Prisma.ReviewDecisionCreateManyInput[];
  auditEvents: Prisma.AuditEventCreateManyInput[];
};

function lookup<T>(map: Map<string, T>, key: string, what: string): T {
  const value = map.get(key);
  if (value === undefined) throw new Error(`Demo seed: unknown ${what} "${key}"`);
  return value;
}

function addPostmortem(
  rows: Rows,
  spec: PostmortemSpec,
  ids: { users: Record<UserKey, string>; teams: Record<TeamKey, string>; factors: Map<string, string> },
  now: Date,
) {
  const template = getBuiltInTemplate(spec.templateKey);
  if (!template) throw new Error(`Demo seed: unknown template ${spec.templateKey}`);
  for (const key of Object.keys(spec.sections)) {
    if (!template.sections.some((s) => s.key === key))
      throw new Error(`Demo seed: section "${key}" is not in ${spec.templateKey}`);
  }
  if (!isInScale(defaultSeverityScale, spec.severity))
    throw new Error(
      `Demo seed: "${spec.title}" is ${spec.severity}, outside the default scale ${severityRange(defaultSeverityScale)}`,
    );
  const finalStatus = spec.history.at(-1)?.status ?? "DRAFT";
  if (finalStatus !== spec.status)
    throw new Error(`Demo seed: history of "${spec.title}" ends in ${finalStatus}, not ${spec.status}`);

  const postmortemId = newId();
  const teamId = ids.teams[spec.team];
  const user = (key: UserKey) => ids.users[key];

  // Milestones come from the events that mark them, so header and timeline agree.
  const milestones: Partial<Record<(typeof milestoneField)[Milestone], Date>> = {};
  for (const e of spec.events) {
    if (!e.milestone) continue;
    const field = milestoneField[e.milestone];
    if (milestones[field]) throw new Error(`Demo seed: two ${e.milestone} events in "${spec.title}"`);
    milestones[field] = e.at;
  }

  const publishedAt = spec.history.find((h) => h.status === "PUBLISHED")?.at ?? null;
  const updatedAt = spec.history.at(-1)?.at ?? spec.createdAt;
  const header = {
    title: spec.title,
    summary: spec.summary,
    severity: spec.severity,
    status: spec.status,
    visibility: spec.visibility ?? "TEAM",
    incidentTimeZone: spec.timeZone,
    startedAt: milestones.startedAt ?? null,
    detectedAt: milestones.detectedAt ?? null,
    acknowledgedAt: milestones.acknowledgedAt ?? null,
    mitigatedAt: milestones.mitigatedAt ?? null,
    resolvedAt: milestones.resolvedAt ?? null,
    customersAffected: spec.impact.customersAffected ?? null,
    usersAffected: spec.impact.usersAffected ?? null,
    impactDurationMinutes: spec.impact.impactDurationMinutes ?? null,
    revenueImpactMinor: spec.impact.revenueImpactMinor ?? null,
    impactCurrency: spec.impact.impactCurrency ?? null,
    sloImpact: spec.impact.sloImpact ?? null,
    supportTickets: spec.impact.supportTickets ?? null,
    impactNotes: spec.impact.impactNotes ?? "",
    templateKey: spec.templateKey,
  } satisfies Partial<Prisma.PostmortemCreateManyInput>;

  rows.postmortems.push({
    id: postmortemId,
    teamId,
    number: spec.number,
    ...header,
    ownerId: user(spec.owner),
    createdById: user(spec.createdBy),
    version: 1 + spec.history.length,
    createdAt: spec.createdAt,
    updatedAt,
    publishedAt,
  });

  const sectionRows = templateSectionRows(template.sections).map((row) => {
    const body = spec.sections[row.key] ?? "";
    return {
      ...row,
      id: newId(),
      postmortemId,
      body,
      version: body ? 2 : 1,
      updatedById: body ? user(spec.owner) : null,
      createdAt: spec.createdAt,
      updatedAt: body ? updatedAt : spec.createdAt,
    } satisfies Prisma.SectionCreateManyInput;
  });
  rows.sections.push(...sectionRows);

  const actorIds = new Map<string, string>();
  for (const a of spec.actors) {
    const id = newId();
    actorIds.set(a.key, id);
    rows.actors.push({
      id,
      postmortemId,
      kind: a.kind,
      name: a.name,
      role: a.role ?? "",
      userId: a.user ? user(a.user) : null,
      description: a.description ?? "",
      model: a.model ?? null,
      modelVersion: a.modelVersion ?? null,
      task: a.task ?? null,
      autonomy: a.autonomy ?? null,
      permissionsGranted: a.permissionsGranted ?? [],
      permissionsInherited: a.permissionsInherited ?? [],
      inheritedFrom: a.inheritedFrom ?? null,
      permissionsNeeded: a.permissionsNeeded ?? [],
      permissionsUsed: a.permissionsUsed ?? [],
      createdAt: spec.createdAt,
    });
  }

  const eventIds = new Map<string, string>();
  for (const e of spec.events) {
    const id = newId();
    eventIds.set(e.key, id);
    rows.events.push({
      id,
      postmortemId,
      occurredAt: e.at,
      endedAt: e.endedAt ?? null,
      type: e.type,
      description: e.description,
      actorId: e.actor ? lookup(actorIds, e.actor, "actor") : null,
      evidenceLinks: e.evidence ?? [],
      pinned: e.pinned ?? false,
      hidden: e.hidden ?? false,
      knownAtTheTime: e.known ?? "",
      milestone: e.milestone ?? null,
      isDecisionPoint: !!e.decision,
      decisionKnown: e.decision?.known ?? "",
      decisionBelieved: e.decision?.believed ?? "",
      decisionGoal: e.decision?.goal ?? "",
      decisionPressures: e.decision?.pressures ?? "",
      decisionOptions: e.decision?.options ?? "",
      decisionRationale: e.decision?.rationale ?? "",
      resourcesTouched: e.blast?.resources ?? [],
      environment: e.blast?.environment ?? null,
      crossedEnvironment: e.blast?.crossed ?? null,
      reversibility: e.blast?.reversibility ?? null,
      createdById: user(spec.owner),
      createdAt: spec.createdAt,
    });
  }
  const event = (key: string) => lookup(eventIds, key, "event");

  for (const c of spec.claims ?? []) {
    rows.claims.push({
      id: newId(),
      postmortemId,
      statement: c.statement,
      status: c.status,
      evidence: c.evidence,
      eventId: c.event ? event(c.event) : null,
      actorId: c.actor ? lookup(actorIds, c.actor, "actor") : null,
      createdAt: spec.createdAt,
    });
  }

  for (const g of spec.guardrails ?? []) {
    const id = newId();
    rows.guardrails.push({
      id,
      postmortemId,
      name: g.name,
      kind: g.kind,
      state: g.state,
      notes: g.notes,
      createdAt: spec.createdAt,
    });
    for (const e of new Set(g.events)) rows.guardrailEvents.push({ guardrailId: id, eventId: event(e) });
  }

  const factorIds = new Map<string, string>();
  for (const f of spec.factors) {
    const id = newId();
    factorIds.set(f.factor, id);
    rows.factors.push({
      id,
      postmortemId,
      factorId: lookup(ids.factors, f.factor, "contributing factor"),
      explanation: f.explanation,
      createdAt: spec.createdAt,
    });
    for (const e of new Set(f.events)) rows.factorEvents.push({ postmortemFactorId: id, eventId: event(e) });
  }

  for (const a of spec.actions) {
    const id = newId();
    rows.actionItems.push({
      id,
      postmortemId,
      title: a.title,
      description: a.description,
      type: a.type,
      priority: a.priority,
      ownerTeamId: ids.teams[a.ownerTeam],
      ownerUserId: a.owner ? user(a.owner) : null,
      dueDate: a.dueInDays === undefined ? null : daysFrom(now, a.dueInDays),
      status: a.status,
      wontDoReason: a.wontDoReason ?? null,
      trackerUrl: a.trackerUrl ?? null,
      completedAt:
        a.completedDaysAgo === undefined ? null : new Date(now.getTime() - a.completedDaysAgo * DAY),
      effectivenessCheckAt:
        a.effectivenessCheckInDays === undefined ? null : daysFrom(now, a.effectivenessCheckInDays),
      version: a.status === "OPEN" ? 1 : 2,
      createdAt: spec.createdAt,
    });
    for (const f of new Set(a.factors)) {
      rows.actionItemFactors.push({
        actionItemId: id,
        postmortemFactorId: lookup(factorIds, f, "factor on this postmortem"),
      });
    }
  }

  const commentIds = new Map<string, string>();
  for (const c of spec.comments ?? []) {
    const id = newId();
    commentIds.set(c.key, id);
    const row: Prisma.CommentCreateManyInput = {
      id,
      postmortemId,
      authorId: user(c.author),
      parentId: c.replyTo ? lookup(commentIds, c.replyTo, "comment") : null,
      anchor: c.anchor ?? "DOCUMENT",
      sectionKey: c.section ?? null,
      eventId: c.event ? event(c.event) : null,
      quote: c.quote ?? null,
      body: c.body,
      resolvedAt: c.resolved?.at ?? null,
      resolvedById: c.resolved ? user(c.resolved.by) : null,
      createdAt: c.at,
    };
    // Replies go in a second batch, after the threads they point at.
    (c.replyTo ? rows.replies : rows.comments).push(row);
  }

  // Revisions: the creation, then one per status change. Each snapshot is the
  // document as seeded (header and sections).
  const snapshot = toJson({
    ...header,
    sections: sectionRows.map((s) => ({ key: s.key, title: s.title, body: s.body })),
  });
  const revisionIds: string[] = [];
  const revisionSteps = [
    { reason: "CREATED" as const, at: spec.createdAt, by: spec.createdBy, note: "Created" },
    ...spec.history.map((h) => ({ reason: "STATUS_CHANGE" as const, at: h.at, by: h.by, note: h.note })),
  ];
  revisionSteps.forEach((step, index) => {
    const id = newId();
    revisionIds.push(id);
    rows.revisions.push({
      id,
      postmortemId,
      number: index + 1,
      authorId: user(step.by),
      reason: step.reason,
      note: step.note,
      snapshot,
      createdAt: step.at,
    });
  });

  for (const r of spec.reviewers ?? []) {
    rows.reviewerAssignments.push({
      id: newId(),
      postmortemId,
      reviewerId: user(r.reviewer),
      assignedById: user(r.by),
      createdAt: r.at,
    });
  }
  for (const d of spec.decisions ?? []) {
    const revisionId = revisionIds[d.revision - 1];
    if (!revisionId) throw new Error(`Demo seed: no revision ${d.revision} on "${spec.title}"`);
    rows.reviewDecisions.push({
      id: newId(),
      postmortemId,
      reviewerId: user(d.reviewer),
      outcome: d.outcome,
      note: d.note,
      revisionId,
      createdAt: d.at,
    });
  }

  rows.auditEvents.push({
    id: newId(),
    actorUserId: user(spec.createdBy),
    teamId,
    postmortemId,
    entityType: "Postmortem",
    entityId: postmortemId,
    action: "postmortem.created",
    after: toJson({
      id: postmortemId,
      number: spec.number,
      title: spec.title,
      severity: spec.severity,
      status: "DRAFT",
      templateKey: spec.templateKey,
    }),
    createdAt: spec.createdAt,
  });
  let previous: PostmortemStatus = "DRAFT";
  for (const h of spec.history) {
    rows.auditEvents.push({
      id: newId(),
      actorUserId: user(h.by),
      teamId,
      postmortemId,
      entityType: "Postmortem",
      entityId: postmortemId,
      action: "postmortem.status_changed",
      before: { status: previous },
      after: { status: h.status },
      createdAt: h.at,
    });
    previous = h.status;
  }
}

/**
 * Loads the demo teams, accounts and postmortems. The database must be
 * migrated (the contributing-factor taxonomy comes from the migrations) and
 * empty of users and teams.
 */
export async function seedDemo<
  Log extends Prisma.LogLevel = never,
  OmitConfig extends Prisma.PrismaClientOptions["omit"] = Prisma.PrismaClientOptions["omit"],
>(client: PrismaClient<Log, OmitConfig>): Promise<void> {
  // Accepts any client configuration (global omit, logging): the seed only
  // writes, so the read-side typing does not matter here.
  const prisma = client as unknown as PrismaClient;
  const now = new Date();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const seededAt = new Date(now.getTime() - 120 * DAY);

  const stories = [
    platformDnsDrift(now),
    platformDatabaseFailover(now),
    flagshipAgentDeletion(now),
    platformCertificateExpiry(now),
    paymentsPoolExhaustion(now),
    paymentsDuplicateWebhooks(now),
  ];

  const teamIds = { platform: newId(), payments: newId() } satisfies Record<TeamKey, string>;
  const userIds = Object.fromEntries(Object.keys(userSpecs).map((k) => [k, newId()])) as Record<
    UserKey,
    string
  >;

  const rows: Rows = {
    users: [],
    teams: [],
    memberships: [],
    postmortems: [],
    sections: [],
    actors: [],
    events: [],
    claims: [],
    guardrails: [],
    guardrailEvents: [],
    factors: [],
    factorEvents: [],
    actionItems: [],
    actionItemFactors: [],
    comments: [],
    replies: [],
    revisions: [],
    reviewerAssignments: [],
    reviewDecisions: [],
    auditEvents: [],
  };

  for (const [key, team] of Object.entries(teamSpecs) as [TeamKey, (typeof teamSpecs)[TeamKey]][]) {
    const numbers = stories.filter((s) => s.team === key).map((s) => s.number);
    rows.teams.push({
      id: teamIds[key],
      slug: team.slug,
      name: team.name,
      nextPostmortemNumber: Math.max(0, ...numbers) + 1,
      createdAt: seededAt,
    });
    rows.auditEvents.push({
      id: newId(),
      actorUserId: userIds.admin,
      teamId: teamIds[key],
      entityType: "Team",
      entityId: teamIds[key],
      action: "team.created",
      after: { id: teamIds[key], slug: team.slug, name: team.name },
      createdAt: seededAt,
    });
  }

  for (const [key, u] of Object.entries(userSpecs) as [UserKey, (typeof userSpecs)[UserKey]][]) {
    rows.users.push({
      id: userIds[key],
      email: u.email,
      name: u.name,
      passwordHash,
      isAdmin: u.isAdmin,
      createdAt: seededAt,
    });
    for (const [team, role] of Object.entries(u.roles) as [TeamKey, TeamRole][]) {
      rows.memberships.push({
        id: newId(),
        teamId: teamIds[team],
        userId: userIds[key],
        role,
        createdAt: seededAt,
      });
    }
  }

  await prisma.$transaction(
    async (tx) => {
      const factorRows = await tx.contributingFactor.findMany({ select: { id: true, key: true } });
      const factors = new Map(factorRows.map((f) => [f.key, f.id]));
      for (const story of stories)
        addPostmortem(rows, story, { users: userIds, teams: teamIds, factors }, now);

      // Parents before children.
      await tx.user.createMany({ data: rows.users });
      await tx.team.createMany({ data: rows.teams });
      await tx.membership.createMany({ data: rows.memberships });
      await tx.postmortem.createMany({ data: rows.postmortems });
      await tx.section.createMany({ data: rows.sections });
      await tx.actor.createMany({ data: rows.actors });
      await tx.timelineEvent.createMany({ data: rows.events });
      await tx.claim.createMany({ data: rows.claims });
      await tx.guardrail.createMany({ data: rows.guardrails });
      await tx.guardrailEvent.createMany({ data: rows.guardrailEvents });
      await tx.postmortemFactor.createMany({ data: rows.factors });
      await tx.postmortemFactorEvent.createMany({ data: rows.factorEvents });
      await tx.actionItem.createMany({ data: rows.actionItems });
      await tx.actionItemFactor.createMany({ data: rows.actionItemFactors });
      await tx.comment.createMany({ data: rows.comments });
      await tx.comment.createMany({ data: rows.replies });
      await tx.revision.createMany({ data: rows.revisions });
      await tx.reviewerAssignment.createMany({ data: rows.reviewerAssignments });
      await tx.reviewDecision.createMany({ data: rows.reviewDecisions });
      await tx.auditEvent.createMany({ data: rows.auditEvents });
    },
    { maxWait: 10_000, timeout: 60_000 },
  );
  await storeOpenFlagCounts(prisma);
}

/** The list filters on the stored count of open blameless-language flags. */
async function storeOpenFlagCounts<
  Log extends Prisma.LogLevel,
  OmitConfig extends Prisma.GlobalOmitConfig | undefined,
>(prisma: PrismaClient<Log, OmitConfig>) {
  const postmortems = await prisma.postmortem.findMany({
    select: {
      id: true,
      title: true,
      summary: true,
      impactNotes: true,
      sections: { select: { key: true, title: true, body: true }, orderBy: { position: "asc" } },
      flagDismissals: { select: { location: true, ruleId: true, phrase: true } },
      team: { select: { memberships: { select: { user: { select: { name: true } } } } } },
    },
  });
  for (const p of postmortems) {
    const dismissed = new Set(p.flagDismissals.map(dismissalKey));
    const flags = checkDocument(p, personNames(p.team.memberships.map((m) => m.user.name)));
    const open = flags.filter((f) => !dismissed.has(dismissalKey(f))).length;
    if (open > 0) await prisma.postmortem.update({ where: { id: p.id }, data: { openFlagCount: open } });
  }
}
