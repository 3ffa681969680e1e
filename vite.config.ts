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
          groups: [
            {
              name: "wiki",
              test: (id: string) => /[\\/]src[\\/](lib|components)[\\/]/.test(id) && !id.includes("normalize-text"),
            },
          ],
        },
      },
    },
  },
});
