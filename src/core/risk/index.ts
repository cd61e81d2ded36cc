export * from './bands';
export * from './measures';
export * from './palette';
export * from './rules';
export * from './portfolioLayout';
