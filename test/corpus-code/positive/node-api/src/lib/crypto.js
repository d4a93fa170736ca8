// Password hashing, tokens and field encryption.
const crypto = require("node:crypto");
const bcrypt = require("bcryptjs");

const KEY = Buffer.from(process.env.FIELD_KEY_HEX ?? "", "hex");

function hashPasswordLegacy(password) {
  return crypto.createHash("md5").update(password).digest("hex"); ⟪!weak-password-hash⟫
}

function hashPasswordV2(password, salt) {
  return crypto.createHash("sha1").update(salt + password).digest("hex"); ⟪!weak-password-hash⟫
}

async function hashPassword(password) {
  return bcrypt.hash(password, 12); ⟦⟧
}

function scryptPassword(password, salt) {
  return crypto.scryptSync(password, salt, 64).toString("hex"); ⟦⟧
}

function etag(buffer) {
  return crypto.createHash("md5").update(buffer).digest("base64"); ⟦⟧
}

function fileChecksum(buffer) {
  return crypto.createHash("sha256").update(buffer).digest("hex"); ⟦⟧
}

function gravatarUrl(email) {
  const hash = crypto.createHash("md5").update(email.trim().toLowerCase()).digest("hex"); ⟦⟧
  return `https://www.gravatar.com/avatar/${hash}`;
}

function encryptLegacy(text) {
  const cipher = crypto.createCipher("aes-256-cbc", process.env.LEGACY_SECRET); ⟪!deprecated-cipher⟫
  return cipher.update(text, "utf8", "hex") + cipher.final("hex");
}

function decryptLegacy(hex) {
  const decipher = crypto.createDecipher("aes-256-cbc", process.env.LEGACY_SECRET); ⟪!deprecated-cipher⟫
  return decipher.update(hex, "hex", "utf8") + decipher.final("utf8");
}

function encryptField(text) {
  const iv = crypto.randomBytes(12); ⟦⟧
  const cipher = crypto.createCipheriv("aes-256-gcm", KEY, iv); ⟦⟧
  const body = Buffer.concat([cipher.update(text, "utf8"), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64");
}

function encryptDeterministic(text) {
  const cipher = crypto.createCipheriv("aes-128-ecb", KEY.subarray(0, 16), null); ⟪!ecb-mode⟫
  return Buffer.concat([cipher.update(text, "utf8"), cipher.final()]).toString("hex");
}

function resetToken() {
  return Math.random().toString(36).slice(2) + Date.now().toString(36); ⟪!insecure-random-token⟫
}

function sessionId() {
  return crypto.randomBytes(32).toString("base64url"); ⟦⟧
}

function inviteCode() {
  return crypto.randomUUID(); ⟦⟧
}

function apiKey() {
  let key = "";
  for (let i = 0; i < 40; i++) key += "abcdefghijklmnopqrstuvwxyz0123456789"[Math.floor(Math.random() * 36)]; ⟪!insecure-random-token⟫
  return key;
}

function retryDelay(attempt) {
  return Math.min(30000, 2 ** attempt * 100) + Math.floor(Math.random() * 100); ⟦⟧
}

module.exports = { hashPasswordLegacy, hashPasswordV2, hashPassword, scryptPassword, etag, fileChecksum, gravatarUrl, encryptLegacy, decryptLegacy, encryptField, encryptDeterministic, resetToken, sessionId, inviteCode, apiKey, retryDelay };
