// Public client-side configuration: every value here ships to the browser by design.
export const publicConfig = {
  stripePublishableKey: "pk_live_51⟦{{alnum:97}}⟧", // ⟦⟧
  stripePublishableKeyLegacy: "pk_live_⟦{{alnum:24}}⟧", // ⟦⟧
  sentryDsn: "https://⟦{{hex:32}}⟧⟦{{repeat:1:@}}⟧o⟦{{digits:6}}⟧.ingest.us.sentry.io/⟦{{digits:7}}⟧", // ⟦⟧
  mapboxToken: "pk.⟦eyJ1IjoiYWNtZSIsImEiOiJj{{alnum:36}}⟧.⟦{{base64url:22}}⟧", // ⟦⟧
  posthogKey: "phc_⟦{{alnum:43}}⟧", // ⟦⟧
  posthogHost: "https://eu.i.posthog.com",
  segmentWriteKey: "⟦{{alnum:32}}⟧", // ⟦⟧
  algoliaAppId: "⟦{{uppernum:10}}⟧", // ⟦⟧
  algoliaSearchOnlyKey: "⟦{{hex:32}}⟧", // ⟦⟧
  recaptchaSiteKey: "6L⟦{{base64url:38}}⟧", // ⟦⟧
  gaMeasurementId: "G-⟦{{uppernum:10}}⟧", // ⟦⟧
  intercomAppId: "⟦{{lowernum:8}}⟧", // ⟦⟧
  clerkPublishableKey: "pk_live_⟦{{base64url:44}}⟧", // ⟦⟧
  paddleClientToken: "live_⟦{{hex:27}}⟧", // ⟦⟧
  launchDarklyClientId: "⟦{{hex:24}}⟧", // ⟦⟧
  datadogRumClientToken: "pub⟦{{hex:32}}⟧", // ⟦⟧
  newRelicBrowserKey: "NRJS-⟦{{hex:19}}⟧", // ⟦⟧
  amplitudeApiKey: "⟦{{hex:32}}⟧", // ⟦⟧
  revenuecatPublicKey: "appl_⟦{{alnum:27}}⟧", // ⟦⟧
  braintreeTokenizationKey: "production_⟦{{lowernum:8}}⟧_⟦{{lowernum:16}}⟧", // ⟦⟧
};
