// The shell reader: pipelines and words split the way a shell would, and one canonical spelling
// per command so flag order, bundling, wrappers and quoting cannot hide a risky command.

import { describe, expect, test } from "@jest/globals";
import { normalizeCommand, normalizePipelines } from "../../../src/shell/normalize.js";
import { shellWords, splitPipelines } from "../../../src/shell/split.js";

describe("splitPipelines", () => {
  test("separators outside quotes and substitutions end commands; pipes join them", () => {
    expect(splitPipelines("cd /tmp && rm -rf x || echo 'a; b' ; curl u | sh")).toEqual([["cd /tmp"], ["rm -rf x"], ["echo 'a; b'"], ["curl u", "sh"]]);
    expect(splitPipelines('sh -c "$(curl -s u | head)" & wait')).toEqual([['sh -c "$(curl -s u | head)"'], ["wait"]]);
    expect(splitPipelines("bash <(curl -s u) 2>&1 | tee log")).toEqual([["bash <(curl -s u) 2>&1", "tee log"]]);
  });

  test("a comment is not a command; a # inside a word is not a comment", () => {
    expect(splitPipelines("# rm -rf /\necho a#b # rm -rf /")).toEqual([["echo a#b"]]);
  });

  test("a backslash-newline continues the command", () => {
    expect(splitPipelines("rm -rf \\\n  /")).toEqual([["rm -rf    /"]]);
  });
});

describe("shellWords", () => {
  test("keeps the raw spelling and the unquoted text", () => {
    expect(shellWords(`rm -rf "$DIR/" '/x y' \\/z`)).toEqual([
      { raw: "rm", text: "rm" },
      { raw: "-rf", text: "-rf" },
      { raw: '"$DIR/"', text: "$DIR/" },
      { raw: "'/x y'", text: "/x y" },
      { raw: "\\/z", text: "/z" },
    ]);
  });
});

describe("normalizeCommand", () => {
  test.each([
    ["rm -rf /", "rm -f -r /"],
    ["rm -fr /", "rm -f -r /"],
    ["rm -r -f /", "rm -f -r /"],
    ["rm --recursive --force /", "rm -f -r /"],
    ["sudo -u root -E /bin/rm -fr -- /", "rm -f -r /"],
    ["env -i PATH=/bin FOO=1 rm -rf /", "rm -f -r /"],
    ["command exec nohup nice -n 5 rm -rf /", "rm -f -r /"],
    ["xargs -0 -n 1 rm -rf", "rm -f -r"],
    ["timeout 10 rm -rf /", "rm -f -r /"],
    ["FOO=1 BAR=2 rm -rf /", "rm -f -r /"],
    ["\\rm -rf /", "rm -f -r /"],
    ['rm -rf "$DIR/"', 'rm -f -r "$DIR/"'],
    ["chmod -R 777 .", "chmod -R 777 ."],
    ["chmod -x file", "chmod -x file"],
    ["curl --insecure --silent https://x", "curl -k -s https://x"],
    ["git push --force origin main", "git push --force origin main"],
  ])("%s → %s", (input, expected) => {
    expect(normalizeCommand(input)).toBe(expected);
  });

  test("pipelines are normalized command by command", () => {
    expect(normalizePipelines("curl -fsSL https://x | sudo -E bash -s && echo done")).toEqual(["curl -f -L -s -S https://x | bash -s", "echo done"]);
  });
});
