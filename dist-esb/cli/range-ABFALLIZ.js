import {
  buildReport,
  collectDiff,
  emitReport,
  exitCodeFor,
  scanFiles,
  withoutIgnored
} from "./chunk-TYGF6MSA.js";
import {
  readBaseline
} from "./chunk-Z3XDZXF6.js";
import {
  loadScanSetup
} from "./chunk-BXDLSJOL.js";
import "./chunk-YNGIY63H.js";
import {
  VERSION
} from "./chunk-AGT4MKMN.js";
import "./chunk-OWTXEH2N.js";
import "./chunk-RJDUTWBM.js";
import {
  findRepository,
  runGit
} from "./chunk-WTFPX6FU.js";
import {
  GitError,
  UsageError
} from "./chunk-VFHTMC3F.js";

// dist/git/range.js
async function commitsIn(root, revisions) {
  let out;
  try {
    out = await runGit(["rev-list", "--reverse", "--topo-order", "--parents", ...revisions, "--"], { cwd: root });
  } catch (error) {
    throw new GitError(`cannot list the commits of ${revisions.join(" ")}: ${error.message.split("\n")[0]}`, {
      hint: "Give a range git understands, such as origin/main..HEAD or a commit sha."
    });
  }
  return out.toString("utf8").split("\n").filter((line) => line.trim() !== "").map((line) => {
    const [sha, ...parents] = line.trim().split(" ");
    return { sha, parents };
  });
}
async function emptyTree(root) {
  return (await runGit(["hash-object", "-t", "tree", "--stdin"], { cwd: root, input: "" })).toString("utf8").trim();
}
async function hasCommit(root, sha) {
  try {
    await runGit(["cat-file", "-e", `${sha}^{commit}`], { cwd: root });
    return true;
  } catch {
    return false;
  }
}

// dist/cli/commands/range.js
var ZERO_SHA = /^0+$/;
async function scanRangeCommand(revisions, options, io) {
  const started = io.now();
  const repo = await findRepository(io.cwd);
  const { outcome, rules } = await scanRevisions(repo.root, [revisions], io, options);
  return report(outcome, rules, "range", options, io, started);
}
async function prePushCommand(remote, options, io) {
  const started = io.now();
  const repo = await findRepository(io.cwd);
  const input = io.readStdin ? await io.readStdin() : "";
  const ranges = [];
  for (const line of input.split("\n")) {
    const fields = line.trim().split(/\s+/);
    if (fields.length < 4)
      continue;
    const [, localSha, , remoteSha] = fields;
    if (ZERO_SHA.test(localSha))
      continue;
    if (!ZERO_SHA.test(remoteSha) && await hasCommit(repo.root, remoteSha))
      ranges.push([`${remoteSha}..${localSha}`]);
    else
      ranges.push(remote ? [localSha, "--not", `--remotes=${remote}`] : [localSha, "--not", "--remotes"]);
  }
  const { outcome, rules } = await scanRevisions(repo.root, ranges, io, options);
  return report(outcome, rules, "push", options, io, started);
}
async function scanRevisions(root, ranges, io, options) {
  const { config, ruleSet } = loadScanSetup(root, options, io.cwd);
  const total = { findings: [], notices: [], filesScanned: 0, bytesScanned: 0 };
  const baseline = readBaseline(root);
  const seen = /* @__PURE__ */ new Set();
  let empty;
  for (const revisions of ranges) {
    if (revisions.some((revision) => revision.startsWith("-") && revision !== "--not" && !revision.startsWith("--remotes"))) {
      throw new UsageError(`"${revisions.find((revision) => revision.startsWith("-"))}" is not a range`, { hint: "Give a range such as origin/main..HEAD." });
    }
    for (const commit of await commitsIn(root, revisions)) {
      if (seen.has(commit.sha) || commit.parents.length > 1)
        continue;
      seen.add(commit.sha);
      const from = commit.parents[0] ?? (empty ??= await emptyTree(root));
      const files = collectDiff(root, { maxBytesPerFile: config.maxFileSize, needsContent: ruleSet.needsContent }, { kind: "commit", from, to: commit.sha });
      const outcome = await scanFiles(withoutIgnored(files, config.ignorePaths), ruleSet, baseline);
      total.findings.push(...outcome.findings.map((finding) => ({ ...finding, commit: commit.sha })));
      total.notices.push(...outcome.notices.map((notice) => ({ ...notice, message: `${notice.message} (commit ${commit.sha.slice(0, 12)})` })));
      total.filesScanned += outcome.filesScanned;
      total.bytesScanned += outcome.bytesScanned;
    }
  }
  return { outcome: total, rules: ruleSet.rules };
}
async function report(outcome, rules, mode, options, io, started) {
  const built = buildReport(outcome, VERSION, io.now() - started);
  const nothingToScan = built.summary.filesScanned === 0 && built.findings.length === 0 ? "stageguard: no new commits to scan\n" : void 0;
  await emitReport(built, { mode, nothingToScan, rules }, options, io);
  return exitCodeFor(built);
}
export {
  prePushCommand,
  scanRangeCommand
};
