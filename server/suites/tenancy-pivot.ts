/**
 * The D3 pivot: who exists, who belongs where, what each scope holds, and what the contract
 * (README "The sandbox API", nextdocs-api.md section 15) says each caller gets. Pure data: the suite
 * derives every case from it, so a changed rule is changed here and nowhere else.
 */

export type UserName = 'A' | 'B' | 'C';
export type KeyName = UserName | 'revoked';
export type ScopeName = 'PA' | 'PB' | 'PC' | 'O1' | 'O2';
export type Kind = 'brand' | 'asset' | 'theme';
export type Method = 'GET' | 'PATCH' | 'DELETE';
export type Relation = 'own' | 'foreign' | 'system' | 'revoked';

export const USERS: readonly UserName[] = ['A', 'B', 'C'];
export const ORGS = { O1: ['A', 'B'], O2: ['C'] } as const satisfies Record<'O1' | 'O2', readonly UserName[]>;
/** Personal scopes belong to one user; O1 and O2 to their members. */
export const SCOPES: readonly ScopeName[] = ['PA', 'PB', 'PC', 'O1', 'O2'];
export const PERSONAL: Record<UserName, ScopeName> = { A: 'PA', B: 'PB', C: 'PC' };
/** The revoked key belongs to A: being A's must not help it. */
export const KEYS: readonly KeyName[] = ['A', 'B', 'C', 'revoked'];

/** Per scope: 2 brands, 3 assets, 1 custom theme (5 × 6 = 30 objects). */
export const PER_SCOPE = { brand: 2, asset: 3, theme: 1 } as const;
/** Brand 1 uses the scope's custom theme and holds assets 1 and 2; brand 2 a system theme; asset 3 is unassigned. */
export const LINKS = { themedBrand: 1, linkedAssets: [1, 2] } as const;
export const SYSTEM_THEME = 'midnight-blue';

/** A PATCH body that is valid for each kind, so a refusal is about authorization, never validation. */
export const PATCH_BODY: Record<Kind, Record<string, unknown>> = {
  brand: { name: 'Renamed brand' },
  asset: { name: 'Renamed asset' },
  theme: { name: 'Renamed theme' },
};

/** Expected status per relation, kind and method. */
export const BY_ID: Record<Relation, Partial<Record<Kind, Record<Method, number>>>> = {
  // An own custom theme is used by the scope's brand 1, so deleting it is a conflict.
  own: {
    brand: { GET: 200, PATCH: 200, DELETE: 204 },
    asset: { GET: 200, PATCH: 200, DELETE: 204 },
    theme: { GET: 200, PATCH: 200, DELETE: 409 },
  },
  // Foreign brands 403; foreign assets and custom themes look missing (404), never "in use" (409).
  foreign: {
    brand: { GET: 403, PATCH: 403, DELETE: 403 },
    asset: { GET: 404, PATCH: 404, DELETE: 404 },
    theme: { GET: 404, PATCH: 404, DELETE: 404 },
  },
  system: { theme: { GET: 200, PATCH: 403, DELETE: 403 } },
  revoked: {
    brand: { GET: 401, PATCH: 401, DELETE: 401 },
    asset: { GET: 401, PATCH: 401, DELETE: 401 },
    theme: { GET: 401, PATCH: 401, DELETE: 401 },
  },
};

export const LIST_ENDPOINTS = { brand: '/v1/brands', asset: '/v1/assets', theme: '/v1/themes' } as const;
export type OrgParam = 'none' | 'O1' | 'O2' | 'unknown';
export const ORG_PARAMS: readonly OrgParam[] = ['none', 'O1', 'O2', 'unknown'];
/** Lists: member or personal 200 with exactly that scope, non-member 403, unknown org 404, revoked 401. */
export const LIST_STATUS = { member: 200, nonMember: 403, unknown: 404, revoked: 401 } as const;

/** Cross-scope references: the referenced id is 404 whenever it is outside the referring object's scope. */
export const CROSS_REF_STATUS = 404;

export const CODES: Record<number, string> = {
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
};

export const scopesOf = (key: KeyName): ScopeName[] =>
  key === 'revoked'
    ? []
    : [
        PERSONAL[key],
        ...(Object.keys(ORGS) as ('O1' | 'O2')[]).filter((o) => (ORGS[o] as readonly string[]).includes(key)),
      ];
