import { isBundledFont } from './fonts-catalog';

type Loader = () => Promise<unknown>;

/**
 * One lazy loader per bundled family: each is its own chunk and only loads when a visible
 * theme needs it, so no font weighs on the landing route (bundle budget). Regular and bold cover the
 * sample's body text and headings. Literal import paths, so Vite can see and split them.
 */
export const FONT_LOADERS: Readonly<Record<string, Loader>> = {
  Roboto: () => Promise.all([import('@fontsource/roboto/400.css'), import('@fontsource/roboto/700.css')]),
  'Open Sans': () => Promise.all([import('@fontsource/open-sans/400.css'), import('@fontsource/open-sans/700.css')]),
  'Noto Sans': () => Promise.all([import('@fontsource/noto-sans/400.css'), import('@fontsource/noto-sans/700.css')]),
  Montserrat: () => Promise.all([import('@fontsource/montserrat/400.css'), import('@fontsource/montserrat/700.css')]),
  Poppins: () => Promise.all([import('@fontsource/poppins/400.css'), import('@fontsource/poppins/700.css')]),
  Lato: () => Promise.all([import('@fontsource/lato/400.css'), import('@fontsource/lato/700.css')]),
  Inter: () => Promise.all([import('@fontsource/inter/400.css'), import('@fontsource/inter/700.css')]),
  'Roboto Condensed': () =>
    Promise.all([import('@fontsource/roboto-condensed/400.css'), import('@fontsource/roboto-condensed/700.css')]),
  Oswald: () => Promise.all([import('@fontsource/oswald/400.css'), import('@fontsource/oswald/700.css')]),
  Raleway: () => Promise.all([import('@fontsource/raleway/400.css'), import('@fontsource/raleway/700.css')]),
  'Nunito Sans': () =>
    Promise.all([import('@fontsource/nunito-sans/400.css'), import('@fontsource/nunito-sans/700.css')]),
  Nunito: () => Promise.all([import('@fontsource/nunito/400.css'), import('@fontsource/nunito/700.css')]),
  'Playfair Display': () =>
    Promise.all([import('@fontsource/playfair-display/400.css'), import('@fontsource/playfair-display/700.css')]),
  Rubik: () => Promise.all([import('@fontsource/rubik/400.css'), import('@fontsource/rubik/700.css')]),
  Ubuntu: () => Promise.all([import('@fontsource/ubuntu/400.css'), import('@fontsource/ubuntu/700.css')]),
  Merriweather: () =>
    Promise.all([import('@fontsource/merriweather/400.css'), import('@fontsource/merriweather/700.css')]),
  'Roboto Mono': () =>
    Promise.all([import('@fontsource/roboto-mono/400.css'), import('@fontsource/roboto-mono/700.css')]),
  'Work Sans': () => Promise.all([import('@fontsource/work-sans/400.css'), import('@fontsource/work-sans/700.css')]),
  'PT Sans': () => Promise.all([import('@fontsource/pt-sans/400.css'), import('@fontsource/pt-sans/700.css')]),
  Lora: () => Promise.all([import('@fontsource/lora/400.css'), import('@fontsource/lora/700.css')]),
  // Registered under an alias: see fonts-source-serif-4.css.
  'Source Serif 4': () => import('./fonts-source-serif-4.css'),
  'JetBrains Mono': () =>
    Promise.all([import('@fontsource/jetbrains-mono/400.css'), import('@fontsource/jetbrains-mono/700.css')]),
  'Space Grotesk': () =>
    Promise.all([import('@fontsource/space-grotesk/400.css'), import('@fontsource/space-grotesk/700.css')]),
  'Libre Baskerville': () =>
    Promise.all([import('@fontsource/libre-baskerville/400.css'), import('@fontsource/libre-baskerville/700.css')]),
  'IBM Plex Sans': () =>
    Promise.all([import('@fontsource/ibm-plex-sans/400.css'), import('@fontsource/ibm-plex-sans/700.css')]),
  'IBM Plex Mono': () =>
    Promise.all([import('@fontsource/ibm-plex-mono/400.css'), import('@fontsource/ibm-plex-mono/700.css')]),
  'Fira Sans': () => Promise.all([import('@fontsource/fira-sans/400.css'), import('@fontsource/fira-sans/700.css')]),
  'DM Sans': () => Promise.all([import('@fontsource/dm-sans/400.css'), import('@fontsource/dm-sans/700.css')]),
};

const loading = new Map<string, Promise<void>>();

/**
 * Loads a bundled family's stylesheet once; the browser then fetches only the font files whose
 * unicode ranges the page uses. Unknown names resolve at once (the caller shows a notice).
 * A failed load is forgotten so a later render can try again.
 */
export function loadFont(name: string): Promise<void> {
  if (!isBundledFont(name)) return Promise.resolve();
  const existing = loading.get(name);
  if (existing) return existing;
  const promise = FONT_LOADERS[name]!().then(
    () => undefined,
    (error: unknown) => {
      loading.delete(name);
      throw error;
    },
  );
  loading.set(name, promise);
  return promise;
}
