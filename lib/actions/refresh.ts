import { revalidatePath } from "next/cache";

/** After a write: every page re-renders with fresh data on its next request; passes the action's result through. */
export function refreshed<T>(value: T): T {
  revalidatePath("/", "layout");
  return value;
}
