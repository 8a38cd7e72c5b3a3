/**
 * A box a wide table scrolls sideways in on a narrow screen. Focusable, so that it can be scrolled from the keyboard
 * too (WCAG 2.1.1; axe's scrollable-region-focusable), and named after its table when a label is given.
 */
export function ScrollBox({
  label,
  className = "",
  children,
}: {
  label?: string;
  className?: string;
  children: React.ReactNode;
}) {
  return (
    <div
      className={`overflow-x-auto ${className}`}
      tabIndex={0}
      {...(label ? { role: "region", "aria-label": label } : {})}
    >
      {children}
    </div>
  );
}
