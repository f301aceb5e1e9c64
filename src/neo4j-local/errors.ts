// Typed start-up failures of the bundled local Neo4j, each with its own code and a plain message.

export type LocalNeo4jErrorCode =
  | 'JAVA_MISSING'
  | 'JAVA_TOO_OLD'
  | 'MAVEN_MISSING'
  | 'MAVEN_FETCH_FAILED'
  | 'PORT_IN_USE'
  | 'STORE_LOCKED'
  | 'START_TIMEOUT'
  | 'START_FAILED';

/** A failure to build or start the local Neo4j; `code` says which cause, `message` what to do. */
export class LocalNeo4jError extends Error {
  override name = 'LocalNeo4jError';
  constructor(
    readonly code: LocalNeo4jErrorCode,
    message: string,
  ) {
    super(message);
  }
}
