// Imports every "use server" module so that all actions are registered (see lib/actions/define-action.ts).
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const root = path.resolve(__dirname, "..");
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const full = path.join(dir, f);
    return statSync(full).isDirectory()
      ? f === "generated"
        ? []
        : files(full)
      : /\.tsx?$/.test(f) && !f.includes(".test.")
        ? [full]
        : [];
  });

export const serverModules = [...files(path.join(root, "lib")), ...files(path.join(root, "app"))].filter((f) =>
  /^\s*["']use server["']/.test(readFileSync(f, "utf8")),
);
export const loadedServerModules = await Promise.all(
  serverModules.map(async (file) => ({ file, exports: (await import(file)) as Record<string, unknown> })),
);
