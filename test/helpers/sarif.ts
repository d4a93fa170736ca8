// The official SARIF 2.1.0 schema (vendored, see test/fixtures/sarif/PROVENANCE.md) compiled once
// with ajv, and a parser that fails the test with the raw text when the output is not JSON.

import { Ajv2020, type ErrorObject } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ROOT } from "./temp-repo.js";

export const SARIF_SCHEMA_PATH = join(PROJECT_ROOT, "test", "fixtures", "sarif", "sarif-schema-2.1.0.json");

let compiled: ReturnType<Ajv2020["compile"]> | undefined;

/** Every schema violation in `log` (empty when valid), as "path: message" lines. */
export function sarifSchemaErrors(log: unknown): string[] {
  if (!compiled) {
    const ajv = new Ajv2020({ allErrors: true });
    // The schema checks `uri`, `uri-reference` and `uuid` formats; without ajv-formats they would pass unchecked.
    addFormats.default(ajv);
    compiled = ajv.compile(JSON.parse(readFileSync(SARIF_SCHEMA_PATH, "utf8")));
  }
  if (compiled(log)) return [];
  return (compiled.errors ?? []).map((error: ErrorObject) => `${error.instancePath || "/"}: ${error.message ?? error.keyword}`);
}

export type SarifLog = { runs: [any] } & Record<string, any>;

export function parseSarif(text: string, context = ""): SarifLog {
  try {
    return JSON.parse(text) as SarifLog;
  } catch {
    throw new Error(`not JSON ${context}:\n${text}`);
  }
}
