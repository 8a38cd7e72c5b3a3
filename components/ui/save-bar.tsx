"use client";
// The save button of an edit form and the "saved" notice beside it, which a new save clears.
import { useState } from "react";

/** Wraps the action a form sends so that each save first clears the notice; `setSaved(true)` after success. */
export function useSavedNotice<V, R>(save: (values: V) => Promise<R>) {
  const [saved, setSaved] = useState(false);
  const send = (values: V) => {
    setSaved(false);
    return save(values);
  };
  return { saved, setSaved, send };
}

/** `t` is the form's translator with the keys save, saving and saved. */
export function SaveBar({ submitting, saved, t }: { submitting: boolean; saved: boolean; t: (key: string) => string }) {
  return (
    <div className="flex items-center gap-3">
      <button type="submit" className="btn" disabled={submitting}>
        {submitting ? t("saving") : t("save")}
      </button>
      <p role="status" className="text-sm text-green-900">
        {saved ? t("saved") : ""}
      </p>
    </div>
  );
}
