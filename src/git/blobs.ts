// Reads staged content straight from git's object store by blob id (never from the working tree),
// through one `git cat-file` process per batch.
//
// --batch-check answers "<id> blob <size>" per id; --batch adds the <size> bytes and a newline:
//   b6876556065c527856627a8b2aad404b846462d3 blob 4
//   sec
// Unknown ids answer "<id> missing".

import { GitError } from "../errors.js";
import { runGit, streamGit } from "./run-git.js";

/** The start of a blob (up to the byte limit asked for) and its full size. */
export interface BlobHead {
  blobId: string;
  size: number;
  data: Buffer;
}

/** Sizes in bytes of the given blobs, by id. */
export async function readBlobSizes(cwd: string, blobIds: readonly string[]): Promise<Map<string, number>> {
  const sizes = new Map<string, number>();
  const unique = [...new Set(blobIds)];
  if (unique.length === 0) return sizes;
  const output = await runGit(["cat-file", "--batch-check"], { cwd, input: unique.join("\n") + "\n" });
  for (const line of output.toString("utf8").split("\n")) {
    if (line === "") continue;
    const [id, type, size] = line.split(" ");
    if (type === "missing" || size === undefined || id === undefined) throw new GitError(`object ${id} is missing from the repository`);
    sizes.set(id, Number(size));
  }
  return sizes;
}

/**
 * Streams the first `maxBytes` of each blob; the rest of a large blob is skipped without being
 * stored, so reading a 500 MB binary costs no memory.
 */
export async function* readBlobHeads(cwd: string, blobIds: readonly string[], maxBytes: number): AsyncGenerator<BlobHead> {
  if (blobIds.length === 0) return;
  const git = streamGit(["cat-file", "--batch"], { cwd, input: blobIds.join("\n") + "\n" });
  const parser = new BatchParser(maxBytes);
  try {
    for await (const chunk of git.stdout) {
      for (const blob of parser.push(chunk)) yield blob;
    }
    await git.done;
  } finally {
    git.kill();
  }
  if (!parser.isIdle()) throw new GitError("git cat-file output ended inside an object");
}

/** Pure state machine over `cat-file --batch` output chunks. */
export class BatchParser {
  private header: Buffer[] = [];
  private current: { blobId: string; size: number; remaining: number; kept: Buffer[]; keptBytes: number } | undefined;
  private awaitingNewline = false;

  constructor(private readonly maxBytes: number) {}

  isIdle(): boolean {
    return this.current === undefined && this.header.length === 0 && !this.awaitingNewline;
  }

  *push(chunk: Buffer): Generator<BlobHead> {
    let offset = 0;
    while (offset < chunk.length) {
      if (this.awaitingNewline) {
        // Each object's bytes are followed by one newline.
        offset++;
        this.awaitingNewline = false;
        continue;
      }
      if (this.current === undefined) {
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
        if (type === "missing" || blobId === undefined || size === undefined) {
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
        this.current = undefined;
        this.awaitingNewline = true;
      }
    }
  }
}
