import { Link } from "react-router";
import { paths } from "../lib/paths";

export function SiteFooter() {
  return (
    <footer className="border-t border-line bg-surface-raised text-sm text-ink-muted">
      <div className="mx-auto max-w-5xl px-gutter py-6">
        <p>
          An unofficial fan wiki, not affiliated with Netflix or the makers of Glass Heart. Every fact lists its
          sources. <Link to={paths.about()}>About this wiki</Link>
        </p>
      </div>
    </footer>
  );
}
