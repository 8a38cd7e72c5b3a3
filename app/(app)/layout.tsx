import { redirect } from "next/navigation";
import { AppHeader } from "@/components/layout/app-header";
import { currentUser } from "@/lib/auth/session";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  // The enrolment page (lib/two-factor/policy) is inside this layout too.
  const user = await currentUser({ duringEnrolment: true });
  if (!user) redirect("/prihlaseni");
  return (
    <>
      <AppHeader user={user} />
      <main id="obsah" className="mx-auto max-w-7xl px-4 py-6">
        {children}
      </main>
    </>
  );
}
