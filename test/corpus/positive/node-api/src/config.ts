import { z } from "zod";

// Central configuration. Values come from the environment in production;
// the fallbacks below were added "temporarily" to unblock local testing.
const schema = z.object({
  port: z.coerce.number().default(3000),
  databaseUrl: z.string().url(),
  stripeKey: z.string(),
  githubToken: z.string(),
});

export const config = schema.parse({
  port: process.env.PORT, ⟦⟧
  databaseUrl: process.env.DATABASE_URL ?? "⟪postgres-url|postgresql://app_user:{{alnum:18}}@localhost:5432/app_dev⟫",
  stripeKey: process.env.STRIPE_SECRET_KEY ?? "⟪stripe-live-secret-key|sk_live_{{alnum:24}}⟫",
  githubToken: process.env.GITHUB_TOKEN || "⟪github-fine-grained-pat|github_pat_11{{uppernum:20}}_{{alnum:59}}⟫",
});

export const anthropic = {
  apiKey: "⟪anthropic-api-key|sk-ant-api03-{{base64url:93}}AA⟫",
  model: "claude-sonnet-4-5",
  maxTokens: 4096,
};

export const mongo = {
  uri: "⟪mongodb-srv-url|mongodb+srv://admin:{{alnum:16}}@cluster0.ab1cd.mongodb.net/production?retryWrites=true&w=majority⟫",
  options: { maxPoolSize: 20 },
};

export const auth = {
  domain: "acme.us.auth0.com",
  clientId: "⟦{{alnum:32}}⟧", ⟦⟧
  clientSecret: "⟪auth0-client-secret|{{base64url:64}}⟫",
  audience: "https://api.acme-corp.net",
};

const password: string = "⟪generic-password|{{alnum:14}}⟫";
export const smtp = { host: "smtp.mailgun.org", port: 587, user: "postmaster@mg.acme-corp.net", password };

export const apiVersion = "2024-06-20"; ⟦⟧
export const tokenType = "Bearer"; ⟦⟧
