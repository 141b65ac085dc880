import { z } from 'zod';
import { Timestamp } from './common';
import { Quota } from './organization';

export const User = z.object({
  object: z.literal('user'),
  id: z.string(),
  email: z.string(),
  first_name: z.string().nullable(),
  last_name: z.string().nullable(),
  image_url: z.string().nullable(),
  quota: Quota.nullable(),
  created_at: Timestamp,
  updated_at: Timestamp,
});
export type User = z.infer<typeof User>;

export const Health = z.object({ ok: z.boolean(), service: z.string(), timestamp: z.number() });
export type Health = z.infer<typeof Health>;
