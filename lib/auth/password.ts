import bcrypt from "bcryptjs";

const ROUNDS = 12;

export const hashPassword = (password: string) => bcrypt.hash(password, ROUNDS);

// Compared even when the account does not exist, so the response time does not reveal which e-mails are registered.
const DUMMY_HASH = "$2b$12$SmhLdsD8gODhEiIQ4etRXO/JDezojJ/TMUTP3jGyQQUBIfX..nrtK";

export function verifyPassword(password: string, hash: string | null | undefined): Promise<boolean> {
  return bcrypt.compare(password, hash ?? DUMMY_HASH);
}
