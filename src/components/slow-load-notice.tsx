import { useEffect, useState } from "react";
import { useNavigation } from "react-router";

/** Below this a load feels instant, and a flash of "Loading…" would only distract. */
export const SLOW_LOAD_MS = 400;

/**
 * Says "Loading…" when moving to another page takes a while (a slow network, or
 * a load being retried). It floats over the page, so nothing moves when it
 * comes and goes.
 */
export function SlowLoadNotice() {
  const loading = useNavigation().state === "loading";
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    if (!loading) return;
    const timer = setTimeout(() => {
      setSlow(true);
    }, SLOW_LOAD_MS);
    return () => {
      clearTimeout(timer);
      setSlow(false);
    };
  }, [loading]);
  return (
    <p role="status" className="pointer-events-none fixed inset-x-0 top-2 z-20 flex justify-center">
      {slow ? <span className="rounded border border-line bg-surface px-3 py-1 shadow">Loading…</span> : null}
    </p>
  );
}
