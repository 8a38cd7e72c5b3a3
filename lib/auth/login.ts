// Credential check used by next-auth's authorize(). Returns the user or null; never says which part was wrong.
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { verifyPassword } from "./password";
import { loginSchema } from "./schema";

export async function checkCredentials(input: unknown, ip?: string) {
  const parsed = loginSchema.safeParse(input);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const user = await db.user.findUnique({ where: { email } });
  const ok = (await verifyPassword(password, user?.passwordHash)) && !!user?.active;
  await audit(db, {
    userId: ok ? user!.id : null,
    action: ok ? "login" : "login_failed",
    entity: "User",
    entityId: user?.id ?? null,
    after: ok ? undefined : { email },
    ip,
  });
  return ok ? { id: user!.id, email: user!.email, name: user!.name } : null;
}
