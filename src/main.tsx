import './styles/index.css';
import { loadInSteps } from 'virtual:boot-stages';
import { SERVER_RENDER_STATE_ID } from '@/app/server-render-state';

/**
 * The entry, kept tiny on purpose: the app's code arrives as modules that index.html already
 * preloads (build-plugins/preload-boot-chunks.ts), and is evaluated here in steps.
 * - A page rendered in the browser imports the app and renders it, as one step.
 * - A page the server rendered (the landing route, signed in; src/entry-server.tsx) is painted
 *   before any of this runs, so its code is evaluated one chunk per task, in the steps that
 *   build-plugins/boot-stages.ts declares: evaluating all of it at once made one task of 150 ms
 *   and more at 4x CPU, and a long task holds up the first click.
 */
const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

async function renderInBrowser(root: Element): Promise<void> {
  const { renderInBrowser: render } = await import('@/app/boot');
  render(root);
}

async function hydrateInSteps(root: Element, state: string): Promise<void> {
  const { hydrateApp } = await loadInSteps();
  await hydrateApp(root, state);
}

/** Runs `then` once the browser has painted what it has: a frame, then a task after it. */
function afterNextPaint(then: () => void): void {
  requestAnimationFrame(() => setTimeout(then, 0));
}

const serverState = document.getElementById(SERVER_RENDER_STATE_ID)?.textContent;
if (serverState) {
  // After the first paint: evaluating code before it only delays the server's markup on screen.
  afterNextPaint(
    () =>
      void hydrateInSteps(container, serverState).catch((error: unknown) => {
        // Unreadable state or a module that failed to load: start over as a plain client render.
        console.error(error);
        container.replaceChildren();
        void renderInBrowser(container);
      }),
  );
} else {
  void renderInBrowser(container);
}
