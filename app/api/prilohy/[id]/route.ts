import { db } from "@/lib/db";
import { currentUser } from "@/lib/auth/session";
import { canDownload } from "@/lib/files/access";
import { logged } from "@/lib/log/route";

// Attachments are served only to those who may see their record, always as a download and never sniffed.
export const GET = logged(
  "attachment.download",
  async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
    const user = await currentUser();
    if (!user) return new Response("Nepřihlášen", { status: 401 });
    const { id } = await params;
    const attachment = await db.attachment.findUnique({
      where: { id },
      include: { recruitmentEvent: { select: { organisationId: true, status: true } } },
    });
    if (!attachment) return new Response("Nenalezeno", { status: 404 });
    if (!canDownload(user, attachment)) return new Response("Nemáte oprávnění", { status: 403 });
    return new Response(Buffer.from(attachment.content), {
      headers: {
        "Content-Type": attachment.mimeType,
        "Content-Length": String(attachment.size),
        "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(attachment.fileName)}`,
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, no-store",
      },
    });
  },
);
