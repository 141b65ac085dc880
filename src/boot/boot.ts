import { startEarlyRequests } from './early-requests';

// A separate entry point, listed before the app in index.html and kept out of the app's chunks
// (vite.config.ts), so these requests leave before React and the router evaluate.
startEarlyRequests(window.location, (input, init) => window.fetch(input, init));
