import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { can, type Permission } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { reviewQueueCount } from "@/lib/review-queue/queries";
import { LanguageSwitch } from "./language-switch";
import { NavLink } from "./nav-link";

const NAV: { href: string; key: string; permission: Permission }[] = [
  { href: "/", key: "overview", permission: "overview.view" },
  { href: "/strategicky-plan", key: "plan", permission: "plan.view" },
  { href: "/nabor", key: "recruitment", permission: "recruitment.view" },
  { href: "/nabor/ke-schvaleni", key: "reviewQueue", permission: "event.review" },
  { href: "/reporty", key: "reports", permission: "reports.view" },
  { href: "/moje-ukoly", key: "tasks", permission: "signedIn" },
  { href: "/sprava", key: "admin", permission: "admin.view" },
];

export async function AppHeader({ user }: { user: SessionUser }) {
  const t = await getTranslations();
  const items = NAV.filter((item) => can(user.role, item.permission));
  // The coordinator's waiting events: a count on the indexed status column.
  const waiting = items.some((item) => item.key === "reviewQueue") ? await reviewQueueCount() : 0;
  const label = (key: string) => (key === "reviewQueue" ? `${t("reviewQueue.nav")} (${waiting})` : t(`nav.${key}`));
  // Read out as "Ke schválení, 4 čekají" rather than a bare number in brackets.
  const spoken = (key: string) =>
    key === "reviewQueue" ? `${t("reviewQueue.nav")}, ${t("reviewQueue.navWaiting", { count: waiting })}` : undefined;
  return (
    <header className="border-b border-gray-200 bg-white">
      <a
        href="#obsah"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2"
      >
        {t("app.skipToContent")}
      </a>
      <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <div>
          <p className="text-xs font-medium uppercase tracking-wide text-gray-700">{t("app.region")}</p>
          <p className="text-lg font-semibold">{t("app.title")}</p>
        </div>
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <span>
            {t("app.signedInAs", { name: user.name })} · {t(`roles.${user.role}`)}
          </span>
          <Link href="/ucet">{t("account.link")}</Link>
          <LanguageSwitch />
          <SignOutButton label={t("auth.signOut")} />
        </div>
      </div>
      <nav aria-label={t("app.mainNavigation")} className="mx-auto max-w-7xl px-4">
        <ul className="flex flex-wrap gap-1">
          {items.map((item) => (
            <li key={item.href}>
              <NavLink href={item.href} others={items.map((i) => i.href)} label={spoken(item.key)}>
                {label(item.key)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
