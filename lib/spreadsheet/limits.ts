// Upload limits, shared by the server check and the import forms (kept apart from read.ts so client bundles stay small).
// The byte limit lives with the other upload limits in lib/files/limits.
export { MAX_IMPORT_BYTES } from "@/lib/files/limits";
export const MAX_ROWS = 10_000;
