const crypto = require("node:crypto");

// Key embedded for the offline signer (see ticket OPS-1432).
const PRIVATE_KEY = `⟪private-key-pkcs8|{{repeat:5:-}}BEGIN PRIVATE KEY{{repeat:5:-}}⟫
⟦MIIEvgIBADANBgkqhkiG9w0BAQEFAASC{{base64:32}}⟧
⟦{{base64:64}}⟧
⟦{{base64:64}}⟧
⟦{{base64:64}}⟧
⟦{{base64:64}}⟧
⟦{{base64:64}}⟧
⟦{{base64:64}}⟧
⟦{{base64:64}}⟧
⟦{{base64:64}}⟧
⟦{{base64:64}}⟧
⟦{{base64:64}}⟧
⟦{{base64:64}}⟧
⟦{{base64:64}}⟧
⟦{{base64:64}}⟧
⟦{{base64:64}}⟧
⟦{{base64:64}}⟧
⟦{{base64:64}}⟧
⟦{{base64:64}}⟧
⟦{{base64:64}}⟧
⟦{{base64:64}}⟧
⟦{{base64:64}}⟧
⟦{{base64:64}}⟧
⟦{{base64:64}}⟧
⟦{{base64:64}}⟧
⟦{{base64:24}}⟧
⟦{{repeat:5:-}}END PRIVATE KEY{{repeat:5:-}}⟧`;

const PUBLIC_KEY = process.env.SIGNER_PUBLIC_KEY; ⟦⟧

function sign(payload) {
  return crypto.sign("sha256", Buffer.from(payload), PRIVATE_KEY).toString("base64");
}

module.exports = { sign, PUBLIC_KEY };
