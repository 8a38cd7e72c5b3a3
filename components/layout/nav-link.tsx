"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

/** Active when the page lies under href and under no longer href of the same navigation (`others`). */
export function NavLink({
  href,
  others = [],
  label,
  children,
}: {
  href: string;
  others?: string[];
  label?: string;
  children: React.ReactNode;
}) {
  const pathname = usePathname();
  const under = (h: string) => (h === "/" ? pathname === "/" : pathname.startsWith(h));
  const active = under(href) && !others.some((h) => h.length > href.length && h.startsWith(href) && under(h));
  return (
    <Link
      href={href}
      aria-current={active ? "page" : undefined}
      aria-label={label}
      className={`inline-block border-b-2 px-3 py-2 text-sm font-medium no-underline hover:no-underline ${
        active ? "border-blue-800 text-blue-900" : "border-transparent text-gray-800 hover:border-gray-300"
      }`}
    >
      {children}
    </Link>
  );
}
