import { THEME_CHOICES, setThemeChoice, useThemeChoice } from "../../lib/theme";
import { SettingSelect } from "./setting-select";

/**
 * System, light or dark. The page already wears the stored choice before it
 * paints (src/lib/theme.ts); this control changes it, so it waits for the app.
 */
export function ThemeControl({ className }: { className?: string }) {
  const choice = useThemeChoice();
  return (
    <SettingSelect
      label="Theme"
      value={choice}
      options={THEME_CHOICES}
      onChange={setThemeChoice}
      className={className}
    />
  );
}
