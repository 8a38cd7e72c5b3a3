"use client";
import { Combobox, ComboboxInput, ComboboxOption, ComboboxOptions, Field, Label } from "@headlessui/react";
import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { searchable } from "@/lib/search";
import { inputClass } from "./field";

type Organisation = { id: string; name: string };

/**
 * Several organisations out of a long list: type to narrow it (diacritics do not matter: "naruc" finds NÁRUČ), pick
 * with the mouse or arrows + Enter; the chosen ones stand above the box (the open list never covers them) as chips,
 * each with its own remove button.
 */
export function OrganisationPicker({
  label,
  organisations,
  value,
  onChange,
}: {
  label: string;
  organisations: Organisation[];
  value: string[];
  onChange: (ids: string[]) => void;
}) {
  const t = useTranslations("forms.organisations");
  const [query, setQuery] = useState("");
  const index = useMemo(() => organisations.map((o) => ({ ...o, text: searchable(o.name) })), [organisations]);
  const wanted = searchable(query);
  const shown = wanted ? index.filter((o) => o.text.includes(wanted)) : index;
  const chosen = value.map((id) => organisations.find((o) => o.id === id)).filter((o): o is Organisation => !!o);
  return (
    <Field>
      <Label className="block text-sm font-medium">{label}</Label>
      {chosen.length ? (
        <ul aria-label={t("chosen")} className="my-1 flex flex-wrap gap-2">
          {chosen.map((o) => (
            <li
              key={o.id}
              className="flex items-center gap-1 rounded-full bg-blue-50 py-0.5 pl-3 pr-1 text-sm text-blue-950 ring-1 ring-blue-200"
            >
              {o.name}
              <button
                type="button"
                aria-label={t("remove", { name: o.name })}
                onClick={() => onChange(value.filter((id) => id !== o.id))}
                className="inline-flex h-7 w-7 items-center justify-center rounded-full hover:bg-blue-100"
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <Combobox
        multiple
        value={value}
        onChange={(ids: string[]) => {
          onChange(ids);
          setQuery("");
        }}
        onClose={() => setQuery("")}
      >
        <div className="relative">
          <ComboboxInput
            className={inputClass}
            placeholder={t("search")}
            autoComplete="off"
            displayValue={() => query}
            onChange={(e) => setQuery(e.target.value)}
          />
          {shown.length ? (
            <ComboboxOptions className="absolute z-20 mt-1 max-h-64 w-full overflow-y-auto rounded-md border border-gray-300 bg-white py-1 text-sm shadow-lg">
              {shown.map((o) => (
                <ComboboxOption
                  key={o.id}
                  value={o.id}
                  className="group flex min-h-9 cursor-pointer items-center gap-2 px-3 py-1.5 data-[focus]:bg-blue-100"
                >
                  <span
                    aria-hidden="true"
                    className="invisible w-4 shrink-0 text-blue-800 group-data-[selected]:visible"
                  >
                    ✓
                  </span>
                  {o.name}
                </ComboboxOption>
              ))}
            </ComboboxOptions>
          ) : null}
        </div>
      </Combobox>
      <p role="status" className="mt-1 text-sm text-gray-700">
        {wanted && !shown.length ? t("none") : null}
      </p>
    </Field>
  );
}
