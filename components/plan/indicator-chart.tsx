"use client";
import dynamic from "next/dynamic";

export type ChartPoint = { date: string; actual: number | null; target: number };
type Props = { points: ChartPoint[]; actualLabel: string; targetLabel: string; title: string; unit: string };

// Tremor and recharts load after first paint; the server-rendered table below the chart holds the same numbers.
const Chart = dynamic(() => import("./indicator-chart-inner"), { ssr: false, loading: () => <div className="h-48" /> });

export function IndicatorChart(props: Props) {
  return (
    <figure aria-label={props.title}>
      <div className="h-48"><Chart {...props} /></div>
      {/* Tremor's own legend is not valid list markup (axe); this one is. */}
      <figcaption className="flex gap-4 text-xs">
        <span><span aria-hidden="true" className="mr-1 inline-block h-2 w-3 bg-blue-500" />{props.actualLabel}</span>
        <span><span aria-hidden="true" className="mr-1 inline-block h-2 w-3 bg-amber-500" />{props.targetLabel}</span>
      </figcaption>
    </figure>
  );
}
