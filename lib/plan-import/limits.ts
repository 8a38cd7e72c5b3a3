// Upload limits, shared by the server check and the form (kept apart from read.ts so the client bundle stays small).
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
export const MAX_ROWS = 2000;
