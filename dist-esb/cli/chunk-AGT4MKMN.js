// dist/cli/version.js
import { createRequire } from "node:module";
var packageJson = createRequire(import.meta.url)("../../package.json");
var VERSION = packageJson.version;
var INFORMATION_URI = informationUriOf(packageJson);
function informationUriOf(pkg) {
  const repository = typeof pkg.repository === "string" ? pkg.repository : pkg.repository?.url;
  for (const candidate of [pkg.homepage, repository]) {
    const url = candidate?.replace(/^git\+/, "").replace(/\.git$/, "");
    if (url && /^https?:\/\/\S+$/.test(url))
      return url;
  }
  return void 0;
}

export {
  VERSION,
  INFORMATION_URI
};
