// Maps the words people use in spreadsheets to the timeline's event types.
import { eventTypes, type EventType } from "@/lib/timeline/types";

const synonyms: Record<EventType, string[]> = {
  DETECTION: ["detection", "detect", "detected", "noticed", "discovered", "discovery", "found", "observed"],
  ALERT: ["alert", "alerts", "alarm", "page", "paged", "pager", "alerting", "monitor", "monitoring"],
  ACTION: [
    "action",
    "act",
    "change",
    "deploy",
    "deployment",
    "command",
    "task",
    "operation",
    "step",
    "toolcall",
    "tool",
  ],
  DECISION: ["decision", "decide", "decided", "choice", "call"],
  COMMUNICATION: [
    "communication",
    "comms",
    "comm",
    "message",
    "chat",
    "slack",
    "email",
    "announcement",
    "statusupdate",
    "update",
    "note",
  ],
  ESCALATION: ["escalation", "escalate", "escalated", "handoff", "handover"],
  MITIGATION: [
    "mitigation",
    "mitigate",
    "mitigated",
    "workaround",
    "rollback",
    "revert",
    "reverted",
    "failover",
  ],
  RESOLUTION: ["resolution", "resolve", "resolved", "fix", "fixed", "recovery", "recovered", "closed"],
  OTHER: ["other", "misc", "miscellaneous", "none"],
};

const lookup = new Map<string, EventType>();
for (const type of eventTypes) for (const word of synonyms[type]) lookup.set(word, type);

/** The event type for a cell; unknown words become OTHER with a warning. */
export function mapEventType(value: string | undefined): { type: EventType; warning?: string } {
  const raw = (value ?? "").trim();
  if (!raw) return { type: "OTHER" };
  const key = raw.toLowerCase().replace(/[^a-z]/g, "");
  const type = lookup.get(key);
  if (type) return { type };
  return {
    type: "OTHER",
    warning: `Type “${raw.slice(0, 40)}” is not one Kintsugi knows; imported as Other.`,
  };
}
