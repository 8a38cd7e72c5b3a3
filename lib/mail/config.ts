// Where e-mails go and what their links point to, from the environment (README, "E-mail").
// Without SMTP_URL nothing is sent: the reminder script does nothing and the admin passes links on by hand.
const DEFAULT_APP_URL = "http://localhost:3000";
const DEFAULT_FROM = "Rodinná politika LK <noreply@localhost>";

export const smtpUrl = (): string | undefined => process.env.SMTP_URL || undefined;
export const mailFrom = (): string => process.env.MAIL_FROM ?? DEFAULT_FROM;
/** The app's public address, without a trailing slash: every link in an e-mail starts with it. */
export const appUrl = (): string => (process.env.APP_URL ?? DEFAULT_APP_URL).replace(/\/+$/, "");
