// Small rules about action items shared by pages and components.

export const openStatuses = ["OPEN", "IN_PROGRESS"] as const;

/** Past its due date and still open. */
export function isOverdue(item: { dueDate: Date | null; status: string }, now: Date = new Date()): boolean {
  return Boolean(
    item.dueDate &&
    item.dueDate.getTime() < now.getTime() &&
    (openStatuses as readonly string[]).includes(item.status),
  );
}
