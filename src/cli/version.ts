// The package version, read once from package.json (createRequire avoids the JSON-module warning on Node 20).

import { createRequire } from "node:module";

const packageJson = createRequire(import.meta.url)("../../package.json") as { version: string };

export const VERSION: string = packageJson.version;
