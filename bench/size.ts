// The size of the benchmark's data set (issue 7).
export const SIZE = {
  organisations: 500,
  events: 100_000,
  measures: 5_000,
  valuesPerIndicator: 4,
  years: [2017, 2026],
} as const;
