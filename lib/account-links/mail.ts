// The Czech e-mail that carries an invitation or a password-reset link: plain text and the same words as HTML.
import { createTranslator } from "use-intl/core";
import cs from "@/messages/cs/accounts.json";
import type { AccountLinkKind } from "@/lib/db/generated/sqlite/enums";
import { formatDateTime } from "@/lib/format";
import type { Mail } from "@/lib/mail/send";

const t = createTranslator({ locale: "cs", messages: cs, namespace: "accountMail" });

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

export function accountLinkMail(input: {
  kind: AccountLinkKind;
  name: string;
  email: string;
  url: string;
  expiresAt: Date;
  inviter?: string;
}): Mail {
  // NBSP from the Czech date format would show as "=C2=A0" in some plain-text readers; a space reads the same.
  const until = formatDateTime(input.expiresAt).replace(/\u00a0/g, " ");
  const values = { name: input.name, email: input.email, until, inviter: input.inviter ?? "Správce aplikace" };
  const paragraphs = [t("greeting", values), t(`${input.kind}.intro`, values), t(`${input.kind}.action`, values)];
  const closing = [t("ignore"), t("signature")];
  const text = [...paragraphs, input.url, ...closing].join("\n\n");
  const p = (line: string) => `<p>${escapeHtml(line)}</p>`;
  const html = [
    '<!doctype html><html lang="cs"><body style="font-family:Arial,sans-serif;line-height:1.5;color:#111">',
    ...paragraphs.map(p),
    `<p><a href="${escapeHtml(input.url)}" style="display:inline-block;padding:10px 16px;background:#1d4ed8;color:#fff;text-decoration:none;border-radius:6px">${escapeHtml(t(`${input.kind}.button`))}</a></p>`,
    `<p style="font-size:13px;color:#444">${escapeHtml(input.url)}</p>`,
    ...closing.map(p),
    "</body></html>",
  ].join("\n");
  return { subject: t(`${input.kind}.subject`), text: `${text}\n`, html };
}
