// The reminder switch's schema, shared by the form and the action (only the caller's own setting: no user id).
import { z } from "@/lib/validation";

export const emailRemindersSchema = z.object({ enabled: z.boolean() }).strict();
