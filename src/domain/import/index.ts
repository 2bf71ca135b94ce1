export * from './dates.js';
export * from './decode.js';
export * from './fields.js';
export * from './presets.js';
export * from './rows.js';
export * from './salary.js';
export * from './values.js';
