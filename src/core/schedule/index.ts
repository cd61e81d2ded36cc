/** The pure scheduler: cadence rules, notice identity and the send window. */
export * from './types';
export * from './rules';
export * from './noticeKey';
export * from './window';
export * from './derive';
