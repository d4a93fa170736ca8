import cors from "cors";
import express from "express";
import { execFile } from "node:child_process";
import { createHash, createCipheriv, randomBytes, scrypt } from "node:crypto";
import https from "node:https";
import { readFile } from "node:fs/promises";
import path from "node:path";

const app = express();
const PUBLIC_DIR = path.resolve("public");

app.use(cors({ origin: ["https://admin.example.com"], credentials: true })); ⟦⟧
app.use("/open", cors({ origin: "*" })); ⟦⟧

app.get("/static/:name", async (req, res) => {
  const name = path.basename(req.params.name); ⟦⟧
  const target = path.join(PUBLIC_DIR, name); ⟦⟧
  res.send(await readFile(target));
});

app.get("/version", (_req, res) => {
  execFile("git", ["describe", "--tags"], (err, stdout) => res.send(err ? "unknown" : stdout.trim())); ⟦⟧
});

app.post("/convert", (req, res) => {
  execFile("convert", ["--", path.basename(String(req.body.file)), "out.png"], (err) => res.sendStatus(err ? 500 : 204)); ⟦⟧
});

export const agent = new https.Agent({ rejectUnauthorized: true, ca: process.env.CORP_CA }); ⟦⟧

export function checksum(data: Buffer): string {
  return createHash("sha256").update(data).digest("hex"); ⟦⟧
}

export function contentHash(data: Buffer): string {
  return createHash("sha1").update(data).digest("hex"); // git-style object id, not a password ⟦⟧
}

export function hashPassword(password: string, salt: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => scrypt(password, salt, 64, (err, key) => (err ? reject(err) : resolve(key)))); ⟦⟧
}

export function encrypt(key: Buffer, text: string): Buffer {
  const iv = randomBytes(12); ⟦⟧
  const cipher = createCipheriv("aes-256-gcm", key, iv); ⟦⟧
  return Buffer.concat([iv, cipher.update(text, "utf8"), cipher.final(), cipher.getAuthTag()]);
}

export function resetToken(): string {
  return randomBytes(32).toString("base64url"); ⟦⟧
}

export default app;
