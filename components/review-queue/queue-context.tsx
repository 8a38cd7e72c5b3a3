"use client";
import { createContext, useContext, useEffect, useRef, useState } from "react";

type Queue = {
  selected: ReadonlySet<string>;
  ids: readonly string[];
  toggle: (id: string, on: boolean) => void;
  selectAll: (on: boolean) => void;
  /** After a successful review: announce it and, once the events have left the list (the action revalidates the page,
   * lib/actions/refresh), move focus on. */
  done: (removed: string[], message: string) => void;
};

const QueueContext = createContext<Queue | null>(null);

/** The queue around a review control; null outside the queue (the event's own page). */
export const useQueue = () => useContext(QueueContext);

/** Element ids the queue moves focus to: an item's checkbox, else the page heading. */
export const selectId = (eventId: string) => `select-${eventId}`;
export const QUEUE_HEADING_ID = "queue-heading";

/** Selection, the announcement (role="status") and focus for the queue; `ids` are the events listed, in order. */
export function QueueProvider({ ids, children }: { ids: string[]; children: React.ReactNode }) {
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [message, setMessage] = useState("");
  const focusNext = useRef<{ removed: string[]; next?: string } | null>(null);
  // Events that left the queue drop out of the selection by themselves.
  const selected = new Set(ids.filter((id) => chosen.has(id)));

  useEffect(() => {
    const pending = focusNext.current;
    if (!pending || pending.removed.some((id) => ids.includes(id))) return;
    focusNext.current = null;
    const next = pending.next && ids.includes(pending.next) ? document.getElementById(selectId(pending.next)) : null;
    (next ?? document.getElementById(QUEUE_HEADING_ID))?.focus();
  }, [ids]);

  const queue: Queue = {
    selected,
    ids,
    toggle: (id, on) => setChosen((s) => (on ? new Set([...s, id]) : new Set([...s].filter((x) => x !== id)))),
    selectAll: (on) => setChosen(on ? new Set(ids) : new Set()),
    done: (removed, text) => {
      // Focus goes to the item that takes the first removed one's place (or the one before it at the end of the list).
      const first = ids.findIndex((id) => removed.includes(id));
      const rest = ids.filter((id) => !removed.includes(id));
      focusNext.current = { removed, next: rest[Math.min(Math.max(first, 0), rest.length - 1)] };
      setMessage(text);
    },
  };
  return (
    <QueueContext.Provider value={queue}>
      <p role="status" data-testid="queue-status" className="min-h-6 font-medium text-green-900">
        {message}
      </p>
      {children}
    </QueueContext.Provider>
  );
}

/** An item's checkbox for the bulk confirmation. */
export function SelectEvent({ eventId, label }: { eventId: string; label: string }) {
  const queue = useQueue();
  return (
    <input
      type="checkbox"
      id={selectId(eventId)}
      aria-label={label}
      className="mt-1 h-6 w-6 shrink-0 rounded border-gray-500"
      checked={queue?.selected.has(eventId) ?? false}
      onChange={(e) => queue?.toggle(eventId, e.target.checked)}
    />
  );
}
