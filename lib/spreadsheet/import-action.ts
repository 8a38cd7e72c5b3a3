import "server-only";
// The two server actions of an import: the preview (a dry run that writes nothing) and the apply step (the
// confirmed import, which refreshes its area once something was written).
import type { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import type { RefreshArea } from "@/lib/actions/refresh";
import type { Permission } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";

type Run<S extends z.ZodType, R> = (input: z.output<S>, user: SessionUser, apply: boolean) => Promise<R>;

export function importAction<S extends z.ZodType, R extends { applied: boolean }>(
  name: string,
  permission: Permission,
  schema: S,
  run: Run<S, R>,
  apply: boolean,
  areas: readonly RefreshArea[],
) {
  return defineAction(name, {
    permission,
    schema,
    refreshes: (report: R) => (report.applied ? areas : []),
    run: (input, user) => run(input, user, apply),
  });
}
