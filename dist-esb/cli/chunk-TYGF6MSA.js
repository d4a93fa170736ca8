import {
  applyBaseline,
  readBaseline
} from "./chunk-Z3XDZXF6.js";
import {
  loadScanSetup
} from "./chunk-BXDLSJOL.js";
import {
  createStyle,
  readBlobHeads,
  readBlobSizes,
  shouldUseColor
} from "./chunk-YNGIY63H.js";
import {
  INFORMATION_URI,
  VERSION
} from "./chunk-AGT4MKMN.js";
import {
  compileGlobs,
  detectFile,
  isBinaryContent,
  toNumberedLines
} from "./chunk-OWTXEH2N.js";
import {
  findRepository,
  findRepositoryIfAny,
  runGit,
  streamGit
} from "./chunk-WTFPX6FU.js";
import {
  GitError,
  InputError,
  OutputError,
  UsageError
} from "./chunk-VFHTMC3F.js";

// dist/cli/commands/scan.js
import { relative as relative2, resolve as resolve3, sep as sep2 } from "node:path";

// dist/git/c-quote.js
var ESCAPES = {
  "\x07": "\\a",
  "\b": "\\b",
  "	": "\\t",
  "\n": "\\n",
  "\v": "\\v",
  "\f": "\\f",
  "\r": "\\r",
  '"': '\\"',
  "\\": "\\\\"
};
var NEEDS_QUOTING = /[\x00-\x1f\x7f"\\]/;
function quoteGitPath(name) {
  if (!NEEDS_QUOTING.test(name))
    return name;
  let quoted = '"';
  for (const char of name) {
    const code = char.charCodeAt(0);
    if (ESCAPES[char] !== void 0)
      quoted += ESCAPES[char];
    else if (code < 32 || code === 127)
      quoted += "\\" + code.toString(8).padStart(3, "0");
    else
      quoted += char;
  }
  return quoted + '"';
}
function diffHeaderFor(oldPath, newPath) {
  return `diff --git ${quoteGitPath(`a/${oldPath}`)} ${quoteGitPath(`b/${newPath}`)}`;
}

// dist/git/parse-raw.js
var STATUS_BY_LETTER = {
  A: "added",
  M: "modified",
  R: "renamed",
  C: "copied",
  D: "deleted",
  T: "type-changed",
  U: "unmerged"
};
function toFileMode(octal) {
  switch (octal) {
    case "100644":
      return "regular";
    case "100755":
      return "executable";
    case "120000":
      return "symlink";
    case "160000":
      return "submodule";
    case "000000":
      return "none";
    default:
      return octal.startsWith("100") ? "regular" : "none";
  }
}
function parseRaw(output, options) {
  const tokens = output.split("\0");
  if (tokens[tokens.length - 1] === "")
    tokens.pop();
  const entries = [];
  let i = 0;
  while (i < tokens.length && tokens[i].startsWith(":")) {
    const header = tokens[i++];
    const match = /^:(\d{6}) (\d{6}) ([0-9a-f]+) ([0-9a-f]+) ([A-Z])(\d*)$/.exec(header);
    if (!match)
      throw unexpected(`raw record "${header}"`);
    const [, oldMode, newMode, oldBlobId, newBlobId, letter] = match;
    const status = STATUS_BY_LETTER[letter];
    if (!status)
      throw unexpected(`status letter "${letter}"`);
    const hasTwoPaths = letter === "R" || letter === "C";
    const first = tokens[i++];
    const second = hasTwoPaths ? tokens[i++] : void 0;
    if (first === void 0 || hasTwoPaths && second === void 0)
      throw unexpected("truncated raw record");
    entries.push({
      status,
      path: hasTwoPaths ? second : first,
      ...hasTwoPaths ? { previousPath: first } : {},
      oldMode: toFileMode(oldMode),
      newMode: toFileMode(newMode),
      oldBlobId,
      newBlobId
    });
  }
  for (const entry of options.numstat ? entries : []) {
    const record = tokens[i++];
    if (record === void 0)
      throw unexpected(`missing numstat record for "${entry.path}"`);
    const match = /^(\d+|-)\t(\d+|-)\t(.*)$/s.exec(record);
    if (!match)
      throw unexpected(`numstat record "${record}"`);
    const [, added, , inlinePath] = match;
    const path = inlinePath === "" ? (i++, tokens[i++]) : inlinePath;
    if (path !== entry.path)
      throw unexpected(`numstat path "${path}" where "${entry.path}" was expected`);
    entry.addedLineCount = added === "-" ? null : Number(added);
  }
  if (i !== tokens.length)
    throw unexpected(`${tokens.length - i} trailing fields`);
  return entries;
}
function unexpected(what) {
  return new GitError(`unexpected git diff output: ${what}`, {
    hint: "Please report this with your git version (git --version)."
  });
}

// dist/git/parse-patch.js
var HUNK_HEADER = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
var PatchParser = class {
  options;
  section;
  oldRemaining = 0;
  newRemaining = 0;
  nextLine = 0;
  constructor(options) {
    this.options = options;
  }
  /** Feeds one line; returns the previous section when this line starts a new one. */
  push(raw) {
    const { text } = raw;
    if (this.oldRemaining > 0 || this.newRemaining > 0) {
      this.readHunkLine(raw);
      return void 0;
    }
    if (text.startsWith("diff --git ")) {
      const finished = this.section;
      this.section = {
        header: text,
        isBinary: false,
        addedLines: [],
        contextLines: [],
        addedLineCount: 0,
        addedBytes: 0,
        truncated: false
      };
      return finished;
    }
    if (text.startsWith("* Unmerged path ") || text.startsWith("\\"))
      return void 0;
    const section = this.section;
    if (!section)
      throw new GitError("unexpected diff output before the first file header");
    const hunk = HUNK_HEADER.exec(text);
    if (hunk) {
      this.oldRemaining = hunk[1] === void 0 ? 1 : Number(hunk[1]);
      this.newRemaining = hunk[3] === void 0 ? 1 : Number(hunk[3]);
      this.nextLine = Number(hunk[2]);
      if (this.newRemaining === 0)
        this.nextLine = 0;
      return void 0;
    }
    if (text.startsWith("Binary files ") && text.endsWith(" differ"))
      section.isBinary = true;
    return void 0;
  }
  /** Signals the end of output; returns the last section. */
  end() {
    if (this.oldRemaining > 0 || this.newRemaining > 0)
      throw new GitError("diff output ended inside a hunk");
    const finished = this.section;
    this.section = void 0;
    return finished;
  }
  readHunkLine(raw) {
    const section = this.section;
    const marker = raw.text.charCodeAt(0);
    if (marker === 43) {
      this.newRemaining--;
      section.addedLineCount++;
      if (section.addedBytes + raw.bytes > this.options.maxBytesPerFile)
        section.truncated = true;
      if (!section.truncated) {
        section.addedLines.push({ line: this.nextLine, text: raw.text.slice(1) });
        section.addedBytes += raw.bytes;
      }
      this.nextLine++;
    } else if (marker === 32 || raw.text === "") {
      this.oldRemaining--;
      this.newRemaining--;
      section.contextLines.push({ line: this.nextLine, text: raw.text.slice(1) });
      this.nextLine++;
    } else if (marker === 45) {
      this.oldRemaining--;
    } else if (marker !== 92) {
      throw new GitError("unexpected line inside a hunk");
    }
    if (this.oldRemaining < 0 || this.newRemaining < 0)
      throw new GitError("hunk longer than its header says");
  }
};

// dist/git/split-lines.js
async function* splitLineBatches(chunks) {
  let pending = [];
  for await (const chunk of chunks) {
    const batch = [];
    let start = 0;
    let newline = chunk.indexOf(10, start);
    while (newline !== -1) {
      if (pending.length > 0) {
        batch.push(toLine(Buffer.concat([...pending, chunk.subarray(start, newline)])));
        pending = [];
      } else {
        batch.push(lineOf(chunk, start, newline));
      }
      start = newline + 1;
      newline = chunk.indexOf(10, start);
    }
    if (start < chunk.length)
      pending.push(chunk.subarray(start));
    if (batch.length > 0)
      yield batch;
  }
  if (pending.length > 0)
    yield [toLine(Buffer.concat(pending))];
}
function lineOf(chunk, start, end) {
  const textEnd = end > start && chunk[end - 1] === 13 ? end - 1 : end;
  return { text: chunk.toString("utf8", start, textEnd), bytes: end - start };
}
function toLine(buffer) {
  return lineOf(buffer, 0, buffer.length);
}

// dist/git/staged.js
var DIFF_FLAGS = ["--no-ext-diff", "--no-textconv", "--no-color", "--no-relative", "--submodule=short", "-M"];
function diffArgs(side) {
  if (side.kind === "commit")
    return ["diff", ...DIFF_FLAGS, side.from, side.to, "--"];
  const pathspecs = (side.paths ?? []).map((path) => `:(top,literal)${path}`);
  return pathspecs.length > 0 ? ["diff", "--cached", ...DIFF_FLAGS, "--", ...pathspecs] : ["diff", "--cached", ...DIFF_FLAGS];
}
var patchArgs = (side) => insertBeforeDashes(diffArgs(side), ["-p", "-U1", "--src-prefix=a/", "--dst-prefix=b/"]);
var metaArgs = (side) => insertBeforeDashes(diffArgs(side), ["--raw", "-z", "--no-abbrev"]);
function insertBeforeDashes(args, extra) {
  const dashes = args.indexOf("--");
  return dashes === -1 ? [...args, ...extra] : [...args.slice(0, dashes), ...extra, ...args.slice(dashes)];
}
function startDiff(cwd, side) {
  const meta = runGit(metaArgs(side), { cwd });
  meta.catch(() => void 0);
  const patch = streamGit(patchArgs(side), { cwd });
  patch.done.catch(() => void 0);
  return { side, meta, patch, cancel: () => patch.kill() };
}
async function* collectDiff(root, options, side, started) {
  const running = started ?? startDiff(root, side);
  let entries;
  try {
    entries = parseRaw((await running.meta).toString("utf8"), { numstat: false });
  } catch (error) {
    running.cancel();
    throw error;
  }
  if (entries.length === 0) {
    running.cancel();
    return;
  }
  const git = running.patch;
  const parser = new PatchParser({ maxBytesPerFile: options.maxBytesPerFile });
  const sections = [];
  const deferred = [];
  let next = 0;
  try {
    const takeReady = async function* () {
      while (next < entries.length) {
        const entry = entries[next];
        const needed = sectionCount(entry);
        if (sections.length < needed)
          return;
        const own = sections.splice(0, needed);
        next++;
        const file = toStagedFile(entry, own);
        if (file.truncated)
          file.size = (await readBlobSizes(root, [file.blobId])).get(file.blobId) ?? file.size;
        if (!hasContent(entry))
          yield file;
        else if (file.isBinary)
          deferred.push(file);
        else if (!options.needsContent?.(file.path))
          yield file;
        else if (file.status === "added" && !file.truncated)
          yield { ...file, content: joinLines(file) };
        else
          deferred.push(file);
      }
    };
    for await (const batch of splitLineBatches(git.stdout)) {
      for (const line of batch) {
        const finished = parser.push(line);
        if (finished)
          sections.push(finished);
      }
      if (sections.length > 0)
        yield* takeReady();
    }
    await git.done;
    const last = parser.end();
    if (last)
      sections.push(last);
    yield* takeReady();
  } finally {
    git.kill();
  }
  if (next !== entries.length || sections.length > 0) {
    throw new GitError(`git diff described ${entries.length} paths but printed ${next} of them (did the index change during the scan?)`);
  }
  yield* readDeferred(root, deferred, options);
}
function joinLines(file) {
  return file.addedLines.map((line) => line.text).join("\n");
}
function hasContent(entry) {
  return entry.newMode === "regular" || entry.newMode === "executable";
}
function sectionCount(entry) {
  if (entry.status === "unmerged")
    return 0;
  return entry.status === "type-changed" ? 2 : 1;
}
function toStagedFile(entry, sections) {
  const expectedHeader = diffHeaderFor(entry.previousPath ?? entry.path, entry.path);
  let addedLineCount = 0;
  for (const section of sections) {
    if (section.header !== expectedHeader) {
      throw new GitError(`git diff printed "${section.header}" where "${expectedHeader}" was expected`);
    }
    addedLineCount += section.addedLineCount;
  }
  const isBinary = entry.addedLineCount === null || sections.some((section) => section.isBinary);
  if (!isBinary && entry.addedLineCount !== void 0 && entry.addedLineCount !== addedLineCount) {
    throw new GitError(`git counts ${entry.addedLineCount} added lines in "${entry.path}" but the patch held ${addedLineCount}`);
  }
  const content = sections[sections.length - 1];
  const scannable = hasContent(entry) && !isBinary && content !== void 0;
  return {
    path: entry.path,
    ...entry.previousPath === void 0 ? {} : { previousPath: entry.previousPath },
    status: entry.status,
    mode: entry.newMode,
    isBinary,
    // The blob's size is asked of git only when the file was cut at the limit (see collectDiff).
    size: scannable ? content.addedBytes : 0,
    addedLines: scannable ? content.addedLines : [],
    contextLines: scannable ? content.contextLines : [],
    truncated: scannable ? content.truncated : false,
    blobId: entry.newBlobId,
    previousBlobId: entry.oldBlobId
  };
}
async function* readDeferred(root, files, options) {
  const byId = /* @__PURE__ */ new Map();
  for (const file of files)
    byId.set(file.blobId, [...byId.get(file.blobId) ?? [], file]);
  for await (const head of readBlobHeads(root, [...byId.keys()], options.maxBytesPerFile)) {
    const isBinary = isBinaryContent(head.data);
    for (const file of byId.get(head.blobId) ?? []) {
      if (isBinary) {
        yield { ...file, isBinary: true };
        continue;
      }
      const wantsContent = options.needsContent?.(file.path) ?? false;
      if (!file.isBinary) {
        yield { ...file, content: head.data.toString("utf8") };
        continue;
      }
      const text = toNumberedLines(head.data, head.size, options.maxBytesPerFile);
      const lines = { isBinary: false, addedLines: text.lines, contextLines: [], truncated: text.truncated };
      yield { ...file, ...lines, ...wantsContent ? { content: head.data.toString("utf8") } : {} };
    }
  }
}

// dist/report/build-report.js
function buildReport(outcome, version, durationMs) {
  const ordered = [...outcome.findings].sort(compareFindings);
  const findings = ordered.filter((finding) => !finding.suppression);
  const suppressed = ordered.filter((finding) => finding.suppression);
  return {
    tool: "stageguard",
    version,
    findings,
    suppressed,
    notices: outcome.notices,
    summary: {
      filesScanned: outcome.filesScanned,
      bytesScanned: outcome.bytesScanned,
      blocking: findings.filter((finding) => finding.severity === "block").length,
      warnings: findings.filter((finding) => finding.severity === "warn").length,
      suppressed: suppressed.length,
      durationMs: Math.round(durationMs)
    }
  };
}
function exitCodeFor(report) {
  return report.summary.blocking > 0 ? 1 : 0;
}
function compareFindings(a, b) {
  if (a.file !== b.file)
    return a.file < b.file ? -1 : 1;
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

// dist/suppress/inline.js
var MARKER = /stageguard-allow(?![\w-])(?:[ \t]+([a-z0-9][a-z0-9-]*(?:[ \t]*,[ \t]*[a-z0-9][a-z0-9-]*)*))?(?:[ \t]*:[ \t]*(.*))?/;
function parseAllowMarker(text) {
  const match = MARKER.exec(text);
  if (!match)
    return void 0;
  const ruleIds = match[1] ? match[1].split(",").map((id) => id.trim()) : [];
  const reason = match[2]?.replace(/\s*(?:\*\/|-->|#\}|%\}|\*\))\s*$/, "").trim();
  return { ruleIds, reason: reason ? reason : null };
}
function applyInlineSuppressions(file, findings) {
  if (!findings.some((finding) => finding.line !== null))
    return findings;
  const textByLine = /* @__PURE__ */ new Map();
  const remember = (line) => {
    if (line.text.includes("stageguard-allow"))
      textByLine.set(line.line, line.text);
  };
  file.contextLines.forEach(remember);
  file.addedLines.forEach(remember);
  if (textByLine.size === 0)
    return findings;
  return findings.map((finding) => {
    if (finding.line === null)
      return finding;
    for (const line of [finding.line, finding.line - 1]) {
      const text = textByLine.get(line);
      const marker = text === void 0 ? void 0 : parseAllowMarker(text);
      if (marker && (marker.ruleIds.length === 0 || marker.ruleIds.includes(finding.ruleId))) {
        return { ...finding, suppression: { kind: "inline", reason: marker.reason, line } };
      }
    }
    return finding;
  });
}
var PROSE = /\.(?:md|markdown|mdx|rst|adoc|txt)$/i;
var COMMENTED_MARKER = /(?:\/\/|#|\/\*|<!--|--|;|%|^\s*\*|\bREM\b|')\s*stageguard-allow(?![\w-])/;
function staleMarkers(file, findings) {
  if (PROSE.test(file.path))
    return [];
  const stale = [];
  for (const line of file.addedLines) {
    if (!line.text.includes("stageguard-allow") || !COMMENTED_MARKER.test(line.text))
      continue;
    const marker = parseAllowMarker(line.text);
    if (!marker)
      continue;
    const used = findings.some((finding) => finding.suppression?.kind === "inline" && finding.suppression.line === line.line && (marker.ruleIds.length === 0 || marker.ruleIds.includes(finding.ruleId)));
    if (!used)
      stale.push(line.line);
  }
  return stale;
}

// dist/scan.js
var MIB = 1024 * 1024;
async function scanFiles(files, ruleSet, baseline) {
  const outcome = { findings: [], notices: [], filesScanned: 0, bytesScanned: 0 };
  for await (const file of files) {
    if (file.status === "deleted")
      continue;
    outcome.filesScanned++;
    for (const line of file.addedLines)
      outcome.bytesScanned += Buffer.byteLength(line.text) + 1;
    const findings = applyBaseline(applyInlineSuppressions(file, detectFile(file, ruleSet)), baseline);
    outcome.findings.push(...findings);
    for (const line of staleMarkers(file, findings)) {
      outcome.notices.push({ file: file.path, message: `line ${line}: this stageguard-allow marker allows nothing (no finding on it or the next line): remove it` });
    }
    if (file.truncated) {
      outcome.notices.push({
        file: file.path,
        message: `only partly scanned: ${(file.size / MIB).toFixed(1)} MiB is over the per-file limit (maxFileSize in the settings)`
      });
    }
  }
  return outcome;
}

// dist/workdir/collect-files.js
import { lstat, open, readdir } from "node:fs/promises";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
var SKIPPED_FOLDERS = /* @__PURE__ */ new Set([".git", "node_modules"]);
async function* collectFiles(options) {
  for (const given of options.paths) {
    const absolute = isAbsolute(given) ? given : resolve(options.cwd, given);
    const stats = await lstat(absolute).catch((error) => {
      throw new InputError(`cannot read ${given}: ${error.code === "ENOENT" ? "no such file or folder" : error.message}`, { cause: error });
    });
    if (stats.isDirectory())
      yield* walk(absolute, options);
    else
      yield await readFileChange(absolute, options);
  }
}
async function* walk(folder, options) {
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name))
        yield* walk(path, options);
    } else if (entry.isFile() || entry.isSymbolicLink()) {
      yield await readFileChange(path, options);
    }
  }
}
async function readFileChange(absolute, options) {
  const stats = await lstat(absolute);
  const path = toReportPath(absolute, options.root);
  const base = {
    path,
    status: "added",
    mode: stats.isSymbolicLink() ? "symlink" : stats.mode & 73 ? "executable" : "regular",
    isBinary: false,
    size: stats.size,
    addedLines: [],
    contextLines: [],
    truncated: false
  };
  if (!stats.isFile())
    return base;
  const data = await readHead(absolute, options.maxBytesPerFile);
  if (isBinaryContent(data))
    return { ...base, isBinary: true };
  const text = toNumberedLines(data, stats.size, options.maxBytesPerFile);
  const content = options.needsContent?.(path) ? { content: data.toString("utf8") } : {};
  return { ...base, addedLines: text.lines, truncated: text.truncated, ...content };
}
async function readHead(absolute, maxBytes) {
  const handle = await open(absolute, "r");
  try {
    const { size } = await handle.stat();
    const buffer = Buffer.alloc(Math.min(size, maxBytes));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
function toReportPath(absolute, root) {
  const rel = relative(root, absolute);
  const outside = rel === "" || rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel);
  if (outside)
    return absolute.split(sep).join("/");
  return rel.split(sep).join("/");
}

// dist/cli/emit-report.js
import { resolve as resolve2 } from "node:path";

// dist/report/format-human.js
function formatHuman(report, options) {
  const { style } = options;
  const out = [];
  const byFile = groupByFile(report.findings);
  for (const [file, findings] of byFile) {
    out.push("", style.bold(style.cyan(file)));
    for (const finding of findings)
      out.push(...formatFinding(finding, style));
  }
  const listSuppressed = options.showSuppressed === true && report.suppressed.length > 0;
  if (listSuppressed) {
    out.push("", style.bold(`Suppressed (${report.suppressed.length}, not counted):`));
    for (const [file, findings] of groupByFile(report.suppressed)) {
      out.push(style.cyan(file));
      for (const finding of findings)
        out.push(...formatSuppressed(finding, style));
    }
  }
  if (report.notices.length > 0) {
    out.push("");
    for (const notice of report.notices)
      out.push(style.yellow(`note: ${notice.file ? `${notice.file}: ` : ""}${notice.message}`));
  }
  if (byFile.size > 0 || listSuppressed || report.notices.length > 0)
    out.push("");
  out.push(summaryLine(report, options));
  if (report.summary.blocking > 0 && options.mode === "staged") {
    out.push(style.dim("Fix the findings above and stage again. To commit anyway, knowingly: git commit --no-verify"));
  }
  if (report.summary.blocking > 0 && options.mode === "push") {
    out.push(style.dim("These commits are not pushed. Remove the secret from history (git rebase -i, or git commit --amend for the last commit), rotate anything exposed, and push again. To push anyway, knowingly: git push --no-verify"));
  }
  return `${out.join("\n")}
`;
}
function groupByFile(findings) {
  const byFile = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    const key = finding.commit === void 0 ? finding.file : `${finding.file}  (commit ${finding.commit.slice(0, 12)})`;
    byFile.set(key, [...byFile.get(key) ?? [], finding]);
  }
  return byFile;
}
function where(finding) {
  return finding.line === null ? "file" : `${finding.line}:${finding.column ?? 1}`;
}
function formatFinding(finding, style) {
  const severity = finding.severity === "block" ? style.red("block") : style.yellow("warn ");
  const match = finding.match === null ? "" : `  ${style.bold(finding.match)}`;
  const indent = "        ";
  return [
    `  ${where(finding).padEnd(6)}${severity}  ${finding.title} ${style.dim(`[${finding.ruleId}]`)}${match}`,
    `${indent}${finding.message}`,
    `${indent}${style.green("fix:")} ${finding.fix}`,
    `${indent}${style.dim(`false alarm? ${finding.falseAlarm}`)}`
  ];
}
function formatSuppressed(finding, style) {
  const match = finding.match === null ? "" : `  ${finding.match}`;
  return [`  ${where(finding).padEnd(6)}${finding.title} ${style.dim(`[${finding.ruleId}]`)}${match}`, `        ${style.dim("why:")} ${suppressionReason(finding)}`];
}
function suppressionReason(finding) {
  const suppression = finding.suppression;
  if (suppression?.kind === "baseline")
    return "baseline (.stageguard-baseline.json)";
  const marker = `stageguard-allow on line ${suppression?.line ?? finding.line ?? "?"}`;
  return suppression?.reason ? `${marker}: ${suppression.reason}` : `${marker} (no reason given)`;
}
function summaryLine(report, options) {
  const { summary } = report;
  const { style } = options;
  const scanned = `${summary.filesScanned} file${summary.filesScanned === 1 ? "" : "s"}, ${formatBytes(summary.bytesScanned)} scanned in ${summary.durationMs} ms`;
  const extras = [
    summary.warnings > 0 ? `${summary.warnings} warning${summary.warnings === 1 ? "" : "s"}` : "",
    summary.suppressed > 0 ? `${summary.suppressed} suppressed` : ""
  ].filter(Boolean);
  const tail = extras.length > 0 ? ` (${extras.join(", ")})` : "";
  const hint = summary.suppressed > 0 && options.showSuppressed !== true ? ` ${style.dim("(--show-suppressed to list them)")}` : "";
  if (summary.blocking > 0) {
    const what = options.mode === "staged" ? "commit blocked" : options.mode === "push" ? "push blocked" : "blocking problems found";
    return style.red(style.bold(`\u2716 stageguard: ${what}: ${summary.blocking} blocking${tail} \xB7 ${scanned}`)) + hint;
  }
  return style.green(`\u2714 stageguard: nothing blocking${tail} \xB7 ${scanned}`) + hint;
}
function formatBytes(bytes) {
  if (bytes < 1024)
    return `${bytes} B`;
  if (bytes < 1024 * 1024)
    return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

// dist/report/format-json.js
function formatJson(report) {
  return `${JSON.stringify({
    tool: report.tool,
    version: report.version,
    findings: report.findings.map(toJsonFinding),
    summary: {
      filesScanned: report.summary.filesScanned,
      bytesScanned: report.summary.bytesScanned,
      blocking: report.summary.blocking,
      warnings: report.summary.warnings,
      durationMs: report.summary.durationMs,
      suppressed: report.summary.suppressed
    },
    suppressed: report.suppressed.map((finding) => ({ ...toJsonFinding(finding), suppression: finding.suppression })),
    notices: report.notices
  }, null, 2)}
`;
}
function toJsonFinding(finding) {
  return {
    ruleId: finding.ruleId,
    category: finding.category,
    severity: finding.severity,
    file: finding.file,
    line: finding.line,
    column: finding.column,
    message: finding.message,
    fix: finding.fix,
    match: finding.match,
    fingerprint: finding.fingerprint,
    title: finding.title,
    endColumn: finding.endColumn,
    ...finding.commit === void 0 ? {} : { commit: finding.commit },
    falseAlarm: finding.falseAlarm
  };
}

// dist/cli/write-atomic.js
import { randomBytes } from "node:crypto";
import { renameSync, unlinkSync, writeFileSync } from "node:fs";
import { basename, dirname, join as join2 } from "node:path";
var REASONS = {
  ENOENT: "no such folder",
  ENOTDIR: "a part of the path is not a folder",
  EISDIR: "it is a folder",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EROFS: "read-only file system",
  ENOSPC: "no space left on the device"
};
function writeFileAtomically(path, text, shownAs = path) {
  const temp = join2(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    writeFileSync(temp, text, { flag: "wx" });
  } catch (error) {
    throw outputError(error, shownAs);
  }
  try {
    renameSync(temp, path);
  } catch (error) {
    unlinkSync(temp);
    throw outputError(error, shownAs);
  }
}
function outputError(error, shownAs) {
  const code = error.code ?? "";
  return new OutputError(`cannot write the report to ${shownAs}: ${REASONS[code] ?? error.message}`, { cause: error });
}

// dist/cli/emit-report.js
async function emitReport(report, view, options, io) {
  const text = await renderReport(report, view, options, io);
  if (options.output === void 0)
    io.stdout.write(text);
  else
    writeFileAtomically(resolve2(io.cwd, options.output), text, options.output);
}
async function renderReport(report, view, options, io) {
  if (options.format === "json")
    return formatJson(report);
  if (options.format === "sarif") {
    const { formatSarif } = await import("./format-sarif-GHIR72KR.js");
    return formatSarif(report, { rules: view.rules, informationUri: INFORMATION_URI });
  }
  if (view.nothingToScan !== void 0)
    return view.nothingToScan;
  const color = options.output === void 0 && shouldUseColor(io.stdout, io.env, options.color);
  return formatHuman(report, { style: createStyle(color), mode: view.mode, showSuppressed: options.showSuppressed === true });
}

// dist/cli/commands/scan.js
async function scanStagedCommand(options, io, paths = []) {
  const started = io.now();
  const diff = paths.length === 0 ? startDiff(io.cwd, { kind: "staged" }) : void 0;
  try {
    const repo = await findRepository(io.cwd);
    const { config, ruleSet } = loadScanSetup(repo.root, options, io.cwd);
    const within = paths.map((path) => toRepoPath(repo.root, io.cwd, path));
    const side = { kind: "staged", ...within.length > 0 ? { paths: within } : {} };
    const files = collectDiff(repo.root, { maxBytesPerFile: config.maxFileSize, needsContent: ruleSet.needsContent }, side, diff);
    return await runScan(withoutIgnored(files, config.ignorePaths), ruleSet, "staged", options, io, started, readBaseline(repo.root));
  } catch (error) {
    diff?.cancel();
    throw error;
  }
}
async function scanFilesCommand(paths, options, io) {
  const started = io.now();
  const repo = await findRepositoryIfAny(io.cwd);
  const root = repo?.root ?? io.cwd;
  const { config, ruleSet } = loadScanSetup(root, options, io.cwd);
  const files = collectFiles({ paths, cwd: io.cwd, root, maxBytesPerFile: config.maxFileSize, needsContent: ruleSet.needsContent });
  return runScan(withoutIgnored(files, config.ignorePaths), ruleSet, "files", options, io, started, repo ? readBaseline(repo.root) : void 0);
}
function toRepoPath(root, cwd, path) {
  const from = relative2(root, resolve3(cwd, path)).split(sep2).join("/");
  if (from === ".." || from.startsWith("../"))
    throw new UsageError(`${path} is outside the repository`);
  return from === "" ? "." : from;
}
async function* withoutIgnored(files, ignorePaths) {
  const ignored = compileGlobs(ignorePaths);
  for await (const file of files) {
    if (!ignored(file.path))
      yield file;
  }
}
async function runScan(files, ruleSet, mode, options, io, started, baseline) {
  const outcome = await scanFiles(files, ruleSet, baseline);
  const report = buildReport(outcome, VERSION, io.now() - started);
  const nothingToScan = report.summary.filesScanned === 0 && mode === "staged" ? "stageguard: nothing staged to scan\n" : void 0;
  await emitReport(report, { mode, nothingToScan, rules: ruleSet.rules }, options, io);
  return exitCodeFor(report);
}

export {
  collectDiff,
  buildReport,
  exitCodeFor,
  scanFiles,
  collectFiles,
  emitReport,
  scanStagedCommand,
  scanFilesCommand,
  withoutIgnored
};
