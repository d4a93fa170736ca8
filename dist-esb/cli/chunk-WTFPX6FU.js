import {
  GitError
} from "./chunk-VFHTMC3F.js";

// dist/git/run-git.js
import { spawn } from "node:child_process";
import { PassThrough } from "node:stream";
var GLOBAL_ARGS = ["--no-pager", "--no-optional-locks", "-c", "core.quotepath=off", "-c", "color.ui=never"];
async function runGit(args, options) {
  const stream = streamGit(args, options);
  const chunks = [];
  for await (const chunk of stream.stdout)
    chunks.push(chunk);
  await stream.done;
  return Buffer.concat(chunks);
}
function streamGit(args, options) {
  const fullArgs = [...GLOBAL_ARGS, ...args];
  const child = spawn("git", fullArgs, {
    cwd: options.cwd,
    env: process.env,
    stdio: [options.input === void 0 ? "ignore" : "pipe", "pipe", "pipe"],
    windowsHide: true
  });
  if (options.input !== void 0 && child.stdin) {
    child.stdin.on("error", () => void 0);
    child.stdin.end(options.input);
  }
  const stderr = [];
  child.stderr.on("data", (chunk) => {
    if (stderr.length < 64)
      stderr.push(chunk);
  });
  const done = new Promise((resolve, reject) => {
    child.on("error", (error) => {
      const reason = error.code === "ENOENT" ? "git is not installed or not on PATH" : error.message;
      reject(new GitError(reason, { cause: error }));
    });
    child.on("close", (code, signal) => {
      if (code === 0)
        return resolve();
      const message = firstLine(Buffer.concat(stderr).toString("utf8")) || `exited with ${signal ?? code}`;
      reject(new GitError(`git ${args[0] ?? ""} failed: ${message}`));
    });
  });
  done.catch(() => void 0);
  const stdout = child.stdout.pipe(new PassThrough({ highWaterMark: 1024 * 1024 }));
  return {
    stdout,
    done,
    kill: () => {
      child.kill();
    }
  };
}
function firstLine(text) {
  return text.split("\n").map((line) => line.trim()).find((line) => line.length > 0) ?? "";
}

// dist/git/repo.js
async function findRepository(cwd) {
  let output;
  try {
    output = await runGit(["rev-parse", "--show-toplevel"], { cwd });
  } catch (error) {
    if (error instanceof GitError && /not a git repository/i.test(error.message)) {
      throw new GitError(`not a git repository: ${cwd}`, {
        cause: error,
        hint: "Run this inside a git repository, or scan plain files with `stageguard scan files <paths\u2026>`."
      });
    }
    if (error instanceof GitError && /work tree/i.test(error.message)) {
      throw new GitError(`no work tree here (bare repository?): ${cwd}`, {
        cause: error,
        hint: "Staged changes only exist in a repository with a work tree."
      });
    }
    throw error;
  }
  const root = output.toString("utf8").replace(/\n$/, "");
  if (root === "")
    throw new GitError(`no work tree here (bare repository?): ${cwd}`);
  return { root };
}
async function findRepositoryIfAny(cwd) {
  try {
    return await findRepository(cwd);
  } catch (error) {
    if (error instanceof GitError)
      return void 0;
    throw error;
  }
}

export {
  runGit,
  streamGit,
  findRepository,
  findRepositoryIfAny
};
