import { nanoid } from "nanoid";

export const FIXTURE_IDS = {
  user: "usr_⟦{{alnum:21}}⟧", // ⟦⟧
  org: "org_⟦{{base64url:21}}⟧", // ⟦⟧
  session: "sess_⟦{{alnum:24}}⟧", // ⟦⟧
  upload: "⟦{{lowernum:25}}⟧", // ⟦⟧
  mongoId: "⟦{{hex:24}}⟧", // ⟦⟧
  ulid: "01⟦{{uppernum:24}}⟧", // ⟦⟧
  firebaseUid: "⟦{{alnum:28}}⟧", // ⟦⟧
  stripeCustomer: "cus_⟦{{alnum:14}}⟧", // ⟦⟧
  stripePaymentIntent: "pi_⟦{{alnum:24}}⟧", // ⟦⟧
  githubNodeId: "MDQ6VXNlcj⟦{{alnum:12}}⟧", // ⟦⟧
  slackChannel: "C⟦{{uppernum:10}}⟧", // ⟦⟧
  discordGuild: "⟦{{digits:19}}⟧", // ⟦⟧
  youtubeChannel: "UC⟦{{base64url:22}}⟧", // ⟦⟧
};

export const newId = () => nanoid(21); // ⟦⟧
export const COLORS = ["#1a73e8", "#34a853", "#fbbc04", "#ea4335"]; // ⟦⟧
export const LOREM = "Lorem ipsum dolor sit amet, consectetur adipiscing elit"; // ⟦⟧
