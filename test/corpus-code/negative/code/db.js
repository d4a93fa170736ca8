// Data access with parameters everywhere; dynamic parts come from allowlists.
const { Pool } = require("pg");
const pool = new Pool();

const SORTABLE = new Set(["name", "created_at", "email"]);

async function findUser(id) {
  const { rows } = await pool.query("SELECT * FROM users WHERE id = $1", [id]); ⟦⟧
  return rows[0];
}

async function search(term, sort) {
  const column = SORTABLE.has(sort) ? sort : "name";
  const sql = `SELECT id, name FROM users WHERE name ILIKE $1 ORDER BY ${column}`; ⟦⟧
  const { rows } = await pool.query(sql, [`%${term}%`]); ⟦⟧
  return rows;
}

async function countByStatus(status) {
  const { rows } = await pool.query({ text: "SELECT COUNT(*) FROM users WHERE status = $1", values: [status] }); ⟦⟧
  return Number(rows[0].count);
}

async function insertAudit(event) {
  await pool.query("INSERT INTO audit (kind, payload) VALUES ($1, $2)", [event.kind, JSON.stringify(event)]); ⟦⟧
}

function describeQuery() {
  // Bad: pool.query("SELECT * FROM users WHERE id = " + id) ⟦⟧
  return "SELECT * FROM users WHERE id = $1";
}

module.exports = { findUser, search, countByStatus, insertAudit, describeQuery };
