import Link from "next/link";

/** A register page's heading with its one action beside it ("Nová organizace", "Pozvat uživatele"). */
export function PageTitle({ title, action }: { title: string; action: { href: string; label: string } }) {
  return (
    <div className="flex flex-wrap items-center justify-between gap-3">
      <h1 className="text-2xl font-semibold">{title}</h1>
      <Link href={action.href} className="btn no-underline">
        {action.label}
      </Link>
    </div>
  );
}
