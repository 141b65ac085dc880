import { z } from 'zod';
import { AiInstruction, BrandCreate, BrandUpdate } from '@contract';

/**
 * Form schemas derived from the contract, so the browser refuses exactly what the API refuses
 * (name 1–100, theme required, instruction ≤ 2,000) with the same messages. Text fields are
 * always strings in a form; "" for the instruction is sent as "no instruction".
 */
export const BrandFormSchema = BrandCreate.pick({ name: true, theme_id: true }).extend({
  ai_instruction: AiInstruction,
});
export type BrandFormValues = z.infer<typeof BrandFormSchema>;

export const RenameSchema = BrandUpdate.pick({ name: true }).required();
export type RenameValues = z.infer<typeof RenameSchema>;

export const InstructionSchema = z.object({ ai_instruction: AiInstruction });
export type InstructionValues = z.infer<typeof InstructionSchema>;
