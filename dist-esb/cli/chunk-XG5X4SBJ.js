// dist/audit/assistants.js
var ASSISTANT_IGNORE_FILES = [
  { assistant: "cursor", name: "Cursor", file: ".cursorignore", format: "gitignore", markers: [".cursorignore", ".cursor", ".cursorrules"] },
  { assistant: "gemini", name: "Gemini Code Assist", file: ".aiexclude", format: "gitignore", markers: [".aiexclude", ".gemini", "GEMINI.md"] },
  { assistant: "jetbrains", name: "JetBrains AI Assistant / Junie", file: ".aiignore", format: "gitignore", markers: [".aiignore", ".junie"] },
  { assistant: "windsurf", name: "Windsurf / Codeium", file: ".codeiumignore", format: "gitignore", markers: [".codeiumignore", ".windsurf", ".windsurfrules", ".codeium"] },
  { assistant: "claude", name: "Claude Code (.claudeignore)", file: ".claudeignore", format: "gitignore", markers: [".claudeignore"] },
  { assistant: "claude", name: "Claude Code (permissions.deny)", file: ".claude/settings.json", format: "claude-settings", markers: [".claude", "CLAUDE.md"] },
  { assistant: "aider", name: "Aider", file: ".aiderignore", format: "gitignore", markers: [".aiderignore", ".aider.conf.yml"] }
];
var ASSISTANT_IDS = [...new Set(ASSISTANT_IGNORE_FILES.map((entry) => entry.assistant))];

export {
  ASSISTANT_IGNORE_FILES,
  ASSISTANT_IDS
};
