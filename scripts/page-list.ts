import { allPagePaths } from "../src/lib/paths";
import { validateDataset } from "../src/data/validate";
import { readDataset } from "./read-dataset";

/** The prerender list, generated from the data so a new entry gets its page. */
export async function prerenderPaths(): Promise<string[]> {
  const { raw, problems: readProblems } = await readDataset();
  const result = validateDataset(raw);
  const problems = [...readProblems, ...result.problems];
  if (!result.ok || problems.length > 0) {
    throw new Error(`Data validation failed:\n  ${problems.join("\n  ")}`);
  }
  return allPagePaths(result.data);
}
