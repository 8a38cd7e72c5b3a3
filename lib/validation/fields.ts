// Form field types whose parsed value has the same shape as their input, so one schema serves the form (through
// zodResolver) and the server action (which parses the submitted values again). Conversion to database types
// (haléře, Date) happens in the action with toHaler / toDate.
import { parseCalendarDate, parseMoney } from "@/lib/format";
import { z } from "./index";

const empty = (v: unknown) => v === "" || v === null || v === undefined;

export const text = (max: number) => z.string().trim().min(1).max(max);
export const optionalText = (max: number) => z.string().trim().max(max).optional().or(z.literal(""));
export const id = () => z.string().min(1).max(64);

/** "2019-10-05" (an <input type="date"> value); "" when optional and left empty. */
export const dateField = () => z.string().refine((v) => parseCalendarDate(v) !== null, "invalid_date");
export const optionalDate = () => z.union([z.literal(""), dateField()]).optional();

/** A money amount typed in Czech ("329 693,55") or plain notation, 0 to 10 billion Kč. */
export const moneyField = () =>
  z.string().refine((v) => {
    const haler = parseMoney(v);
    return haler !== null && haler >= 0n && haler <= 1_000_000_000_000n;
  }, "invalid_money");
export const optionalMoney = () => z.union([z.literal(""), moneyField()]).optional();

/** A whole number typed into an input (string or number in, number out). */
export const intField = (min: number, max: number) =>
  z.preprocess(
    (v) => (typeof v === "string" && v.trim() !== "" ? Number(v.replace(",", ".")) : v),
    z.number().int().min(min).max(max),
  );
export const optionalInt = (min: number, max: number) =>
  z.preprocess((v) => (empty(v) ? undefined : v), intField(min, max).optional());

export const numberField = (min = -1e12, max = 1e12) =>
  z.preprocess(
    (v) => (typeof v === "string" && v.trim() !== "" ? Number(v.replace(/\s/g, "").replace(",", ".")) : v),
    z.number().finite().min(min).max(max),
  );

export const toHaler = (v: string | undefined) => (v ? parseMoney(v) : null);
export const toDate = (v: string | undefined) => (v ? parseCalendarDate(v) : null);

/** Up to `max` uploaded files: one File or an array of them (as formDataInput delivers); an array out, or none. */
export const filesField = (max: number) =>
  z.preprocess((v) => (v instanceof File ? [v] : v), z.array(z.instanceof(File)).max(max)).optional();
