import { css } from 'lit';

/**
 * The widgets' design tokens: every colour, the type scale, the spacing scale, the status and
 * grade scales and a Chinese-first font stack, as custom properties on `:host`. Components read
 * the private `--_*` tokens only; a page overrides them through the public `--eco-*` properties
 * (documented in the embedding guide), set anywhere above the element.
 *
 * Light or dark is the element's `color-scheme`, which follows the page's (so a light page gets
 * light widgets whatever the visitor's system prefers): `theme="light|dark"` or
 * `--eco-color-scheme: light | dark | light dark` force one. `--eco-color-scheme` has no fallback
 * on purpose: unset, the declaration is invalid at computed-value time, which for an inherited
 * property means "inherit", the page's own scheme. Each colour is one `light-dark()` pair, so
 * there is no second palette in a `prefers-color-scheme` block to keep in step.
 *
 * @category Widgets
 * @example
 * static override styles = [hostReset, scorecardStyles]; // hostReset carries the tokens
 */
export const tokens = css`
  :host {
    color-scheme: var(--eco-color-scheme);
    --_font: var(
      --eco-font-family,
      'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC',
      system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif
    );
    --_text-sm: 0.85em;
    --_text-lg: 1.2em;
    --_text-xl: 1.6em;
    --_space-1: 0.25rem;
    --_space-2: 0.5rem;
    --_space-3: 0.75rem;
    --_space-4: 1rem;
    --_space-5: 1.5rem;
    --_radius: var(--eco-radius-size, 0.5rem);

    --_text: var(--eco-text-color, light-dark(#1f2937, #e5e7eb));
    --_muted: var(--eco-muted-color, light-dark(#4b5563, #d1d5db));
    --_background: var(--eco-background, light-dark(#ffffff, #111827));
    --_surface: var(--eco-surface-color, light-dark(#f3f4f6, #1f2937));
    --_border: var(--eco-border-color, light-dark(#d1d5db, #4b5563));
    --_focus: var(--eco-focus-color, light-dark(#2563eb, #93c5fd));
    --_accent: var(--eco-accent-color, light-dark(#1d4ed8, #93c5fd));
    --_error: var(--eco-error-color, light-dark(#b91c1c, #f87171));
    --_highlight: var(--eco-highlight-background, light-dark(#eff6ff, #1e3a8a));

    --_status-achieved: light-dark(var(--eco-status-achieved, #15803d), var(--eco-status-achieved-dark, #4ade80));
    --_status-on-track: light-dark(var(--eco-status-on-track, #15803d), var(--eco-status-achieved-dark, #4ade80));
    --_status-moderate: light-dark(var(--eco-status-moderate, #a16207), var(--eco-status-moderate-dark, #facc15));
    --_status-limited: light-dark(var(--eco-status-limited, #c2410c), var(--eco-status-limited-dark, #fb923c));
    --_status-deteriorating: light-dark(
      var(--eco-status-deteriorating, #b91c1c),
      var(--eco-status-deteriorating-dark, #f87171)
    );
    --_status-no-data: light-dark(var(--eco-status-no-data, #4b5563), var(--eco-status-no-data-dark, #9ca3af));

    /* Grades from the best band down; a framework's first band is grade 1. */
    --_grade-1: var(--eco-grade-1-color, var(--_status-achieved));
    --_grade-2: var(--eco-grade-2-color, var(--_accent));
    --_grade-3: var(--eco-grade-3-color, var(--_status-moderate));
    --_grade-4: var(--eco-grade-4-color, var(--_status-deteriorating));
  }
  :host([theme='light']) { color-scheme: light; }
  :host([theme='dark']) { color-scheme: dark; }
`;
