/** The pure scheduler: cadence rules, notice identity and the send window. */
export * from './types';
export * from './cadences';
export * from './noticeKey';
export * from './window';
export * from './derive';
export * from './dueItems';
export * from './crossing';
