export * from './common';
export * from './theme';
export * from './asset';
export * from './brand';
export * from './organization';
export * from './user';
export * from './session';
export * from './paths';
