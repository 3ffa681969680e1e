/** `npm run validate`: exits non-zero and lists every problem in the data files. */
import { validateDataset } from "../src/data/validate";
import { readDataset } from "./read-dataset";

const { raw, problems: readProblems } = await readDataset();
const problems = readProblems.length > 0 ? readProblems : validateDataset(raw).problems;

if (problems.length > 0) {
  console.error(`Data validation failed with ${problems.length} problem(s):`);
  for (const problem of problems) console.error(`  ${problem}`);
  process.exit(1);
}
console.log("Data validation passed: every file matches its schema and every reference resolves.");
