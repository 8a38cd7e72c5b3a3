"use client";
// A labelled <select> of a GET form. A client component so that long option lists (organisations) cross the RSC
// boundary as compact [value, label] pairs rather than as <option> elements, which the HTML would carry twice.
export function ChoiceField({
  id,
  name,
  label,
  value,
  items,
  empty,
}: {
  id: string;
  name: string;
  label: string;
  value?: string | number;
  items: [string, string][];
  empty: string;
}) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <select
        id={id}
        name={name}
        defaultValue={value ?? ""}
        className="mt-1 block w-full rounded-md border-gray-400 text-sm"
      >
        <option value="">{empty}</option>
        {items.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}
