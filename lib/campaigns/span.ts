// Campaign dates: either may be missing (the long-running campaign has no end). A campaign week must lie within
// its parent's dates wherever both are known.
type Dated = { startDate: Date | null; endDate: Date | null };

/** Whether `child` lies within `parent`; a missing date of either side restricts nothing. */
export function within(child: Dated, parent: Dated): boolean {
  const from = child.startDate ?? child.endDate;
  const to = child.endDate ?? child.startDate;
  const afterStart = !parent.startDate || !from || from >= parent.startDate;
  const beforeEnd = !parent.endDate || !to || to <= parent.endDate;
  return afterStart && beforeEnd;
}
