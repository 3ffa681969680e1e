import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/react";
import { afterEach } from "vitest";

afterEach(() => {
  cleanup();
  // Reader settings live in localStorage; every test starts as a new reader.
  // Build-script tests run in Node, which has no localStorage.
  if ("localStorage" in globalThis) localStorage.clear();
});
