// A preload (`node --require test/helpers/no-network.cjs`, or NODE_OPTIONS) that makes any use
// of the network fatal: the process prints what it tried on stderr and exits with
// NETWORK_EXIT_CODE before a packet leaves. Used to prove the CLI never phones home.
// CommonJS so that `--require` loads it before the program, whatever the program's module type.
// When NO_NETWORK_SEEN names a file, each process that loaded the preload appends a line to it,
// so a test can tell the guard was really in place (a typo in NODE_OPTIONS would prove nothing).

"use strict";

const fs = require("node:fs");

const NETWORK_EXIT_CODE = 97;
const MARKER = "stageguard-test: network attempt blocked:";

function blocked(what) {
  return function networkAttempt() {
    try {
      fs.writeSync(2, `${MARKER} ${what}\n`);
    } finally {
      // exit, not throw: a caller's catch could swallow an exception and carry on.
      process.exit(NETWORK_EXIT_CODE);
    }
  };
}

function guard(target, names, label) {
  for (const name of names) {
    if (typeof target[name] === "function") target[name] = blocked(`${label}.${name}`);
  }
}

const net = require("node:net");
guard(net.Socket.prototype, ["connect"], "net.Socket.prototype");
guard(net, ["connect", "createConnection"], "net");
guard(require("node:tls"), ["connect"], "tls");
guard(require("node:http"), ["request", "get"], "http");
guard(require("node:https"), ["request", "get"], "https");
guard(require("node:http2"), ["connect"], "http2");
guard(require("node:dgram"), ["createSocket"], "dgram");

const dns = require("node:dns");
const dnsFunctions = (object) => Object.keys(object).filter((name) => typeof object[name] === "function" && /^(lookup|resolve)/.test(name));
guard(dns, dnsFunctions(dns), "dns");
guard(dns.promises, dnsFunctions(dns.promises), "dns.promises");
guard(dns.Resolver.prototype, dnsFunctions(dns.Resolver.prototype), "dns.Resolver.prototype");
guard(dns.promises.Resolver.prototype, dnsFunctions(dns.promises.Resolver.prototype), "dns.promises.Resolver.prototype");

if (typeof globalThis.fetch === "function") globalThis.fetch = blocked("fetch");
if (typeof globalThis.WebSocket === "function") globalThis.WebSocket = blocked("WebSocket");

// ES modules that import these built-ins by name see the guarded functions too.
require("node:module").syncBuiltinESMExports();

if (process.env.NO_NETWORK_SEEN) fs.appendFileSync(process.env.NO_NETWORK_SEEN, `${process.pid}\n`);

module.exports = { NETWORK_EXIT_CODE, MARKER };
