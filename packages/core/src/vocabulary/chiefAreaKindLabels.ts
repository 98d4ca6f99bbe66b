import type { ChiefAreaKind } from './chiefAreaKind.schema.js';
import type { LocalizedLabel } from './lang.js';

/**
 * The zh-CN and en name of every chief-system area kind (`area`) and the title of the chief who
 * answers for it (`chief`), defined once for reports and widgets. Reservoirs come under the
 * 河湖长制 with lakes, so their chief is a 湖长 as the national guidance on lake chiefs has it;
 * forests and wetlands come under the 林长制. Typed by the kind union, so a new kind without its
 * labels does not compile.
 *
 * @category Model
 * @example
 * chiefAreaKindLabels.river //=> { area: { zh: '河流', en: 'river' }, chief: { zh: '河长', en: 'river chief' } }
 */
export const chiefAreaKindLabels: Readonly<Record<ChiefAreaKind, { area: LocalizedLabel; chief: LocalizedLabel }>> = {
  river: { area: { zh: '河流', en: 'river' }, chief: { zh: '河长', en: 'river chief' } },
  lake: { area: { zh: '湖泊', en: 'lake' }, chief: { zh: '湖长', en: 'lake chief' } },
  reservoir: { area: { zh: '水库', en: 'reservoir' }, chief: { zh: '湖长', en: 'lake chief' } },
  forest: { area: { zh: '林区', en: 'forest' }, chief: { zh: '林长', en: 'forest chief' } },
  wetland: { area: { zh: '湿地', en: 'wetland' }, chief: { zh: '林长', en: 'forest chief' } },
};
