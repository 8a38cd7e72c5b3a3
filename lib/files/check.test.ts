import { describe, expect, it } from "vitest";
import { checkUpload, checkUploads, MAX_ATTACHMENT_BYTES, safeFileName } from "./check";

const PDF = new TextEncoder().encode(
  "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
) as Uint8Array<ArrayBuffer>;
const PNG = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0,
  0, 0,
]);
const file = (bytes: Uint8Array<ArrayBuffer>, name: string, type = "application/octet-stream") =>
  new File([bytes], name, { type });

describe("upload check", () => {
  it("accepts a PDF and a PNG by their content and stores a safe name", async () => {
    const pdf = await checkUpload(file(PDF, "../../etc/zpráva.pdf"));
    expect(pdf).toMatchObject({ mimeType: "application/pdf", fileName: "zpráva.pdf", size: PDF.byteLength });
    expect(pdf.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect((await checkUpload(file(PNG, "foto.jpg"))).fileName).toBe("foto.png");
  });

  it("refuses a script renamed to .pdf with a forged type", async () => {
    const fake = new TextEncoder().encode("#!/bin/sh\nrm -rf /\n") as Uint8Array<ArrayBuffer>;
    await expect(checkUpload(file(fake, "zprava.pdf", "application/pdf"))).rejects.toMatchObject({ code: "fileType" });
    await expect(
      checkUpload(
        file(
          new TextEncoder().encode("<html><script>alert(1)</script>") as Uint8Array<ArrayBuffer>,
          "a.png",
          "image/png",
        ),
      ),
    ).rejects.toMatchObject({ code: "fileType" });
  });

  it("refuses empty and oversize files", async () => {
    await expect(checkUpload(file(new Uint8Array(), "a.pdf"))).rejects.toMatchObject({ code: "fileEmpty" });
    const big = new Uint8Array(MAX_ATTACHMENT_BYTES + 1);
    big.set(PDF);
    await expect(checkUpload(file(big, "a.pdf"))).rejects.toMatchObject({ code: "fileTooLarge" });
  });

  it("reports a refused attachment as a field error too, so the form shows it by the file input", async () => {
    const big = new Uint8Array(MAX_ATTACHMENT_BYTES + 1);
    big.set(PDF);
    await expect(checkUploads([file(PDF, "a.pdf"), file(big, "b.pdf")])).rejects.toMatchObject({
      code: "fileTooLarge",
      details: { fieldErrors: { attachments: ["fileTooLarge|10"] } },
    });
    await expect(checkUploads([file(new Uint8Array(), "c.pdf")], "file")).rejects.toMatchObject({
      code: "fileEmpty",
      details: { fieldErrors: { file: ["fileEmpty"] } },
    });
    expect(await checkUploads(undefined)).toEqual([]);
  });

  it("cleans path-like and control characters from names", () => {
    expect(safeFileName("C:\\Users\\x\\..\\report.PDF", "pdf")).toBe("report.pdf");
    expect(safeFileName("...", "png")).toBe("priloha.png");
    expect(safeFileName("a\u0000b<c>.docx", "docx")).toBe("abc.docx");
  });
});
