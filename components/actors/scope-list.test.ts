import { describe, expect, it } from "vitest";
import { addScopes, splitScopes } from "./scope-list";

describe("scope list", () => {
  it("splits pasted lists on commas and new lines", () => {
    expect(splitScopes("s3:GetObject, ec2:*\nprod  db admin\r\n,,")).toEqual([
      "s3:GetObject",
      "ec2:*",
      "prod db admin",
    ]);
  });

  it("adds new scopes and reports case-insensitive duplicates", () => {
    expect(addScopes(["S3:GetObject"], ["s3:getobject", "ec2:*", "EC2:*", " "])).toEqual({
      list: ["S3:GetObject", "ec2:*"],
      duplicates: ["s3:getobject", "EC2:*"],
    });
  });
});
