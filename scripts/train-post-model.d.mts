/** Types for scripts/train-post-model.mjs (plain JavaScript, so it runs on Node 20 without a build). */
import type { PostContext, PostDraft } from '../src/core/post-check/analyser.ts';

export declare const MODEL_FILE: string;
export declare const AUTHORS: Record<string, string[]>;
export declare const SETTINGS: Record<string, number>;
export interface AnalyserModule {
  postFeatures: (draft: PostDraft, context: PostContext) => string[];
  FEATURE_PRIORS: ReadonlyMap<string, number>;
}
export interface Example {
  file: string;
  author: string;
  index: number;
  kind: string;
  y: number;
  features: string[];
}
export interface Judge {
  bias: number;
  threshold: number;
  weights: Map<string, number>;
}
export declare function trainingInputs(): string[];
export declare function trainingInputsHash(): string;
export declare function loadExamples(postFeatures: AnalyserModule['postFeatures'], files?: string[]): Example[];
export declare function trainJudge(examples: Example[], settings?: Record<string, number>, priors?: ReadonlyMap<string, number>): Judge;
export declare function buildModelSource(
  analyser: AnalyserModule,
  judge: { formatWeights: (weights: ReadonlyMap<string, number>) => string },
): { source: string; summary: string };
