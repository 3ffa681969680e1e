import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { useHydrated } from "../lib/use-hydrated";

export type Tab = { key: string; label: ReactNode; href: string; panel: ReactNode };

/**
 * Tabs in the WAI-ARIA pattern: arrow keys, Home and End move between tabs, Tab
 * goes on into the panel. Each tab is also a link to a page with the same content
 * (`href`), so before the app starts, or without JavaScript, a tab simply opens
 * that page; the first panel is in the HTML, and starting the app moves nothing.
 */
export function Tabs({ label, tabs }: { label: string; tabs: readonly Tab[] }) {
  const [selected, setSelected] = useState(0);
  const hydrated = useHydrated();
  const id = useId();
  const tabRefs = useRef<(HTMLAnchorElement | null)[]>([]);

  const select = (index: number) => {
    const next = (index + tabs.length) % tabs.length;
    setSelected(next);
    tabRefs.current[next]?.focus();
  };
  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const moves: Partial<Record<string, number>> = {
      ArrowRight: index + 1,
      ArrowLeft: index - 1,
      Home: 0,
      End: tabs.length - 1,
    };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    select(target);
  };

  return (
    <div>
      <div role="tablist" aria-label={label} className="flex flex-wrap gap-1 border-b border-line">
        {tabs.map((tab, i) => (
          <a
            key={tab.key}
            ref={(el) => {
              tabRefs.current[i] = el;
            }}
            role="tab"
            id={`${id}-tab-${tab.key}`}
            href={tab.href}
            aria-selected={i === selected}
            aria-controls={`${id}-panel-${tab.key}`}
            // Roving focus only once the tabs work as tabs; before that each is an ordinary link.
            tabIndex={hydrated ? (i === selected ? 0 : -1) : undefined}
            onClick={(event) => {
              event.preventDefault();
              setSelected(i);
            }}
            onKeyDown={(event) => {
              onKeyDown(event, i);
            }}
            className="tab"
          >
            {tab.label}
          </a>
        ))}
      </div>
      {tabs.map((tab, i) => (
        <div
          key={tab.key}
          role="tabpanel"
          id={`${id}-panel-${tab.key}`}
          aria-labelledby={`${id}-tab-${tab.key}`}
          hidden={i !== selected}
          tabIndex={0}
          className="pt-4"
        >
          {tab.panel}
        </div>
      ))}
    </div>
  );
}
