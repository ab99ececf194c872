import { laneGroupLabels, type LaneGroupKey } from "@/lib/timeline/visual-layout";
import { MILESTONE, REFUTED, groupColor } from "./visual-colors";

/** Colours per actor group present, and the marker shapes. */
export function VisualLegend({ groups }: { groups: LaneGroupKey[] }) {
  const item = "inline-flex items-center gap-1.5";
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-stone-700" aria-label="Legend">
      {groups.map((g) => (
        <li key={g} className={item}>
          <svg width="12" height="12" aria-hidden="true">
            <circle cx="6" cy="6" r="5" fill={groupColor[g]} />
          </svg>
          {laneGroupLabels[g]}
        </li>
      ))}
      <li className={item}>
        <svg width="14" height="14" aria-hidden="true">
          <path d="M7,1 L13,7 L7,13 L1,7 Z" fill="#57534e" />
        </svg>
        Decision point
      </li>
      <li className={item}>
        <svg width="16" height="16" aria-hidden="true">
          <circle cx="8" cy="8" r="6.5" fill="#fff" stroke={REFUTED} strokeWidth="2.5" />
          <circle cx="8" cy="8" r="3.5" fill="#57534e" />
        </svg>
        Refuted claim
      </li>
      <li className={item}>
        <svg width="16" height="16" aria-hidden="true">
          <circle cx="8" cy="8" r="6" fill="#57534e" stroke="#1c1917" strokeWidth="2" />
        </svg>
        Pinned
      </li>
      <li className={item}>
        <svg width="22" height="14" aria-hidden="true">
          <rect x="1" y="1" width="20" height="12" rx="6" fill="#57534e" />
          <text x="11" y="10.5" fontSize="9" fontWeight="700" fill="#fff" textAnchor="middle">
            3
          </text>
        </svg>
        Several events (select to zoom)
      </li>
      <li className={item}>
        <svg width="6" height="14" aria-hidden="true">
          <line x1="3" x2="3" y1="0" y2="14" stroke={MILESTONE} strokeWidth="1.5" strokeDasharray="3 2" />
        </svg>
        Milestone
      </li>
    </ul>
  );
}
