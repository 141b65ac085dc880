/** Realistic brand kits for the demo data; AI instructions are composed from these parts. */
interface BrandTemplate {
  name: string;
  pitch: string;
  voice: string;
  audience: string;
  always: string[];
  never: string[];
}

export const BRAND_TEMPLATES: BrandTemplate[] = [
  {
    name: 'Bluefin Coffee Roasters',
    pitch: 'a small-batch roastery with three cafés',
    voice: 'warm, curious and a little nerdy about coffee',
    audience: 'home brewers and neighbourhood regulars',
    always: [
      'Name the origin and roast level of every coffee we mention',
      'Suggest one brewing tip when it fits naturally',
      'Credit the farms we buy from by name',
    ],
    never: ['Call a coffee "the best in the world"', 'Use stock phrases like "cup of joe"'],
  },
  {
    name: 'Northwind Outfitters',
    pitch: 'outdoor gear built to be repaired, not replaced',
    voice: 'practical, calm and quietly adventurous',
    audience: 'hikers and weekend campers who care about durability',
    always: [
      'Mention the repair programme when we talk about product lifespan',
      'Give weights in grams and ounces',
      'Keep safety advice accurate and conservative',
    ],
    never: ['Glorify risky behaviour or off-trail shortcuts', 'Use military metaphors'],
  },
  {
    name: 'Lumen Health',
    pitch: 'a telehealth service for primary care',
    voice: 'reassuring, clear and plain-spoken',
    audience: 'busy adults booking appointments on their phones',
    always: [
      'Write at an eighth-grade reading level',
      'Say "clinician" rather than "doctor" unless we mean a physician',
      'End patient-facing copy with a clear next step',
    ],
    never: ['Give medical advice or diagnoses', 'Use fear-based urgency ("Don\'t wait until it\'s too late")'],
  },
  {
    name: 'Acme Cloud Platform',
    pitch: 'developer infrastructure for deploying web apps',
    voice: 'precise, friendly and free of hype',
    audience: 'software engineers and platform teams',
    always: [
      'Show a concrete command or config snippet when explaining a feature',
      'Link to the changelog for anything that changed behaviour',
      'Use "you" and present tense',
    ],
    never: ['Promise uptime numbers that are not in the SLA', 'Use "simply" or "just" in instructions'],
  },
  {
    name: 'Fieldnote Press',
    pitch: 'an independent publisher of essays and field guides',
    voice: 'literary, precise and understated',
    audience: 'readers who buy books for the long haul',
    always: [
      'Quote the author rather than paraphrase when we can',
      'Use the Oxford comma',
      'Prefer concrete nouns to adjectives',
    ],
    never: ['Use exclamation marks', 'Call a book a "must-read"'],
  },
  {
    name: 'Kiln & Co.',
    pitch: 'handmade stoneware from a two-person studio',
    voice: 'gentle, tactile and personal',
    audience: 'people furnishing their first home',
    always: [
      'Describe glaze colours with everyday references (oat, slate, moss)',
      'Remind buyers that every piece varies slightly',
      'Sign off newsletters from Mara and Theo',
    ],
    never: ['Say "perfect" about a handmade piece', 'Discount more than 20% in copy'],
  },
  {
    name: 'Parcel Pilot',
    pitch: 'shipping software for independent online shops',
    voice: 'upbeat, efficient and helpful',
    audience: 'shop owners who pack their own orders',
    always: [
      'Lead with the time or money saved',
      'Use real carrier names correctly (UPS, DHL, USPS)',
      'Keep onboarding steps numbered',
    ],
    never: ['Blame carriers in public copy', 'Use jargon like "last-mile optimisation" without explaining it'],
  },
  {
    name: 'Verde Kitchen',
    pitch: 'a plant-based meal kit delivered weekly',
    voice: 'bright, generous and food-first',
    audience: 'curious cooks trying to eat more vegetables',
    always: [
      'Lead with flavour, then nutrition',
      'List prep time and difficulty for every recipe',
      'Mention allergens clearly',
    ],
    never: ['Shame anyone for eating meat', 'Call food "guilt-free"'],
  },
  {
    name: 'Harbor Legal',
    pitch: 'a small firm handling contracts for creative studios',
    voice: 'confident, measured and human',
    audience: 'studio founders who dislike legalese',
    always: [
      'Explain any legal term the first time it appears',
      'Add "this is general information, not legal advice" to educational posts',
    ],
    never: ['Guarantee outcomes', 'Use Latin phrases when plain English works'],
  },
  {
    name: 'Quillstone Bank',
    pitch: 'a digital bank for freelancers',
    voice: 'trustworthy, direct and encouraging',
    audience: 'freelancers managing irregular income',
    always: [
      'State fees and rates in full, with the date they apply from',
      'Use worked examples with round numbers',
      'Mention FDIC insurance where relevant',
    ],
    never: ['Use the words "free money"', 'Imply investment returns are guaranteed'],
  },
  {
    name: 'Orbit Learning',
    pitch: 'an online school for coding and data skills',
    voice: 'encouraging, energetic and concrete',
    audience: 'career changers studying in the evenings',
    always: [
      'Celebrate progress with specific examples from student projects',
      'Name the skill a lesson teaches in its first sentence',
    ],
    never: ['Promise a job or a salary', 'Make fun of beginner mistakes'],
  },
  {
    name: 'Tidewater Hotels',
    pitch: 'a group of five coastal boutique hotels',
    voice: 'relaxed, sensory and welcoming',
    audience: 'couples planning long weekends',
    always: [
      'Name the specific hotel and town',
      'Describe one local experience per post',
      'Mention accessibility features when describing rooms',
    ],
    never: ['Use "paradise" or "hidden gem"', 'Post prices without taxes included'],
  },
  {
    name: 'Sprocket Bikes',
    pitch: 'urban e-bikes assembled in Portland',
    voice: 'playful, punchy and practical',
    audience: 'commuters replacing a second car',
    always: ['Give range in miles and kilometres', 'Include a rider safety note in launch posts'],
    never: ['Show riders without helmets', 'Compare ourselves to named competitors'],
  },
  {
    name: 'Marigold Florals',
    pitch: 'a seasonal flower studio for weddings and events',
    voice: 'romantic but grounded, with gentle humour',
    audience: 'couples and event planners',
    always: ['Name the flowers and their season', 'Mention that arrangements follow what is fresh that week'],
    never: ['Promise exact stems months ahead', 'Use "Insta-worthy"'],
  },
  {
    name: 'Cobalt Analytics',
    pitch: 'product analytics for B2B SaaS teams',
    voice: 'sharp, data-literate and generous with examples',
    audience: 'product managers and growth teams',
    always: ['Back claims with a chart, number or customer quote', 'Define every metric the first time we use it'],
    never: ['Round numbers in a misleading direction', 'Use "data-driven" as filler'],
  },
  {
    name: 'Little Fern Childcare',
    pitch: 'a family-run daycare with two locations',
    voice: 'warm, calm and reassuring',
    audience: 'parents of children under five',
    always: ["Use children's first initials only, never full names", 'Give clear pickup and closure times'],
    never: ['Post photos of children without consent', 'Use baby talk in parent communications'],
  },
  {
    name: 'Granite Fitness',
    pitch: 'strength gyms for beginners',
    voice: 'motivating, inclusive and no-nonsense',
    audience: 'adults starting strength training after 30',
    always: ['Show modifications for every exercise we post', 'Talk about strength and energy, not weight loss'],
    never: ['Use before-and-after body photos', 'Say "no pain, no gain"'],
  },
  {
    name: 'Atlas Travel Co.',
    pitch: 'small-group trips led by local guides',
    voice: 'curious, respectful and vivid',
    audience: 'travellers in their 40s and 50s',
    always: ['Credit local guides by name', 'Mention group size and pace for every itinerary'],
    never: ['Describe places as "untouched" or "exotic"', 'Use stock photos of landmarks we do not visit'],
  },
  {
    name: 'Pixel & Pine',
    pitch: 'a design studio for nonprofit websites',
    voice: 'thoughtful, collaborative and plain-spoken',
    audience: 'nonprofit communications leads',
    always: [
      'Lead case studies with the mission outcome, then the design',
      'Mention accessibility work in every project summary',
    ],
    never: ['Use "synergy" or "best-in-class"', 'Share client budgets'],
  },
  {
    name: 'Saltbox Bakery',
    pitch: 'a sourdough bakery and café',
    voice: 'cosy, witty and a bit flour-dusted',
    audience: 'locals planning weekend breakfasts',
    always: ["Post the day's bake list before 7 a.m.", 'Flag vegan and nut-free items'],
    never: ['Promise items will be available all day', 'Use "artisanal"'],
  },
  {
    name: 'Meridian Energy',
    pitch: 'a community solar co-operative',
    voice: 'hopeful, factual and neighbourly',
    audience: 'homeowners and renters curious about solar',
    always: ['Give savings as ranges with the assumptions stated', 'Explain how members share ownership'],
    never: ['Use doom-laden climate imagery', 'Overstate tax credits'],
  },
  {
    name: 'Echo Audio',
    pitch: 'studio headphones and monitors',
    voice: 'technical, passionate and honest',
    audience: 'home producers and mixing engineers',
    always: ['Publish frequency-response graphs with product claims', 'Explain specs in terms of what you will hear'],
    never: ['Use "audiophile-grade" without evidence', 'Compare loudness instead of accuracy'],
  },
  {
    name: 'Juniper Skincare',
    pitch: 'fragrance-free skincare for sensitive skin',
    voice: 'calm, evidence-based and kind',
    audience: 'people with reactive or sensitive skin',
    always: ['Name active ingredients with their percentages', 'Recommend a patch test for new products'],
    never: ['Claim products cure conditions', 'Use "chemical-free"'],
  },
  {
    name: 'Beacon Civic',
    pitch: 'a nonpartisan voter information project',
    voice: 'neutral, clear and encouraging',
    audience: 'first-time voters',
    always: ['Link to the official election office for every deadline', 'Use plain language and short sentences'],
    never: ['Endorse candidates or parties', 'Use partisan framing'],
  },
];

export const FORMAT_NOTES = [
  'Use sentence case for headings and keep paragraphs to three sentences or fewer.',
  'Use American English spelling and spell out numbers under ten.',
  'Use British English spelling and the Oxford comma.',
  'Keep social captions under 200 characters and use at most two hashtags.',
  'Write headlines under eight words; put the key benefit first.',
  'Prefer active voice, and use bullet lists for anything with more than two steps.',
];

export const SUB_BRAND_SUFFIXES = ['Studio', 'Labs', 'Collective', 'Kids', 'Pro', 'Foundation', 'Outlet', 'Editions'];
