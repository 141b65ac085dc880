import { AI_INSTRUCTION_MAX } from '@contract';
import type { InstructionKit } from '@/lib/instruction-check';
import { formatCount } from '@/lib/format-count';
import { Button } from '@/components/ui/button';
import {
  replaceSection,
  sectionItems,
  sectionText,
  setSection,
  type GuidedKind,
  type Section,
} from '@/lib/instruction-sections';
import { GuidedTextField } from './guided-text-field';
import { overMessage } from './over-message';
import { visualStyleFor } from './kit-adapter';
import { RuleList } from './rule-list';
import { VoiceField } from './voice-field';

interface GuidedSectionsProps {
  id: string;
  kit: InstructionKit;
  text: string;
  sections: readonly Section[];
  set: (kind: GuidedKind, field: string) => (value: string | readonly string[]) => void;
  edit: (field: string, next: string) => void;
  errorFor: (field: string) => string | undefined;
  readOnly: boolean;
}

const chars = (n: number) => `${formatCount(n)} ${n === 1 ? 'character' : 'characters'}`;

/** Every section's field, in the guided order, then whatever text is not a known section. */
export function GuidedSections({ id, kit, text, sections, set, edit, errorFor, readOnly }: GuidedSectionsProps) {
  const first = new Map<string, number>();
  sections.forEach((s, i) => {
    if (s.kind !== 'other' && !first.has(s.kind)) first.set(s.kind, i);
  });
  const at = (kind: GuidedKind) => {
    const index = first.get(kind);
    return index === undefined ? undefined : sections[index];
  };
  const value = (kind: GuidedKind) => {
    const s = at(kind);
    return s ? sectionText(s) : '';
  };
  const hint = (kind: GuidedKind) => {
    const s = at(kind);
    return chars(s ? s.body.length + s.gap.length : 0);
  };
  const field = (kind: GuidedKind) => `${id}-${kind}`;
  const textField = (kind: GuidedKind, label: string, rows?: number) => (
    <GuidedTextField
      id={field(kind)}
      label={label}
      value={value(kind)}
      onChange={set(kind, field(kind))}
      hint={hint(kind)}
      error={errorFor(field(kind))}
      rows={rows}
      readOnly={readOnly}
    />
  );
  const list = (kind: 'always' | 'never', label: string) => {
    const s = at(kind);
    return (
      <RuleList
        id={field(kind)}
        list={label}
        items={s ? sectionItems(s).items : []}
        size={s ? s.body.length + s.gap.length : 0}
        onChange={(items, cause) => edit(cause, setSection(text, kind, items))}
        errorFor={errorFor}
        refuse={(items) => {
          const length = setSection(text, kind, items).length;
          return length > AI_INSTRUCTION_MAX ? overMessage(length) : null;
        }}
      />
    );
  };
  const others = sections.flatMap((s, i) => (s.kind === 'other' || first.get(s.kind) !== i ? [i] : []));
  const visual = visualStyleFor(kit);

  return (
    <div className="flex flex-col gap-5">
      {textField('opening', 'Opening', 3)}
      <VoiceField
        id={field('voice')}
        value={value('voice')}
        onChange={set('voice', field('voice'))}
        hint={hint('voice')}
        error={errorFor(field('voice'))}
      />
      {textField('audience', 'Audience')}
      {list('always', 'Always')}
      {list('never', 'Never')}
      {textField('formatting', 'Formatting', 2)}
      <div className="flex flex-col gap-2">
        {textField('visual', 'Visual style', 3)}
        <Button
          variant="outline"
          size="sm"
          className="self-start"
          disabled={!visual || readOnly}
          onClick={() => visual && set('visual', field('visual'))(visual)}
        >
          {kit.theme ? `Fill from the ${kit.theme.name} theme` : 'Fill from the theme (no theme chosen)'}
        </Button>
      </div>
      {others.map((index, n) => {
        const s = sections[index]!;
        const key = `${id}-other-${index}`;
        return (
          <GuidedTextField
            key={key}
            id={key}
            label={others.length > 1 ? `Other text ${n + 1} of ${others.length}` : 'Other text'}
            value={sectionText(s)}
            onChange={(v) => edit(key, replaceSection(text, index, v))}
            hint={chars(s.body.length + s.gap.length)}
            error={errorFor(key)}
            rows={Math.min(8, Math.max(2, s.body.split('\n').length))}
            readOnly={readOnly}
          />
        );
      })}
    </div>
  );
}
