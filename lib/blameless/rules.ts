/*
 * Blameless-language rules: metadata, vocabulary and the decisions behind them.
 *
 * The checker (./check.ts) is pure and dependency-free so it can run on every keystroke in the
 * editor, in the flags panel and in reviewer views. It favours precision: a false flag teaches
 * writers to ignore the panel, so ambiguous phrasings are flagged only when the grammar makes the
 * blame reading clear. Reviewers still see everything that is flagged.
 *
 * DECISIONS (each is tested in check.test.ts and exercised by corpus.ts)
 *
 * 1. Person subjects. Most rules fire only when the subject is a person: a pronoun (I, we, he,
 *    she, they, you, someone, anyone, everyone, who, "one of us"), a role noun (engineer,
 *    operator, developer, on-call, SRE, admin, user, customer, team, reviewer, ...) or a name
 *    from options.names. The subject must sit directly before the phrase, optionally with
 *    auxiliaries and adverbs in between ("the engineer had then ignored", "we, in hindsight,
 *    should have"). System subjects are fine: "the deploy failed to start", "the pipeline failed
 *    to roll back", "the alert should have a runbook link", "a canary would have caught this".
 *    AI agents and automations count as system actors: describing what they did is exactly what a
 *    postmortem should do. Passive voice ("the alert was ignored", "this could have been
 *    prevented") names no one and is not flagged, except "ignored/missed/overlooked by <person>".
 *    "Nobody"/"no one" is not a person subject ("no one could have caught this" is blameless).
 * 2. "should have": flagged when a person subject is followed by should have / should've /
 *    shouldn't have / should not have + a past participle (the counterfactual perfect). With a
 *    noun ("we should have a runbook for failover", "engineers should have read access") it is a
 *    recommendation about the future and is not flagged. Passive "we should have been paged /
 *    been able to roll back" describes what the system owed the person and is not flagged;
 *    "should have been more careful" is. Passive hindsight with no person ("this should have been
 *    caught in review") is not flagged (rule 1); the corpus counts it as a known miss.
 * 3. "could/would/might have": flagged only with a person subject and a prevention or detection
 *    verb (prevented, avoided, caught, noticed, spotted, detected, known, checked, tested, ...).
 *    Luck and severity ("it could have been worse"), local rationality ("anyone would have made
 *    the same call") and negatives ("we couldn't have known") are not flagged. Nor is a sentence
 *    whose condition is about the system ("we would have caught it if the canary had covered that
 *    region", "with better alerting ...", "had there been a canary, ..."): that is the systemic
 *    lesson.
 * 4. "failed to": "failed to" + an attempt or impact verb (access, connect, log in, load,
 *    reproduce, find, start, complete, ...) reports something the system blocked, not a lapse
 *    ("users failed to log in", "we failed to reproduce the bug") and is not flagged. "didn't
 *    check" / "didn't test" are factual narration and are left alone; "failed to", "neglected to",
 *    "forgot (to)", "didn't follow", "ignored", "overlooked" carry the judgement.
 * 5. "human error" / "<role> error": flagged wherever they appear, including quotations of others
 *    ("the vendor called it 'user error'"), because the flag is a prompt to explain the quote.
 *    Not flagged when the writer rejects the frame ("this was not human error", "rather than
 *    human error, ..."), when the noun is a metric or UI thing ("user error rate", "user error
 *    message", "errors per second"), or for plural "user errors" (errors users saw).
 *    "human-readable", "human-in-the-loop", "error handler" never match.
 * 6. Counterfactual "if <subject> had ..." and inverted "had <subject> ...": flagged only for
 *    person subjects. "If the disk had filled, writes would have stopped" is risk analysis about
 *    the system and is kept. Inverted "had" must start a clause and is skipped in questions ("Had
 *    the on-call seen this alert before?" is an investigative question). Crediting counterfactuals
 *    ("if the on-call hadn't noticed the graph ...") are still flagged: the grammar cannot tell
 *    them apart; reviewers can dismiss.
 * 7. "if only": always hindsight regret when followed by a counterfactual (had, were, would,
 *    could, 'd) or a person, even about a system ("if only the alert had fired"). A plain
 *    condition ("retry if only one replica is healthy") is not flagged.
 * 8. Fault and blame: "fault of <person>", "<person>'s fault", my/his/their/whose fault,
 *    "<person> is to blame / at fault". System owners ("the load balancer's fault") are not
 *    flagged. "blame on", "blamed", "blaming" are flagged regardless of target (they describe the
 *    act of assigning blame) unless negated ("we are not blaming anyone") or "git blame".
 * 9. Mistakes: "mistake (made) by <person>", "<person> made a mistake/an error", "<person>'s
 *    mistake", "my/his/their mistake". "by mistake" and "it was a mistake to ..." are left alone.
 * 10. Minimising "just"/"simply"/"merely": only in the hindsight constructions "<third person>
 *    just/simply needed/had to", "should/could have just/simply", "all <third person> had to do
 *    was". First-person narration of a fix ("we just had to restart the pod") and "simply put"
 *    are not flagged.
 * 11. Names: options.names are matched case-insensitively as whole words, each entry as given
 *    (pass "Alice" and "Alice Chen" if both appear). A name followed by a failure verb (broke,
 *    caused, deleted, dropped, missed, ignored, forgot, failed, messed up, screwed up, botched,
 *    wiped, overwrote, crashed, took/brought down, misconfigured) is flagged, also "Alice's change
 *    broke ...". For roles and pronouns only the rule-4 verbs are flagged: "the engineer deleted
 *    the table" can be a neutral, role-based statement of fact.
 * 12. Judgemental words (careless, negligent, sloppy, reckless, lazy, incompetent, irresponsible,
 *    stupid, foolish, unprofessional, inattentive, ...) are flagged in any grammatical role, except
 *    technical terms: "lazy loading/evaluation/initialisation", "sloppy quorum". "Complacency"
 *    and "clumsy" are left out ("automation complacency" is a human-factors term; "clumsy UI"
 *    describes a system).
 * 13. "be more careful" / "pay more attention" (extra rule, from the domain primer): an action
 *    that asks people to try harder instead of changing the system.
 * 14. Markdown: text inside inline code spans and fenced code blocks (``` or ~~~) and bare URLs is
 *    skipped; offsets always refer to the original text. Indented code blocks are not detected
 *    (in an editor, indented lines are usually list continuations).
 * 15. Overlaps: when flags from two rules overlap, the one from the rule listed first in
 *    blamelessRules wins (more specific rules come first), so each phrase gets one flag.
 * 16. Apostrophes: ’ ‘ ʼ are treated as ' for matching; `match` is the original text.
 * 17. Known limits: only adverbs and auxiliaries may sit between a subject and its verb, within 80
 *    characters, so a parenthetical hides the subject ("The engineer, exhausted after a 14-hour
 *    shift, failed to ..." is missed). Pronouns are not resolved: "they ignored the fencing token"
 *    is flagged even when "they" are replicas. A "sentence" reaches at most 400 characters either
 *    side of a trigger, which keeps run-on text linear.
 */

export type BlamelessFlag = {
  /** Stable kebab-case rule id, e.g. "human-error". */
  ruleId: string;
  /** UTF-16 offset of the first character in the checked text. */
  start: number;
  /** UTF-16 offset just past the last character. */
  end: number;
  /** The exact matched text (text.slice(start, end)). */
  match: string;
  /** One sentence: why this reads as blame or hindsight. */
  reason: string;
  /** A systemic rewrite suggestion. */
  suggestion: string;
};

export type BlamelessRule = {
  id: string;
  title: string;
  description: string;
  /** One sentence shown with every flag of this rule. */
  reason: string;
  /** Rewrite suggestion; "{match}" is replaced by the flagged text. */
  suggestion: string;
};

/**
 * Rules in priority order: when two flags overlap, the earlier rule wins. Plain data (no
 * functions) so the list can cross the server/client boundary.
 */
export const blamelessRules = [
  {
    id: "human-error",
    title: "“Human error”",
    description: "“Human error”, “human mistake” or “human failure” given as a cause or category.",
    reason:
      "“Human error” names a person as the cause and ends the inquiry where it should begin: why the action made sense and what let it have this effect.",
    suggestion:
      "Describe what the system allowed or made likely: e.g. “the deploy tool accepted a production target without confirmation”.",
  },
  {
    id: "role-error",
    title: "Operator, user or engineer error",
    description:
      "“Operator error”, “user error”, “pilot error”, “engineer error” and similar role-based labels.",
    reason:
      "Labelling the cause as a role's error blames whoever held that role instead of explaining how the tools and conditions shaped the action.",
    suggestion:
      "Replace “{match}” with what the interface, permissions or defaults allowed: e.g. “the console applied the setting to all regions without a warning”.",
  },
  {
    id: "named-person-failure",
    title: "Named person as the subject of a failure",
    description:
      "A person's name (from the incident's participants) followed by a failure verb: “Alice broke …”.",
    reason:
      "Making a named person the subject of a failure attaches the incident to an individual, when the postmortem should record people by role and explain the system.",
    suggestion:
      "Rewrite “{match}” with the role instead of the name, and describe what the system let the action do: e.g. “the release engineer ran the cleanup job, which had delete rights on production”.",
  },
  {
    id: "person-mistake",
    title: "Someone's mistake",
    description: "“Mistake by …”, “<person> made a mistake”, “<person>'s mistake”, “my/their mistake”.",
    reason:
      "Calling the event someone's mistake puts a person at the centre of the cause and stops the analysis at them.",
    suggestion:
      "Describe the action neutrally, by role, and the conditions around it: e.g. “the on-call engineer ran the migration, which the pipeline did not gate”.",
  },
  {
    id: "fault-blame",
    title: "Fault and blame",
    description:
      "“Fault of <person>”, “<person>'s fault”, “<person> is to blame / at fault”, “blame on”, “blamed”.",
    reason:
      "Talk of fault and blame assigns responsibility to a person instead of explaining how the system produced the outcome.",
    suggestion:
      "Describe the contributing factors and how they combined: e.g. “the permission model let a read-only task delete data, and nothing required a second approval”.",
  },
  {
    id: "if-only",
    title: "“If only …”",
    description: "Hindsight regret: “if only we had …”, “if only the alert had fired …”.",
    reason:
      "“If only” is hindsight regret that treats one missed step as the cause and skips what made it likely.",
    suggestion:
      "State the conditions that existed at the time and the change that would make the safe path the default.",
  },
  {
    id: "person-counterfactual",
    title: "Counterfactual about a person",
    description:
      "“If <person> had …” or “Had <person> …”: what someone should have done, judged from the outcome.",
    reason:
      "A counterfactual about what a person had or had not done measures them against an outcome they could not know, instead of explaining their choice.",
    suggestion:
      "Describe what the person knew and was trying to do at the time, and which safeguard would catch the problem no matter who acted.",
  },
  {
    id: "should-have",
    title: "“Should have”",
    description: "“<person> should have / should've / shouldn't have + past participle”.",
    reason: "“Should have” judges a person's past action against knowledge that only existed in hindsight.",
    suggestion:
      "Describe what was known and expected at the time, and what in the system made the other path hard to see.",
  },
  {
    id: "could-would-have",
    title: "“Could have prevented”, “would have caught”",
    description: "A person who “could/would/might have prevented, caught, noticed, known …” the problem.",
    reason:
      "Saying a person could or would have prevented the outcome is a hindsight counterfactual that implies an obvious action was missed.",
    suggestion:
      "Describe which signals were available at the time and what would make the problem visible next time: e.g. “the dashboard showed errors only in aggregate, so the spike in one region was not visible”.",
  },
  {
    id: "person-failed-to",
    title: "Person failed to / ignored / forgot",
    description:
      "A person as the subject of “failed to”, “neglected to”, “forgot (to)”, “didn't follow”, “ignored”, “overlooked”.",
    reason:
      "Saying a person failed to, forgot or ignored something frames the incident as an individual lapse instead of asking why the expected action was hard, unclear or not enforced.",
    suggestion:
      "Describe what the person saw and why their action made sense, then what the system did not enforce: e.g. “the runbook step was optional and the tool did not check it”.",
  },
  {
    id: "minimising-language",
    title: "Minimising “just” / “simply”",
    description: "“They just needed to …”, “should have simply …”, “all she had to do was …”.",
    reason:
      "“Just” and “simply” make the expected action sound trivial, implying the person could easily have done it.",
    suggestion:
      "Drop the minimiser and describe what made the action harder than it looks in hindsight: competing alerts, missing context, unclear ownership.",
  },
  {
    id: "careless-language",
    title: "Judgemental words",
    description: "Careless, negligent, sloppy, reckless, lazy, incompetent, irresponsible and similar.",
    reason:
      "Words like careless, negligent or sloppy judge a person's character, which makes people hide what they know.",
    suggestion:
      "Remove the judgement and describe the conditions instead: time pressure, missing guardrails, unclear defaults, alert noise.",
  },
  {
    id: "be-more-careful",
    title: "“Be more careful”",
    description: "Actions or lessons that ask people to be more careful, vigilant or attentive.",
    reason:
      "Asking people to be more careful or pay more attention does not change the system, so the same failure is likely to recur.",
    suggestion:
      "Propose a change to the system instead: an enforced guardrail, a safer default, a confirmation step, or an alert that cannot be missed.",
  },
] as const satisfies readonly BlamelessRule[];

export type BlamelessRuleId = (typeof blamelessRules)[number]["id"];

/* ------------------------------------------------------------------------------------------------
 * Vocabulary. Regex source fragments, combined in check.ts with the "i" flag. Apostrophes are
 * normalised to ' before matching.
 *
 * The regexes deliberately avoid the "u" flag: in V8, case-insensitive Unicode-mode alternations
 * are several times slower to compile and to run. Word boundaries therefore use LETTER, a BMP
 * approximation of "letter or combining mark" (Latin, Greek, Cyrillic, CJK, ...; it excludes the
 * punctuation and symbol blocks), instead of \p{L}.
 * ---------------------------------------------------------------------------------------------- */

/** Character-class body for letters and combining marks (BMP approximation of \p{L}\p{M}). */
export const LETTER =
  "A-Za-z\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u1FFF\\u2C00-\\uD7FF\\uF900-\\uFDFF\\uFE70-\\uFEFF";
/** One word token: letters and hyphens ("on-call", "read-only"). */
export const WORD = `[${LETTER}-]+`;
const WORD_CHAR = `[0-9_${LETTER}]`;
/** Start of a word (zero-width). */
export const B = `(?<!${WORD_CHAR})`;
/** End of a word (zero-width). */
export const E = `(?!${WORD_CHAR})`;

/** Person pronouns that can be the subject of a clause. Negative ones (nobody, no one) are left out. */
export const PRONOUN_SUBJECT =
  "i|we|he|she|they|you|someone|somebody|anyone|anybody|everyone|everybody|who|" +
  "(?:one|some|all|each|both|two|three|several|many|most|either|any)\\s+of\\s+(?:us|them|you)";

/** First-person subjects: the writer narrating their own actions. */
export const FIRST_PERSON = /^(?:i|we|[a-z]+\s+of\s+us)$/i;

/** Role nouns for people, singular and plural. The role must be the head of its noun phrase. */
export const ROLE =
  "(?:engineer|developer|dev|programmer|coder|operator|sre|admin|administrator|sysadmin|dba|" +
  "on-?call(?:er)?|on\\s+call|responder|first\\s+responder|reviewer|approver|author|owner|user|customer|" +
  "team|squad|person|employee|contractor|intern|human|ic|incident\\s+commander|commander|manager|lead|" +
  "analyst|tester|member|colleague|teammate|co-?worker|maintainer|deployer|requester|new\\s+hire|hire)s?|" +
  "people|staff|folks";

/** Words that often precede a role noun in a subject ("the on-call engineer", "the payments team"). */
export const ROLE_MODIFIER =
  "(?:on-?call|on\\s+call|primary|secondary|senior|junior|lead|new|responding|release|platform|database|" +
  "infra|infrastructure|backend|frontend|security|support|ops|devops|sre|data|network|storage|payments|" +
  `product|service|site|application|app|qa|incident|human|duty|night|day|weekend|[${LETTER}]+-[${LETTER}]+)`;

/** Words that show a role noun is a modifier, not a person ("user interface", "team-owned"). */
export const NOT_HEAD =
  "[\\s-]+(?:interface|account|accounts|agent|data|table|tables|session|sessions|record|records|ids?|" +
  "service|services|request|requests|input|inputs|errors?|base|groups?|facing|space|stories|story|names?|" +
  "roles?|permissions?|profiles?|config|configuration|settings|experience|traffic|load|quer(?:y|ies)|apis?|" +
  "owned|level|guide|docs?|documentation|portal|dashboard|directory)" +
  E;

/** Adverbs and auxiliaries allowed between a subject and its verb. */
export const ADVERB =
  "also|then|still|again|simply|just|clearly|obviously|apparently|evidently|initially|subsequently|" +
  "later|repeatedly|completely|totally|entirely|unfortunately|accidentally|mistakenly|inadvertently|" +
  "unknowingly|unintentionally|probably|likely|really|definitely|certainly|surely|all|both|themselves|" +
  "ourselves|himself|herself|myself|yourself|somehow|consistently|routinely|already|actually|" +
  "basically|essentially|ultimately|eventually|previously|originally|immediately|quickly|first|" +
  "however|therefore|thus|too|alone|personally|arguably|reportedly|allegedly|once\\s+again|in\\s+turn|" +
  "at\\s+first|at\\s+the\\s+time|in\\s+hindsight|in\\s+retrospect|on\\s+call|on\\s+duty|had|has|have";

/** A past participle (or "been"): the counterfactual perfect after "should have". */
export const PARTICIPLE =
  `(?:[${LETTER}-]*[${LETTER}](?:ed|en|wn)|` +
  "been|done|gone|caught|run|read|set|put|kept|left|made|found|sent|spent|" +
  "built|brought|bought|thought|told|understood|held|hit|let|cut|shut|split|stood|felt|meant|paid|said|" +
  "sold|sat|won|got|dealt|led|lost|taught|fought|sought|struck|stuck|hung|swung|begun|slept|heard|" +
  "learnt|spun|rung|dug|fed|met|shot|burnt|spelt|spilt)" +
  E +
  "(?!-)";

/** Verbs that make "could/would have …" a claim that someone could have prevented or detected it. */
export const PREVENTION_VERB =
  "(?:prevented|avoided|caught|stopped|noticed|detected|spotted|seen|known|reali[sz]ed|checked|" +
  "double-checked|tested|verified|validated|averted|mitigated|fixed|saved|flagged|identified|found|" +
  "reviewed|read|escalated|rolled\\s+back|reverted|anticipated|predicted|foreseen|paged|confirmed|" +
  "investigated|contained|limited|reduced|asked|looked|followed|heeded|acted)" +
  E;

/**
 * After "failed to": attempt or impact verbs, where the system blocked the person ("users failed to
 * log in", "we failed to reproduce it") or the subject pronoun may well be a machine.
 */
export const ATTEMPT_VERB =
  "(?:access|connect|reach|log|login|sign|authenticate|auth|load|download|upload|receive|reproduce|" +
  "find|locate|obtain|acquire|join|boot|start|restart|launch|open|retrieve|fetch|complete|elect|replicate|" +
  "sync|synchroni[sz]e|converge|scale|drain|parse|compile|build|install|mount|allocate|bind|register|" +
  "renew|refresh|get|check\\s+out|purchase|pay|place|resolve\\s+the\\s+hostname)" +
  E;

/** Verbs after a person's name that make them the subject of a failure. */
export const NAME_FAILURE_VERB =
  "(?:broke|caused|deleted|dropped|missed|ignored|forgot|failed|messed\\s+up|screwed\\s+up|botched|wiped|" +
  "nuked|overwrote|crashed|took\\s+down|brought\\s+down|misconfigured)" +
  E;

/** Nouns that make "<role> error" a metric or UI element rather than a verdict. */
export const METRIC_NOUN =
  "(?:rates?|ratio|counts?|budgets?|metrics?|per|percentage|spikes?|messages?|codes?|pages?|handlers?|" +
  "handling|responses?|screens?|dialogs?|toasts?|banners?|logs?|states?|paths?|class(?:es)?|types?|" +
  "buckets?|dashboards?|graphs?|panels?|alerts?|reporting|tracking)" +
  E;

/** Escapes a literal for use inside a RegExp source. */
export function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
