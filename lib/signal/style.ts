// How a signal looks, the same on every page, in the council PDF and in the spreadsheet: a light fill, dark text
// (contrast above 7:1), a border and a symbol (one DejaVu has, for the PDF), always next to the word (never colour
// alone).
import type { Signal } from "./rule";

export type SignalStyle = { fill: string; text: string; border: string; symbol: string };

export const SIGNAL_STYLE: Record<Signal, SignalStyle> = {
  MET: { fill: "#dcfce7", text: "#14532d", border: "#15803d", symbol: "✔" },
  AHEAD: { fill: "#ccfbf1", text: "#134e4a", border: "#0f766e", symbol: "▲" },
  ON_TRACK: { fill: "#f0fdf4", text: "#14532d", border: "#15803d", symbol: "●" },
  AT_RISK: { fill: "#fef3c7", text: "#451a03", border: "#d97706", symbol: "◆" },
  OFF_TRACK: { fill: "#fee2e2", text: "#7f1d1d", border: "#b91c1c", symbol: "■" },
  NOT_EVALUATED: { fill: "#f3f4f6", text: "#1f2937", border: "#6b7280", symbol: "○" },
};

/** "#dcfce7" → "FFDCFCE7", the ARGB form of a spreadsheet fill. */
export const argb = (hex: string) => `FF${hex.slice(1).toUpperCase()}`;
