// A copy of the built package (dist/, patterns/, package.json, with node_modules linked), for
// tests that change or damage what a scan reads next to its bundle. Times are kept, as a fresh
// install of the same build would have them.

import { cpSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ROOT, TempRepo } from "./temp-repo.js";

export async function packageCopy(prefix: string): Promise<TempRepo> {
  const copy = await TempRepo.create({ init: false, prefix });
  for (const part of ["dist", "patterns", "package.json"]) cpSync(join(PROJECT_ROOT, part), join(copy.dir, part), { recursive: true, preserveTimestamps: true });
  symlinkSync(join(PROJECT_ROOT, "node_modules"), join(copy.dir, "node_modules"));
  return copy;
}
