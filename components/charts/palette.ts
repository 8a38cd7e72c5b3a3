// Okabe–Ito colours: told apart with every common colour-vision deficiency, each at least 3:1 against white. Tremor
// turns a hex colour into arbitrary-value classes, and Tailwind only generates classes spelled out in the source:
// fill-[#0072B2] stroke-[#0072B2] bg-[#0072B2] fill-[#D55E00] stroke-[#D55E00] bg-[#D55E00]
// fill-[#009E73] stroke-[#009E73] bg-[#009E73] fill-[#4D4D4D] stroke-[#4D4D4D] bg-[#4D4D4D]
export const CHART_COLORS = {
  blue: "#0072B2",
  vermillion: "#D55E00",
  green: "#009E73",
  /** targets and plans: a neutral dark grey */
  grey: "#4D4D4D",
} as const;

export type ChartColor = keyof typeof CHART_COLORS;
