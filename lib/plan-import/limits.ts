// The upload limits of every spreadsheet import (lib/spreadsheet), under the name the plan import form uses.
export { MAX_IMPORT_BYTES, MAX_ROWS } from "@/lib/spreadsheet/limits";
