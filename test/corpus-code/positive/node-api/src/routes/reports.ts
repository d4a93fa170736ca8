import type { Request, Response } from "express";
import { readFile } from "node:fs/promises";
import { join, normalize, resolve, sep } from "node:path";
import { exec } from "node:child_process";
import crypto from "node:crypto";
import { promisify } from "node:util";
import yaml from "js-yaml";
import { Prisma, PrismaClient } from "@prisma/client";
import knex from "../lib/knex.js";
import { sequelize } from "../lib/sequelize.js";

const prisma = new PrismaClient();
const run = promisify(exec);
const REPORT_ROOT = resolve(process.env.REPORT_ROOT ?? "./reports");

export async function byCustomer(req: Request, res: Response): Promise<void> {
  const rows = await prisma.$queryRawUnsafe(`SELECT * FROM invoices WHERE customer_id = '${req.params.customerId}'`); ⟪!sql-interpolation⟫
  res.json(rows);
}

export async function byCustomerSafe(req: Request, res: Response): Promise<void> {
  const rows = await prisma.$queryRaw`SELECT * FROM invoices WHERE customer_id = ${req.params.customerId}`; ⟦⟧
  res.json(rows);
}

export async function byRegion(req: Request, res: Response): Promise<void> {
  const region = String(req.query.region);
  const rows = await knex.raw(`SELECT region, SUM(total) FROM sales WHERE region = '${region}' GROUP BY region`); ⟪!sql-interpolation⟫
  const safe = await knex.raw("SELECT region, SUM(total) FROM sales WHERE region = ? GROUP BY region", [region]); ⟦⟧
  res.json({ rows, safe });
}

export async function topProducts(req: Request, res: Response): Promise<void> {
  const limit = req.query.limit as string;
  const [rows] = await sequelize.query("SELECT name, sold FROM products ORDER BY sold DESC LIMIT " + limit); ⟪!sql-interpolation⟫
  const [rows2] = await sequelize.query("SELECT name, sold FROM products ORDER BY sold DESC LIMIT :limit", { replacements: { limit: Number(limit) } }); ⟦⟧
  res.json({ rows, rows2 });
}

export async function download(req: Request, res: Response): Promise<void> {
  const file = await readFile(join(REPORT_ROOT, req.params.name as string)); ⟪!path-from-input⟫
  res.send(file);
}

export async function downloadSafe(req: Request, res: Response): Promise<void> {
  const target = resolve(REPORT_ROOT, normalize(String(req.params.name)));
  if (!target.startsWith(REPORT_ROOT + sep)) { ⟦⟧
    res.status(400).end();
    return;
  }
  res.send(await readFile(target));
}

export async function importDefinition(req: Request, res: Response): Promise<void> {
  const definition = yaml.load(req.body as string); // js-yaml 4: load is the safe schema ⟦⟧
  res.json(definition);
}

export async function archive(req: Request, res: Response): Promise<void> {
  const { stdout } = await run(`tar -czf /tmp/${req.params.name}.tgz -C ${REPORT_ROOT} .`); ⟪!shell-injection⟫
  res.send(stdout);
}

export function legacyCookie(value: string): string {
  const cipher = crypto.createCipher("des-ede3", process.env.COOKIE_SECRET ?? ""); ⟪!deprecated-cipher⟫
  return cipher.update(value, "utf8", "base64") + cipher.final("base64");
}

export function describeSql(): string {
  // Never build SQL like "SELECT * FROM t WHERE id = " + id; use Prisma.sql instead. ⟦⟧
  return Prisma.sql`SELECT 1`.sql;
}
