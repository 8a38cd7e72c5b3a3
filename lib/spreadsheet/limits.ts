// Upload limits, shared by the server check and the import forms (kept apart from read.ts so client bundles stay small).
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
export const MAX_ROWS = 2000;
