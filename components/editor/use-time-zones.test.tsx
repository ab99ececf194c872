import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { useTimeZones } from "./use-time-zones";

function Zones({ current }: { current: string }) {
  const zones = useTimeZones(current);
  return (
    <select defaultValue={current}>
      {zones.map((z) => (
        <option key={z}>{z}</option>
      ))}
    </select>
  );
}

describe("useTimeZones", () => {
  it("renders only the current zone on the server (the browser adds the rest)", () => {
    const html = renderToString(<Zones current="Europe/Berlin" />);
    expect(html.match(/<option/g)).toHaveLength(1);
    expect(html).toContain("Europe/Berlin");
  });
});
