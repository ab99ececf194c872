import { Pill } from "@/components/ui/badges";
import { permissionGaps } from "@/lib/permissions";

export type LedgerActor = {
  id: string;
  kind: string;
  name: string;
  role: string;
  model: string | null;
  modelVersion: string | null;
  autonomy: string | null;
  permissionsGranted: string[];
  permissionsInherited: string[];
  inheritedFrom: string | null;
  permissionsNeeded: string[];
  permissionsUsed: string[];
};

const kindLabels: Record<string, string> = {
  PERSON: "Person",
  AUTOMATION: "Automation",
  AI_AGENT: "AI agent",
  EXTERNAL_SERVICE: "External service",
};
const autonomyLabels: Record<string, string> = {
  SUGGESTS: "suggests only",
  ACTS_WITH_APPROVAL: "acts with approval",
  ACTS_ALONE: "acts alone",
};

/** Actors with the permission gap Kintsugi computes for each. */
export function ActorLedger({ actors }: { actors: LedgerActor[] }) {
  return (
    <ul className="space-y-3 text-sm">
      {actors.map((a) => {
        const gaps = permissionGaps({
          granted: a.permissionsGranted,
          inherited: a.permissionsInherited,
          needed: a.permissionsNeeded,
          used: a.permissionsUsed,
        });
        return (
          <li key={a.id}>
            <p className="flex flex-wrap items-center gap-1">
              <span className="font-medium">{a.name}</span>
              <Pill tone={a.kind === "AI_AGENT" ? "sky" : "stone"}>{kindLabels[a.kind] ?? a.kind}</Pill>
            </p>
            <p className="text-xs text-stone-600">
              {[
                a.role,
                a.model && `${a.model}${a.modelVersion ? ` ${a.modelVersion}` : ""}`,
                a.autonomy && autonomyLabels[a.autonomy],
              ]
                .filter(Boolean)
                .join(" · ")}
            </p>
            {gaps.excess.length > 0 ? (
              <p className="mt-1 text-xs text-red-800">
                <span className="font-semibold">Held but not needed:</span> {gaps.excess.join(", ")}
                {a.inheritedFrom ? ` (inherited from ${a.inheritedFrom})` : ""}
              </p>
            ) : null}
            {gaps.usedNotNeeded.length > 0 ? (
              <p className="mt-1 text-xs text-red-800">
                <span className="font-semibold">Used but not needed:</span> {gaps.usedNotNeeded.join(", ")}
              </p>
            ) : null}
            {gaps.missing.length > 0 ? (
              <p className="mt-1 text-xs text-amber-800">
                <span className="font-semibold">Needed but missing:</span> {gaps.missing.join(", ")}
              </p>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
