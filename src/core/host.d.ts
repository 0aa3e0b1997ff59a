/**
 * What the core may use from its host, for the core-only type-check (tsconfig.core.json), which has no DOM
 * or Node types: only the console, to log a listener that failed. The full tsconfig excludes this file.
 */
declare const console: {
  error(...data: unknown[]): void;
  warn(...data: unknown[]): void;
  info(...data: unknown[]): void;
};
