import { describe, expect, it } from "vitest";
import { ssoConfig, ssoName, ssoProviders, verifiedEmail } from "./sso";

const ENV = {
  OIDC_ISSUER: "https://login.microsoftonline.com/tenant/v2.0/",
  OIDC_CLIENT_ID: "app-id",
  OIDC_CLIENT_SECRET: "s3cret",
};

describe("single sign-on configuration", () => {
  it.each([
    ["no variables", {}],
    ["no issuer", { ...ENV, OIDC_ISSUER: "" }],
    ["no client id", { ...ENV, OIDC_CLIENT_ID: undefined }],
    ["no client secret", { ...ENV, OIDC_CLIENT_SECRET: undefined }],
    ["a blank issuer", { ...ENV, OIDC_ISSUER: "   " }],
  ])("is off with %s", (_label, env) => {
    expect(ssoConfig(env)).toBeNull();
    expect(ssoName(env)).toBeNull();
    expect(ssoProviders(env)).toEqual([]);
  });

  it("is on with issuer, client id and secret: OpenID Connect with PKCE, state and nonce", () => {
    expect(ssoName(ENV)).toBe("Jednotné přihlášení");
    const [provider] = ssoProviders({ ...ENV, OIDC_NAME: " Entra ID " });
    expect(provider).toMatchObject({
      id: "sso",
      name: "Entra ID",
      type: "oauth",
      wellKnown: "https://login.microsoftonline.com/tenant/v2.0/.well-known/openid-configuration",
      clientId: "app-id",
      clientSecret: "s3cret",
      idToken: true,
      checks: ["pkce", "state", "nonce"],
      authorization: { params: { scope: "openid email profile" } },
    });
  });

  it("trusts the provider's e-mail only with OIDC_TRUST_EMAIL=true", () => {
    expect(ssoConfig(ENV)?.trustEmail).toBe(false);
    expect(ssoConfig({ ...ENV, OIDC_TRUST_EMAIL: "yes" })?.trustEmail).toBe(false);
    expect(ssoConfig({ ...ENV, OIDC_TRUST_EMAIL: "true" })?.trustEmail).toBe(true);
  });
});

describe("the e-mail the provider vouches for", () => {
  it("takes email with email_verified, lower-cased and trimmed", () => {
    expect(verifiedEmail({ email: "  Jana.Dvorakova@Kraj-LBC.cz ", email_verified: true }, false)).toEqual({
      email: "jana.dvorakova@kraj-lbc.cz",
    });
    expect(verifiedEmail({ email: "a@b.cz", email_verified: "true" }, false)).toEqual({ email: "a@b.cz" });
  });

  it("refuses an unverified e-mail unless the tenant is trusted; an explicit false stays refused", () => {
    expect(verifiedEmail({ email: "a@b.cz" }, false)).toEqual({ email: "a@b.cz", problem: "unverified" });
    expect(verifiedEmail({ email: "a@b.cz" }, true)).toEqual({ email: "a@b.cz" });
    expect(verifiedEmail({ email: "a@b.cz", email_verified: false }, true)).toEqual({
      email: "a@b.cz",
      problem: "unverified",
    });
  });

  it("falls back to preferred_username or upn only when trusted and only when they are e-mails", () => {
    expect(verifiedEmail({ preferred_username: "Jana@Kraj-LBC.cz" }, true)).toEqual({ email: "jana@kraj-lbc.cz" });
    expect(verifiedEmail({ upn: "jana@kraj-lbc.cz" }, true)).toEqual({ email: "jana@kraj-lbc.cz" });
    expect(verifiedEmail({ preferred_username: "KRAJ\\jana", upn: "jana" }, true)).toEqual({
      email: null,
      problem: "no_email",
    });
    expect(verifiedEmail({ preferred_username: "jana@kraj-lbc.cz" }, false)).toEqual({
      email: null,
      problem: "no_email",
    });
  });

  it.each([
    ["no claims", {}],
    ["a number", { email: 42, email_verified: true }],
    ["not an e-mail", { email: "jana", email_verified: true }],
    ["a 10 000-character e-mail", { email: `${"a".repeat(10_000)}@b.cz`, email_verified: true }],
  ])("finds none in %s", (_label, claims) => {
    expect(verifiedEmail(claims, true)).toEqual({ email: null, problem: "no_email" });
  });
});
