import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { useNavigate } from "react-router";
import { paths } from "../../lib/paths";
import { langOf } from "../../lib/script";
import { groupResults, type ResultItem } from "./search-kinds";
import { useSearchResults } from "./use-search-results";

const SUGGESTION_LIMIT = 8;

/** "/" focuses search unless the reader is already typing somewhere. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

type Option = ResultItem | { key: "all"; url: string; title: string };

/**
 * The header's search box: a WAI-ARIA combobox whose listbox shows results,
 * grouped, as the reader types. Arrow keys move, Enter opens, Escape closes;
 * "/" and Ctrl/Cmd-K focus it from anywhere. Without JavaScript it is a plain
 * GET form to the results page.
 */
export function SearchBox() {
  const id = useId();
  const inputId = `${id}-input`;
  const listId = `${id}-list`;
  const optionId = (key: string) => `${id}-option-${key}`;
  const inputRef = useRef<HTMLInputElement>(null);
  const navigate = useNavigate();
  const [query, setQuery] = useState("");
  const [activated, setActivated] = useState(false);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const state = useSearchResults(query, activated, SUGGESTION_LIMIT);

  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      const shortcut =
        (event.key === "/" && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target)) ||
        (event.key.toLowerCase() === "k" && (event.ctrlKey || event.metaKey));
      if (!shortcut) return;
      event.preventDefault();
      inputRef.current?.focus();
      inputRef.current?.select();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);

  const trimmed = query.trim();
  const groups = state.status === "ready" ? groupResults(state.outcome.hits) : [];
  const options: Option[] = [
    ...groups.flatMap((group) => group.items),
    ...(trimmed === ""
      ? []
      : [{ key: "all" as const, url: paths.search(trimmed), title: `All results for “${trimmed}”` }]),
  ];
  const expanded = open && trimmed !== "";
  const activeOption = expanded ? options[active] : undefined;

  const close = () => {
    setOpen(false);
    setActive(-1);
  };
  const go = (url: string) => {
    close();
    setQuery("");
    inputRef.current?.blur();
    void navigate(url);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case "ArrowDown":
      case "ArrowUp": {
        event.preventDefault();
        if (!expanded) {
          setOpen(true);
          setActive(event.key === "ArrowDown" ? 0 : options.length - 1);
          return;
        }
        const count = options.length;
        setActive((current) =>
          event.key === "ArrowDown" ? (current + 1) % count : current <= 0 ? count - 1 : current - 1,
        );
        return;
      }
      case "Enter":
        if (activeOption) {
          event.preventDefault();
          go(activeOption.url);
        }
        return;
      case "Escape":
        if (expanded) {
          event.preventDefault();
          close();
        } else if (query !== "") {
          event.preventDefault();
          setQuery("");
        }
        return;
      case "Tab":
        close();
        return;
    }
  };

  let status = "";
  if (expanded) {
    if (state.status === "loading") status = "Loading search…";
    else if (state.status === "error") status = "Search could not be loaded.";
    else if (state.status === "ready") {
      const count = state.outcome.hits.length;
      status =
        count === 0 ? "No results." : `${String(count)} result${count === 1 ? "" : "s"}. Use the arrow keys to choose.`;
    }
  }

  return (
    <form
      role="search"
      method="get"
      action={paths.search()}
      className="relative w-full sm:ml-auto sm:w-72"
      onSubmit={(event) => {
        event.preventDefault();
        go(paths.search(trimmed === "" ? undefined : trimmed));
      }}
    >
      <label htmlFor={inputId} className="sr-only">
        Search the wiki
      </label>
      <input
        ref={inputRef}
        id={inputId}
        name="q"
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={activeOption ? optionId(activeOption.key) : undefined}
        aria-keyshortcuts="/ Control+K Meta+K"
        placeholder="Search (press /)"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => setActivated(true)}
        onPointerEnter={() => setActivated(true)}
        onBlur={close}
        onKeyDown={onKeyDown}
        className="w-full rounded border border-line bg-surface px-3 py-1.5 text-sm"
      />
      {/* A form needs a submit button (WCAG H32); Enter in the box submits too, so it shows only when focused. */}
      <button
        type="submit"
        className="sr-only focus:not-sr-only focus:absolute focus:top-0.5 focus:right-0.5 focus:rounded focus:bg-surface focus:px-2 focus:py-1 focus:text-sm"
      >
        Search
      </button>
      <div
        id={listId}
        role="listbox"
        aria-label="Search results"
        hidden={!expanded}
        className="absolute right-0 z-20 mt-1 max-h-[70vh] w-full min-w-72 overflow-y-auto rounded border border-line bg-surface py-1 text-sm shadow-lg"
      >
        {groups.map((group) => (
          <div key={group.kind} role="group" aria-labelledby={`${id}-group-${group.kind}`}>
            <div
              id={`${id}-group-${group.kind}`}
              role="presentation"
              className="px-3 pt-2 pb-1 text-xs font-semibold uppercase text-ink-muted"
            >
              {group.label}
            </div>
            {group.items.map((item) => (
              <SearchOption
                key={item.key}
                id={optionId(item.key)}
                selected={activeOption?.key === item.key}
                onChoose={() => go(item.url)}
              >
                <span className="block font-medium">
                  <span lang={langOf(item.title)}>{item.title}</span>
                  {item.native && item.native !== item.title ? (
                    <span lang="ja" className="ml-2 font-normal text-ink-muted">
                      {item.native}
                    </span>
                  ) : null}
                </span>
                <span className="block text-xs text-ink-muted" lang={langOf(item.hint)}>
                  {item.hint}
                </span>
              </SearchOption>
            ))}
          </div>
        ))}
        {trimmed !== "" ? (
          <SearchOption
            id={optionId("all")}
            selected={activeOption?.key === "all"}
            onChoose={() => go(paths.search(trimmed))}
          >
            All results for “{trimmed}”
          </SearchOption>
        ) : null}
      </div>
      <p role="status" className="sr-only">
        {status}
      </p>
    </form>
  );
}

function SearchOption({
  id,
  selected,
  onChoose,
  children,
}: {
  id: string;
  selected: boolean;
  onChoose: () => void;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = ref.current;
    // jsdom has no scrollIntoView; browsers always do.
    if (selected && element && "scrollIntoView" in element) element.scrollIntoView({ block: "nearest" });
  }, [selected]);
  return (
    <div
      ref={ref}
      id={id}
      role="option"
      aria-selected={selected}
      // Keep focus in the box so the choice is not lost to a blur first.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onChoose}
      className={`cursor-pointer px-3 py-1.5 ${selected ? "bg-ink text-surface [&_span]:text-surface" : "hover:bg-surface-raised"}`}
    >
      {children}
    </div>
  );
}
