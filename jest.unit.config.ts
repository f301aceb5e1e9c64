// Jest, fast: the unit tests beside the code (src/, seed/, scripts/), with no database, Neo4j or Java.
import type { Config } from 'jest';
import base from './jest.config';

// No global setup (it starts Neo4j) and no single worker (that is for the shared database).
const { globalSetup: _setup, globalTeardown: _teardown, maxWorkers: _workers, ...shared } = base;

const config: Config = {
  ...shared,
  roots: ['<rootDir>/src', '<rootDir>/seed', '<rootDir>/scripts'],
};

export default config;
