import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** Links to the archived programmes: still readable, with their counts and history. */
export async function ArchivedProgrammes({ programmes }: { programmes: { id: string; name: string }[] }) {
  if (!programmes.length) return null;
  const t = await getTranslations("programmes.archive");
  return (
    <section className="card space-y-2" aria-labelledby="archived-heading">
      <h2 id="archived-heading" className="text-lg font-semibold">
        {t("listHeading")}
      </h2>
      <ul className="list-disc pl-5 text-sm">
        {programmes.map((p) => (
          <li key={p.id}>
            <Link href={`/nabor/programy/${p.id}`}>{p.name}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
