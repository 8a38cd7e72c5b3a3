import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { checkCredentials } from "./login";
import { authSecret } from "./secret";
import { completeSsoSignIn, ssoProviders, SSO_PROVIDER_ID } from "./sso";

const SESSION_HOURS = 8;

// next-auth builds its callback and sign-out URLs from NEXTAUTH_URL; a local install serves on PORT.
process.env.NEXTAUTH_URL ??= `http://localhost:${process.env.PORT ?? 3000}`;

export const authOptions: NextAuthOptions = {
  secret: authSecret(),
  session: { strategy: "jwt", maxAge: SESSION_HOURS * 60 * 60 },
  pages: { signIn: "/prihlaseni", error: "/prihlaseni" },
  providers: [
    CredentialsProvider({
      name: "credentials",
      // code: the second factor (TOTP or a recovery code), sent again with the password once the first try answered
      // SecondFactorRequired (lib/auth/login).
      credentials: { email: { type: "email" }, password: { type: "password" }, code: { type: "text" } },
      authorize: (credentials, request) => {
        const forwarded = request?.headers?.["x-forwarded-for"];
        const ip = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(",")[0]?.trim();
        return checkCredentials(credentials, ip);
      },
    }),
    ...ssoProviders(),
  ],
  callbacks: {
    signIn: ({ user, account }) => (account?.provider === SSO_PROVIDER_ID ? completeSsoSignIn(user) : true),
    // method: how the session began (the provider id), for the second-factor rule (lib/two-factor/policy).
    jwt: ({ token, user, account }) =>
      user ? { ...token, sub: user.id, authTime: Date.now(), method: account?.provider ?? "credentials" } : token,
    session: ({ session, token }) => ({
      ...session,
      user: {
        ...session.user,
        id: token.sub as string,
        authTime: token.authTime as number | undefined,
        method: token.method as string | undefined,
      },
    }),
  },
};
