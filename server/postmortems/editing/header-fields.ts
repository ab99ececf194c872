import "server-only";

/**
 * The postmortem's header fields: what the editor saves field by field and
 * what every revision snapshot keeps. Add a header field here and both follow.
 */
export const headerFieldsSelect = {
  title: true,
  summary: true,
  severity: true,
  ownerId: true,
  incidentTimeZone: true,
  startedAt: true,
  detectedAt: true,
  acknowledgedAt: true,
  mitigatedAt: true,
  resolvedAt: true,
  customersAffected: true,
  usersAffected: true,
  impactDurationMinutes: true,
  supportTickets: true,
  revenueImpactMinor: true,
  impactCurrency: true,
  sloImpact: true,
  impactNotes: true,
} as const;
