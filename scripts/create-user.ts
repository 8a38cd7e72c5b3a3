// npm run user:create -- --email a@b.cz --name "Jméno" --role ADMIN [--organisation <id>]
// The password comes from USER_PASSWORD or is asked for on the terminal (not echoed).
import { parseArgs } from "node:util";
import readline from "node:readline";
import { createDb } from "../lib/db";
import { migrate } from "../lib/db/migrate";
import { databaseUrl } from "../lib/db/url";
import { createUser } from "../lib/users/create";

const { values } = parseArgs({
  options: {
    email: { type: "string" },
    name: { type: "string" },
    role: { type: "string", default: "ADMIN" },
    organisation: { type: "string" },
  },
});

function askPassword(): Promise<string> {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const write = (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput;
  return new Promise((resolve) => {
    rl.question("Heslo (min. 12 znaků): ", (answer) => {
      rl.close();
      process.stdout.write("\n");
      resolve(answer);
    });
    (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s) =>
      write.call(rl, s.startsWith("Heslo") ? s : "");
  });
}

const url = databaseUrl();
await migrate(url);
const db = createDb(url);
try {
  const password = process.env.USER_PASSWORD ?? (await askPassword());
  const user = await createUser(db, {
    email: values.email,
    name: values.name,
    role: values.role,
    organisationId: values.organisation,
    password,
  });
  console.log(`Created ${user.role} ${user.email} (${user.id}).`);
} catch (error) {
  const issues = (error as { issues?: { path: PropertyKey[]; message: string }[] }).issues;
  console.error(issues ? issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("\n") : String(error));
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
