"use client";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { setLocale } from "@/lib/i18n/actions";

/** Switches to the other language and re-renders the page in it. */
export function LanguageSwitchButton({ other, label }: { other: string; label: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <button
      type="button"
      className="btn-secondary"
      lang={other}
      disabled={pending}
      onClick={() =>
        startTransition(async () => {
          await setLocale(other);
          // Not a data write through defineAction: re-render the whole tree (the root layout's lang too) in the new language.
          router.refresh();
        })
      }
    >
      {label}
    </button>
  );
}
