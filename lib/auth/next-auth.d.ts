import "next-auth";

declare module "next-auth" {
  interface Session {
    user: { id: string; authTime?: number; name?: string | null; email?: string | null };
  }
}
