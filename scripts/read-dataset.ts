import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { COLLECTION_NAMES } from "../src/data/schema";
import type { RawDataset } from "../src/data/validate";

export const DATA_DIR = fileURLToPath(new URL("../src/data/", import.meta.url));

/** Reads every collection file; a file that is not valid JSON becomes a problem line. */
export async function readDataset(dir = DATA_DIR): Promise<{ raw: RawDataset; problems: string[] }> {
  const raw: RawDataset = {};
  const problems: string[] = [];
  for (const name of COLLECTION_NAMES) {
    let text: string;
    try {
      text = await readFile(`${dir}/${name}.json`, "utf8");
    } catch {
      problems.push(`${name}.json: file is missing`);
      continue;
    }
    try {
      raw[name] = JSON.parse(text) as unknown;
    } catch (error) {
      problems.push(`${name}.json: not valid JSON (${(error as Error).message})`);
    }
  }
  return { raw, problems };
}
