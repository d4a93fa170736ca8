// Real git repositories in temporary folders, driven by real git (never mocked).
// Refuses to work inside this project's own checkout.

import { execa } from "execa";
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gitEnv } from "./git-env.js";

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

export class TempRepo {
  private constructor(readonly dir: string) {}

  /** A fresh folder; `git init` unless `init: false`. */
  static async create(options: { init?: boolean; prefix?: string } = {}): Promise<TempRepo> {
    const dir = realpathSync(mkdtempSync(join(tmpdir(), options.prefix ?? "stageguard-test-")));
    const rel = relative(PROJECT_ROOT, dir);
    if (!rel.startsWith("..")) throw new Error(`refusing to create a test repository inside the project: ${dir}`);
    const repo = new TempRepo(dir);
    if (options.init !== false) await repo.git("init", "-q", "-b", "main");
    return repo;
  }

  /** Runs git in the repository; returns stdout. Throws on a non-zero exit. */
  async git(...args: string[]): Promise<string> {
    const result = await execa("git", args, { cwd: this.dir, env: gitEnv(), extendEnv: false, stripFinalNewline: false, stdin: "ignore" });
    return result.stdout;
  }

  /** Writes a file (creating folders), relative to the repository root. */
  write(path: string, content: string | Buffer): this {
    const full = join(this.dir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
    return this;
  }

  remove(path: string): this {
    rmSync(join(this.dir, path), { force: true, recursive: true });
    return this;
  }

  async add(...paths: string[]): Promise<void> {
    await this.git("add", "--", ...(paths.length > 0 ? paths : ["."]));
  }

  /** Commits what is staged without running hooks (test set-up, not the thing under test). */
  async commit(message = "test"): Promise<void> {
    await this.git("commit", "-q", "--no-verify", "--allow-empty", "-m", message);
  }

  cleanup(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
