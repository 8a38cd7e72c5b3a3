"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

export function NavLink({ href, children }: { href: string; children: React.ReactNode }) {
  const pathname = usePathname();
  const active = href === "/" ? pathname === "/" : pathname.startsWith(href);
  return (
    <Link
      href={href}
      aria-current={active ? "page" : undefined}
      className={`inline-block border-b-2 px-3 py-2 text-sm font-medium no-underline hover:no-underline ${
        active ? "border-blue-800 text-blue-900" : "border-transparent text-gray-800 hover:border-gray-300"
      }`}
    >
      {children}
    </Link>
  );
}
