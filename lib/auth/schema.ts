import { z } from "@/lib/validation";

export const loginSchema = z.object({
  email: z.string().trim().toLowerCase().min(1).max(254).email(),
  password: z.string().min(1).max(200),
});
