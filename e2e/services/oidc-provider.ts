// A real OpenID Connect provider for the single sign-on e2e test (e2e/sso.spec.ts), on 127.0.0.1:(E2E_PORT + 3):
// oidc-provider with one confidential client (the app at http://localhost:<E2E_PORT>) and two people: the demo
// coordinator and someone the app does not know. The built-in development login form accepts any password.
// Run by Playwright as a webServer (playwright.config.ts); scripts/e2e-server.sh points the app's OIDC_* here.
import Provider, { type OidcContext } from "oidc-provider";

const appPort = Number(process.env.E2E_PORT ?? 3100);
const port = appPort + 3;
export const OIDC_ISSUER = `http://127.0.0.1:${port}`;

const ACCOUNTS: Record<string, { name: string }> = {
  "koordinatorka@demo.rodina-lk.cz": { name: "Jana Dvořáková" },
  "neznamy@example.cz": { name: "Neznámý Návštěvník" },
};

const provider = new Provider(OIDC_ISSUER, {
  clients: [
    {
      client_id: process.env.OIDC_CLIENT_ID ?? "rodina-e2e",
      client_secret: process.env.OIDC_CLIENT_SECRET ?? "e2e-oidc-secret-not-for-production",
      redirect_uris: [`http://localhost:${appPort}/api/auth/callback/sso`],
      grant_types: ["authorization_code"],
      response_types: ["code"],
    },
  ],
  async findAccount(_ctx: unknown, id: string) {
    const account = ACCOUNTS[id];
    if (!account) return undefined;
    return { accountId: id, claims: async () => ({ sub: id, email: id, email_verified: true, name: account.name }) };
  },
  claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
  // The app reads the ID token's claims (Entra ID puts the e-mail there too), not the userinfo endpoint.
  conformIdTokenClaims: false,
  features: { devInteractions: { enabled: true } },
  pkce: { required: () => true },
  cookies: { keys: ["e2e-oidc-cookie-key-not-for-production"] },
  // A first-party client: no consent screen, as an office's own IdP would be set up.
  async loadExistingGrant(ctx: OidcContext) {
    const { provider: p, client, session, result } = ctx.oidc;
    const grantId = result?.consent?.grantId ?? session.grantIdFor(client.clientId);
    if (grantId) return p.Grant.find(grantId);
    const grant = new p.Grant({ clientId: client.clientId, accountId: session.accountId });
    grant.addOIDCScope("openid email profile");
    await grant.save();
    return grant;
  },
});

provider.listen(port, "127.0.0.1", () =>
  console.log(`OpenID provider at ${OIDC_ISSUER}/.well-known/openid-configuration`),
);
