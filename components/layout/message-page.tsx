import Link from "next/link";

export function MessagePage({ title, text, linkText }: { title: string; text: string; linkText: string }) {
  return (
    <main id="obsah" className="mx-auto max-w-xl p-8">
      <div className="card">
        <h1 className="mb-2 text-2xl font-semibold">{title}</h1>
        <p className="mb-4">{text}</p>
        <Link href="/">{linkText}</Link>
      </div>
    </main>
  );
}
