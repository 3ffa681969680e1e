import { QueryClient } from "@tanstack/react-query";

/**
 * One client for the whole app: route loaders fill it and components read it.
 * A module singleton is safe here because the content is the same for every
 * reader (there is no per-user data, and pages are rendered at build time).
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      retry: 2,
      refetchOnWindowFocus: false,
    },
  },
});
