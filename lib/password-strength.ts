import "server-only";
// Refuses passwords that are among the most common or otherwise easy to guess
// (zxcvbn-ts: about 30,000 common passwords plus English words, names, keyboard
// patterns, dates, repeats and l33t variants, and the user's own details).
// Server-only and loaded on first use: the dictionaries are a few megabytes,
// never sent to the browser and not loaded until someone sets a password.
import type { ZxcvbnFactory } from "@zxcvbn-ts/core";

/**
 * zxcvbn's score 3 means "safely unguessable" (about 10^8 guesses or more):
 * out of reach of online guessing through the sign-in throttle, and slow to
 * crack offline against argon2id.
 */
export const MIN_PASSWORD_SCORE = 3;

let checker: Promise<ZxcvbnFactory> | undefined;

function loadChecker(): Promise<ZxcvbnFactory> {
  checker ??= Promise.all([
    import("@zxcvbn-ts/core"),
    import("@zxcvbn-ts/language-common"),
    import("@zxcvbn-ts/language-en"),
  ]).then(
    ([core, common, en]) =>
      new core.ZxcvbnFactory({
        dictionary: { ...common.dictionary, ...en.dictionary },
        graphs: common.adjacencyGraphs,
        translations: en.translations,
      }),
  );
  return checker;
}

/** The words a guesser would try first for this person: their email, name and the app's name. */
export function personalWords(person: { email?: string | undefined; name?: string | undefined }): string[] {
  const words = ["kintsugi", "postmortem"];
  const email = person.email?.trim().toLowerCase();
  if (email) words.push(email, ...email.split(/[@.+_-]+/));
  if (person.name) words.push(...person.name.toLowerCase().split(/\s+/));
  return [...new Set(words.filter((w) => w.length >= 3))];
}

/**
 * Why a password is too easy to guess, in a sentence or three for the form,
 * or null when it is fine.
 */
export async function weakPasswordReason(password: string, userWords: string[]): Promise<string | null> {
  const zxcvbn = await loadChecker();
  const result = zxcvbn.check(password, userWords);
  if (result.score >= MIN_PASSWORD_SCORE) return null;
  const why = result.feedback.warning ?? "It would be among the first guesses of anyone trying passwords.";
  const how = result.feedback.suggestions.length
    ? result.feedback.suggestions.join(" ")
    : "Add more words that are less common.";
  return `This password is too easy to guess. ${why} ${how}`;
}
