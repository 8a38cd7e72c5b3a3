// How a signal looks in the council report, the same on the page, in the PDF and in the spreadsheet: a light fill,
// dark text (contrast above 7:1), a border and a symbol, always next to the word (never colour alone).
// The signal itself and its words come from lib/signal.
import type { Signal } from "@/lib/signal";

export type SignalKey = Signal;

export type SignalStyle = { fill: string; text: string; border: string; symbol: string };

export const SIGNAL_STYLE: Record<SignalKey, SignalStyle> = {
  MET: { fill: "#dcfce7", text: "#14532d", border: "#15803d", symbol: "✔" },
  AHEAD: { fill: "#dcfce7", text: "#14532d", border: "#15803d", symbol: "▲" },
  ON_TRACK: { fill: "#dbeafe", text: "#1e3a8a", border: "#1d4ed8", symbol: "●" },
  AT_RISK: { fill: "#fef3c7", text: "#451a03", border: "#d97706", symbol: "◆" },
  OFF_TRACK: { fill: "#fee2e2", text: "#7f1d1d", border: "#b91c1c", symbol: "■" },
  NOT_EVALUATED: { fill: "#f3f4f6", text: "#1f2937", border: "#6b7280", symbol: "○" },
};

/** "#dcfce7" → "FFDCFCE7", the ARGB form of a spreadsheet fill. */
export const argb = (hex: string) => `FF${hex.slice(1).toUpperCase()}`;
