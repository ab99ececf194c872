import "server-only";
import type { z } from "zod";
import { deleteSchema } from "@/lib/schemas/entity";
export type { EntityResult } from "@/lib/schemas/entity";
import type { Actor } from "./auth/actor";
import { defineAction } from "./action";

// The create, update and delete actions of a postmortem's versioned records
// (actors, guardrails, claims): the same pipeline, ids, revalidation and
// conflict for each; only the schemas and the data layer differ.

type Saved = { id: string; version: number };

type Entity<Input extends z.ZodType, Update extends z.ZodType, Theirs> = {
  /** "Actor": says which record was not found. */
  label: string;
  input: Input;
  /** `{ baseVersion, [wrapper]: input }` */
  update: Update;
  /** The update schema's wrapper key ("actor"), dropped from field-error paths. */
  wrapper: string;
  add: (actor: Actor, postmortemId: string, input: z.output<Input>, key: string) => Promise<Saved>;
  save: (actor: Actor, postmortemId: string, id: string, input: z.output<Update>) => Promise<Saved>;
  remove: (actor: Actor, postmortemId: string, id: string, baseVersion: number) => Promise<unknown>;
  /** The conflict error's record as it is now, when `error` is this entity's conflict. */
  theirs: (error: unknown) => { message: string; theirs: Theirs | null } | undefined;
};

export function entityActions<Input extends z.ZodType, Update extends z.ZodType, Theirs>(
  entity: Entity<Input, Update, Theirs>,
) {
  const revalidate = ({ ids }: { ids: { postmortemId: string } }) => ({
    layout: `/postmortems/${ids.postmortemId}`,
  });
  const notFound = `${entity.label} not found`;
  return {
    create: defineAction({
      ids: ["postmortemId"],
      notFound: "Postmortem not found",
      input: entity.input,
      idempotent: true,
      run: async ({ actor, ids, input, idempotencyKey }): Promise<Saved> => {
        // The input is parsed by `entity.input` (TypeScript cannot see through the generic).
        const created = await entity.add(actor, ids.postmortemId, input as z.output<Input>, idempotencyKey);
        return { id: created.id, version: created.version };
      },
      revalidate,
    }),
    update: defineAction({
      ids: ["postmortemId", "id"],
      notFound,
      input: entity.update,
      unwrap: entity.wrapper,
      run: async ({ actor, ids, input }): Promise<Saved> => {
        const saved = await entity.save(actor, ids.postmortemId, ids.id, input as z.output<Update>);
        return { id: saved.id, version: saved.version };
      },
      conflict: entity.theirs,
      revalidate,
    }),
    delete: defineAction({
      ids: ["postmortemId", "id"],
      notFound,
      input: deleteSchema,
      run: async ({ actor, ids, input }): Promise<Saved> => {
        await entity.remove(actor, ids.postmortemId, ids.id, input.baseVersion);
        return { id: ids.id, version: 0 };
      },
      conflict: entity.theirs,
      revalidate,
    }),
  };
}
