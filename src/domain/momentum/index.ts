export * from './weeks.js';
export * from './goals.js';
export * from './streak.js';
export * from './activity.js';
export * from './milestones.js';
export * from './nudges.js';
export * from './next-step.js';
export * from './review.js';
