import type { ActorRecord } from "@/lib/schemas/actors";
import { actorKindLabels, type ActorKind } from "@/lib/timeline/types";
import { conflictRows } from "./conflict-notice";

export type ActorFormValues = {
  kind: ActorKind;
  name: string;
  role: string;
  userId: string;
  description: string;
  model: string;
  modelVersion: string;
  task: string;
  autonomy: string;
  inheritedFrom: string;
  permissionsGranted: string[];
  permissionsInherited: string[];
  permissionsNeeded: string[];
  permissionsUsed: string[];
};

export const emptyActor: ActorFormValues = {
  kind: "PERSON",
  name: "",
  role: "",
  userId: "",
  description: "",
  model: "",
  modelVersion: "",
  task: "",
  autonomy: "",
  inheritedFrom: "",
  permissionsGranted: [],
  permissionsInherited: [],
  permissionsNeeded: [],
  permissionsUsed: [],
};

export function actorValues(a: ActorRecord): ActorFormValues {
  return {
    kind: a.kind,
    name: a.kind === "PERSON" ? "" : a.name,
    role: a.role,
    userId: a.userId ?? "",
    description: a.description,
    model: a.model ?? "",
    modelVersion: a.modelVersion ?? "",
    task: a.task ?? "",
    autonomy: a.autonomy ?? "",
    inheritedFrom: a.inheritedFrom ?? "",
    permissionsGranted: a.permissionsGranted,
    permissionsInherited: a.permissionsInherited,
    permissionsNeeded: a.permissionsNeeded,
    permissionsUsed: a.permissionsUsed,
  };
}

/** The conflict notice's rows: the fields where their actor differs from the form's. */
export function actorConflictRows(theirs: ActorFormValues, mine: ActorFormValues) {
  const list = (xs: string[]) => xs.join(", ");
  return conflictRows([
    { label: "Kind", theirs: actorKindLabels[theirs.kind], mine: actorKindLabels[mine.kind] },
    { label: "Name", theirs: theirs.name, mine: mine.name },
    { label: "Role", theirs: theirs.role, mine: mine.role },
    {
      label: "Model",
      theirs: `${theirs.model} ${theirs.modelVersion}`,
      mine: `${mine.model} ${mine.modelVersion}`,
    },
    { label: "Autonomy", theirs: theirs.autonomy, mine: mine.autonomy },
    { label: "Task", theirs: theirs.task, mine: mine.task },
    { label: "Description", theirs: theirs.description, mine: mine.description },
    { label: "Granted", theirs: list(theirs.permissionsGranted), mine: list(mine.permissionsGranted) },
    { label: "Inherited", theirs: list(theirs.permissionsInherited), mine: list(mine.permissionsInherited) },
    { label: "Inherited from", theirs: theirs.inheritedFrom, mine: mine.inheritedFrom },
    { label: "Needed", theirs: list(theirs.permissionsNeeded), mine: list(mine.permissionsNeeded) },
    { label: "Used", theirs: list(theirs.permissionsUsed), mine: list(mine.permissionsUsed) },
  ]);
}
