/** An accessible progress bar: the numbers are in the label, the bar is decoration for sighted users. */
export function Progress({ value, max, label }: { value: number; max: number; label: string }) {
  const ratio = max > 0 ? Math.min(1, value / max) : 0;
  return (
    <div role="progressbar" aria-valuenow={value} aria-valuemin={0} aria-valuemax={max} aria-label={label}>
      <div className="h-3 w-full overflow-hidden rounded-full bg-gray-200">
        <div className="h-3 rounded-full bg-blue-700" style={{ width: `${Math.round(ratio * 100)}%` }} />
      </div>
    </div>
  );
}
