import { describe, expect, it } from 'vitest';
import { connectionState } from './connection-state';

const health = (service: string, ok = true) => ({ ok, service, timestamp: 1 });

describe('connectionState', () => {
  it('names the sandbox and the real API apart', () => {
    expect(connectionState({ online: true, failed: false, health: health('brandkit-sandbox') })).toEqual({
      tone: 'connected',
      label: 'Sandbox connected',
    });
    expect(connectionState({ online: true, failed: false, health: health('nextdocs-api-stg') }).label).toBe(
      'API connected',
    );
  });

  it('is offline when the browser is offline, even with an old good answer', () => {
    expect(connectionState({ online: false, failed: false, health: health('sandbox') }).tone).toBe('offline');
  });

  it('is offline when the latest probe failed or the service reports not ok', () => {
    expect(connectionState({ online: true, failed: true, health: health('sandbox') }).label).toBe('Offline');
    expect(connectionState({ online: true, failed: false, health: health('sandbox', false) }).label).toBe('Offline');
  });

  it('is checking before the first answer', () => {
    expect(connectionState({ online: true, failed: false, health: undefined }).tone).toBe('checking');
  });
});
