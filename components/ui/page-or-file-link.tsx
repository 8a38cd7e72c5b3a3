import Link from "next/link";

/** A link in a list of a page's tools. Files (exports under /api/) are plain links: next/link would prefetch them,
 * building an export on every visit of the page that shows the link. */
export function PageOrFileLink({ href, children }: { href: string; children: React.ReactNode }) {
  return href.startsWith("/api/") ? (
    <a href={href} download>
      {children}
    </a>
  ) : (
    <Link href={href}>{children}</Link>
  );
}
