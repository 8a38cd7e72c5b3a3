// In the browser: hands a file a server action returned (base64) to the user as a download.
import type { ActionResult } from "@/lib/actions/errors";
import { CONTENT_TYPES } from "./write";

export function saveXlsx(fileName: string, base64: string) {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: CONTENT_TYPES.xlsx }));
  const link = Object.assign(document.createElement("a"), { href: url, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Runs an action that returns a workbook and saves it; the error code to show when it did not come (else null). */
export async function saveReturnedXlsx(
  load: () => Promise<ActionResult<{ fileName: string; base64: string }>>,
): Promise<string | null> {
  try {
    const result = await load();
    if (!result.ok) return result.error;
    saveXlsx(result.data.fileName, result.data.base64);
    return null;
  } catch {
    return "unexpected";
  }
}
