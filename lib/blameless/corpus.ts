/*
 * A labelled corpus of postmortem sentences for measuring the blameless-language checker.
 *
 * Written for this purpose, in the style of real postmortems (summaries, timelines, contributing
 * factors, action items). Labels say what a careful reviewer would want flagged, following the
 * decisions documented in rules.ts. A few entries are deliberately hard and are labelled the way a
 * human reads them even where the checker gets them wrong (marked "hard:"), so the figures stay
 * honest. All entries are checked with `corpusNames` as the incident's participants.
 */

export type CorpusEntry = {
  text: string;
  /** Rule ids the sentence should be flagged with; empty when the sentence is clean. */
  expected: string[];
};

export const corpusNames = ["Alice", "Bob", "Carol Diaz", "Dmitri"];

export const blamelessCorpus: readonly CorpusEntry[] = [
  // ---- human error / role error ----
  {
    text: "The root cause of the outage was human error during the database migration.",
    expected: ["human-error"],
  },
  {
    text: "Contributing factor: human error (wrong cluster selected in the dropdown).",
    expected: ["human-error"],
  },
  {
    text: "Most of our SEV2s last quarter were put down to human mistakes in manual steps.",
    expected: ["human-error"],
  },
  { text: "ROOT CAUSE: HUMAN ERROR.", expected: ["human-error"] },
  {
    text: 'The vendor\'s statement attributed the thirteen-hour outage to "user error, misconfigured access controls".',
    expected: ["role-error"],
  },
  {
    text: "This incident was classified as operator error by the on-call manager.",
    expected: ["role-error"],
  },
  { text: "Initial triage recorded it as engineer error and closed the ticket.", expected: ["role-error"] },
  {
    text: "Support closed 40 tickets as user error before anyone looked at the new login form.",
    expected: ["role-error"],
  },
  // hard: the sentence rejects the frame in a way the checker does not recognise.
  {
    text: "Pilot error is the wrong frame for a console that accepts any region without a prompt.",
    expected: [],
  },

  // ---- should have ----
  {
    text: "The on-call engineer should have checked which environment the terminal was connected to.",
    expected: ["should-have"],
  },
  { text: "We should've caught this in code review.", expected: ["should-have"] },
  { text: "In hindsight, the reviewer should have asked for a rollback plan.", expected: ["should-have"] },
  { text: "She shouldn't have run the migration during peak traffic.", expected: ["should-have"] },
  { text: "We shouldn’t have shipped on a Friday afternoon.", expected: ["should-have"] },
  { text: "The DBA should not have granted write access to the reporting role.", expected: ["should-have"] },
  {
    text: "Someone on the team should have noticed that the certificate was about to expire.",
    expected: ["should-have"],
  },
  { text: "They really should have tested the restore path at least once.", expected: ["should-have"] },
  { text: "He should have simply waited for the canary to finish.", expected: ["should-have"] },
  // hard: passive hindsight without a person; the checker deliberately leaves passive voice alone.
  { text: "This should have been caught in code review.", expected: ["should-have"] },

  // ---- could / would have ----
  {
    text: "The on-call engineer could have prevented the data loss by taking a snapshot first.",
    expected: ["could-would-have"],
  },
  { text: "We could easily have caught this with a quick look at the diff.", expected: ["could-would-have"] },
  {
    text: "Any of the three reviewers would have spotted the typo if they had read the diff.",
    expected: ["could-would-have", "person-counterfactual"],
  },
  { text: "The developers could have avoided the outage entirely.", expected: ["could-would-have"] },
  {
    text: "Anyone would have noticed the disk graph climbing all afternoon.",
    expected: ["could-would-have"],
  },

  // ---- failed to / ignored / forgot ----
  {
    text: "The on-call engineer failed to acknowledge the page for 25 minutes.",
    expected: ["person-failed-to"],
  },
  { text: "The release team didn't follow the canary procedure.", expected: ["person-failed-to"] },
  { text: "The operator forgot to drain the node before rebooting it.", expected: ["person-failed-to"] },
  { text: "Engineers neglected to update the runbook after the migration.", expected: ["person-failed-to"] },
  { text: "They ignored three consecutive low-disk alerts.", expected: ["person-failed-to"] },
  { text: "The PR author did not follow the checklist for schema changes.", expected: ["person-failed-to"] },
  { text: "The warning banner was ignored by the developer.", expected: ["person-failed-to"] },
  {
    text: "We failed to communicate the maintenance window to the support team.",
    expected: ["person-failed-to"],
  },
  { text: "The reviewer overlooked the missing WHERE clause.", expected: ["person-failed-to"] },
  { text: "The SREs had repeatedly ignored the flapping alert.", expected: ["person-failed-to"] },
  { text: "Users ignored the deprecation notice for six months.", expected: ["person-failed-to"] },
  // hard: the subject is separated from the verb by a parenthetical.
  {
    text: "The engineer, exhausted after a 14-hour shift, failed to notice the confirmation prompt.",
    expected: ["person-failed-to"],
  },
  // hard: "didn't read" is blame here, but "didn't <verb>" is left alone as factual narration.
  { text: "Whoever approved this change clearly didn't read it.", expected: ["person-failed-to"] },

  // ---- judgemental words ----
  { text: "The change was pushed in a careless rush on Friday evening.", expected: ["careless-language"] },
  { text: "Deploying without a dry run was reckless.", expected: ["careless-language"] },
  { text: "The config was sloppy and the review was a rubber stamp.", expected: ["careless-language"] },
  { text: "This level of negligence is unacceptable for a tier-1 service.", expected: ["careless-language"] },
  { text: "Frankly, the handling of credentials was incompetent.", expected: ["careless-language"] },
  { text: "Skipping the backup check was irresponsible.", expected: ["careless-language"] },

  // ---- fault and blame ----
  { text: "It was the fault of the engineer who approved the change.", expected: ["fault-blame"] },
  { text: "Ultimately, this was Alice's fault.", expected: ["fault-blame"] },
  { text: "The contractor is largely to blame for the outage.", expected: ["fault-blame"] },
  { text: "Management put the blame on the night shift.", expected: ["fault-blame"] },
  { text: "The on-call operator was at fault for skipping the pre-check.", expected: ["fault-blame"] },
  { text: "The first draft blamed the junior developer for the outage.", expected: ["fault-blame"] },
  { text: "It was my fault: I pushed the wrong branch.", expected: ["fault-blame"] },
  { text: "Everyone agreed it wasn’t the tooling, it was the operator’s fault.", expected: ["fault-blame"] },

  // ---- if only ----
  { text: "If only someone had looked at the disk graph on Tuesday.", expected: ["if-only"] },
  { text: "If only the alert had fired before the queue backed up.", expected: ["if-only"] },
  { text: "If only we had read the release notes.", expected: ["if-only"] },

  // ---- counterfactuals about people ----
  {
    text: "If the engineer had checked the target environment, the database would still exist.",
    expected: ["person-counterfactual"],
  },
  {
    text: "Had the on-call engineer escalated sooner, recovery would have taken minutes.",
    expected: ["person-counterfactual"],
  },
  {
    text: "If they'd tested the restore procedure, we would have known the backups were empty.",
    expected: ["person-counterfactual", "could-would-have"],
  },
  {
    text: "If Carol Diaz had waited for the second approval, none of this would have happened.",
    expected: ["person-counterfactual"],
  },
  {
    text: "Had we run the migration in staging first, we would have seen the lock contention.",
    expected: ["person-counterfactual", "could-would-have"],
  },
  {
    text: "If the reviewer hadn't approved the PR at midnight, the bug would never have shipped.",
    expected: ["person-counterfactual"],
  },

  // ---- mistakes ----
  {
    text: "The outage was triggered by a mistake made by the release manager.",
    expected: ["person-mistake"],
  },
  { text: "Alice made a mistake when she copied the connection string.", expected: ["person-mistake"] },
  { text: "Honestly, it was my mistake for not double-checking the region.", expected: ["person-mistake"] },
  { text: "The operator's mistake took the payments API down for an hour.", expected: ["person-mistake"] },
  { text: "Bob made several errors while editing the zone file.", expected: ["person-mistake"] },

  // ---- minimising ----
  { text: "They just needed to run the rollback script.", expected: ["minimising-language"] },
  {
    text: "The on-call engineer simply had to press the failover button.",
    expected: ["minimising-language"],
  },
  { text: "All the operator had to do was read the banner.", expected: ["minimising-language"] },

  // ---- named person as the subject of a failure ----
  { text: "Alice broke the build by merging without waiting for CI.", expected: ["named-person-failure"] },
  {
    text: "Bob deleted the production bucket while cleaning up test data.",
    expected: ["named-person-failure"],
  },
  { text: "Carol Diaz accidentally dropped the users table.", expected: ["named-person-failure"] },
  { text: "Bob's script wiped both the staging and production caches.", expected: ["named-person-failure"] },
  { text: "Alice missed the page because her phone was on silent.", expected: ["named-person-failure"] },
  { text: "Dmitri ignored the disk-space warning in #alerts.", expected: ["named-person-failure"] },
  { text: "Dmitri messed up the DNS cutover.", expected: ["named-person-failure"] },

  // ---- be more careful ----
  {
    text: "Action item: remind engineers to be more careful when running migrations.",
    expected: ["be-more-careful"],
  },
  {
    text: "The on-call rotation needs to pay closer attention to disk alerts.",
    expected: ["be-more-careful"],
  },
  {
    text: "Going forward, everyone should take extra care with production credentials.",
    expected: ["be-more-careful"],
  },

  // ================================ clean sentences ================================

  // System subjects with failure verbs.
  { text: "The deploy failed to start because the image tag did not exist.", expected: [] },
  { text: "The nightly backup job failed to complete within its window.", expected: [] },
  {
    text: "The pipeline failed to roll back because the previous artifact had been garbage-collected.",
    expected: [],
  },
  { text: "The failed health check removed two healthy nodes from the pool.", expected: [] },
  { text: "Failed requests peaked at 1,200 per minute.", expected: [] },
  { text: "Errors per second stayed above 300 until 14:05 UTC.", expected: [] },
  { text: "The user error rate on the checkout form tripled after the release.", expected: [] },
  { text: "The scheduler ignored the pod disruption budget during the node upgrade.", expected: [] },
  { text: "The migration tool overlooked foreign keys on partitioned tables.", expected: [] },
  { text: "The load balancer's health check was at fault for most of the flapping.", expected: [] },
  { text: "The canary analysis was ignored because it had produced false alarms for weeks.", expected: [] },
  { text: "They failed to elect a new leader for four minutes after the partition.", expected: [] },
  { text: "Requests from users in Brazil failed to reach the API gateway.", expected: [] },
  { text: "The customer failed to receive password reset emails for six hours.", expected: [] },
  { text: "Users failed to log in for 22 minutes while the identity provider was degraded.", expected: [] },
  { text: "We failed to reproduce the bug in staging because it lacked production traffic.", expected: [] },
  { text: "The job that the engineer had scheduled failed to run at midnight.", expected: [] },
  // hard: "they" refers to the replicas; the checker cannot resolve pronouns.
  {
    text: "The replicas kept serving reads; they ignored the fencing token because the version check was disabled.",
    expected: [],
  },

  // Technical vocabulary that looks like blame.
  { text: "We added a human-in-the-loop approval for destructive operations.", expected: [] },
  { text: "Logs are now structured and human-readable.", expected: [] },
  { text: "The error handler swallowed the timeout and returned a 200.", expected: [] },
  { text: "Fault tolerance depended on a single availability zone.", expected: [] },
  { text: "Dynamo-style sloppy quorums let writes succeed during the partition.", expected: [] },
  { text: "Images use lazy loading, so the regression only appeared below the fold.", expected: [] },
  { text: "We ran git blame on the Terraform module to find when the flag was introduced.", expected: [] },
  { text: "The service retries if only one replica responds within the timeout.", expected: [] },
  { text: "The retry storm burned the error budget at 14 times the normal rate.", expected: [] },
  { text: "Careful review of the logs showed the first error at 13:02.", expected: [] },
  { text: "Simply put, the cache was cold after the failover.", expected: [] },

  // Recommendations and system counterfactuals.
  { text: "The alert should have a runbook link and an owner.", expected: [] },
  { text: "Every production deploy should have a rollback plan attached.", expected: [] },
  { text: "We should have a dedicated runbook for regional failover.", expected: [] },
  { text: "On-call engineers should have read-only access to production by default.", expected: [] },
  { text: "We should have been paged when replication lag crossed five minutes.", expected: [] },
  { text: "The alert should have fired at 80% disk usage, but the threshold was set to 98%.", expected: [] },
  { text: "It could have been worse: the replica in eu-west was unaffected.", expected: [] },
  {
    text: "Where we got lucky: the deletion happened at low traffic, so it could have been much worse.",
    expected: [],
  },
  { text: "If the disk had filled, the primary would have stopped accepting writes.", expected: [] },
  { text: "If the primary had failed over, clients would have reconnected automatically.", expected: [] },
  { text: "If the replica lag had exceeded ten minutes, the alert would have fired.", expected: [] },
  { text: "The canary would have caught this if it had covered the eu-west region.", expected: [] },
  {
    text: "We would have caught it sooner if the alert had been routed to the on-call channel.",
    expected: [],
  },
  { text: "A second approval would have stopped the deletion.", expected: [] },
  { text: "Better alerting would have detected the disk pressure an hour earlier.", expected: [] },
  { text: "We couldn't have known that the backup job had been silently failing.", expected: [] },
  {
    text: "Anyone in that position would have made the same call with the information available.",
    expected: [],
  },
  { text: "The tests wouldn't have caught this because the fixtures had no Unicode names.", expected: [] },

  // Blameless narration, by role and by name.
  { text: "The on-call engineer saw a spike in 5xx errors, which suggested a bad deploy.", expected: [] },
  { text: "At 09:14 the on-call engineer acknowledged the page and opened the dashboard.", expected: [] },
  { text: "The deploy tool accepted a production target without asking for confirmation.", expected: [] },
  { text: "Nothing in the console distinguished the production project from staging.", expected: [] },
  { text: "The runbook step for draining nodes was optional and the tool did not check it.", expected: [] },
  {
    text: "The on-call engineer followed the runbook, which still described the old cluster layout.",
    expected: [],
  },
  { text: "The engineer ran the cleanup script, which had delete rights on production.", expected: [] },
  { text: "The on-call engineer deleted the stale DNS records as the runbook instructed.", expected: [] },
  { text: "Alice was paged at 02:10 and joined the bridge at 02:14.", expected: [] },
  { text: "Bob wrote the first version of the timeline.", expected: [] },
  { text: "Carol Diaz restored the database from the 06:00 snapshot.", expected: [] },
  { text: "Dmitri's change added the missing index and latency recovered.", expected: [] },
  { text: "We just deployed the fix and error rates recovered within two minutes.", expected: [] },
  { text: "We just had to restart the pods and traffic recovered.", expected: [] },
  { text: "The fix simply needed a config flag flipped.", expected: [] },
  { text: "The reviewer approved the change because the diff looked like a routine rename.", expected: [] },
  { text: "The engineer's terminal prompt looked identical for staging and production.", expected: [] },
  { text: "The team paid close attention to the error budget during the rollout.", expected: [] },
  { text: "Then we had the database team rotate the credentials.", expected: [] },
  { text: "Nothing we had seen before suggested the flag was global.", expected: [] },
  { text: "Had the on-call engineer seen this alert before?", expected: [] },
  {
    text: "What did the on-call engineer know at 02:14, and why did restarting the pod make sense then?",
    expected: [],
  },

  // Blameless framing that mentions blame or error in order to reject it.
  { text: "This was not human error; the tool offered no way to tell the environments apart.", expected: [] },
  {
    text: "Rather than operator error, the contributing factors were a shared terminal profile and a missing confirmation.",
    expected: [],
  },
  {
    text: "Nobody is to blame for this incident; the permission model made the deletion possible.",
    expected: [],
  },
  { text: "It was nobody's fault, and this review focuses on the guardrails.", expected: [] },
  { text: "We are not blaming anyone here.", expected: [] },

  // AI agents and automation are system actors.
  { text: "The agent deleted the staging environment and recreated it from scratch.", expected: [] },
  {
    text: "The AI agent inherited the operator's permissions, which bypassed the two-person sign-off.",
    expected: [],
  },
  { text: "The code freeze existed only as an instruction in the agent's chat context.", expected: [] },
  { text: "The agent claimed that rollback was impossible; the claim was later refuted.", expected: [] },
  { text: "The autoscaler dropped capacity to zero after the metrics endpoint timed out.", expected: [] },

  // Impact, metrics and action items.
  { text: "Customers in eu-west saw checkout errors for 47 minutes.", expected: [] },
  { text: "The support team received 340 tickets during the incident.", expected: [] },
  { text: "Time pressure from the launch meant the review happened in under ten minutes.", expected: [] },
  {
    text: "The dashboard showed errors only in aggregate, so the regional spike was not visible.",
    expected: [],
  },
  {
    text: "Action item: require a second approver for any IAM change that grants delete permissions.",
    expected: [],
  },
  {
    text: "Action item: make the deploy tool show the target environment in red for production.",
    expected: [],
  },
  { text: "Action item: add a confirmation step that asks for the environment name.", expected: [] },
  { text: "Run `rm -rf /var/cache/app` only through the cleanup job, never by hand.", expected: [] },
];
