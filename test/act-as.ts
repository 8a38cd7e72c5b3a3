// Integration tests call server actions directly, as a given demo user (the session module is mocked).
import { vi } from "vitest";
import { currentUser, type SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";

export const DEMO = {
  admin: "user-admin",
  coordinator: "user-coordinator",
  memberA: "user-member-naruc",
  memberB: "user-member-rvc",
  council: "user-council",
} as const;

export async function actAs(who: keyof typeof DEMO | null): Promise<SessionUser | null> {
  const user = who
    ? {
        ...(await db.user.findUniqueOrThrow({
          where: { id: DEMO[who] },
          select: { id: true, email: true, name: true, role: true, organisationId: true },
        })),
        mustEnrolSecondFactor: false,
      }
    : null;
  vi.mocked(currentUser).mockResolvedValue(user);
  return user;
}
