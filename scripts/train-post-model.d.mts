/** Types for scripts/train-post-model.mjs (plain JavaScript, so it runs on Node 20 without a build). */
export declare const MODEL_FILE: string;
export declare const HELD_OUT: string[];
export declare function buildModelSource(modelTokens: (text: string) => string[]): { source: string; summary: string };
