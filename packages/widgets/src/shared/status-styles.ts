import { css } from 'lit';

/**
 * A status shown as a pill: icon and text, coloured by `--eco-status-*` custom properties. Shared
 * by `<eco-status-badge>` and the elements that show many statuses at once (a scorecard row each),
 * which render {@link statusTemplate} in their own shadow root instead of one element per status.
 */
export const statusStyles = css`
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    padding: 0.1em 0.55em 0.1em 0.4em;
    border: 1px solid var(--eco-status-color);
    border-radius: var(--eco-radius, 999px);
    background: var(--eco-badge-background, transparent);
    color: inherit;
    white-space: nowrap;
  }
  svg { width: 1em; height: 1em; flex: none; fill: var(--eco-status-color); }
  .achieved, .done { --eco-status-color: var(--eco-status-achieved, #15803d); }
  .onTrack { --eco-status-color: var(--eco-status-on-track, #15803d); }
  .moderate { --eco-status-color: var(--eco-status-moderate, #a16207); }
  .limited, .atRisk { --eco-status-color: var(--eco-status-limited, #c2410c); }
  .deteriorating, .lagging, .overdue { --eco-status-color: var(--eco-status-deteriorating, #b91c1c); }
  .noData, .notStarted { --eco-status-color: var(--eco-status-no-data, #4b5563); }
  .error { --eco-status-color: var(--eco-error-color, #b91c1c); border-style: dashed; }
  @media (prefers-color-scheme: dark) {
    .achieved, .done, .onTrack { --eco-status-color: var(--eco-status-achieved-dark, #4ade80); }
    .moderate { --eco-status-color: var(--eco-status-moderate-dark, #facc15); }
    .limited, .atRisk { --eco-status-color: var(--eco-status-limited-dark, #fb923c); }
    .deteriorating, .lagging, .overdue, .error { --eco-status-color: var(--eco-status-deteriorating-dark, #f87171); }
    .noData, .notStarted { --eco-status-color: var(--eco-status-no-data-dark, #9ca3af); }
  }
  @media (forced-colors: active) {
    .badge { border-color: CanvasText; }
    svg { fill: CanvasText; }
  }
  @media print {
    .badge { border-color: currentColor; }
    svg { fill: currentColor; }
  }
`;
