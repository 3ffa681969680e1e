import { reactRouter } from "@react-router/dev/vite";
import tailwindcss from "@tailwindcss/vite";
import { defineConfig } from "vite";

export default defineConfig({
  plugins: [tailwindcss(), reactRouter()],
  build: {
    // The build's own size report (gzip per chunk) is the first bundle figure to read.
    reportCompressedSize: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Our shared parts are many modules of a few hundred bytes each; as one chunk
          // they cost one request instead of a dozen (see reports/bundle.md). The search
          // normalizer stays out because only search needs it, and the parts that a single
          // kind of page uses (tabs, the stage plot, tables) stay with that page, which keeps
          // them off an episode page's first load.
          groups: [
            {
              name: "wiki",
              test: (id: string) =>
                /[\\/]src[\\/](lib|components)[\\/]/.test(id) &&
                !id.includes("normalize-text") &&
                !/[\\/]components[\\/](tabs|line-up|line-up-diagram|data-table)\.tsx$/.test(id),
            },
          ],
        },
      },
    },
  },
});
