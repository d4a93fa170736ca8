/** @type {import('jest').Config} */
export default {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  globalSetup: "<rootDir>/test/global-setup.js",
  testMatch: ["**/*.test.ts"],
  // test/corpus and test/corpus-code hold scanner fixtures (the benchmark corpora), not tests.
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/corpus/", "<rootDir>/test/corpus-code/"],
  extensionsToTreatAsEsm: [".ts"],
  moduleNameMapper: { "^(\\.{1,2}/.*)\\.js$": "$1" },
  transform: { "^.+\\.ts$": ["ts-jest", { useESM: true, tsconfig: "tsconfig.json" }] },
  // Integration tests spawn real git; give slow CI machines room.
  testTimeout: 30000,
};
