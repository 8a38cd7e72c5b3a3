"use client";
// A page that failed to render (typically: the database is restarting or unreachable). The database cannot tell us
// the user's language then and the root layout has no client messages, so both languages are shown, Czech first.
import { useRouter } from "next/navigation";
import { startTransition } from "react";
import cs from "@/messages/cs/common.json";
import en from "@/messages/en/common.json";

export default function PageFailed({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const router = useRouter();
  const retry = () =>
    startTransition(() => {
      // No write here: the retry must fetch the failed page's server data again, not re-render what the client holds.
      router.refresh();
      reset();
    });
  return (
    <main id="obsah" className="mx-auto max-w-xl p-8">
      <div className="card space-y-3">
        <h1 className="text-2xl font-semibold">{cs.errors.pageFailedTitle}</h1>
        <p>{cs.errors.pageFailedText}</p>
        <p lang="en" className="text-sm text-gray-600">
          {en.errors.pageFailedTitle}. {en.errors.pageFailedText}
        </p>
        <button type="button" className="btn" onClick={retry}>
          {cs.errors.tryAgain} <span lang="en">/ {en.errors.tryAgain}</span>
        </button>
      </div>
    </main>
  );
}
