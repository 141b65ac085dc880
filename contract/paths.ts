/** API path builders shared by client, server and tests. */
const enc = encodeURIComponent;

export const apiPaths = {
  health: '/health',
  v1Health: '/v1/health',
  me: '/v1/me',
  organizations: '/v1/organizations',
  brands: { list: '/v1/brands', detail: (id: string) => `/v1/brands/${enc(id)}` },
  themes: { list: '/v1/themes', detail: (id: string) => `/v1/themes/${enc(id)}` },
  assets: { list: '/v1/assets', detail: (id: string) => `/v1/assets/${enc(id)}` },
  files: (key: string) => `/files/${enc(key)}`,
} as const;

/** Builds a query string from defined, non-empty values only. */
export function withQuery(path: string, query: Record<string, string | number | boolean | undefined | null>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}
