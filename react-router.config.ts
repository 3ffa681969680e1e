import type { Config } from "@react-router/dev/config";
import { prerenderPaths } from "./scripts/page-list";

export default {
  appDirectory: "src",
  // A static site: every page is rendered to HTML at build time, no server at run time.
  ssr: false,
  prerender: () => prerenderPaths(),
  future: {
    v8_middleware: true,
    v8_passThroughRequests: true,
    v8_splitRouteModules: true,
    v8_trailingSlashAwareDataRequests: true,
    v8_viteEnvironmentApi: true,
  },
} satisfies Config;
