export const roleLabels: Record<string, string> = {
  VIEWER: "Viewer",
  WRITER: "Writer",
  REVIEWER: "Reviewer",
  MANAGER: "Manager",
  ADMIN: "Admin",
};

export const roleHelp: Record<string, string> = {
  VIEWER: "reads postmortems and action items",
  WRITER: "creates and edits postmortems",
  REVIEWER: "also reviews and approves",
  MANAGER: "also manages members and action items",
  ADMIN: "everything, including admins",
};
