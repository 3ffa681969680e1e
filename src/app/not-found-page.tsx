import { NotFound } from "../components/not-found";
import { notFoundMeta } from "../lib/meta";
import { RouteErrorBoundary } from "../components/route-error-boundary";

export const meta = () => notFoundMeta();

export default function NotFoundPage() {
  return <NotFound />;
}

export const ErrorBoundary = RouteErrorBoundary;
