import "server-only";
// The two server actions of an import: the preview (a dry run that writes nothing) and the apply step (the
// confirmed import, which refreshes every page once something was written).
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import type { Permission } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";

type Run<S extends z.ZodType, R> = (input: z.output<S>, user: SessionUser, apply: boolean) => Promise<R>;

export function importAction<S extends z.ZodType, R extends { applied: boolean }>(
  name: string,
  permission: Permission,
  schema: S,
  run: Run<S, R>,
  apply: boolean,
) {
  return defineAction(name, {
    permission,
    schema,
    run: async (input, user) => {
      const report = await run(input, user, apply);
      if (report.applied) revalidatePath("/", "layout");
      return report;
    },
  });
}
