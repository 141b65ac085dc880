/** Page sizes shared by the list queries and the boot script's early requests (no zod here). */
export const BRAND_PAGE_SIZE = 20;
