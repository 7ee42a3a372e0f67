// Values the integration global setup hands to tests through vitest's provide/inject.
export {};

declare module 'vitest' {
  export interface ProvidedContext {
    /** The throw-away Neo4j started by tests/setup/neo4j.global-setup.ts. */
    neo4j: { uri: string; user: string; password: string };
  }
}
