// Built-in postmortem templates: pure data, safe to import from server and
// client code alike. Teams can add their own (the Template model); these ship
// with Kintsugi. Section keys are stable identifiers (kebab-case, unique per
// template): documents, comments and exports refer to sections by key.

export type TemplateSection = {
  key: string;
  title: string;
  helpText: string;
  guidingQuestions: string[];
};

export type BuiltInTemplateKey = "amazon-coe" | "google-sre" | "pagerduty" | "blank";

export type BuiltInTemplate = {
  key: BuiltInTemplateKey;
  name: string;
  description: string;
  sections: TemplateSection[];
};

const amazonCoe: BuiltInTemplate = {
  key: "amazon-coe",
  name: "Amazon COE (Correction of Errors)",
  description:
    "Amazon's Correction of Errors: impact backed by data, a five-whys analysis with several chains, and corrective actions that each have an owner and a date.",
  sections: [
    {
      key: "summary",
      title: "Summary",
      helpText:
        "A short account of what happened, the impact and how it ended, readable by someone outside the team. Describe the system and the situation, not who did what wrong.",
      guidingQuestions: [
        "What happened, in two or three sentences a reader from another team would follow?",
        "What was the customer and business impact, and how long did it last?",
        "How was it mitigated, and what is changing so it does not recur?",
      ],
    },
    {
      key: "impact",
      title: "Impact",
      helpText:
        "Customer and business impact, with data: who was affected, for how long and how badly. Prefer numbers from dashboards and logs to estimates, and say where each number comes from.",
      guidingQuestions: [
        "How many customers, users or accounts were affected, and how do we know?",
        "Which requests, orders or data were lost, delayed or degraded?",
        "What was the business impact (revenue, SLO budget, support contacts)?",
      ],
    },
    {
      key: "timeline",
      title: "Timeline",
      helpText:
        "The key moments in order, with times in UTC and the incident's zone. The structured timeline is the source of truth; use this section for the narrative around it.",
      guidingQuestions: [
        "When did the problem start, and when was it detected, acknowledged, mitigated and resolved?",
        "Which people, automations and AI agents acted, and what did each of them see at the time?",
        "Where were the long gaps between moments, and what was happening during them?",
      ],
    },
    {
      key: "metrics",
      title: "Metrics",
      helpText:
        "Graphs of the metrics that tell the story, with the key moments marked. Link to the dashboards and say what each graph shows.",
      guidingQuestions: [
        "Which graph shows the impact most clearly, and where do the milestones fall on it?",
        "Which signal moved first, and did anything watch it?",
        "Is there a metric we wished we had during the incident?",
      ],
    },
    {
      key: "incident-questions",
      title: "Incident questions",
      helpText:
        "Questions about detection and response that every COE answers, so they can be compared across incidents.",
      guidingQuestions: [
        "How was the incident detected, and how could the time to detect be cut in half?",
        "How was it mitigated, and how could the time to mitigate be cut in half?",
        "Did an existing runbook, alarm or dashboard help, and what was missing from it?",
        "Which automated actors or AI agents acted during the incident, with what permissions, and were those permissions what their task needed?",
      ],
    },
    {
      key: "five-whys",
      title: "Five whys",
      helpText:
        "Ask why the system allowed each step, until you reach conditions the organisation can change. Incidents rarely have one cause: follow several chains where there are several causes.",
      guidingQuestions: [
        "Follow several chains where there are several causes: which chains does this incident have?",
        "At each step, why did the action make sense to the person or tool taking it at the time?",
        "Which guardrails existed, which worked, and which were bypassed, absent or only instructions?",
        "Does each chain end at something the system or organisation can change, rather than at a person?",
      ],
    },
    {
      key: "lessons-learned",
      title: "Lessons learned",
      helpText:
        "What this incident taught us about our systems, tools and ways of working, including what surprised us.",
      guidingQuestions: [
        "What did we believe about the system that turned out not to be true?",
        "Where did we get lucky?",
        "What would we tell another team running a similar system or agent?",
      ],
    },
    {
      key: "things-done-well",
      title: "Things done well",
      helpText: "What worked during detection, response and recovery, so it is kept and repeated on purpose.",
      guidingQuestions: [
        "Which alarms, tools, backups or practices worked as intended?",
        "Which decisions shortened the incident or limited its impact?",
        "What in the response would we want every team to copy?",
      ],
    },
    {
      key: "corrective-actions",
      title: "Corrective actions",
      helpText:
        "The changes that address the contributing factors, each with an owner and a date. Strong actions change the system (remove the hazard, add an enforced guardrail) rather than ask people to be more careful.",
      guidingQuestions: [
        "Which contributing factor does each action address, and is every significant factor covered?",
        "Does each action change the system, or does it rely on someone remembering?",
        "Who owns each action, by when, and how will we check that it worked?",
      ],
    },
    {
      key: "related-items",
      title: "Related items",
      helpText: "Links to related incidents, COEs, tickets, designs and documents.",
      guidingQuestions: [
        "Have similar incidents happened before, here or in another team?",
        "Which tickets, pull requests or design documents does a reader need?",
      ],
    },
  ],
};

const googleSre: BuiltInTemplate = {
  key: "google-sre",
  name: "Google SRE",
  description:
    "The postmortem format from Google's Site Reliability Engineering book: root causes and trigger, resolution and detection, typed action items and lessons learned.",
  sections: [
    {
      key: "summary",
      title: "Summary",
      helpText: "What happened and what it meant for users, in a few sentences.",
      guidingQuestions: [
        "What happened, and what did users experience?",
        "How long did it last, and how did it end?",
      ],
    },
    {
      key: "impact",
      title: "Impact",
      helpText:
        "Who and what was affected, for how long, with numbers: users, requests, revenue, error budget.",
      guidingQuestions: [
        "How many users or requests were affected, and how was that measured?",
        "How much of the SLO error budget did the incident consume?",
        "Was any data lost or corrupted?",
      ],
    },
    {
      key: "root-causes",
      title: "Root causes",
      helpText:
        "The conditions that made the incident possible. There is usually more than one: describe each, and how the system let them line up.",
      guidingQuestions: [
        "Which latent conditions made the system vulnerable before the trigger?",
        "Which guardrails were absent, bypassed or only written down as instructions?",
        "Why did the action that started the incident make sense to the person, automation or agent that took it?",
      ],
    },
    {
      key: "trigger",
      title: "Trigger",
      helpText: "The event or change that turned the latent conditions into an incident.",
      guidingQuestions: [
        "What change, load or event set the incident off?",
        "Was the trigger made by a person, an automation or an AI agent, and through which path and permissions?",
      ],
    },
    {
      key: "resolution",
      title: "Resolution",
      helpText: "How the impact was stopped and the service restored, and why those steps were chosen.",
      guidingQuestions: [
        "What mitigated the impact, and what finally resolved it?",
        "Which options were considered, and what made the chosen one reasonable at the time?",
        "Were any claims made by tools or agents during recovery checked before acting on them?",
      ],
    },
    {
      key: "detection",
      title: "Detection",
      helpText: "How the problem came to people's attention, and how long that took.",
      guidingQuestions: [
        "Which alert, customer report or person noticed first?",
        "How long after the start was it detected, and what would have shown it sooner?",
      ],
    },
    {
      key: "action-items",
      title: "Action items",
      helpText:
        "Typed follow-ups (mitigate, prevent, process), each with an owner and a tracker link. Prefer changes to the system over reminders to people.",
      guidingQuestions: [
        "Which actions prevent recurrence, which reduce impact next time, and which change the process?",
        "Is each action tracked, owned and linked to the factor it addresses?",
        "Does any action rely on people remembering rather than on the system enforcing it?",
      ],
    },
    {
      key: "lessons-learned",
      title: "Lessons learned",
      helpText: "What went well, what went wrong, and where we got lucky.",
      guidingQuestions: ["What went well?", "What went wrong?", "Where did we get lucky?"],
    },
    {
      key: "timeline",
      title: "Timeline",
      helpText:
        "A narrative of the incident with times. The structured timeline holds the events; add the context that connects them.",
      guidingQuestions: [
        "What happened at each key moment, and who or what acted?",
        "What did the responders know at each point, and what did they believe?",
      ],
    },
    {
      key: "supporting-information",
      title: "Supporting information",
      helpText: "Graphs, logs, chat transcripts and documents that back the analysis.",
      guidingQuestions: [
        "Which graphs or logs would a reviewer want to check?",
        "Where are the incident channel and the agent or automation logs kept?",
      ],
    },
  ],
};

const pagerDuty: BuiltInTemplate = {
  key: "pagerduty",
  name: "PagerDuty-style",
  description:
    "Based on PagerDuty's open postmortem template: contributing factors instead of one root cause, an impact table, responders, how we did, and messaging.",
  sections: [
    {
      key: "overview",
      title: "Overview",
      helpText: "A short paragraph: what happened, the impact, and the contributing factors at a glance.",
      guidingQuestions: [
        "What would a busy executive or another team need to know in one paragraph?",
        "What were the main contributing factors?",
      ],
    },
    {
      key: "what-happened",
      title: "What happened",
      helpText:
        "The story of the incident from the first signal to recovery, told from the point of view of the people and tools involved.",
      guidingQuestions: [
        "How did the incident unfold, and what did each responder see at the time?",
        "Which automations or AI agents took part, and what were they trying to do?",
        "Which decisions were made, with what information?",
      ],
    },
    {
      key: "contributing-factors",
      title: "Contributing factors",
      helpText:
        "The conditions that together made the incident possible. Tag them with the shared taxonomy so they can be counted across incidents.",
      guidingQuestions: [
        "Which conditions had to be true for this to happen?",
        "Which permissions, guardrails or environment boundaries were involved?",
        "Which factors have we seen in earlier incidents?",
      ],
    },
    {
      key: "resolution",
      title: "Resolution",
      helpText: "What was done to mitigate and resolve the incident.",
      guidingQuestions: [
        "What stopped the impact, and what restored full service?",
        "Was any step slowed down by missing access, tooling or knowledge?",
      ],
    },
    {
      key: "impact",
      title: "Impact",
      helpText:
        "The impact table: time spent in each severity, users and accounts affected, support requests raised.",
      guidingQuestions: [
        "How long did the incident spend at each severity?",
        "How many users and accounts were affected?",
        "How many support requests came in, and what did customers tell us?",
      ],
    },
    {
      key: "responders",
      title: "Responders",
      helpText:
        "Who took part, by role (incident commander, subject-matter experts, communications), and which automated actors were involved.",
      guidingQuestions: [
        "Who responded, in which roles?",
        "Were the right people reachable, and how quickly?",
        "Which automations or AI agents acted, and under whose permissions?",
      ],
    },
    {
      key: "timeline",
      title: "Timeline",
      helpText:
        "Time, event and a link to the data for each key moment. The structured timeline is the source of truth.",
      guidingQuestions: [
        "Is every key moment backed by a link to the data (graph, log, chat message)?",
        "Which moments changed the direction of the response?",
      ],
    },
    {
      key: "how-did-we-do",
      title: "How did we do?",
      helpText: "An honest look at the response: what went well, what did not, and where we got lucky.",
      guidingQuestions: ["What went well?", "What didn't go so well?", "Where did we get lucky?"],
    },
    {
      key: "action-items",
      title: "Action items",
      helpText:
        "Follow-ups with owners, due dates and tracker links, each linked to the contributing factors it addresses.",
      guidingQuestions: [
        "Does each action change the system, or does it depend on someone remembering?",
        "Which contributing factors are not yet addressed by any action?",
      ],
    },
    {
      key: "messaging",
      title: "Messaging",
      helpText: "The internal and external messages sent during and after the incident.",
      guidingQuestions: [
        "What did we tell customers, when, and through which channels?",
        "What did we tell the rest of the company?",
        "Does the external statement describe the system, rather than attribute the incident to someone's error?",
      ],
    },
  ],
};

const blank: BuiltInTemplate = {
  key: "blank",
  name: "Blank",
  description: "A single free-form section, for teams that want to start from nothing.",
  sections: [
    {
      key: "notes",
      title: "Notes",
      helpText: "Write freely. The timeline, factors and action items are still available beside the text.",
      guidingQuestions: [],
    },
  ],
};

export const builtInTemplates: readonly BuiltInTemplate[] = [amazonCoe, googleSre, pagerDuty, blank];

/** The keys as a tuple, for `z.enum(builtInTemplateKeys)`. */
export const builtInTemplateKeys = [
  "amazon-coe",
  "google-sre",
  "pagerduty",
  "blank",
] as const satisfies readonly BuiltInTemplateKey[];

export function isBuiltInTemplateKey(key: string): key is BuiltInTemplateKey {
  return (builtInTemplateKeys as readonly string[]).includes(key);
}

export function getBuiltInTemplate(key: string): BuiltInTemplate | undefined {
  return builtInTemplates.find((t) => t.key === key);
}

/**
 * A postmortem's sections as a template lays them out, in order: what creating
 * a postmortem copies from its template (the app, the demo seed and the e2e
 * factories add the rest of the row: who, when, a body).
 */
export function templateSectionRows(sections: readonly TemplateSection[]) {
  return sections.map((s, position) => ({
    position,
    key: s.key,
    title: s.title,
    helpText: s.helpText,
    guidingQuestions: s.guidingQuestions,
  }));
}
