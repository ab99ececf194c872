"use client";
import type { HeaderValues } from "@/lib/schemas/editing";
import type { saveHeaderAction } from "@/server/postmortems/editing/actions";
import { HeaderFields } from "./header-fields";
import { LocalDraftOffer } from "./local-draft-offer";
import { SaveStatus } from "./save-status";
import { useHeaderSave } from "./use-header-save";

export function HeaderForm({
  postmortemId,
  initial,
  version,
  owners,
  severities,
  save: saveAction,
}: {
  postmortemId: string;
  initial: HeaderValues;
  version: number;
  owners: { id: string; name: string }[];
  /** The organisation's scale (lib/severity.ts severityOptions), with the stored level if it is off the scale. */
  severities: { value: string; label: string }[];
  save: typeof saveHeaderAction;
}) {
  const header = useHeaderSave({ postmortemId, initial, version, saveAction });
  const { offer } = header;

  return (
    <section
      aria-labelledby="pm-header-heading"
      className="space-y-4 rounded-lg border border-stone-200 bg-white p-4 sm:p-5"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="pm-header-heading" className="text-lg font-semibold">
          Overview
        </h2>
        <SaveStatus id="pm-header-status" autosave={header.autosave} />
      </div>

      {offer ? (
        <LocalDraftOffer
          label="Unsaved overview changes found"
          message="This browser kept overview changes that were not saved."
          restoreLabel="Restore unsaved changes from"
          at={offer.at}
          onRestore={() => header.restoreOffer(offer)}
          onDiscard={header.discardOffer}
        />
      ) : null}

      <HeaderFields header={header} owners={owners} severities={severities} />
    </section>
  );
}
