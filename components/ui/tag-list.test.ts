import { describe, expect, it } from "vitest";
import { addTags, splitTags } from "./tag-list";

describe("tag list", () => {
  it("splits pasted lists on commas and new lines", () => {
    expect(splitTags("s3:GetObject, ec2:*\nprod  db admin\r\n,,")).toEqual([
      "s3:GetObject",
      "ec2:*",
      "prod db admin",
    ]);
  });

  it("adds new scopes and reports case-insensitive duplicates", () => {
    expect(addTags(["S3:GetObject"], ["s3:getobject", "ec2:*", "EC2:*", " "])).toEqual({
      list: ["S3:GetObject", "ec2:*"],
      duplicates: ["s3:getobject", "EC2:*"],
    });
  });
});
