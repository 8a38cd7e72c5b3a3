// The form of one year's (quarter 0) or one quarter's regional figures of substitute family care: counts only,
// never names. The form validates with it and the save action parses the same values again.
import { z } from "@/lib/validation";
import { intField, optionalInt } from "@/lib/validation/fields";
import { currentYear } from "@/lib/clock";

export const CARE_KINDS = ["ADOPTION", "FOSTER", "TEMPORARY_FOSTER"] as const;
export type CareKind = (typeof CARE_KINDS)[number];
export const KIND_FIELDS = ["applicationsFiled", "applicantsRegistered", "childrenPlaced"] as const;
export const CHILDREN_FIELDS = ["childrenInInstitutionalCare", "childrenSeekingFamily"] as const;

/** More than this in one region and one year is a typing error. */
export const MAX_COUNT = 10_000;
export const FIRST_YEAR = 2000;

const count = () => optionalInt(0, MAX_COUNT);
const kindFigures = z.object({ applicationsFiled: count(), applicantsRegistered: count(), childrenPlaced: count() });

/** Figures of years up to `thisYear()`: the server's clock (lib/clock); the form gets its year as a prop, so the
 * browser's date never decides. */
export const careFiguresSchemaUntil = (thisYear: () => number) =>
  z
    .object({
      year: intField(FIRST_YEAR, 2100),
      quarter: intField(0, 4), // 0 = the whole year
      ADOPTION: kindFigures,
      FOSTER: kindFigures,
      TEMPORARY_FOSTER: kindFigures,
      childrenInInstitutionalCare: count(),
      childrenSeekingFamily: count(),
    })
    .superRefine((v, ctx) => {
      const last = thisYear();
      if (v.year > last) ctx.addIssue({ code: "custom", message: `too_big|${last}`, path: ["year"] });
      const figures = [
        ...CARE_KINDS.flatMap((k) => KIND_FIELDS.map((f) => v[k][f])),
        ...CHILDREN_FIELDS.map((f) => v[f]),
      ];
      if (figures.every((n) => n === undefined)) ctx.addIssue({ code: "custom", message: "noFigures", path: ["year"] });
    });

export const careFiguresSchema = careFiguresSchemaUntil(currentYear);
export type CareFiguresInput = z.input<typeof careFiguresSchema>;
