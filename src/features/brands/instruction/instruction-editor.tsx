import { lazy, Suspense, useCallback, useState } from 'react';
import type { Brand } from '@contract';
import type { InstructionKit } from '@/lib/instruction-check';
import { Skeleton } from '@/components/ui/skeleton';
import { InstructionForm } from '../forms/instruction-form';
import type { InlineFieldFormProps } from '../forms/use-inline-form-sync';
import { ChangeReview } from './change-review';
import { ModeSwitch } from './mode-switch';
import { useInstructionMode } from './use-instruction-mode';

// Guided mode (and dnd-kit with it) loads only when someone switches to it.
const GuidedForm = lazy(async () => ({ default: (await import('./guided-form')).GuidedForm }));

/**
 * The open instruction editor: Text mode is the plain form as it always was, Guided mode the
 * same text as sections. Both edit one string held here, so switching never changes the text:
 * each mode opens on exactly what the other left.
 */
export function InstructionEditor({
  brand,
  kit,
  ...props
}: InlineFieldFormProps & { brand: Brand; kit: InstructionKit }) {
  const [mode, setMode] = useInstructionMode();
  const [text, setText] = useState(props.defaultValue);
  const { onTextChange } = props;
  const track = useCallback(
    (next: string) => {
      setText(next);
      onTextChange?.(next);
    },
    [onTextChange],
  );
  return (
    <div className="flex flex-col gap-3">
      <ModeSwitch mode={mode} onChange={setMode} />
      {mode === 'text' ? (
        <InstructionForm {...props} kit={kit} defaultValue={text} onTextChange={track} />
      ) : (
        <Suspense
          fallback={
            <div role="status" aria-label="Loading the guided editor">
              <Skeleton className="h-[40rem] w-full" />
            </div>
          }
        >
          <GuidedForm {...props} kit={kit} defaultValue={text} onTextChange={track} />
        </Suspense>
      )}
      <ChangeReview saved={brand.ai_instruction ?? ''} text={text} />
    </div>
  );
}
