import { useEffect, useId, useRef, useState } from "react";
import { NavLink } from "react-router";
import { useHydrated } from "../lib/use-hydrated";

export type MenuSection = { to: string; label: string };

function MenuIcon() {
  return (
    <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" className="stroke-current">
      <path d="M2 4h12M2 8h12M2 12h12" strokeWidth="1.75" strokeLinecap="round" />
    </svg>
  );
}

function Links({ sections, onFollow }: { sections: readonly MenuSection[]; onFollow?: () => void }) {
  return sections.map((section) => (
    <li key={section.to}>
      <NavLink to={section.to} className="menu-link" onClick={onFollow}>
        {section.label}
      </NavLink>
    </li>
  ));
}

/**
 * The main navigation. From the lg breakpoint up it is a row of links. Below it
 * collapses behind a "Menu" toggle: a <details> in the prerendered HTML, so it
 * opens without JavaScript, and a button with aria-expanded once the app runs,
 * which Escape, a click elsewhere or a new page closes.
 */
export function SiteMenu({ sections, className = "" }: { sections: readonly MenuSection[]; className?: string }) {
  const hydrated = useHydrated();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const navRef = useRef<HTMLElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpen(false);
      toggleRef.current?.focus();
    };
    const onPointer = (event: PointerEvent) => {
      if (!navRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", onPointer);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("pointerdown", onPointer);
    };
  }, [open]);

  if (!hydrated) {
    return (
      <nav aria-label="Main" className={className}>
        <details
          className="lg:hidden"
          onToggle={(event) => {
            // Opened before the app started: stay open once it has.
            setOpen(event.currentTarget.open);
          }}
        >
          <summary className="menu-toggle">
            <MenuIcon />
            Menu
          </summary>
          <ul className="menu-panel">
            <Links sections={sections} />
          </ul>
        </details>
        <ul className="menu-row">
          <Links sections={sections} />
        </ul>
      </nav>
    );
  }
  return (
    <nav aria-label="Main" ref={navRef} className={className}>
      <button
        ref={toggleRef}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => {
          setOpen((was) => !was);
        }}
        className="menu-toggle"
      >
        <MenuIcon />
        Menu
      </button>
      <ul id={panelId} className={open ? "menu-panel menu-row" : "menu-row"}>
        <Links
          sections={sections}
          onFollow={() => {
            setOpen(false);
          }}
        />
      </ul>
    </nav>
  );
}
