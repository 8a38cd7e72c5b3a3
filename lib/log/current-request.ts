import { headers } from "next/headers";
import { REQUEST_ID_HEADER } from "./request";

/** The id proxy.ts gave the current request; undefined outside a request (a script, a Vitest run). */
export async function currentRequestId(): Promise<string | undefined> {
  try {
    return (await headers()).get(REQUEST_ID_HEADER) ?? undefined;
  } catch {
    return undefined;
  }
}
