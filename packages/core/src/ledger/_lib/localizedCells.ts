/** A bilingual cell pair as a localized text, or nothing when both cells are empty. */
export const localizedCells = (zh: string, en: string): { zh?: string; en?: string } | undefined =>
  zh === '' && en === '' ? undefined : { ...(zh ? { zh } : {}), ...(en ? { en } : {}) };
