import js from "@eslint/js";
import checkFile from "eslint-plugin-check-file";
import { createNodeResolver, importX } from "eslint-plugin-import-x";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

const FEATURES = [
  "characters",
  "people",
  "bands",
  "episodes",
  "songs",
  "reviews",
  "search",
  "settings",
  "relationships",
  "timeline",
  "offline",
];

export default tseslint.config(
  { ignores: ["build/", ".react-router/", "node_modules/", "playwright-report/", "test-results/", "reports/"] },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    files: ["**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-definitions": ["error", "type"],
      "@typescript-eslint/no-confusing-void-expression": ["error", { ignoreArrowShorthand: true }],
      // React Router's way to answer 404 from a loader is to throw its `data()` response.
      "@typescript-eslint/only-throw-error": [
        "error",
        { allow: [{ from: "package", package: "react-router", name: "DataWithResponseInit" }] },
      ],
    },
  },
  {
    files: ["**/*.js", "**/*.mjs"],
    extends: [tseslint.configs.disableTypeChecked],
  },
  reactHooks.configs.flat["recommended-latest"],
  {
    plugins: { "import-x": importX, "check-file": checkFile },
    settings: { "import-x/resolver-next": [createNodeResolver({ extensions: [".ts", ".tsx", ".js", ".json"] })] },
    rules: {
      "import-x/no-cycle": "error",
      // One-way imports: app → features → shared (components, lib, data); features never import each other.
      "import-x/no-restricted-paths": [
        "error",
        {
          zones: [
            ...FEATURES.map((feature) => ({
              target: `./src/features/${feature}`,
              from: "./src/features",
              except: [`./${feature}`],
              message: "Features never import each other; move shared code to src/lib or src/components.",
            })),
            {
              target: ["./src/components", "./src/lib", "./src/data"],
              from: ["./src/features", "./src/app", "./src/root.tsx", "./src/routes.ts"],
              message: "Shared code sits below the features and the app layer and must not import them.",
            },
            {
              target: "./src/features",
              from: ["./src/app", "./src/root.tsx"],
              message: "Features must not import the app layer.",
            },
          ],
        },
      ],
      "check-file/filename-naming-convention": [
        "error",
        { "src/**/*.{ts,tsx}": "KEBAB_CASE", "scripts/**/*.{ts,mjs}": "KEBAB_CASE", "tests/**/*.ts": "KEBAB_CASE" },
        { ignoreMiddleExtensions: true },
      ],
      "check-file/folder-naming-convention": ["error", { "src/**/": "KEBAB_CASE" }],
      "no-restricted-syntax": [
        "error",
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: "Text from data is rendered as text; raw HTML is never injected.",
        },
        {
          selector: "JSXOpeningElement[name.name='a'] > JSXAttribute[name.name='target']",
          message: "Link to another site with <ExternalLink> (src/components/external-link.tsx).",
        },
      ],
    },
  },
);
