// One canonical spelling per command, so trivial variants cannot slip past a rule:
// `sudo -E /bin/rm -fr -- "$DIR/"` and `rm --recursive --force "$DIR/"` both read
// `rm -f -r "$DIR/"`. Wrappers (sudo, env, command, exec, xargs, nohup, time, nice, timeout…)
// and leading VAR=value assignments are dropped; for commands whose options we know, bundles are
// split (`-rf` → `-f -r`), long options mapped to their short twins and sorted before the
// arguments. Arguments keep their quotes: `"$DIR/"` and `"${DIR:?}/"` must stay different.

import { shellWords, splitPipelines, type ShellWord } from "./split.js";

/** Wrapper commands and which of their options take a value (so it is skipped too). */
const WRAPPERS: Record<string, string> = {
  sudo: "ugpChUDRT",
  doas: "uC",
  env: "uSC",
  command: "",
  builtin: "",
  exec: "a",
  nohup: "",
  time: "fo",
  nice: "n",
  ionice: "cnp",
  xargs: "IinPLdEsa",
  timeout: "sk",
  stdbuf: "ioe",
  chroot: "",
  caffeinate: "",
};
/** Wrappers whose first argument is not the command (the duration of `timeout 10 cmd`). */
const WRAPPER_ARGS: Record<string, number> = { timeout: 1, chroot: 1 };

/** Commands whose short options bundle (`-rf`), with their long options' short twins. */
const KNOWN_OPTIONS: Record<string, Record<string, string>> = {
  rm: { recursive: "r", force: "f", dir: "d", verbose: "v", interactive: "i" },
  rmdir: { parents: "p" },
  cp: { recursive: "r", force: "f" },
  mv: { force: "f" },
  chmod: { recursive: "R", silent: "f", quiet: "f", verbose: "v", changes: "c" },
  chown: { recursive: "R", silent: "f", quiet: "f", verbose: "v", changes: "c" },
  chgrp: { recursive: "R", silent: "f", quiet: "f", verbose: "v", changes: "c" },
  curl: { insecure: "k", silent: "s", location: "L", fail: "f", "show-error": "S", output: "o", user: "u", header: "H", data: "d", request: "X", "remote-name": "O" },
  wget: { quiet: "q", "output-document": "O" },
  shred: { force: "f", remove: "u", zero: "z", iterations: "n", verbose: "v" },
};
/** chmod's modes can start with a dash (`chmod -x f`): only these letters are its options. */
const CHMOD_OPTION_LETTERS = /^-[RfvchHLP]+$/;

export function normalizeCommand(command: string): string {
  return normalizeWords(stripWrappers(shellWords(command)));
}

/** normalizeCommand for a command already split into words, wrappers stripped. */
function normalizeWords(words: ShellWord[]): string {
  if (words.length === 0) return "";
  const name = words[0]!.text.replace(/^\\/, "").replace(/^.*\//, "");
  const known = KNOWN_OPTIONS[name];
  if (!known) return [name, ...words.slice(1).map((word) => word.raw)].join(" ");

  const shorts = new Set<string>();
  const longs: string[] = [];
  const args: string[] = [];
  let optionsEnded = false;
  for (const word of words.slice(1)) {
    const unquoted = word.raw === word.text;
    if (optionsEnded || !unquoted || !word.text.startsWith("-") || word.text === "-" || /^-\d/.test(word.text)) {
      args.push(word.raw);
    } else if (word.text === "--") {
      optionsEnded = true;
    } else if (word.text.startsWith("--")) {
      const [long = "", ...value] = word.text.slice(2).split("=");
      const short = known[long];
      if (short && value.length === 0) shorts.add(short);
      else longs.push(word.text);
    } else if (name === "chmod" && !CHMOD_OPTION_LETTERS.test(word.text)) {
      args.push(word.raw);
    } else {
      for (const letter of word.text.slice(1)) shorts.add(letter);
    }
  }
  const flags = [...shorts].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()) || a.localeCompare(b)).map((letter) => `-${letter}`);
  return [name, ...flags, ...longs, ...args].join(" ");
}

/** Shell keywords that introduce a command (`then rm -rf …`, `! curl …`, `{ ufw disable; }`). */
const KEYWORDS = new Set(["then", "do", "else", "elif", "if", "while", "until", "!", "{", "(", "((", "time"]);

function stripWrappers(input: ShellWord[]): ShellWord[] {
  let words = input;
  for (let guard = 0; guard < 12; guard++) {
    while (words.length > 0 && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[0]!.text)) words = words.slice(1);
    const first = words[0];
    if (!first) return words;
    if (KEYWORDS.has(first.raw) || /^[^\s()'"]+\)$/.test(first.raw)) {
      // A keyword, or a case arm's pattern (`wipe)`).
      words = words.slice(1);
      continue;
    }
    if (first.raw.startsWith("(") && first.raw.length > 1) {
      words = [{ raw: first.raw.slice(1), text: first.text.replace(/^\(/, "") }, ...words.slice(1)];
      continue;
    }
    const name = first.text.replace(/^.*\//, "");
    const valued = WRAPPERS[name];
    if (valued === undefined) return words;
    let index = 1;
    while (index < words.length && words[index]!.text.startsWith("-") && words[index]!.text !== "--") {
      const option = words[index]!.text;
      const takesValue = option.length === 2 && valued.includes(option[1]!);
      index += takesValue ? 2 : 1;
    }
    if (words[index]?.text === "--") index++;
    index += WRAPPER_ARGS[name] ?? 0;
    words = words.slice(index);
  }
  return words;
}

/**
 * Every pipeline of `text`, normalized, its commands joined by " | ". Commands that carry another
 * command in a string are opened too (`sh -c "…"`, `ssh host '…'`, `alias x='…'`,
 * `pwsh -Command "…"`), up to a few levels deep.
 */
export function normalizePipelines(text: string, depth = 0): string[] {
  const out: string[] = [];
  for (const pipeline of splitPipelines(text)) {
    // Each command is split into words once: for its normal form and for a command it carries.
    const commands = pipeline.map((command) => stripWrappers(shellWords(command)));
    const normalized = commands.map(normalizeWords).filter((command) => command !== "").join(" | ");
    if (normalized !== "") out.push(normalized);
    if (depth >= 3) continue;
    for (const words of commands) {
      const inner = nestedCommand(words);
      if (inner !== undefined) out.push(...normalizePipelines(inner, depth + 1));
    }
  }
  return out;
}

const SHELLS = /^(?:ba|z|da|k|a)?sh$|^su$/;
/** ssh options that take a value. */
const SSH_VALUED = "bcDEeFIiJLlmOopQRSWw";

function nestedCommand(words: ShellWord[]): string | undefined {
  const name = words[0]?.text.replace(/^.*\//, "");
  if (name === undefined) return undefined;
  if (SHELLS.test(name)) {
    const flag = words.findIndex((word, index) => index > 0 && /^-[A-Za-z]*c[A-Za-z]*$/.test(word.text));
    return flag > 0 ? words[flag + 1]?.text : undefined;
  }
  if (name === "ssh") {
    let index = 1;
    while (index < words.length && words[index]!.text.startsWith("-")) {
      const option = words[index]!.text;
      index += option.length === 2 && SSH_VALUED.includes(option[1]!) ? 2 : 1;
    }
    const rest = words.slice(index + 1).map((word) => word.text);
    return rest.length > 0 ? rest.join(" ") : undefined;
  }
  if (name === "alias") {
    const value = words[1]?.text.split("=").slice(1).join("=");
    return value ? value : undefined;
  }
  if (/^(?:pwsh|powershell)(?:\.exe)?$/i.test(name)) {
    const flag = words.findIndex((word) => /^-(?:c|command)$/i.test(word.text));
    return flag > 0 ? words.slice(flag + 1).map((word) => word.text).join(" ") : undefined;
  }
  return undefined;
}
