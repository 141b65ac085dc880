import { Button } from '@/components/ui/button';

/** The EyeDropper API (Chromium); not in TypeScript's DOM types yet. */
interface EyeDropperLike {
  open: () => Promise<{ sRGBHex: string }>;
}
type EyeDropperWindow = Window & { EyeDropper?: new () => EyeDropperLike };

const eyeDropper = () => (typeof window === 'undefined' ? undefined : (window as EyeDropperWindow).EyeDropper);

/** Picks a colour from anywhere on screen, where the browser has an eyedropper; renders nothing elsewhere. */
export function EyedropperButton({ label, onPick }: { label: string; onPick: (hex: string) => void }) {
  const EyeDropper = eyeDropper();
  if (!EyeDropper) return null;
  const pick = async () => {
    try {
      const { sRGBHex } = await new EyeDropper().open();
      onPick(sRGBHex);
    } catch {
      // Escape or a click elsewhere cancels the pick: nothing to report.
    }
  };
  return (
    <Button variant="ghost" size="sm" aria-label={`Pick ${label} from the screen`} onClick={() => void pick()}>
      Pick
    </Button>
  );
}
