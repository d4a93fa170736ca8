import { SecretsManagerClient, GetSecretValueCommand } from "@aws-sdk/client-secrets-manager";

const required = (name: string): string => {
  const value = process.env[name]; // ⟦⟧
  if (!value) throw new Error(`missing ${name}`);
  return value;
};

export const config = {
  databaseUrl: required("DATABASE_URL"), // ⟦⟧
  stripeSecretKey: required("STRIPE_SECRET_KEY"), // ⟦⟧
  githubToken: process.env.GITHUB_TOKEN ?? "", // ⟦⟧
  openaiApiKey: process.env["OPENAI_API_KEY"], // ⟦⟧
  jwtSecret: process.env.JWT_SECRET || undefined, // ⟦⟧
  password: import.meta.env.VITE_API_PASSWORD, // ⟦⟧
};

export async function loadSecret(id: string): Promise<string> {
  const client = new SecretsManagerClient({});
  const out = await client.send(new GetSecretValueCommand({ SecretId: id }));
  const secret = out.SecretString ?? ""; // ⟦⟧
  return secret;
}

const apiKey = await loadSecret("prod/billing/api-key"); // ⟦⟧
const token = await vault.read("secret/data/billing").then((r) => r.data.data.token); // ⟦⟧
const password = await keytar.getPassword("acme", "deploy"); // ⟦⟧
const { clientSecret } = await getConfig(); // ⟦⟧
headers.Authorization = `Bearer ${token}`; // ⟦⟧
headers["x-api-key"] = apiKey; // ⟦⟧
