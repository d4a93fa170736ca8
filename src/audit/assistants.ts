// AI coding assistants and the files that keep them from reading secrets. Data, not logic:
// a new assistant is one entry. `markers` tell that a repository uses the assistant.

export interface AssistantIgnoreFile {
  /** Assistant id, as given to `audit --assistants` (several files may share one). */
  assistant: string;
  name: string;
  /** Path from the repository root. */
  file: string;
  /** gitignore syntax, or Claude Code's settings.json with permissions.deny rules. */
  format: "gitignore" | "claude-settings";
  markers: string[];
}

export const ASSISTANT_IGNORE_FILES: readonly AssistantIgnoreFile[] = [
  { assistant: "cursor", name: "Cursor", file: ".cursorignore", format: "gitignore", markers: [".cursorignore", ".cursor", ".cursorrules"] },
  { assistant: "gemini", name: "Gemini Code Assist", file: ".aiexclude", format: "gitignore", markers: [".aiexclude", ".gemini", "GEMINI.md"] },
  { assistant: "jetbrains", name: "JetBrains AI Assistant / Junie", file: ".aiignore", format: "gitignore", markers: [".aiignore", ".junie"] },
  { assistant: "windsurf", name: "Windsurf / Codeium", file: ".codeiumignore", format: "gitignore", markers: [".codeiumignore", ".windsurf", ".windsurfrules", ".codeium"] },
  { assistant: "claude", name: "Claude Code (.claudeignore)", file: ".claudeignore", format: "gitignore", markers: [".claudeignore"] },
  { assistant: "claude", name: "Claude Code (permissions.deny)", file: ".claude/settings.json", format: "claude-settings", markers: [".claude", "CLAUDE.md"] },
  { assistant: "aider", name: "Aider", file: ".aiderignore", format: "gitignore", markers: [".aiderignore", ".aider.conf.yml"] },
];

export const ASSISTANT_IDS: readonly string[] = [...new Set(ASSISTANT_IGNORE_FILES.map((entry) => entry.assistant))];
