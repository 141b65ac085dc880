import { hasTone, toggleTone, VOICE_TONES } from '@/lib/voice-tones';
import { Button } from '@/components/ui/button';
import { GuidedTextField } from './guided-text-field';

interface VoiceFieldProps {
  id: string;
  value: string;
  onChange: (text: string) => void;
  hint: string;
  error?: string;
}

/** Voice: tone chips from a short list (pressed when the text names them) and the free words themselves. */
export function VoiceField({ id, value, onChange, hint, error }: VoiceFieldProps) {
  return (
    <GuidedTextField id={id} label="Voice" value={value} onChange={onChange} hint={hint} error={error}>
      <div role="group" aria-label="Tones" className="flex flex-wrap gap-1.5">
        {VOICE_TONES.map((tone) => {
          const on = hasTone(value, tone);
          return (
            <Button
              key={tone}
              size="sm"
              variant={on ? 'secondary' : 'outline'}
              aria-pressed={on}
              className="rounded-full"
              onClick={() => onChange(toggleTone(value, tone))}
            >
              {tone}
            </Button>
          );
        })}
      </div>
    </GuidedTextField>
  );
}
