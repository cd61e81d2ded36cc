/** Digest mail: grouping per recipient and rendering (text + HTML, en/ru). */
export * from './build';
export * from './dispatch';
export * from './escape';
export * from './link';
export { formatCivil } from './texts';
export * from './fairness';
