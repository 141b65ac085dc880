import { z } from 'zod';
import { Timestamp, listOf } from './common';

export const Quota = z.object({
  monthly_free_cents_limit: z.number(),
  monthly_free_cents_used: z.number(),
  bonus_credits: z.number(),
  document_export_limit: z.number(),
  document_export_used: z.number(),
  reset_date: Timestamp,
});
export type Quota = z.infer<typeof Quota>;

export const ORG_ROLES = ['OWNER', 'ADMIN', 'MEMBER'] as const;

export const Organization = z.object({
  object: z.literal('organization'),
  id: z.string(),
  name: z.string(),
  slug: z.string(),
  /** Open string: the real API may add roles. */
  role: z.string(),
  quota: Quota,
  created_at: Timestamp,
  updated_at: Timestamp,
});
export type Organization = z.infer<typeof Organization>;
export const OrganizationList = listOf(Organization);
export type OrganizationList = z.infer<typeof OrganizationList>;
