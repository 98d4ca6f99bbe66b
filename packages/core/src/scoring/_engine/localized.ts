import type { LocalizedLabel } from '../../vocabulary/lang.js';

/** Fills a bilingual text's missing language from the other, so outputs always carry both. */
export function localized(text: { zh?: string | undefined; en?: string | undefined }): LocalizedLabel {
  return { zh: text.zh ?? text.en ?? '', en: text.en ?? text.zh ?? '' };
}
