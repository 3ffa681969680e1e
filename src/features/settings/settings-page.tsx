import { useState } from "react";
import { PageTitle } from "../../components/page-title";
import { Section } from "../../components/section";
import { pageMeta } from "../../lib/meta";
import { formatName, type NameOrder } from "../../lib/names";
import { paths } from "../../lib/paths";
import { resetReaderSettings, updateReaderSettings, useReaderSettings } from "../../lib/reader-settings";
import { useHydrated } from "../../lib/use-hydrated";
import { ThemeControl } from "./theme-control";
import { WatchedUpToControl } from "./watched-up-to-control";
import { RouteErrorBoundary } from "../../components/route-error-boundary";

export const meta = () =>
  pageMeta({
    title: "Reading settings",
    description:
      "Say how far you have watched Glass Heart so the wiki hides later twists, and choose how names are written.",
    path: paths.settings(),
  });

const EXAMPLE = { given: "Naoki", family: "Fujitani" };
const ORDERS: { value: NameOrder; label: string }[] = [
  {
    value: "given-first",
    label: `Given name first (${formatName(EXAMPLE, { order: "given-first", macrons: false })})`,
  },
  {
    value: "family-first",
    label: `Family name first (${formatName(EXAMPLE, { order: "family-first", macrons: false })})`,
  },
];

export default function SettingsPage() {
  const { names } = useReaderSettings();
  const hydrated = useHydrated();
  const [announcement, setAnnouncement] = useState("");
  return (
    <article>
      <PageTitle lead="Saved in this browser only, and applied at once to every open page of the wiki.">
        Reading settings
      </PageTitle>
      {hydrated ? null : (
        <p className="rounded border border-line bg-surface-raised p-3">
          These settings need JavaScript. Without it, every twist stays closed and names are shown given name first.
        </p>
      )}
      <Section title="Spoilers">
        <p className="mb-3">
          Everything the series reveals after the episode you choose is hidden across the wiki, with a marker to show
          one item anyway.
        </p>
        <WatchedUpToControl />
      </Section>
      <Section title="Names">
        <fieldset disabled={!hydrated}>
          <legend className="mb-2">Name order</legend>
          {ORDERS.map((order) => (
            <label key={order.value} className="flex items-center gap-2">
              <input
                type="radio"
                name="name-order"
                value={order.value}
                checked={names.order === order.value}
                onChange={() => {
                  updateReaderSettings({ names: { order: order.value } });
                }}
              />
              {order.label}
            </label>
          ))}
          <label className="mt-3 flex items-center gap-2">
            <input
              type="checkbox"
              checked={names.macrons}
              onChange={(event) => {
                updateReaderSettings({ names: { macrons: event.target.checked } });
              }}
            />
            Long vowels with macrons (Saijō rather than Saijo)
          </label>
        </fieldset>
      </Section>
      <Section title="Theme">
        <p className="mb-3">
          The wiki follows your system&apos;s light or dark setting unless you choose one here; the choice is kept for
          every page.
        </p>
        <ThemeControl />
      </Section>
      <Section title="Start again">
        <button
          type="button"
          disabled={!hydrated}
          onClick={() => {
            resetReaderSettings();
            setAnnouncement("Settings reset: nothing watched yet, names given name first without macrons.");
          }}
          className="rounded border border-line px-3 py-1 hover:bg-surface-raised disabled:opacity-60"
        >
          Reset settings
        </button>
        <p role="status" className="mt-2 text-sm text-ink-muted">
          {announcement}
        </p>
      </Section>
    </article>
  );
}

export const ErrorBoundary = RouteErrorBoundary;
