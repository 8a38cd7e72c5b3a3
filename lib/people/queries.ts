import "server-only";
// What the admin's people pages read. Password hashes and TOTP secrets never leave this module: the pages get a
// state and a yes/no instead.
import { db } from "@/lib/db";
import { searchable, searchWords } from "@/lib/search";
import { byName, sortByName } from "@/lib/sort/collate";
import { ROLES } from "@/lib/auth/permissions";
import type { Role } from "@/lib/db/generated/sqlite/enums";
import { PERSON_STATES, personState, type PersonState } from "./schema";

export type PeopleFilters = { role?: Role; state?: PersonState; q?: string };

/** The list's filters from the URL (?role=MEMBER&stav=ceka&q=novak); unknown values are ignored. */
export function peopleFilters(params: Record<string, string | undefined>): PeopleFilters {
  const role = ROLES.find((r) => r === params.role);
  const state = PERSON_STATES.find((s) => s === params.stav);
  const q = params.q?.trim().slice(0, 100) || undefined;
  return { role, state, q };
}

const PERSON = {
  id: true,
  name: true,
  email: true,
  role: true,
  active: true,
  passwordHash: true,
  lastSignInAt: true,
  totpEnabledAt: true,
  createdAt: true,
  organisation: { select: { id: true, name: true, active: true } },
} as const;

/** Everyone with an account (a regional office has tens, not thousands), filtered and in Czech name order. */
export async function listPeople(filters: PeopleFilters) {
  const rows = await db.user.findMany({ where: filters.role ? { role: filters.role } : {}, select: PERSON });
  const words = searchWords(filters.q);
  const people = rows
    .map(({ passwordHash, ...u }) => ({
      ...u,
      state: personState({ ...u, passwordHash }),
      twoFactor: !!u.totpEnabledAt,
    }))
    .filter((u) => !filters.state || u.state === filters.state)
    .filter((u) => {
      const text = searchable(u.name, u.email, u.organisation?.name);
      return words.every((w) => text.includes(w));
    });
  return { people: people.sort(byName), total: rows.length };
}

export type PersonRow = Awaited<ReturnType<typeof listPeople>>["people"][number];

/** One person with what the admin may see of their account, and the open invitation when they have not accepted. */
export async function personDetail(id: string) {
  const user = await db.user.findUnique({ where: { id }, select: { ...PERSON, organisationId: true } });
  if (!user) return null;
  const { passwordHash, ...rest } = user;
  const invitation = await db.accountLink.findFirst({
    where: { userId: id, kind: "INVITATION", usedAt: null },
    orderBy: { createdAt: "desc" },
    select: { expiresAt: true },
  });
  return {
    ...rest,
    state: personState({ ...rest, passwordHash }),
    hasPassword: passwordHash !== null,
    invitationExpiresAt: invitation?.expiresAt ?? null,
  };
}

export type PersonDetail = NonNullable<Awaited<ReturnType<typeof personDetail>>>;

/** Organisations a person may be assigned to: the active ones, plus their current one even when it has been
 * deactivated since (so that the form shows it; assigning it anew is refused). */
export async function organisationChoices(currentId?: string | null) {
  const rows = await db.organisation.findMany({
    where: { OR: [{ active: true }, ...(currentId ? [{ id: currentId }] : [])] },
    select: { id: true, name: true, active: true },
  });
  return sortByName(rows);
}
