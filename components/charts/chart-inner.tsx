"use client";
import { useEffect, useRef, useState } from "react";
import { BarChart, LineChart } from "@tremor/react";
import { formatNumber } from "@/lib/format";
import { CHART_COLORS } from "./palette";
import type { ChartProps } from "./chart";

/** Width of the element, followed as it changes (the category axis of sideways bars takes a share of it). */
function useWidth() {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    if (!ref.current) return;
    const observer = new ResizeObserver(([entry]) => setWidth(entry.contentRect.width));
    observer.observe(ref.current);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}

// Lines after the first are dashed and stacked bars get a white edge: series differ in more than colour. The svg may
// paint into the padding, so that the top tick and the last tick of a value axis are not cut in half.
const LOOK =
  "px-3 pt-2 [&_.recharts-surface]:overflow-visible [&_.recharts-line~.recharts-line_.recharts-line-curve]:[stroke-dasharray:6_3] [&_.recharts-bar-rectangle_rect]:stroke-white";

/** Sideways bars: the name axis takes a share of the width, and each row is as tall as its wrapped name needs
 * (recharts wraps names by its own measure of the text, about 9 px a character). */
function sidewaysLayout(names: string[], width: number) {
  const axis = Math.round(Math.min(240, Math.max(120, width * 0.45)));
  const lines = Math.max(1, ...names.map((n) => Math.ceil((n.length * 10.5) / axis)));
  return { axis, height: names.length * Math.max(44, lines * 13 + 16) + 36 };
}

export default function ChartInner({ kind, data, index, categories, colors, locale, stack, horizontal }: ChartProps) {
  const [ref, width] = useWidth();
  const sideways = sidewaysLayout(
    data.map((d) => String(d[index])),
    width,
  );
  // The unit is in the legend, not in the ticks: a tick such as "1 200 konzultace" would not fit the axis.
  const common = {
    className: "h-full",
    data,
    index,
    categories,
    colors: colors.map((c) => CHART_COLORS[c]),
    valueFormatter: (v: number) => formatNumber(v, locale),
    showLegend: false,
  };
  return (
    <div ref={ref} className={LOOK} style={{ height: horizontal ? sideways.height : "100%" }} data-plot>
      {kind === "line" ? (
        <LineChart {...common} connectNulls yAxisWidth={48} />
      ) : horizontal ? (
        <BarChart {...common} layout="vertical" yAxisWidth={sideways.axis} barCategoryGap="25%" />
      ) : (
        <BarChart {...common} stack={stack} yAxisWidth={48} />
      )}
    </div>
  );
}
