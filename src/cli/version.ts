// The package version (and where the tool is documented), read once from package.json
// (createRequire avoids the JSON-module warning on Node 20).

import { createRequire } from "node:module";

interface PackageJson {
  version: string;
  homepage?: string;
  repository?: string | { url?: string };
}

const packageJson = createRequire(import.meta.url)("../../package.json") as PackageJson;

export const VERSION: string = packageJson.version;

/** The tool's web address (SARIF `informationUri`): package.json homepage, else repository; undefined when neither is a web address. */
export const INFORMATION_URI: string | undefined = informationUriOf(packageJson);

export function informationUriOf(pkg: Omit<PackageJson, "version">): string | undefined {
  const repository = typeof pkg.repository === "string" ? pkg.repository : pkg.repository?.url;
  for (const candidate of [pkg.homepage, repository]) {
    // npm writes repositories as "git+https://host/owner/name.git"; shorthands ("github:owner/name") are skipped.
    const url = candidate?.replace(/^git\+/, "").replace(/\.git$/, "");
    if (url && /^https?:\/\/\S+$/.test(url)) return url;
  }
  return undefined;
}
