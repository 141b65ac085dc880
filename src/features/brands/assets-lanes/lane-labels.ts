import type { UsageMode } from '@contract';

export const LANE_LABELS: Record<UsageMode, string> = { always: 'Always', maybe: 'Maybe', never: 'Never' };

/** How a lane names itself to a screen reader and in the toasts: "lane Always of Verde Kitchen". */
export const laneTargetLabel = (mode: UsageMode, brandName: string) => `lane ${LANE_LABELS[mode]} of ${brandName}`;

export const laneDropId = (mode: UsageMode) => `lane:${mode}`;
export const PANEL_DROP_ID = 'library-panel';
export const UNLINK_DROP_ID = 'unlink';
