import type { AssetType } from '../../../contract/asset.ts';

/** Names, categories and tags for seeded assets, keyed by the pool file's subject. */
export const ASSET_NAMES: Record<string, string[]> = {
  // icons
  monogram: ['App icon', 'Monogram mark', 'Favicon', 'Avatar badge', 'Wordmark initial'],
  hexagon: ['Security shield badge', 'Hex badge', 'Certified partner mark', 'Integrations icon'],
  target: ['Goals icon', 'Focus mode icon', 'Campaign target icon'],
  leaf: ['Sustainability leaf', 'Eco badge', 'Plant-based label icon'],
  bolt: ['Fast shipping bolt', 'Quick actions icon', 'Power feature icon'],
  bars: ['Analytics icon', 'Growth chart icon', 'Reports tab icon'],
  star: ['Rating star', 'Featured badge', 'Favourites icon', 'Top pick sticker'],
  bubble: ['Chat support icon', 'Comments icon', 'Live help bubble'],
  // illustrations
  landscape: ['Onboarding hero hills', 'Travel landing illustration', 'Welcome screen scene'],
  blobs: ['Abstract hero backdrop', 'Gradient blob background', 'Newsletter header shapes'],
  dashboard: ['Analytics dashboard spot', 'Reporting feature illustration', 'Admin console spot'],
  blocks: ['Platform building blocks', 'Integrations diagram', 'Modular pricing illustration'],
  waves: ['Footer waves', 'Section divider waves', 'Sunset waves banner'],
  team: ['Team collaboration scene', 'About us people illustration', 'Hiring page illustration'],
  rocket: ['Launch announcement rocket', 'Upgrade to Pro illustration', 'Release notes header'],
  // photos
  mountains: ['Alpine lake at dawn', 'Mountain retreat hero', 'Offsite lakeside view', 'Trailhead morning'],
  city: ['Downtown skyline at dusk', 'City office night view', 'Rooftop launch party skyline'],
  bokeh: ['Holiday party bokeh', 'Event lights backdrop', 'Festival night lights'],
  product: ['Bottle product shot', 'Packaging hero shot', 'Studio product still', 'Gift guide product shot'],
  dunes: ['Desert dunes campaign', 'Golden hour dunes', 'Road trip desert still'],
  ocean: ['Ocean horizon banner', 'Coastal campaign still', 'Summer sale seascape'],
  // video
  clip: [
    'Product teaser loop',
    'Homepage hero loop',
    'Social story cut',
    'Launch reel',
    'Brand sting',
    'Feature walkthrough clip',
  ],
};

export const NAME_QUALIFIERS = [
  'dark',
  'light',
  'square',
  'wide',
  'mobile',
  'retina',
  'v2',
  'v3',
  'alt',
  'Q1',
  'Q2',
  'Q3',
  'Q4',
  'spring',
  'summer',
  'autumn',
  'winter',
  'EU',
  'US',
  'print',
];

export const CATEGORIES: Record<AssetType, string[]> = {
  icon: ['UI', 'Navigation', 'Social', 'Logo', 'Marketing'],
  illustration: ['Marketing', 'Onboarding', 'Empty states', 'Blog', 'Website'],
  photo: ['Campaign', 'Lifestyle', 'Product', 'Events', 'Team', 'Blog'],
  video: ['Social', 'Website', 'Campaign', 'Product'],
};

export const TAGS: Record<AssetType, string[]> = {
  icon: ['ui', 'glyph', 'app', 'favicon', 'badge', 'svg', 'toolbar'],
  illustration: ['hero', 'spot', 'onboarding', 'empty-state', 'vector', 'landing-page'],
  photo: ['lifestyle', 'outdoor', 'studio', 'portrait', 'landscape', 'night', 'golden-hour'],
  video: ['loop', 'muted', 'story', 'reel', 'teaser', 'autoplay'],
};

export const COMMON_TAGS = [
  'homepage',
  'newsletter',
  'social',
  'ads',
  'print',
  'approved',
  'draft',
  'q3-campaign',
  'holiday',
  'spring-launch',
  'retina',
  'dark-mode',
];

export function slugify(value: string): string {
  return value
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}
