// Colours of the visual timeline per actor group (AA contrast on white for
// the marker colours; the tints are lane backgrounds).
import type { LaneGroupKey } from "@/lib/timeline/visual-layout";

export const groupColor: Record<LaneGroupKey, string> = {
  PERSON: "#0369a1", // sky-700
  AUTOMATION: "#0f766e", // teal-700
  AI_AGENT: "#7c3aed", // violet-600
  EXTERNAL_SERVICE: "#57534e", // stone-600
  NONE: "#78716c", // stone-500
};

export const groupTint: Record<LaneGroupKey, string> = {
  PERSON: "#f0f9ff",
  AUTOMATION: "#f0fdfa",
  AI_AGENT: "#f5f3ff",
  EXTERNAL_SERVICE: "#fafaf9",
  NONE: "#fafaf9",
};

export const REFUTED = "#dc2626"; // red-600
export const MILESTONE = "#1c1917"; // stone-900

export const phaseFill: Record<string, { fill: string; stroke: string; text: string }> = {
  detect: { fill: "#fef3c7", stroke: "#d97706", text: "#78350f" },
  mitigate: { fill: "#e0f2fe", stroke: "#0284c7", text: "#0c4a6e" },
  resolve: { fill: "#dcfce7", stroke: "#16a34a", text: "#14532d" },
  total: { fill: "#f5f5f4", stroke: "#78716c", text: "#1c1917" },
};
