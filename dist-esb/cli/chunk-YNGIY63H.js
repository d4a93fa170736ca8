import {
  runGit,
  streamGit
} from "./chunk-WTFPX6FU.js";
import {
  GitError
} from "./chunk-VFHTMC3F.js";

// dist/report/style.js
var wrap = (open, close) => (text) => `\x1B[${open}m${text}\x1B[${close}m`;
function createStyle(color) {
  if (!color) {
    const plain = (text) => text;
    return { bold: plain, dim: plain, red: plain, yellow: plain, green: plain, cyan: plain };
  }
  return { bold: wrap(1, 22), dim: wrap(2, 22), red: wrap(31, 39), yellow: wrap(33, 39), green: wrap(32, 39), cyan: wrap(36, 39) };
}

// dist/cli/io.js
function shouldUseColor(stream, env, flag) {
  if (flag !== void 0)
    return flag;
  if (env.NO_COLOR)
    return false;
  if (env.FORCE_COLOR !== void 0)
    return env.FORCE_COLOR !== "0" && env.FORCE_COLOR !== "false";
  return stream.isTTY === true && env.TERM !== "dumb";
}

// dist/git/blobs.js
async function readBlobSizes(cwd, blobIds) {
  const sizes = /* @__PURE__ */ new Map();
  const unique = [...new Set(blobIds)];
  if (unique.length === 0)
    return sizes;
  const output = await runGit(["cat-file", "--batch-check"], { cwd, input: unique.join("\n") + "\n" });
  for (const line of output.toString("utf8").split("\n")) {
    if (line === "")
      continue;
    const [id, type, size] = line.split(" ");
    if (type === "missing" || size === void 0 || id === void 0)
      throw new GitError(`object ${id} is missing from the repository`);
    sizes.set(id, Number(size));
  }
  return sizes;
}
async function* readBlobHeads(cwd, blobIds, maxBytes) {
  if (blobIds.length === 0)
    return;
  const git = streamGit(["cat-file", "--batch"], { cwd, input: blobIds.join("\n") + "\n" });
  const parser = new BatchParser(maxBytes);
  try {
    for await (const chunk of git.stdout) {
      for (const blob of parser.push(chunk))
        yield blob;
    }
    await git.done;
  } finally {
    git.kill();
  }
  if (!parser.isIdle())
    throw new GitError("git cat-file output ended inside an object");
}
var BatchParser = class {
  maxBytes;
  header = [];
  current;
  awaitingNewline = false;
  constructor(maxBytes) {
    this.maxBytes = maxBytes;
  }
  isIdle() {
    return this.current === void 0 && this.header.length === 0 && !this.awaitingNewline;
  }
  *push(chunk) {
    let offset = 0;
    while (offset < chunk.length) {
      if (this.awaitingNewline) {
        offset++;
        this.awaitingNewline = false;
        continue;
      }
      if (this.current === void 0) {
        const newline = chunk.indexOf(10, offset);
        if (newline === -1) {
          this.header.push(chunk.subarray(offset));
          return;
        }
        this.header.push(chunk.subarray(offset, newline));
        const line = Buffer.concat(this.header).toString("utf8");
        this.header = [];
        offset = newline + 1;
        const [blobId, type, size] = line.split(" ");
        if (type === "missing" || blobId === void 0 || size === void 0) {
          throw new GitError(`object ${blobId ?? "?"} is missing from the repository`);
        }
        this.current = { blobId, size: Number(size), remaining: Number(size), kept: [], keptBytes: 0 };
      }
      const current = this.current;
      const take = Math.min(current.remaining, chunk.length - offset);
      const keep = Math.min(take, this.maxBytes - current.keptBytes);
      if (keep > 0) {
        current.kept.push(chunk.subarray(offset, offset + keep));
        current.keptBytes += keep;
      }
      current.remaining -= take;
      offset += take;
      if (current.remaining === 0) {
        yield { blobId: current.blobId, size: current.size, data: Buffer.concat(current.kept) };
        this.current = void 0;
        this.awaitingNewline = true;
      }
    }
  }
};

export {
  readBlobSizes,
  readBlobHeads,
  createStyle,
  shouldUseColor
};
