"use client";
import { BarChart, LineChart } from "@tremor/react";
import type { ChartProps } from "./chart";

export default function ChartInner({ kind, data, index, categories, colors, unit, stack }: ChartProps) {
  const valueFormatter = (v: number) => `${new Intl.NumberFormat("cs-CZ").format(v)}${unit ? ` ${unit}` : ""}`;
  const common = { className: "h-64", data, index, categories, colors, valueFormatter, showLegend: false, yAxisWidth: 56 };
  return kind === "line" ? <LineChart {...common} connectNulls={false} /> : <BarChart {...common} stack={stack} />;
}
