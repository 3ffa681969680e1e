import type { ReactNode } from "react";

/**
 * The one way the wiki links to another site: it opens in a new tab without
 * giving that page a handle on ours (`noopener`) or our address (`noreferrer`),
 * and says so, with an arrow for the eye and words for screen readers.
 */
export function ExternalLink({ href, lang, children }: { href: string; lang?: string; children: ReactNode }) {
  return (
    // The one link allowed to open a new tab: it sets rel and says so. Only this rule is lifted, only here.
    // eslint-disable-next-line no-restricted-syntax
    <a href={href} rel="noopener noreferrer" target="_blank" lang={lang} data-external="">
      {children}
      <svg
        aria-hidden="true"
        focusable="false"
        viewBox="0 0 12 12"
        width="0.75em"
        height="0.75em"
        className="ml-0.5 inline-block align-baseline"
      >
        <path d="M4.5 2.5H2.5v7h7v-2M7 2.5h2.5V5M9.5 2.5 5.5 6.5" fill="none" stroke="currentColor" strokeWidth="1.2" />
      </svg>{" "}
      <span className="sr-only">(opens in a new tab)</span>
    </a>
  );
}
