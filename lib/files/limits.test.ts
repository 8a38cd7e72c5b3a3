import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fileProblem, MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS, MAX_REQUEST_BYTES, MB } from "./limits";

const file = (name: string, size: number) => ({ name, size });

describe("upload limits", () => {
  it("accepts files up to the limit, up to five", () => {
    expect(fileProblem([])).toBeNull();
    expect(
      fileProblem(Array.from({ length: MAX_ATTACHMENTS }, (_, i) => file(`${i}.pdf`, MAX_ATTACHMENT_BYTES))),
    ).toBeNull();
  });

  it("names the file over the limit with its size in MB, rounded up", () => {
    expect(fileProblem([file("a.pdf", 1), file("zprava.pdf", 11 * MB)])).toEqual({
      code: "fileTooLarge",
      name: "zprava.pdf",
      size: 11,
      max: 10,
    });
    expect(fileProblem([file("zprava.pdf", 30.2 * MB)])).toMatchObject({ size: 30.2 });
    // One byte over reads 10,1 MB, never "10 MB; at most 10 MB".
    expect(fileProblem([file("x.pdf", MAX_ATTACHMENT_BYTES + 1)])).toMatchObject({ code: "fileTooLarge", size: 10.1 });
  });

  it("refuses empty files and too many files", () => {
    expect(fileProblem([file("prazdny.pdf", 0)])).toEqual({ code: "fileEmpty", name: "prazdny.pdf" });
    expect(fileProblem(Array.from({ length: 6 }, (_, i) => file(`${i}.pdf`, 1)))).toEqual({
      code: "tooManyFiles",
      count: 6,
      max: 5,
    });
    expect(fileProblem([file("a.xlsx", 3 * MB)], { maxBytes: 2 * MB, maxFiles: 1 })).toMatchObject({
      code: "fileTooLarge",
      max: 2,
    });
  });

  it("keeps the framework's body limits in next.config.js above the largest request the app accepts", () => {
    const config = readFileSync(new URL("../../next.config.js", import.meta.url), "utf8");
    for (const key of ["bodySizeLimit", "proxyClientMaxBodySize"]) {
      const mb = Number(new RegExp(`${key}: "(\\d+)mb"`).exec(config)?.[1]);
      expect(mb * MB, key).toBeGreaterThanOrEqual(MAX_REQUEST_BYTES);
    }
  });
});
