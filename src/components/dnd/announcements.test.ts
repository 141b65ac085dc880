import { describe, expect, it } from 'vitest';
import type { Asset } from '@contract';
import { dragAnnouncements } from './announcements';
import type { AssetDragData, DropTargetData } from './drag-types';

const drag = (over: Partial<AssetDragData> = {}) => ({
  id: 'a',
  data: { current: { kind: 'assets', assets: [{ id: 'a' } as Asset], label: 'Eco badge', source: 'panel', ...over } },
  rect: { current: { initial: null, translated: null } },
});
const target = (label: string, accepts = true) => ({
  id: label,
  rect: { width: 0, height: 0, top: 0, left: 0, right: 0, bottom: 0 },
  disabled: false,
  data: { current: { kind: 'target', label, accepts: () => accepts } satisfies DropTargetData },
});

describe('dragAnnouncements', () => {
  const say = dragAnnouncements();
  it('names the asset and the target at every step', () => {
    expect(say.onDragStart({ active: drag() })).toBe('Picked up Eco badge.');
    // The target it starts over is told with the pick-up, in one message.
    expect(say.onDragOver({ active: drag(), over: target('panel') })).toBe('Picked up Eco badge. Over panel.');
    expect(say.onDragOver({ active: drag(), over: target('lane Always of Verde Kitchen') })).toBe(
      'Over lane Always of Verde Kitchen.',
    );
    expect(say.onDragEnd({ active: drag(), over: target('lane Always of Verde Kitchen') })).toBe(
      'Dropped Eco badge on lane Always of Verde Kitchen.',
    );
    expect(say.onDragCancel({ active: drag(), over: null })).toBe('Cancelled. Eco badge stays where it was.');
  });

  it('names the target the drag started in as such', () => {
    expect(say.onDragOver({ active: drag(), over: target('panel', false) })).toBe('Over panel, where it started.');
    expect(say.onDragEnd({ active: drag(), over: target('panel', false) })).toBe('Eco badge stays where it was.');
  });

  it('says where an asset of another brand comes from, and when a target refuses it', () => {
    expect(say.onDragStart({ active: drag({ fromBrandName: 'Rosso' }) })).toBe('Picked up Eco badge. Move from Rosso.');
    expect(say.onDragOver({ active: drag(), over: target('the library panel', false) })).toBe(
      'Eco badge cannot be dropped on the library panel.',
    );
    expect(say.onDragEnd({ active: drag(), over: target('the library panel', false) })).toMatch(/stays where it was/);
  });
});
