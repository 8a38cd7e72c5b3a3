import "next-auth";

declare module "next-auth" {
  interface Session {
    /** method: the next-auth provider id the session began with ("credentials", "sso"). */
    user: { id: string; authTime?: number; method?: string; name?: string | null; email?: string | null };
  }
}
