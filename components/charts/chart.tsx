"use client";
import dynamic from "next/dynamic";
import type { Locale } from "@/i18n/config";
import { CHART_COLORS, type ChartColor } from "./palette";

export type ChartProps = {
  kind: "line" | "bar";
  data: Record<string, string | number | null>[];
  index: string;
  categories: string[];
  colors: ChartColor[];
  locale: Locale;
  stack?: boolean;
  /** Bars drawn sideways, one row per category, so that every (long) name is written out beside its bar. */
  horizontal?: boolean;
};

/** Height kept for a chart before it is drawn; sideways bars then grow to what their names need. */
const chartHeight = ({ horizontal, data }: Pick<ChartProps, "horizontal" | "data">) =>
  horizontal ? data.length * 44 + 36 : 256;

// Tremor + recharts load after first paint, in their own chunk; every chart has a table with the same numbers.
const Inner = dynamic(() => import("./chart-inner"), { ssr: false });

/** A line after the first is dashed, so that lines differ in more than colour (chart-inner draws them so). */
function Swatch({ kind, color, i }: { kind: ChartProps["kind"]; color: ChartColor; i: number }) {
  const hex = CHART_COLORS[color];
  return kind === "line" ? (
    <svg aria-hidden="true" width="24" height="8" className="mr-1 inline-block">
      <line x1="0" y1="4" x2="24" y2="4" stroke={hex} strokeWidth="2" strokeDasharray={i > 0 ? "6 3" : undefined} />
    </svg>
  ) : (
    <span aria-hidden="true" className="mr-1 inline-block h-3 w-3 align-middle" style={{ backgroundColor: hex }} />
  );
}

/** A chart with its own legend (Tremor's legend is not valid list markup for axe); `unit` names what the axis counts. */
export function Chart({ title, unit, name, ...props }: ChartProps & { title: string; unit?: string; name: string }) {
  return (
    <figure aria-label={title} className="space-y-2" data-chart={name}>
      <div style={{ minHeight: chartHeight(props), height: props.horizontal ? undefined : chartHeight(props) }}>
        <Inner {...props} />
      </div>
      <figcaption className="flex flex-wrap gap-x-4 gap-y-1 text-xs">
        {props.categories.map((c, i) => (
          <span key={c} className="inline-flex items-center">
            <Swatch kind={props.kind} color={props.colors[i]} i={i} />
            {unit ? `${c} (${unit})` : c}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
