// dist/detect/render-fix.js
var SHELL_SAFE = /^[A-Za-z0-9._\/@%+=:,-]+$/;
function shellQuote(value) {
  if (value.length > 0 && SHELL_SAFE.test(value))
    return value;
  return `'${value.replace(/'/g, `'\\''`)}'`;
}
function renderFix(rule, path) {
  const name = path.slice(path.lastIndexOf("/") + 1);
  const values = { path, shellPath: shellQuote(path), name, ruleId: rule.id };
  return rule.fix.replace(/\{(path|shellPath|name|ruleId)\}/g, (_whole, key) => values[key] ?? "");
}
function falseAlarmHint(rule) {
  if (rule.target === "path") {
    return "If this file is safe to commit, commit it knowingly with `git commit --no-verify`.";
  }
  return `If this is not a real problem, add a comment containing \`stageguard-allow ${rule.id}: <reason>\` on this line or the line above.`;
}

export {
  shellQuote,
  renderFix,
  falseAlarmHint
};
