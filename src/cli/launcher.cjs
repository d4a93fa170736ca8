#!/usr/bin/env node
// The `stageguard` executable (copied to dist/cli/stageguard.cjs by the build): runs the CLI
// bundle, dist/cli/stageguard-main.cjs, through V8's code cache.
//
// Why: a hook pays node's start-up on every commit, and compiling the bundle's functions is a
// large part of what stageguard adds to it (~20% of its instructions on a 40-line commit). V8
// can save the code it compiled and reuse it in the next process, as node 22's
// module.enableCompileCache does; this works on node 20 as well.
//
// The cache sits next to the bundle, one file per node version and architecture, and is used only
// for the exact bundle it was made from (its size and modification time are in the file's header;
// V8 itself checks its own version, flags and the source's length, and rejects what does not fit).
// When there is none, or V8 rejects it, the run goes on as usual and writes a fresh one at exit,
// if the folder is writable (a read-only install simply runs uncached). Set
// STAGEGUARD_NO_CODE_CACHE=1 to neither read nor write one.
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const vm = require("node:vm");
const { createRequire, wrap } = require("node:module");

const main = path.join(__dirname, "stageguard-main.cjs");
// Dynamic import() from code compiled by vm needs this loader option (node >= 20.12); without it,
// load the bundle the plain way.
const mainContextLoader = vm.constants && vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER;

if (process.env.STAGEGUARD_NO_CODE_CACHE || !mainContextLoader) {
  require(main);
} else {
  runCached();
}

function runCached() {
  const source = fs.readFileSync(main, "utf8");
  const { size, mtimeMs } = fs.statSync(main);
  const stamp = Buffer.from(`${size}:${mtimeMs}\n`);
  const cacheFile = path.join(__dirname, `.stageguard-main.${process.version}-${process.arch}.cache`);
  let cachedData;
  try {
    const bytes = fs.readFileSync(cacheFile);
    if (bytes.subarray(0, stamp.length).equals(stamp)) cachedData = bytes.subarray(stamp.length);
  } catch {
    // No cache yet.
  }
  const script = new vm.Script(wrap(source), { filename: main, cachedData, importModuleDynamically: mainContextLoader });
  if (cachedData === undefined || script.cachedDataRejected) {
    // At exit the script's functions that ran are compiled: they all go into the cache.
    process.once("exit", () => writeCache(script, cacheFile, stamp));
  }
  const module = { exports: {}, id: main, filename: main, loaded: false };
  script.runInThisContext().call(module.exports, module.exports, createRequire(main), module, main, __dirname);
}

function writeCache(script, cacheFile, stamp) {
  const temporary = `${cacheFile}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(temporary, Buffer.concat([stamp, script.createCachedData()]), { flag: "wx" });
    fs.renameSync(temporary, cacheFile);
  } catch {
    // A read-only install, a full disk: the next run compiles as this one did.
    try {
      fs.rmSync(temporary, { force: true });
    } catch {
      // Nothing was written.
    }
  }
}
