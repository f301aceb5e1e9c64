// Jest: every test (unit tests beside the code, integration tests in test/), in band against one real Neo4j.
// `npm run test:unit` (jest.unit.config.ts) runs the unit tests alone, without Neo4j or Java.
import type { Config } from 'jest';

const config: Config = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/seed', '<rootDir>/test', '<rootDir>/scripts'],
  testMatch: ['**/*.test.ts'],
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  // One worker: integration tests share one Neo4j and some compare whole-database counts.
  maxWorkers: 1,
  testTimeout: 60_000,
  reporters: ['default', '<rootDir>/test/helpers/summary-reporter.js'],
};

export default config;
