import { cert, initializeApp } from "firebase-admin/app";

// Service account pasted inline so the Cloud Run job starts without a mounted secret.
initializeApp({
  credential: cert({
    projectId: "acme-mobile-prod",
    clientEmail: "firebase-adminsdk-prod@acme-mobile-prod.iam.gserviceaccount.com",
    privateKey: "⟪gcp-service-account-key|{{repeat:5:-}}BEGIN PRIVATE KEY{{repeat:5:-}}\nMIIEvgIBADANBgkqhkiG9w0BAQEFAASC{{base64:32}}\n{{base64:64}}\n{{base64:64}}\n{{base64:64}}\n{{base64:64}}\n{{base64:64}}\n{{base64:64}}\n{{base64:64}}\n{{base64:64}}\n{{base64:64}}\n{{base64:64}}\n{{base64:64}}\n{{base64:64}}\n{{base64:64}}\n{{base64:64}}\n{{base64:64}}\n{{base64:64}}\n{{base64:64}}\n{{base64:64}}\n{{base64:64}}\n{{base64:64}}\n{{base64:64}}\n{{base64:64}}\n{{base64:64}}\n{{base64:24}}\n{{repeat:5:-}}END PRIVATE KEY{{repeat:5:-}}\n⟫",
  }),
  databaseURL: "https://acme-mobile-prod-default-rtdb.europe-west1.firebasedatabase.app",
});

export const firebaseWebConfig = {
  apiKey: process.env.NEXT_PUBLIC_FIREBASE_API_KEY, ⟦⟧
  authDomain: "acme-mobile-prod.firebaseapp.com",
  projectId: "acme-mobile-prod",
};
