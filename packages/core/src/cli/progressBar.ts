import type { Lang } from '../vocabulary/lang.js';
import type { CliIo } from './cliIo.js';

/** The stages a CLI run goes through, in order. */
export type Stage = 'read' | 'parse' | 'score' | 'format';

const LABELS: Record<Stage, { 'zh-CN': string; en: string }> = {
  read: { 'zh-CN': '读取文件', en: 'reading files' },
  parse: { 'zh-CN': '校验数据', en: 'validating data' },
  score: { 'zh-CN': '计算得分', en: 'scoring' },
  format: { 'zh-CN': '生成输出', en: 'writing output' },
};
const ORDER: readonly Stage[] = ['read', 'parse', 'score', 'format'];
const WIDTH = 20;

/** Draws the progress bar; see {@link progressBar}. */
export interface ProgressBar {
  /** Marks the start of a stage; draws the bar when the run has taken over a second so far. */
  stage: (stage: Stage) => void;
  /** Clears the bar, if one was drawn. */
  done: () => void;
}

/**
 * A progress bar on stderr for runs that take over a second: nothing for quick runs, nothing when
 * stderr is not a terminal (logs and pipes stay clean), and never anything on stdout. The bar is
 * drawn between stages (the stages themselves are synchronous) and cleared at the end.
 */
export function progressBar(io: CliIo, lang: Lang): ProgressBar {
  const now = io.now;
  if (!io.stderrIsTTY || !now) return { stage: () => {}, done: () => {} };
  const start = now();
  let drawn = false;
  return {
    stage: (stage) => {
      const elapsed = now() - start;
      if (elapsed < 1000) return;
      const k = ORDER.indexOf(stage);
      const filled = Math.round((k / ORDER.length) * WIDTH);
      const seconds = (elapsed / 1000).toFixed(1);
      io.stderr(
        `\r[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${k + 1}/${ORDER.length} ${LABELS[stage][lang]}… ${seconds} s\u001b[K`,
      );
      drawn = true;
    },
    done: () => {
      if (drawn) io.stderr('\r\u001b[K');
    },
  };
}
