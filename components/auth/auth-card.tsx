import { LanguageSwitch } from "@/components/layout/language-switch";

/** The signed-out pages' frame: language switch, then one card with the page's heading (or children that bring their
 * own h1), and `after` it what stands below the card. */
export function AuthCard({
  title,
  cardClassName = "card space-y-4",
  after,
  children,
}: {
  title?: string;
  cardClassName?: string;
  after?: React.ReactNode;
  children: React.ReactNode;
}) {
  return (
    <main id="obsah" className="mx-auto flex min-h-screen max-w-md flex-col justify-center p-6">
      <div className="mb-4 flex justify-end">
        <LanguageSwitch />
      </div>
      <div className={cardClassName}>
        {title ? <h1 className="text-2xl font-semibold">{title}</h1> : null}
        {children}
      </div>
      {after}
    </main>
  );
}
