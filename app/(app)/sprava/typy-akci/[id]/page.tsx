import { notFound } from "next/navigation";
import { EventTypeForm } from "@/components/admin/event-type-form";
import { requirePage } from "@/lib/auth/guard";
import { db } from "@/lib/db";

/** /sprava/typy-akci/novy adds an event type; /sprava/typy-akci/<code> edits one. */
export default async function EventTypePage({ params }: { params: Promise<{ id: string }> }) {
  await requirePage("codelists.manage");
  const { id } = await params;
  if (id === "novy")
    return (
      <EventTypeForm
        initial={{
          id: "",
          isNew: true,
          nameCs: "",
          nameEn: "",
          sortOrder: (await db.eventType.count()) + 1,
          active: true,
        }}
      />
    );
  const type = await db.eventType.findUnique({ where: { id } });
  if (!type) notFound();
  return <EventTypeForm initial={{ ...type, isNew: false }} />;
}
