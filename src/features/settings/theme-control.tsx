import { useId } from "react";
import { THEME_CHOICES, setThemeChoice, useThemeChoice, type ThemeChoice } from "../../lib/theme";
import { useHydrated } from "../../lib/use-hydrated";

/**
 * System, light or dark. The page already wears the stored choice before it
 * paints (src/lib/theme.ts); this control changes it, so it waits for the app.
 */
export function ThemeControl({ className }: { className?: string }) {
  const choice = useThemeChoice();
  const hydrated = useHydrated();
  const id = useId();
  return (
    <span className={className}>
      <label htmlFor={id} className="mr-2">
        Theme
      </label>
      <select
        id={id}
        value={choice}
        disabled={!hydrated}
        onChange={(event) => {
          setThemeChoice(event.target.value as ThemeChoice);
        }}
        className="min-h-8 rounded border border-line-strong bg-surface px-2 py-1"
      >
        {THEME_CHOICES.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </span>
  );
}
