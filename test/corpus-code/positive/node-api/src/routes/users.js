// User routes: search, profile, avatar, admin export.
const express = require("express");
const path = require("node:path");
const fs = require("node:fs");
const { exec, execFile, execSync } = require("node:child_process");
const db = require("../lib/db");

const router = express.Router();
const AVATAR_DIR = path.join(__dirname, "..", "..", "uploads", "avatars"); ⟦⟧

router.get("/search", async (req, res) => {
  const { q, sort = "name" } = req.query;
  const rows = await db.query(`SELECT id, name, email FROM users WHERE name LIKE '%${q}%' ORDER BY ${sort}`); ⟪!sql-interpolation⟫
  res.json(rows);
});

router.get("/search2", async (req, res) => {
  const rows = await db.query("SELECT id, name FROM users WHERE name LIKE $1 ORDER BY name", [`%${req.query.q}%`]); ⟦⟧
  res.json(rows);
});

router.get("/:id", async (req, res) => {
  const sql = "SELECT * FROM users WHERE id = " + req.params.id; ⟪!sql-interpolation⟫
  const [user] = await db.query(sql);
  if (!user) return res.status(404).end();
  res.json(user);
});

router.get("/:id/orders", async (req, res) => {
  const orders = await db.query("SELECT * FROM orders WHERE user_id = ? AND status = ?", [req.params.id, "paid"]); ⟦⟧
  res.json(orders);
});

router.get("/:id/avatar", (req, res) => {
  res.sendFile(path.join(AVATAR_DIR, req.query.file)); ⟪!path-from-input⟫
});

router.get("/:id/avatar-safe", (req, res) => {
  const name = path.basename(String(req.query.file)); ⟦⟧
  res.sendFile(name, { root: AVATAR_DIR }); ⟦⟧
});

router.get("/:id/export", (req, res) => {
  const target = path.join("/var/exports", req.params.id + ".csv"); ⟪!path-from-input⟫
  fs.createReadStream(target).pipe(res);
});

router.post("/:id/thumbnail", (req, res) => {
  exec(`convert uploads/${req.body.image} -resize 128x128 thumbs/${req.params.id}.png`, (err) => { ⟪!shell-injection⟫
    if (err) return res.status(500).end();
    res.status(204).end();
  });
});

router.post("/:id/thumbnail-safe", (req, res) => {
  execFile("convert", [path.join("uploads", path.basename(req.body.image)), "-resize", "128x128", `thumbs/${Number(req.params.id)}.png`], (err) => { ⟦⟧
    res.status(err ? 500 : 204).end();
  });
});

router.get("/admin/git-log", (req, res) => {
  const out = execSync("git log --oneline -n 20 " + req.query.branch).toString(); ⟪!shell-injection⟫
  res.type("text/plain").send(out);
});

router.get("/admin/version", (_req, res) => {
  res.send(execSync("git rev-parse --short HEAD").toString().trim()); ⟦⟧
});

router.post("/admin/calc", (req, res) => {
  const result = eval(req.body.expression); ⟪!dynamic-eval⟫
  res.json({ result });
});

router.post("/admin/filter", (req, res) => {
  const predicate = new Function("row", "return " + req.body.where); ⟪!dynamic-eval⟫
  res.json(db.cache.filter(predicate));
});

module.exports = router;
