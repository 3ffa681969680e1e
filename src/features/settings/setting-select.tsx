import { useId } from "react";
import { useHydrated } from "../../lib/use-hydrated";

export type SettingOption<V extends string | number> = { value: V; label: string };

/**
 * A reading setting as a labelled select. It is disabled until the page runs:
 * the prerendered page already shows the safe default, and only the app can
 * change a setting.
 */
export function SettingSelect<V extends string | number>({
  label,
  value,
  options,
  onChange,
  className,
}: {
  label: string;
  value: V;
  options: readonly SettingOption<V>[];
  onChange: (value: V) => void;
  className?: string;
}) {
  const hydrated = useHydrated();
  const id = useId();
  return (
    <span className={className}>
      <label htmlFor={id} className="mr-2">
        {label}
      </label>
      <select
        id={id}
        value={value}
        disabled={!hydrated}
        onChange={(event) => {
          // The value is one of the options by construction; find it to keep its type.
          const chosen = options.find((option) => String(option.value) === event.target.value);
          if (chosen) onChange(chosen.value);
        }}
        className="min-h-8 rounded border border-line-strong bg-surface px-2 py-1"
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </span>
  );
}
