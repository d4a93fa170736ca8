"use strict";
const OpenAI = require("openai");
const Groq = require("groq-sdk");
const Replicate = require("replicate");
const { HfInference } = require("@huggingface/inference");

// TODO: move to secrets manager before launch
const openai = new OpenAI({ apiKey: "⟪openai-legacy-key|sk-{{alnum:20}}T3BlbkFJ{{alnum:20}}⟫" });
const groq = new Groq({ apiKey: "⟪groq-api-key|gsk_{{alnum:52}}⟫" });
const replicate = new Replicate({ auth: "⟪replicate-api-token|r8_{{alnum:37}}⟫" });
const hf = new HfInference("⟪huggingface-token|hf_{{alpha:34}}⟫");

const mistralHeaders = {
  "Content-Type": "application/json",
  Authorization: "Bearer ⟪mistral-api-key|{{alnum:32}}⟫",
};

const cohereClient = new (require("cohere-ai").CohereClient)({
  token: "⟪cohere-api-key|{{alnum:40}}⟫",
});

const perplexity = new OpenAI({
  apiKey: "⟪perplexity-api-key|pplx-{{alnum:48}}⟫",
  baseURL: "https://api.perplexity.ai",
});

const xai = new OpenAI({ apiKey: "⟪xai-api-key|xai-{{alnum:80}}⟫", baseURL: "https://api.x.ai/v1" });

const serviceAccount = new OpenAI({
  apiKey: "⟪openai-service-account-key|sk-svcacct-{{base64url:74}}T3BlbkFJ{{base64url:74}}⟫",
  organization: "org-⟦{{alnum:24}}⟧", ⟦⟧
});

const fromEnv = new OpenAI({ apiKey: process.env.OPENAI_API_KEY }); ⟦⟧

async function summarize(text) {
  const res = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [{ role: "user", content: `Summarize: ${text}` }],
    max_tokens: 256, ⟦⟧
  });
  return res.choices[0].message.content;
}

module.exports = { openai, groq, replicate, hf, mistralHeaders, cohereClient, perplexity, xai, serviceAccount, fromEnv, summarize };
