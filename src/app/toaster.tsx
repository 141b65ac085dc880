// Sonner's stylesheet travels with the toaster: about 18 KB of attribute selectors that every
// style recalculation of the first page would otherwise match against, slowing its paint. Its
// run-time <style> injection is removed at build time (vite.config.ts), because the CSP allows
// no inline styles.
import 'sonner/dist/styles.css';

export { Toaster } from 'sonner';
