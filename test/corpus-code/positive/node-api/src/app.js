const express = require("express");
const cors = require("cors");
const https = require("node:https");
const axios = require("axios");
const tls = require("node:tls");

const app = express();

app.use(cors({ origin: "*", credentials: true })); ⟪!cors-wildcard-credentials⟫
app.use("/public-api", cors()); ⟦⟧
app.use("/partner-api", cors({ origin: ["https://partner.example.com"], credentials: true })); ⟦⟧
app.use("/embed", cors({ origin: true, credentials: true })); ⟪!cors-wildcard-credentials⟫

app.use("/legacy", (req, res, next) => {
  res.setHeader("Access-Control-Allow-Origin", req.headers.origin || "*"); ⟪!cors-wildcard-credentials⟫
  res.setHeader("Access-Control-Allow-Credentials", "true");
  next();
});

app.use("/assets", (req, res, next) => {
  res.setHeader("Access-Control-Allow-Origin", "*"); ⟦⟧
  next();
});

// Internal services use a private CA.
const internalAgent = new https.Agent({ rejectUnauthorized: false }); ⟪!tls-off-in-code⟫
const internalAgentSafe = new https.Agent({ ca: process.env.INTERNAL_CA_PEM }); ⟦⟧
const billing = axios.create({
  baseURL: "https://billing.internal:8443",
  httpsAgent: new https.Agent({
    rejectUnauthorized: false, ⟪!tls-off-in-code⟫
  }),
});
const socket = tls.connect({ host: "ledger.internal", port: 9443, rejectUnauthorized: process.env.NODE_ENV === "production" }); ⟦⟧

if (process.env.ALLOW_SELF_SIGNED) {
  process.env.NODE_TLS_REJECT_UNAUTHORIZED = "0"; ⟪!node-no-verify⟫
}
process.env["NODE_TLS_REJECT_UNAUTHORIZED"] = '0'; ⟪!node-no-verify⟫
if (process.env.NODE_TLS_REJECT_UNAUTHORIZED === "0") console.warn("TLS verification is off!"); ⟦⟧

setTimeout("refreshRates()", 60000); ⟪!dynamic-eval⟫
setInterval(`poll('${process.env.QUEUE}')`, 5000); ⟪!dynamic-eval⟫
setTimeout(() => refreshRates(), 60000); ⟦⟧

module.exports = { app, internalAgent, internalAgentSafe, billing, socket };
