// User-facing text that is not part of a report, in one place.

export const HELP = `stageguard — stops secrets, credential files and risky commands before they enter git history

Usage
  stageguard scan staged [options] [paths…] scan what the next commit will record (the pre-commit hook runs
                                            this); with paths, only those files' staged changes (lint-staged)
  stageguard scan files [options] <paths…>  scan files and folders in the working tree (lint-staged, ad-hoc)
  stageguard scan range [options] <range…>  scan the lines each commit of a range added (CI: base..head)
  stageguard hook pre-push [remote]         the pre-push hook: scan what the push sends (reads git's stdin)
  stageguard init [--pre-push] [--lint-staged] [--hooks-path] [--no-install] [--dry-run]
                                            wire the hooks through husky (or core.hooksPath); idempotent
  stageguard uninstall [--dry-run]          take out the hook lines and settings init added
  stageguard baseline [--prune]             accept today's findings (.stageguard-baseline.json, hashes only);
                                            scans then skip them; --prune drops entries no longer found
  stageguard rules [--json] [--check]       list the active rules (id, category, severity, title); --check runs
                                            every rule's examples (the project's own too), exit 1 if one fails
  stageguard audit [options]                check the repository's defences: .gitignore, tracked secrets,
                                            AI-assistant ignore files, the hook; exit 1 when one is missing
  stageguard redact [options] [files…]      print files (stdin when none) with every secret replaced by
                                            <REDACTED:rule-id> and, by default, e-mails, IPs, auth tokens,
                                            cookies, home folders and internal hosts by <EMAIL>, <IP>…

Audit options
  --history               also look for forbidden files anywhere in history (all refs)
  --assistants <ids>      also check these assistants' ignore files: cursor, gemini, jetbrains,
                          windsurf, claude, aider, or all (those the repository uses are always checked)
  --fix                   write what is missing (ignore lines, assistant files, the husky line); idempotent

Redact options
  --profile <name>        default: secrets and the placeholders above; secrets: secrets only
  --check                 print nothing; list file:line and what would be redacted (never the value)
                          on stderr; exit 1 when anything would be (CI, a paste guard)
  --stdin-name <name>     the name stdin goes by, so rules scoped to files (.env, *.yaml) apply
  --force                 redact input that looks binary (a NUL byte early on) instead of refusing it

Options
  --format <human|json|sarif>
                          output format (default: human); sarif is SARIF 2.1.0 for GitHub code
                          scanning (scan and hook pre-push)
  --output <file>         write the report to this file instead of stdout (atomically; no colour);
                          the exit code is unchanged (scan and hook pre-push)
  --show-suppressed       also list the findings a stageguard-allow marker or the baseline
                          suppressed, and why (human format)
  --config <path>         settings file (default: stageguard.config.json, .stageguardrc.json,
                          .stageguardrc.yaml or the "stageguard" key of package.json, at the root)
  --color, --no-color     force colour on or off (default: on for a terminal; NO_COLOR is honoured)
  --debug                 print internal details of an error
  -h, --help              show this help
  -V, --version           print the version

Exit codes
  0  nothing blocking (warnings may be printed)
  1  at least one blocking finding (redact --check: something would be redacted)
  2  usage error or internal error (the hook then stops the commit: it fails closed)

False alarm? Add a comment \`stageguard-allow <rule-id>: <reason>\` on the line or the line above.
Commit knowingly without the check: git commit --no-verify
`;

/** Appended to errors in `scan staged`, which is what the hook runs. */
export const FAIL_CLOSED =
  "The commit was stopped because the scan could not finish (stageguard fails closed). Re-run with --debug for details; to commit knowingly without the check: git commit --no-verify";

/** Appended to errors in the pre-push hook. */
export const FAIL_CLOSED_PUSH =
  "The push was stopped because the scan could not finish (stageguard fails closed). Re-run with --debug for details; to push knowingly without the check: git push --no-verify";
