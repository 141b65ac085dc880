import { AI_INSTRUCTION_MAX } from '@contract';
import { formatCount as fmt } from '@/lib/format-count';

/** Said at the field whose edit took the instruction past the API's limit. */
export const overMessage = (length: number) =>
  `This makes the instruction ${fmt(length)} characters, ${fmt(length - AI_INSTRUCTION_MAX)} over the ${fmt(AI_INSTRUCTION_MAX)} limit. Shorten it to save.`;
