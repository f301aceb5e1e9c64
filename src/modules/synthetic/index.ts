// The synthetic data generator, as other modules and tests use it.
export { generateSynthetic, type GenerateOptions } from './generate';
