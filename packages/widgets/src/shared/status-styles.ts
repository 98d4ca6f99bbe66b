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
    background: var(--eco-badge-background, var(--_background));
    color: inherit;
    white-space: nowrap;
  }
  svg { width: 1em; height: 1em; flex: none; fill: var(--eco-status-color); }
  .achieved, .done { --eco-status-color: var(--_status-achieved); }
  .onTrack { --eco-status-color: var(--_status-on-track); }
  .moderate { --eco-status-color: var(--_status-moderate); }
  .limited, .atRisk { --eco-status-color: var(--_status-limited); }
  .deteriorating, .lagging, .overdue { --eco-status-color: var(--_status-deteriorating); }
  .noData, .noTarget, .notStarted { --eco-status-color: var(--_status-no-data); }
  .error { --eco-status-color: var(--_error); border-style: dashed; }
  @media (forced-colors: active) {
    .badge { border-color: CanvasText; }
    svg { fill: CanvasText; }
  }
  @media print {
    .badge { border-color: currentColor; }
    svg { fill: currentColor; }
  }
`;
