export * from './bands';
export * from './measures';
export * from './palette';
export * from './colourRules';
export * from './portfolioLayout';
