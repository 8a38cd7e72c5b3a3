/** "too_big|200" → { key: "too_big", param: "200" } (see lib/validation). */
export function splitMessage(message: string): { key: string; param?: string } {
  const [key, param] = message.split("|");
  return { key, param };
}
