import type { Db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { audit } from "@/lib/audit";
import { newUserSchema } from "./schema";

/** Creates a user account (used by the CLI for the first admin, and later by the admin screens). */
export async function createUser(db: Db, input: unknown, actorId: string | null = null) {
  const data = newUserSchema.parse(input);
  const user = await db.user.create({
    data: {
      email: data.email,
      name: data.name,
      role: data.role,
      organisationId: data.organisationId ?? null,
      passwordHash: await hashPassword(data.password),
    },
    select: { id: true, email: true, name: true, role: true, organisationId: true },
  });
  await audit(db, { userId: actorId, action: "create", entity: "User", entityId: user.id, after: user });
  return user;
}
