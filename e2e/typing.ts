import { expect, type Locator } from "@playwright/test";

/** Types into a field until it holds exactly the value: a fill racing hydration can lose it, double it or put the
 * server's value back under the cursor. */
export async function typeUntilHeld(field: Locator, value: string): Promise<void> {
  await expect(async () => {
    await field.fill(value);
    await expect(field).toHaveValue(value, { timeout: 2_000 });
  }).toPass();
}
