// Pure text edits for `audit --fix`: add missing lines to an ignore file, or deny rules to
// Claude Code's settings.json, keeping the user's lines, comments, order and line endings.
// Running an edit on its own output changes nothing.

export const FIX_HEADER = "# Added by `stageguard audit --fix`: keep secrets and credential files out.";

export interface TextEdit {
  text: string;
  added: string[];
}

/** Appends the lines not already present (compared trimmed), under a header unless it is null. */
export function addIgnoreLines(existing: string | undefined, lines: readonly string[], header: string | null = FIX_HEADER): TextEdit {
  const original = existing ?? "";
  const eol = original.includes("\r\n") ? "\r\n" : "\n";
  const present = new Set(original.split(/\r?\n/).map((line) => line.trim()));
  const added = [...new Set(lines)].filter((line) => !present.has(line));
  if (added.length === 0) return { text: original, added };
  let text = original;
  if (text !== "" && !text.endsWith("\n")) text += eol;
  if (header !== null && !present.has(header)) text += `${text === "" ? "" : eol}${header}${eol}`;
  text += `${added.join(eol)}${eol}`;
  return { text, added };
}

/** Claude Code deny rules that keep its Read tool (and Edit/Write) away from these ignore lines. */
export function claudeDenyRules(ignoreLines: readonly string[]): string[] {
  const rules: string[] = [];
  for (const line of ignoreLines) {
    if (line.startsWith("!") || line.startsWith("#") || line.trim() === "") continue;
    const pattern = line.endsWith("/") ? `${line}**` : line;
    if (pattern.includes("/") && !pattern.startsWith("**/")) rules.push(`Read(./${pattern})`, `Read(./**/${pattern})`);
    else rules.push(`Read(./${pattern})`, `Read(./**/${pattern.replace(/^\*\*\//, "")})`);
  }
  return [...new Set(rules)];
}

/** The gitignore lines equivalent to the Read(...) deny rules of a settings object. */
export function denyRulesAsIgnoreLines(settings: unknown): string[] {
  const deny = (settings as { permissions?: { deny?: unknown } } | undefined)?.permissions?.deny;
  if (!Array.isArray(deny)) return [];
  return deny
    .filter((rule): rule is string => typeof rule === "string")
    .map((rule) => /^Read\((.+)\)$/.exec(rule.trim())?.[1])
    .filter((path): path is string => path !== undefined && path.startsWith("./"))
    // "./x" is relative to the project root: an anchored gitignore line.
    .map((path) => `/${path.slice(2)}`);
}

/** Adds missing deny rules to settings.json text; throws SyntaxError when it is not JSON. */
export function addClaudeDenyRules(existing: string | undefined, rules: readonly string[]): TextEdit {
  const original = existing ?? "";
  const settings = (original.trim() === "" ? {} : JSON.parse(original)) as Record<string, unknown>;
  const permissions = (typeof settings.permissions === "object" && settings.permissions !== null ? settings.permissions : {}) as Record<string, unknown>;
  const deny = Array.isArray(permissions.deny) ? (permissions.deny as unknown[]) : [];
  const added = rules.filter((rule) => !deny.includes(rule));
  if (added.length === 0) return { text: original, added };
  permissions.deny = [...deny, ...added];
  settings.permissions = permissions;
  const indent = /^[ \t]+(?=")/m.exec(original)?.[0] ?? "  ";
  const eol = original.includes("\r\n") ? "\r\n" : "\n";
  return { text: `${JSON.stringify(settings, null, indent).replace(/\n/g, eol)}${eol}`, added };
}
