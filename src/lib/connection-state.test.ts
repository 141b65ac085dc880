import { afterEach, describe, expect, it, vi } from 'vitest';
import { connectionState, createReachability, probeDelay } from './connection-state';

const health = (service: string, ok = true) => ({ ok, service, timestamp: 1 });

afterEach(() => {
  vi.useRealTimers();
});

describe('connectionState', () => {
  it('says Connected, whatever service answers (the sandbox is named in the account menu)', () => {
    for (const service of ['brandkit-sandbox', 'brandkit-proxy', 'nextdocs-api-stg']) {
      expect(connectionState({ online: true, failed: false, health: health(service) })).toEqual({
        tone: 'connected',
        label: 'Connected',
      });
    }
  });

  it('is offline when the app is offline, even with an old good answer', () => {
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

describe('probeDelay', () => {
  it('backs off 1 s, 2 s, then probes every 5 s', () => {
    expect([0, 1, 2, 3, 10].map(probeDelay)).toEqual([1_000, 2_000, 5_000, 5_000, 5_000]);
  });
});

/** A reachability monitor whose probe answers as `answers` says, recording when it probed. */
function monitorWith(answers: () => boolean) {
  vi.useFakeTimers({ now: 0 });
  const probes: number[] = [];
  const changes: boolean[] = [];
  const monitor = createReachability({
    probe: () => {
      probes.push(Date.now());
      return answers() ? Promise.resolve(true) : Promise.reject(new TypeError('Failed to fetch'));
    },
    onChange: (reachable) => changes.push(reachable),
  });
  return { monitor, probes, changes };
}

describe('createReachability', () => {
  it('goes unreachable on the first failed request, at once, and says so once', () => {
    const { monitor, changes, probes } = monitorWith(() => false);
    expect(monitor.isReachable()).toBe(true);
    monitor.failed();
    monitor.failed();
    expect(monitor.isReachable()).toBe(false);
    expect(changes).toEqual([false]);
    expect(probes).toEqual([]);
  });

  it('probes with backoff (1 s, 2 s, then every 5 s) until an answer, then is reachable again', async () => {
    let up = false;
    const { monitor, probes, changes } = monitorWith(() => up);
    monitor.failed();
    await vi.advanceTimersByTimeAsync(13_000);
    expect(probes).toEqual([1_000, 3_000, 8_000, 13_000]);
    up = true;
    await vi.advanceTimersByTimeAsync(5_000);
    expect(probes.at(-1)).toBe(18_000);
    expect(monitor.isReachable()).toBe(true);
    expect(changes).toEqual([false, true]);
    // Reachable: no more probes.
    await vi.advanceTimersByTimeAsync(60_000);
    expect(probes).toHaveLength(5);
  });

  it('is reachable again as soon as any request gets an answer, and stops probing', async () => {
    const { monitor, probes, changes } = monitorWith(() => false);
    monitor.failed();
    await vi.advanceTimersByTimeAsync(1_000);
    monitor.answered();
    expect(changes).toEqual([false, true]);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(probes).toEqual([1_000]);
  });

  it('probes at once when nudged (browser online, window focus), then backs off from there', async () => {
    const { monitor, probes } = monitorWith(() => false);
    monitor.failed();
    await vi.advanceTimersByTimeAsync(500);
    monitor.nudge();
    await vi.advanceTimersByTimeAsync(0);
    expect(probes).toEqual([500]);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(probes).toEqual([500, 2_500]);
  });

  it('does not probe while reachable or after stop', async () => {
    const { monitor, probes } = monitorWith(() => false);
    monitor.nudge();
    monitor.failed();
    monitor.stop();
    await vi.advanceTimersByTimeAsync(30_000);
    expect(probes).toEqual([]);
  });
});
