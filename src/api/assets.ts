// The asset API for the app: query factories, mutation hooks and the cache effects they own.
// Split into files by concern; import from here.
export * from './assets-queries';
export * from './assets-mutations';
export * from './assets-cache';
export * from './assets-bulk';
export * from './assets-delete';
