"use client";
// While a form holds unsaved changes, leaving the page asks first. The App Router has no route-change event, so the
// three ways out are caught one by one: closing or reloading (beforeunload), in-app links (clicks on <a href> caught in
// the capture phase, before Next's <Link> sees them) and the back button (a copy of the current history entry is pushed
// once the form is dirty, so going back lands on the copy and can still be asked about).
import { useEffect, useRef } from "react";

export function useUnsavedChanges(dirty: boolean, question: string) {
  const state = useRef({ dirty, question, copied: false });

  useEffect(() => {
    state.current.dirty = dirty;
    state.current.question = question;
    if (dirty && !state.current.copied) {
      window.history.pushState(window.history.state, "", window.location.href);
      state.current.copied = true;
    }
  }, [dirty, question]);

  useEffect(() => {
    const current = state.current;
    /** Asks once; after "yes" the form no longer counts as dirty, so the way out is not asked about twice. */
    const mayLeave = () => {
      if (!current.dirty) return true;
      if (!window.confirm(current.question)) return false;
      current.dirty = false;
      return true;
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (current.dirty) event.preventDefault();
    };
    const onClick = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
      if (!(link instanceof HTMLAnchorElement) || event.defaultPrevented || event.button !== 0) return;
      if (
        event.metaKey ||
        event.ctrlKey ||
        event.shiftKey ||
        event.altKey ||
        (link.target && link.target !== "_self") ||
        link.hasAttribute("download")
      )
        return;
      const to = new URL(link.href, window.location.href);
      if (
        to.origin === window.location.origin &&
        to.pathname === window.location.pathname &&
        to.search === window.location.search
      )
        return;
      if (mayLeave()) return;
      event.preventDefault();
      event.stopPropagation();
    };
    const onPopState = () => {
      if (!current.copied) return;
      current.copied = false;
      if (mayLeave()) window.history.back();
      else {
        window.history.pushState(window.history.state, "", window.location.href);
        current.copied = true;
      }
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    document.addEventListener("click", onClick, true);
    window.addEventListener("popstate", onPopState);
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      document.removeEventListener("click", onClick, true);
      window.removeEventListener("popstate", onPopState);
    };
  }, []);
}
