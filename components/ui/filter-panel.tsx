import { getTranslations } from "next-intl/server";

/** How many filters hold a value (the search text counts as one). */
export const activeFilters = (values: unknown[]) =>
  values.filter((v) => v !== undefined && v !== null && v !== "").length;

/**
 * A GET filter form that folds behind a "Filtry (n)" disclosure on a phone and shows as it is from 640 px up.
 * Native <details> needs no JavaScript; the form stands beside it, not inside, so no browser can hide it on a wide
 * screen: below `sm` the CSS in globals.css (.filter-panel) hides the form while the disclosure is closed.
 */
export async function FilterPanel({
  id = "filtry",
  label,
  active,
  open,
  className,
  children,
}: {
  id?: string;
  /** Unfolded from the start, e.g. when a field of the form reports an error. */
  open?: boolean;
  label: string;
  active: number;
  className: string;
  children: React.ReactNode;
}) {
  const t = await getTranslations("forms.filters");
  return (
    <div className="filter-panel space-y-3">
      <details className="sm:hidden" open={open}>
        <summary
          aria-controls={id}
          className="btn-secondary min-h-11 cursor-pointer list-none gap-2 [&::-webkit-details-marker]:hidden"
        >
          <span>{t("toggle")}</span>
          {active ? (
            <span aria-hidden="true" className="rounded-full bg-blue-800 px-2 text-xs font-semibold text-white">
              {active}
            </span>
          ) : null}
          {active ? <span className="sr-only">, {t("active", { count: active })}</span> : null}
        </summary>
      </details>
      <form id={id} method="get" className={`card ${className}`} aria-label={label}>
        {children}
      </form>
    </div>
  );
}
