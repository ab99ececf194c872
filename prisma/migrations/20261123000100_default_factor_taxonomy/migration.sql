-- The default contributing-factor taxonomy (see docs/ARCHITECTURE.md).
-- Admins may add more; these ship with every instance.
INSERT INTO "ContributingFactor" ("id", "key", "name", "description", "category", "builtIn") VALUES
('factor_automation_bias', 'automation-bias', 'Automation bias', 'People trusted an automated system or AI agent''s output or plan over other evidence, or approved it without the means to check it.', 'AI and automation', true),
('factor_excessive_permissions', 'excessive-permissions', 'Excessive or inherited permissions', 'An actor (person, automation or AI agent) held permissions broader than its task needed, often inherited from an operator or a shared role.', 'AI and automation', true),
('factor_agent_autonomy', 'agent-autonomy-mismatch', 'Agent autonomy beyond the task', 'An AI agent was allowed to act alone where its task called for suggestions or approval before acting.', 'AI and automation', true),
('factor_policy_as_instruction', 'policy-as-instruction', 'Policy only as an instruction', 'A rule (code freeze, "never touch production") existed only as text in a prompt, chat or wiki, with nothing enforcing it.', 'AI and automation', true),
('factor_unverified_output', 'unverified-automation-output', 'Unverified automation output', 'Output or claims of an automation or AI agent were acted on without verification ("rollback is impossible").', 'AI and automation', true),
('factor_missing_guardrail', 'missing-guardrail', 'Missing or bypassed guardrail', 'A control that should have stopped or slowed the action (approval gate, deny-list, two-person rule) was absent or could be bypassed.', 'Safeguards', true),
('factor_irreversible_action', 'irreversible-action', 'Irreversible action without confirmation', 'A destructive, irreversible action could be taken without a confirmation step, backup check or delay.', 'Safeguards', true),
('factor_environment_ambiguity', 'environment-ambiguity', 'Production/non-production ambiguity', 'It was not clear, to people or tools, which environment an action targeted, or credentials crossed environments.', 'Environment', true),
('factor_change_management', 'change-management-gap', 'Change management gap', 'The change reached production without the review, staging or rollout steps the risk called for.', 'Process', true),
('factor_testing_gap', 'testing-gap', 'Testing gap', 'Tests did not cover the behaviour or the failure mode that occurred.', 'Process', true),
('factor_monitoring_gap', 'monitoring-gap', 'Monitoring or alerting gap', 'The problem was not detected, or detected late, because signals, alerts or dashboards were missing or noisy.', 'Detection', true),
('factor_documentation_gap', 'documentation-gap', 'Documentation or runbook gap', 'The knowledge needed to act was missing, outdated or hard to find.', 'Knowledge', true),
('factor_unclear_ownership', 'unclear-ownership', 'Unclear ownership', 'No one clearly owned the system, the decision or the follow-up.', 'Organisation', true),
('factor_time_pressure', 'time-pressure', 'Time or production pressure', 'Deadlines, incident pressure or load made a faster, riskier path the reasonable choice at the time.', 'Organisation', true),
('factor_capacity_dependency', 'capacity-dependency-failure', 'Capacity or dependency failure', 'A dependency or resource limit (quota, capacity, third-party service) failed or was exhausted.', 'Technical', true),
('factor_configuration_drift', 'configuration-drift', 'Configuration drift', 'The running configuration differed from what people and tools believed it to be.', 'Technical', true)
ON CONFLICT ("key") DO NOTHING;
