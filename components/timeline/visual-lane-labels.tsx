import { cx } from "@/components/ui/styles";
import type { TimelineLayout } from "@/lib/timeline/visual-layout";

/** The lane names beside the plot, grouped by actor kind; sticky while the plot scrolls. */
export function LaneLabels({
  layout,
  width,
  compact,
}: {
  layout: TimelineLayout;
  width: number;
  compact: boolean;
}) {
  return (
    <div
      className="sticky left-0 z-10 shrink-0 border-r border-stone-200 bg-white"
      style={{ width, height: layout.height }}
      data-testid="visual-lanes"
    >
      {layout.groups.map((g) => (
        <div key={g.key}>
          <div
            className={cx(
              "absolute left-0 flex items-center bg-stone-100 pl-1 font-semibold text-stone-600 uppercase",
              compact ? "text-[10px]" : "text-[11px] tracking-wide",
            )}
            style={{ top: g.y, height: g.headerHeight, width }}
            title={g.label}
          >
            <span className="truncate">{g.label}</span>
          </div>
          {g.lanes.map((lane) => (
            <div
              key={lane.key}
              data-lane={lane.key}
              title={lane.role && lane.role !== lane.name ? `${lane.name} (${lane.role})` : lane.name}
              tabIndex={compact ? 0 : undefined}
              className={cx(
                "absolute left-0 flex items-center pr-1 pl-1 text-stone-800",
                compact ? "text-xs" : "text-sm",
                "hover:z-20 hover:w-max! hover:bg-white hover:shadow focus:z-20 focus:w-max! focus:bg-white focus:shadow",
              )}
              style={{ top: lane.y, height: lane.height, width, maxWidth: compact ? 260 : 420 }}
            >
              <span className="truncate">
                <span className="font-medium">{lane.name}</span>
                {lane.role && lane.role !== lane.name && !compact ? (
                  <span className="text-stone-500"> · {lane.role}</span>
                ) : null}
              </span>
            </div>
          ))}
        </div>
      ))}
      {layout.phases.length ? (
        <div
          className="absolute left-0 flex items-center pl-1 text-xs font-semibold text-stone-600"
          style={{ top: layout.phasesTop, height: 18, width }}
        >
          Phases
        </div>
      ) : null}
    </div>
  );
}
