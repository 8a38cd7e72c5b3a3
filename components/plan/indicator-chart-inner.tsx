"use client";
import { LineChart } from "@tremor/react";
import type { ChartPoint } from "./indicator-chart";

type Props = { points: ChartPoint[]; actualLabel: string; targetLabel: string; unit: string };

export default function IndicatorChartInner({ points, actualLabel, targetLabel, unit }: Props) {
  const data = points.map((p) => ({ date: p.date, [actualLabel]: p.actual, [targetLabel]: p.target }));
  return (
    <LineChart
      className="h-48"
      data={data}
      index="date"
      categories={[actualLabel, targetLabel]}
      colors={["blue", "amber"]}
      connectNulls
      valueFormatter={(v) => `${new Intl.NumberFormat("cs-CZ").format(v)} ${unit}`}
      yAxisWidth={64}
      showLegend={false}
    />
  );
}
