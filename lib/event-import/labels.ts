// The labels of the enum values an events file holds, in Czech and English, from the messages (apart from
// columns.ts, which the client imports: these tables need the messages files).
import type { Audience, Realisation } from "@/lib/db/generated/sqlite/enums";
import { labelsFromMessages } from "@/lib/spreadsheet/labels";
import csCommon from "@/messages/cs/common.json";
import enCommon from "@/messages/en/common.json";
import csRecruitment from "@/messages/cs/recruitment.json";
import enRecruitment from "@/messages/en/recruitment.json";

export const AUDIENCE_LABELS = labelsFromMessages<Audience>(
  ["PUBLIC", "FAMILIES", "SCHOOLS", "CHURCHES", "EMPLOYERS", "PROFESSIONALS", "MEDIA", "OTHER"],
  { cs: csRecruitment.recruitment.audience, en: enRecruitment.recruitment.audience },
);

export const REALISATION_LABELS = labelsFromMessages<Realisation>(["REALISED", "PLANNED"], {
  cs: csCommon.realisation,
  en: enCommon.realisation,
});
