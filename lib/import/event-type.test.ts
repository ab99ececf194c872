import { describe, expect, it } from "vitest";
import { mapEventType } from "./event-type";

describe("mapEventType", () => {
  it("maps enum names, labels and synonyms", () => {
    expect(mapEventType("DETECTION").type).toBe("DETECTION");
    expect(mapEventType("Alert").type).toBe("ALERT");
    expect(mapEventType("paged").type).toBe("ALERT");
    expect(mapEventType("rollback").type).toBe("MITIGATION");
    expect(mapEventType("Status update").type).toBe("COMMUNICATION");
    expect(mapEventType("tool_call").type).toBe("ACTION");
    expect(mapEventType("resolved").type).toBe("RESOLUTION");
  });

  it("treats an empty cell as Other silently and an unknown word as Other with a warning", () => {
    expect(mapEventType("")).toEqual({ type: "OTHER" });
    const unknown = mapEventType("kaboom");
    expect(unknown.type).toBe("OTHER");
    expect(unknown.warning).toMatch(/“kaboom” is not one Kintsugi knows; imported as Other/);
  });
});
