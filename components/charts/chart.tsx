"use client";
import dynamic from "next/dynamic";

export type ChartProps = {
  kind: "line" | "bar";
  data: Record<string, string | number | null>[];
  index: string;
  categories: string[];
  colors: string[];
  unit?: string;
  stack?: boolean;
};

// Tremor + recharts load after first paint, in their own chunk; every chart has a table with the same numbers.
const Inner = dynamic(() => import("./chart-inner"), { ssr: false, loading: () => <div className="h-64" aria-hidden="true" /> });

/** A chart with its own legend (Tremor's legend is not valid list markup for axe). */
export function Chart({ title, ...props }: ChartProps & { title: string }) {
  return (
    <figure aria-label={title} className="space-y-2">
      <div className="h-64"><Inner {...props} /></div>
      <figcaption className="flex flex-wrap gap-4 text-xs">
        {props.categories.map((c, i) => (
          <span key={c}><span aria-hidden="true" className={`mr-1 inline-block h-2 w-3 bg-${props.colors[i]}-500`} />{c}</span>
        ))}
      </figcaption>
    </figure>
  );
}
