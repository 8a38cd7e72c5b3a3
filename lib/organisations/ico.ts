// IČO (identifikační číslo osoby), the Czech company/body number: 8 digits, the last one a check digit over the
// first seven (weights 8..2, sum mod 11 = r; check digit = (11 − r) mod 10, so r = 0 → 1, r = 1 → 0).

/** The typed value without spaces (people copy "708 91 508" from the register); "" when nothing was typed. */
export function normaliseIco(input: string): string {
  return input.replace(/\s+/g, "");
}

/** Why a (normalised) IČO is refused, or null when it is valid. */
export function icoProblem(ico: string): "icoFormat" | "icoChecksum" | null {
  if (!/^\d{8}$/.test(ico)) return "icoFormat";
  const sum = [...ico.slice(0, 7)].reduce((total, digit, i) => total + Number(digit) * (8 - i), 0);
  const check = (11 - (sum % 11)) % 10;
  return Number(ico[7]) === check ? null : "icoChecksum";
}

export const isValidIco = (input: string) => icoProblem(normaliseIco(input)) === null;
