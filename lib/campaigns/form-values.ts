// A stored campaign as the values of its form.
import type { CampaignInput } from "./schema";

const isoDay = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");

export function campaignFormValues(c?: {
  id: string;
  name: string;
  description: string | null;
  startDate: Date | null;
  endDate: Date | null;
  parentId: string | null;
}): CampaignInput {
  if (!c) return { name: "", description: "", startDate: "", endDate: "", parentId: "" };
  return {
    id: c.id,
    name: c.name,
    description: c.description ?? "",
    startDate: isoDay(c.startDate),
    endDate: isoDay(c.endDate),
    parentId: c.parentId ?? "",
  };
}
