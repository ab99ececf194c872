/*
 * The blameless-language checker. Pure and dependency-free: safe in the editor (on every
 * keystroke), in server code and in tests. See rules.ts for the rules and the decisions behind them.
 *
 * How it works: the text is masked (code and URLs blanked, apostrophes normalised, offsets kept),
 * then each rule runs a precompiled trigger regex over it. Triggers are distinctive words ("failed
 * to", "should have", "fault", "mistake"), and the more expensive grammar checks (is the subject a
 * person? is the next word a participle?) run only around a trigger, on short slices or with sticky
 * regexes at a known offset. Regexes that depend on options.names are compiled once per distinct
 * list of names and cached.
 */

import { maskForMatching } from "./mask";
import {
  ADVERB,
  ATTEMPT_VERB,
  B,
  E,
  FIRST_PERSON,
  METRIC_NOUN,
  NAME_FAILURE_VERB,
  NOT_HEAD,
  PARTICIPLE,
  PREVENTION_VERB,
  PRONOUN_SUBJECT,
  ROLE,
  ROLE_MODIFIER,
  WORD,
  blamelessRules,
  escapeRegExp,
  type BlamelessFlag,
  type BlamelessRuleId,
} from "./rules";

export type { BlamelessFlag } from "./rules";

export type CheckOptions = {
  /** Names of the people involved (participants, responders); matched as whole words. */
  names?: string[];
};

type Hit = { ruleId: BlamelessRuleId; start: number; end: number };

/* ------------------------------------------------------------------------------------------------
 * Static regexes (compiled once, at module load). No "u" flag: see rules.ts.
 * ---------------------------------------------------------------------------------------------- */

/** Global: scan a whole text. */
const g = (source: string) => new RegExp(source, "gi");
/** Plain: test a short slice. */
const once = (source: string) => new RegExp(source, "i");
/** Sticky: match exactly at lastIndex. */
const sticky = (source: string) => new RegExp(source, "iy");

const ROLE_G = `(?:${ROLE})`;
/** Adverbs between a modal and its verb ("should have just checked", "could have easily caught"). */
const ADVERB_AFTER =
  "(?:just|simply|merely|really|actually|at\\s+least|also|first|immediately|properly|already|" +
  "probably|definitely|clearly|obviously|then|easily|reasonably|quickly|sooner|earlier|still)";
/** A noun phrase that stops at punctuation, for if-clauses: up to 60 characters, lazily. */
const clauseNP = (max: number) => `([^.,;:!?\\n]{1,${max}}?)`;
const POSSESSIVE_PRONOUN = "(?:my|his|her|their|our|your|whose)";
const ROLE_ERROR =
  "(?:(?:end[\\s-])?(?:user|customer)|operator|pilot|engineer|engineering|developer|admin|administrator|" +
  "sysadmin|programmer|dba|personnel|staff|responder|on-?call)";

const RE = {
  humanError: g(`${B}human[\\s-]+(?:errors?|mistakes?|failures?|failings?)${E}`),
  /** Every "error"/"errors"; role-error looks backwards from here. */
  error: g(`${B}errors?${E}`),
  roleBeforeError: once(`${B}${ROLE_ERROR}[\\s-]+$`),
  metricAfter: sticky(`\\s*-?\\s*${METRIC_NOUN}`),
  /** "Human error" or "user error" preceded by a rejection of the frame ("not", "rather than"). */
  frameRejected: once(
    `(?:${B}(?:not|no|never|rather\\s+than|instead\\s+of|avoid|avoiding|without|beyond)|n't)` +
      `(?:\\s+[\\w']+){0,4}?\\s*["'“(]?\\s*$`,
  ),

  shouldHave: g(
    `${B}(?:should(?:n't|\\s+not)?(?:\\s+${ADVERB_AFTER})?\\s+have|should(?:n't)?'ve)${E}` +
      `(?:\\s+${ADVERB_AFTER})*\\s+(?:not\\s+)?(${PARTICIPLE})`,
  ),
  /** After "should have been": a participle makes it passive ("we should have been paged"). */
  passiveAfterBeen: sticky(`\\s+(?:${PARTICIPLE}|able${E})`),

  couldHave: g(
    `${B}(?:could|would|might)(?:(?:\\s+${ADVERB_AFTER})?\\s+have|'ve)${E}(?:\\s+${ADVERB_AFTER})*\\s+${PREVENTION_VERB}`,
  ),
  /** An if-clause or "with better …" in the sentence that carries a could/would counterfactual. */
  ifClause: g(`${B}if\\s+(?:only\\s+)?${clauseNP(60)}(?:\\s+(?:had|hadn't|were|was|did|didn't)|'d)${E}`),
  withBetter: g(
    `${B}(?:(?:with|given)\\s+(?:better|more|proper|improved|stronger|earlier|the\\s+right)|had\\s+there\\s+been)\\s`,
  ),

  failedTo: g(
    `${B}(?:failed\\s+to|neglected\\s+to|forgot(?:\\s+to)?|ignored|overlooked|(?:chose|decided)\\s+to\\s+ignore|` +
      `(?:didn't|did\\s+not|never)\\s+(?:bother\\s+to\\s+)?(?:${ADVERB_AFTER}\\s+)?follow(?:ed)?|` +
      `(?:didn't|did\\s+not)\\s+bother)${E}`,
  ),
  attemptAfter: sticky(`(?:\\s+${ADVERB_AFTER})*\\s+${ATTEMPT_VERB}`),
  passiveBy: g(`${B}(?:ignored|missed|overlooked|dismissed|skipped)\\s+by\\s+`),

  careless: g(
    `${B}(?:careless(?:ly|ness)?|negligen(?:t|tly|ce)|sloppy(?!\\s+quorums?${E})|sloppily|sloppiness|` +
      `reckless(?:ly|ness)?|laziness|incompeten(?:t|tly|ce|cy)|irresponsib(?:le|ly|ility)|stupid(?:ly|ity)?|` +
      `idiot(?:s|ic)?|foolish(?:ly|ness)?|unprofessional(?:ly|ism)?|inattentive(?:ness)?|inattention|boneheaded)${E}` +
      `|${B}lazy${E}(?!\\s*-?\\s*(?:load(?:ing|ed|s)?|eval(?:uation)?|init(?:iali[sz]ation|iali[sz]ed)?|` +
      `import(?:s|ed|ing)?|iterat(?:or|ors|ion)|sequences?|val|propert(?:y|ies)|mode|bindings?|lists?|` +
      `streams?|singletons?|instantiation|compilation|fetch(?:ing)?|hydration|rendering)${E})`,
  ),

  /** Every fault/blame word; fault-blame dispatches from here. */
  faultBlame: g(`${B}(?:fault|blame|blamed|blaming)${E}`),
  ofAfter: sticky(`\\s+of\\s+`),
  onAfter: sticky(`\\s+on${E}`),
  faultNotBlame: sticky(
    "\\s*-?\\s*(?:toleran(?:t|ce|ces)|domains?|injection|isolation|lines?|zones?|codes?|handlers?|" +
      `handling|detection|models?|trees?|analysis|conditions?|states?)${E}`,
  ),
  pronounPossessorBefore: once(`${B}${POSSESSIVE_PRONOUN}\\s+(?:own\\s+)?$`),
  beToBefore: once(
    `(?:${B}(?:is|are|was|were|am|be|been|being)|'s|'re|'m)\\s+` +
      `(?:(?:partly|partially|largely|mainly|solely|entirely|fully|also|ultimately|really|clearly|primarily)\\s+)?` +
      `(to|at)\\s+$`,
  ),
  blameNegated: once(
    `(?:${B}(?:not|never|no|without|avoid|avoiding|stop|stopped|nobody|one)|n't)(?:\\s+[a-z]+)?\\s+(?:the\\s+)?$|${B}git\\s+$`,
  ),

  ifOnly: g(`${B}if\\s+only${E}`),
  ifOnlyCounterfactual: once(`${B}(?:had|hadn't|were|would|could|knew|did|didn't)${E}|'d${E}`),
  ifOnlySubject: once(
    `^\\s*([^,;:]{1,40}?)(?:\\s+(?:had|hadn't|were|would|could|knew|did|didn't)${E}|'d${E})`,
  ),
  ifHad: g(`${B}if\\s+(?:only\\s+)?${clauseNP(60)}(?:\\s+(?:had|hadn't)|'d)${E}`),
  hadInverted: g(
    `${B}had(?:n't)?\\s+(?:not\\s+)?${clauseNP(50)}\\s+(?:not\\s+)?(?:only\\s+|just\\s+)?${PARTICIPLE}`,
  ),
  clauseStart: once(`(?:[.!?;:,(\\[—–\\n"“#*>-]|${B}(?:and|but|or|yet|so|then))\\s*$`),

  /** Every "mistake"/"mistakes"; person-mistake dispatches from here. */
  mistake: g(`${B}mistakes?${E}`),
  byAfter: sticky(`\\s+(?:(?:was|were)\\s+)?(?:made\\s+)?by\\s+`),
  madeBefore: once(
    `${B}made\\s+(?:(?:a|an|one|another|several|some|two|three|a\\s+few|many|the\\s+same|a\\s+couple\\s+of)\\s+)?` +
      `(?:${WORD}\\s+)?$`,
  ),
  madeError: g(
    `${B}made\\s+(?:(?:a|an|one|another|several|some|two|three|a\\s+few|many|the\\s+same|a\\s+couple\\s+of)\\s+)?` +
      `(?:${WORD}\\s+)?errors?${E}`,
  ),

  justNeeded: g(`${B}(?:just|simply|merely)\\s+(?:needed|had|needs|has|need|have)\\s+to${E}`),
  shouldJust: g(
    `${B}(?:should|could)(?:'ve|\\s+have)\\s+(?:just|simply|merely)${E}|${B}(?:should|could)\\s+(?:just|simply|merely)\\s+have${E}`,
  ),
  allHadToDo: g(
    `${B}all\\s+${clauseNP(40)}\\s+(?:had|needed|needs|has|have|need)\\s+to\\s+do\\s+(?:was|is)${E}`,
  ),

  beCareful: g(
    `${B}(?:(?:be|been|being)\\s+(?:much\\s+|a\\s+lot\\s+|a\\s+bit\\s+|extra\\s+|even\\s+)?more\\s+` +
      `(?:careful|vigilant|attentive|diligent)|be\\s+extra\\s+(?:careful|vigilant)|` +
      `(?:pay|pays|paying)\\s+(?:more|closer|better|extra)\\s+attention|take\\s+(?:more|extra|greater)\\s+care)${E}`,
  ),
};

/* ------------------------------------------------------------------------------------------------
 * Name-dependent regexes, compiled per distinct names list.
 * ---------------------------------------------------------------------------------------------- */

type Compiled = {
  /** A person subject (plus adverbs/auxiliaries) at the very end of a slice. */
  subjectAtEnd: RegExp;
  /** The whole string is a person noun phrase ("the on-call engineer", "someone on the team"). */
  personNP: RegExp;
  /** Sticky: a person noun phrase in object position ("the engineer", "him", "Alice"). */
  personObject: RegExp;
  /** A role, name or someone + 's at the end of a slice ("the operator's ", "Alice's own "). */
  possessorBefore: RegExp;
  /** "<name> broke …", "<name>'s change caused …"; null without names. */
  nameFailure: RegExp | null;
};

const APOSTROPHES = /[\u2019\u2018\u02BC\u2032]/g;

function normaliseNames(names: readonly string[] | undefined): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of names ?? []) {
    const name = raw.replace(APOSTROPHES, "'").replace(/\s+/g, " ").trim();
    if (name.length < 2 || !/\p{L}/u.test(name)) continue;
    const key = name.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(name);
  }
  // Longest first, so "Alice Chen" wins over "Alice".
  return out.sort((a, b) => b.length - a.length);
}

function compile(names: string[]): Compiled {
  const NAMES = names.length
    ? `(?:${names.map((n) => escapeRegExp(n).replace(/ /g, "\\s+")).join("|")})${E}`
    : "(?!)";
  const PERSON_HEAD = `(?:${PRONOUN_SUBJECT}|${ROLE_G}|${NAMES})`;
  const DETERMINER =
    "(?:the|a|an|our|their|his|her|my|your|that|this|any|every|one\\s+of\\s+(?:the|our|their))";
  const MODIFIER = `(?:(?!(?:the|a|an|that|this|which|who|whose)${E})${WORD}\\s+)`;
  return {
    subjectAtEnd: once(
      `${B}(${PRONOUN_SUBJECT}|(?:${ROLE_MODIFIER}\\s+)?${ROLE_G}|${NAMES})(?:'d|'ve)?` +
        `(?:\\s+(?:${ADVERB})${E}|\\s*,\\s*(?:${ADVERB})\\s*,)*\\s*$`,
    ),
    personNP: once(
      `^(?:${DETERMINER}\\s+)?${MODIFIER}{0,2}${PERSON_HEAD}${E}` +
        `(?:\\s+(?:on[\\s-]call|on\\s+duty|on\\s+(?:the|our|their)\\s+(?:team|rotation|call)))?` +
        `(?:\\s+(?:${ADVERB}))*$`,
    ),
    personObject: sticky(
      `(?:(?:${DETERMINER}\\s+)?${MODIFIER}{0,2}(?:${ROLE_G}|${NAMES})${E}(?!${NOT_HEAD})(?!')` +
        `|(?:him|her|them|us|me|you|someone|somebody|whoever)${E})`,
    ),
    possessorBefore: once(
      `${B}(?:${ROLE_G}|${NAMES}|someone|somebody|everyone|everybody)(?:'s|')\\s+(?:own\\s+)?$`,
    ),
    nameFailure: names.length
      ? g(`${B}${NAMES}(?:(?:'s|')(?:\\s+${WORD}){1,2})?(?:\\s+(?:${ADVERB})${E})*\\s+${NAME_FAILURE_VERB}`)
      : null,
  };
}

const CACHE_LIMIT = 16;
const cache = new Map<string, Compiled>();
const defaultCompiled = compile([]);

function compiledFor(names: string[]): Compiled {
  if (names.length === 0) return defaultCompiled;
  const key = names.join("\n").toLowerCase();
  const hit = cache.get(key);
  if (hit) return hit;
  const compiled = compile(names);
  if (cache.size >= CACHE_LIMIT) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  cache.set(key, compiled);
  return compiled;
}

/* ------------------------------------------------------------------------------------------------
 * Grammar helpers around a trigger.
 * ---------------------------------------------------------------------------------------------- */

/** How far back a subject (with its adverbs) may start. */
const LOOKBEHIND = 80;

const WHITESPACE = /\s/;
const USER_ROLE_BEFORE = /(?:user|customer)[\s-]+$/i;
const FAILED = /^failed/i;

/** The slice of `text` ending at `index`, starting at a word boundary at most `length` back. */
function sliceBefore(text: string, index: number, length: number): { from: number; slice: string } {
  let from = Math.max(0, index - length);
  // Start at a word boundary so a cut word cannot pass for a subject.
  while (from > 0 && from < index && !WHITESPACE.test(text[from - 1] ?? "")) from++;
  return { from, slice: text.slice(from, index) };
}

/** The person subject ending just before `index`, or null. */
function personBefore(c: Compiled, text: string, index: number): { start: number; subject: string } | null {
  const { from, slice } = sliceBefore(text, index, LOOKBEHIND);
  const m = c.subjectAtEnd.exec(slice);
  if (!m) return null;
  return { start: from + m.index, subject: (m[1] ?? "").replace(/\s+/g, " ") };
}

/** Start offset of `re` matched against the slice ending at `index`, or -1. */
function startBefore(re: RegExp, text: string, index: number, length = 40): number {
  const { from, slice } = sliceBefore(text, index, length);
  const m = re.exec(slice);
  return m ? from + m.index : -1;
}

/** End offset of sticky `re` matched exactly at `index`, or -1. */
function endAt(re: RegExp, text: string, index: number): number {
  re.lastIndex = index;
  const m = re.exec(text);
  return m ? index + m[0].length : -1;
}

function isFirstPerson(subject: string): boolean {
  return FIRST_PERSON.test(subject.trim());
}

/** How far a sentence may extend on either side of a trigger (bounds the work on run-on text). */
const SENTENCE_REACH = 400;
const SENTENCE_END = /[.!?\n]/g;

type Sentence = { start: number; end: number; question: boolean };

/** Sentence boundaries of a text, computed once per check and searched by bisection. */
class Sentences {
  private ends: number[] | null = null;
  constructor(private readonly text: string) {}

  /** The sentence around `index`: bounded by . ! ? or a line break, at most SENTENCE_REACH away. */
  around(index: number): Sentence {
    const ends = (this.ends ??= this.scan());
    // First boundary at or after index.
    let lo = 0;
    let hi = ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((ends[mid] ?? Infinity) < index) lo = mid + 1;
      else hi = mid;
    }
    const next = ends[lo] ?? this.text.length;
    const previous = lo > 0 ? (ends[lo - 1] ?? -1) : -1;
    const end = Math.min(next, index + SENTENCE_REACH, this.text.length);
    const start = Math.max(previous + 1, index - SENTENCE_REACH, 0);
    return { start, end, question: this.text[end] === "?" };
  }

  private scan(): number[] {
    const ends: number[] = [];
    SENTENCE_END.lastIndex = 0;
    for (let m = SENTENCE_END.exec(this.text); m; m = SENTENCE_END.exec(this.text)) ends.push(m.index);
    return ends;
  }
}

/** Whether the sorted `offsets` contain a value in [start, end). */
function anyWithin(offsets: number[], start: number, end: number): boolean {
  let lo = 0;
  let hi = offsets.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((offsets[mid] ?? Infinity) < start) lo = mid + 1;
    else hi = mid;
  }
  return (offsets[lo] ?? Infinity) < end;
}

function atClauseStart(text: string, index: number): boolean {
  const from = Math.max(0, index - 12);
  const before = text.slice(from, index);
  if (from === 0 && before.trim() === "") return true;
  return RE.clauseStart.test(before);
}

/** All matches of a global regex, from the start of `text`. */
function matches(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/* ------------------------------------------------------------------------------------------------
 * Rules.
 * ---------------------------------------------------------------------------------------------- */

type Ctx = { text: string; c: Compiled; hits: Hit[]; sentences: Sentences };
type Finder = (ctx: Ctx) => void;

function frameRejected(text: string, index: number): boolean {
  return RE.frameRejected.test(text.slice(Math.max(0, index - 50), index));
}

const finders: Record<BlamelessRuleId, Finder> = {
  "human-error": ({ text, hits }) => {
    for (const m of matches(RE.humanError, text)) {
      const end = m.index + m[0].length;
      if (endAt(RE.metricAfter, text, end) >= 0 || frameRejected(text, m.index)) continue;
      hits.push({ ruleId: "human-error", start: m.index, end });
    }
  },

  "role-error": ({ text, hits }) => {
    for (const m of matches(RE.error, text)) {
      const start = startBefore(RE.roleBeforeError, text, m.index, 24);
      if (start < 0) continue;
      const end = m.index + m[0].length;
      const plural = m[0].length > 5;
      // "user errors" / "customer errors" count errors users saw; other roles' errors are verdicts.
      if (plural && USER_ROLE_BEFORE.test(text.slice(start, m.index))) continue;
      if (endAt(RE.metricAfter, text, end) >= 0 || frameRejected(text, start)) continue;
      hits.push({ ruleId: "role-error", start, end });
    }
  },

  "named-person-failure": ({ text, c, hits }) => {
    if (!c.nameFailure) return;
    for (const m of matches(c.nameFailure, text)) {
      hits.push({ ruleId: "named-person-failure", start: m.index, end: m.index + m[0].length });
    }
  },

  "person-mistake": ({ text, c, hits }) => {
    for (const m of matches(RE.mistake, text)) {
      const end = m.index + m[0].length;
      // "mistake (made) by the operator"
      const by = endAt(RE.byAfter, text, end);
      const object = by >= 0 ? endAt(c.personObject, text, by) : -1;
      if (object >= 0) {
        hits.push({ ruleId: "person-mistake", start: m.index, end: object });
        continue;
      }
      // "my mistake", "the operator's mistake"
      const possessor = Math.max(
        startBefore(RE.pronounPossessorBefore, text, m.index),
        startBefore(c.possessorBefore, text, m.index, LOOKBEHIND),
      );
      if (possessor >= 0) {
        hits.push({ ruleId: "person-mistake", start: possessor, end });
        continue;
      }
      // "<person> made a mistake"
      const made = startBefore(RE.madeBefore, text, m.index);
      const subject = made >= 0 ? personBefore(c, text, made) : null;
      if (subject) hits.push({ ruleId: "person-mistake", start: subject.start, end });
    }
    for (const m of matches(RE.madeError, text)) {
      const subject = personBefore(c, text, m.index);
      if (subject) hits.push({ ruleId: "person-mistake", start: subject.start, end: m.index + m[0].length });
    }
  },

  "fault-blame": ({ text, c, hits }) => {
    for (const m of matches(RE.faultBlame, text)) {
      const word = m[0].toLowerCase();
      const end = m.index + m[0].length;
      if (word === "fault") {
        if (endAt(RE.faultNotBlame, text, end) >= 0) continue;
        // "the fault of the engineer"
        const of = endAt(RE.ofAfter, text, end);
        const object = of >= 0 ? endAt(c.personObject, text, of) : -1;
        if (object >= 0) {
          hits.push({ ruleId: "fault-blame", start: m.index, end: object });
          continue;
        }
        // "their fault", "Bob's fault"
        const possessor = Math.max(
          startBefore(RE.pronounPossessorBefore, text, m.index),
          startBefore(c.possessorBefore, text, m.index, LOOKBEHIND),
        );
        if (possessor >= 0) {
          hits.push({ ruleId: "fault-blame", start: possessor, end });
          continue;
        }
      }
      if (word === "fault" || word === "blame") {
        // "<person> is to blame", "<person> was at fault"
        const { from, slice } = sliceBefore(text, m.index, 40);
        const be = RE.beToBefore.exec(slice);
        const preposition = (be?.[1] ?? "").toLowerCase();
        if (be && (preposition === "to") === (word === "blame")) {
          const subject = personBefore(c, text, from + be.index);
          if (subject) hits.push({ ruleId: "fault-blame", start: subject.start, end });
          continue;
        }
      }
      if (word === "fault") continue;
      // "blame on", "blamed", "blaming", unless negated or "git blame"
      const on = word === "blame" ? endAt(RE.onAfter, text, end) : end;
      if (on < 0) continue;
      if (RE.blameNegated.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
      hits.push({ ruleId: "fault-blame", start: m.index, end: on });
    }
  },

  "if-only": ({ text, c, hits, sentences }) => {
    for (const m of matches(RE.ifOnly, text)) {
      const after = m.index + m[0].length;
      const sentence = sentences.around(after);
      const rest = text.slice(after, Math.min(sentence.end, after + 80));
      const subject = RE.ifOnlySubject.exec(rest);
      const personNext = subject ? c.personNP.test((subject[1] ?? "").trim()) : false;
      if (personNext || RE.ifOnlyCounterfactual.test(rest)) {
        hits.push({ ruleId: "if-only", start: m.index, end: after });
      }
    }
  },

  "person-counterfactual": ({ text, c, hits, sentences }) => {
    for (const m of matches(RE.ifHad, text)) {
      if (c.personNP.test((m[1] ?? "").trim())) {
        hits.push({ ruleId: "person-counterfactual", start: m.index, end: m.index + m[0].length });
      }
    }
    for (const m of matches(RE.hadInverted, text)) {
      if (!atClauseStart(text, m.index)) continue;
      if (!c.personNP.test((m[1] ?? "").trim())) continue;
      if (sentences.around(m.index).question) continue;
      hits.push({ ruleId: "person-counterfactual", start: m.index, end: m.index + m[0].length });
    }
  },

  "should-have": ({ text, c, hits }) => {
    for (const m of matches(RE.shouldHave, text)) {
      const participle = (m[1] ?? "").toLowerCase();
      const end = m.index + m[0].length;
      // "We should have been paged" is about what the system owed the person.
      if (participle === "been" && endAt(RE.passiveAfterBeen, text, end) >= 0) continue;
      const subject = personBefore(c, text, m.index);
      if (subject) hits.push({ ruleId: "should-have", start: subject.start, end });
    }
  },

  "could-would-have": ({ text, c, hits, sentences }) => {
    // Offsets of conditions that put a counterfactual on the system ("if the canary had covered
    // that region", "with better alerting"), found once per text when first needed.
    let systemConditions: number[] | null = null;
    const findSystemConditions = () => {
      const found = matches(RE.withBetter, text).map((m) => m.index);
      for (const clause of matches(RE.ifClause, text)) {
        if (!c.personNP.test((clause[1] ?? "").trim())) found.push(clause.index);
      }
      return found.sort((a, b) => a - b);
    };
    for (const m of matches(RE.couldHave, text)) {
      const subject = personBefore(c, text, m.index);
      if (!subject) continue;
      const sentence = sentences.around(m.index);
      systemConditions ??= findSystemConditions();
      if (anyWithin(systemConditions, sentence.start, sentence.end)) continue;
      hits.push({ ruleId: "could-would-have", start: subject.start, end: m.index + m[0].length });
    }
  },

  "person-failed-to": ({ text, c, hits }) => {
    for (const m of matches(RE.failedTo, text)) {
      const end = m.index + m[0].length;
      // "users failed to log in": an attempt the system blocked, not a lapse.
      if (FAILED.test(m[0]) && endAt(RE.attemptAfter, text, end) >= 0) continue;
      const subject = personBefore(c, text, m.index);
      if (subject) hits.push({ ruleId: "person-failed-to", start: subject.start, end });
    }
    for (const m of matches(RE.passiveBy, text)) {
      const end = endAt(c.personObject, text, m.index + m[0].length);
      if (end >= 0) hits.push({ ruleId: "person-failed-to", start: m.index, end });
    }
  },

  "minimising-language": ({ text, c, hits }) => {
    for (const m of matches(RE.justNeeded, text)) {
      const subject = personBefore(c, text, m.index);
      if (subject && !isFirstPerson(subject.subject)) {
        hits.push({ ruleId: "minimising-language", start: subject.start, end: m.index + m[0].length });
      }
    }
    for (const m of matches(RE.shouldJust, text)) {
      const subject = personBefore(c, text, m.index);
      if (subject) {
        hits.push({ ruleId: "minimising-language", start: subject.start, end: m.index + m[0].length });
      }
    }
    for (const m of matches(RE.allHadToDo, text)) {
      const np = (m[1] ?? "").trim();
      if (c.personNP.test(np) && !isFirstPerson(np)) {
        hits.push({ ruleId: "minimising-language", start: m.index, end: m.index + m[0].length });
      }
    }
  },

  "careless-language": ({ text, hits }) => {
    for (const m of matches(RE.careless, text)) {
      hits.push({ ruleId: "careless-language", start: m.index, end: m.index + m[0].length });
    }
  },

  "be-more-careful": ({ text, hits }) => {
    for (const m of matches(RE.beCareful, text)) {
      hits.push({ ruleId: "be-more-careful", start: m.index, end: m.index + m[0].length });
    }
  },
};

const priority = new Map<string, number>(blamelessRules.map((rule, index) => [rule.id, index]));
const ruleById = new Map<string, (typeof blamelessRules)[number]>(
  blamelessRules.map((rule) => [rule.id, rule]),
);

/** Keeps one flag per phrase: on overlap, the rule listed first in blamelessRules wins. */
function resolveOverlaps(hits: Hit[], length: number): Hit[] {
  const ordered = [...hits].sort(
    (a, b) =>
      (priority.get(a.ruleId) ?? 0) - (priority.get(b.ruleId) ?? 0) ||
      a.start - b.start ||
      b.end - b.start - (a.end - a.start),
  );
  // Flags are short, so marking their characters keeps this linear in the flagged text.
  const taken = new Uint8Array(length);
  const kept: Hit[] = [];
  for (const hit of ordered) {
    let free = true;
    for (let i = hit.start; i < hit.end && free; i++) if (taken[i]) free = false;
    if (!free) continue;
    taken.fill(1, hit.start, hit.end);
    kept.push(hit);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Flags blaming and hindsight language in `text` (Markdown or plain text). Offsets are UTF-16
 * indices into `text`; code spans, fenced code and URLs are skipped.
 */
export function checkBlameless(text: string, options?: CheckOptions): BlamelessFlag[] {
  if (!text) return [];
  const masked = maskForMatching(text);
  const c = compiledFor(normaliseNames(options?.names));
  const ctx: Ctx = { text: masked, c, hits: [], sentences: new Sentences(masked) };
  for (const rule of blamelessRules) finders[rule.id](ctx);
  return resolveOverlaps(ctx.hits, text.length).map((hit) => {
    const rule = ruleById.get(hit.ruleId);
    const match = text.slice(hit.start, hit.end);
    return {
      ruleId: hit.ruleId,
      start: hit.start,
      end: hit.end,
      match,
      reason: rule?.reason ?? "",
      suggestion: (rule?.suggestion ?? "").replace("{match}", match.replace(/\s+/g, " ")),
    };
  });
}
