import type { UnitKind } from '../model/unitKind.schema.js';
import type { LocalizedLabel } from './lang.js';

/**
 * The zh-CN and en name of every unit kind, defined once for reports and widgets. Typed by the
 * kind union, so a new kind without a name does not compile.
 *
 * @category Model
 * @example
 * unitKindLabels.prefecture //=> { zh: '地级市', en: 'prefecture-level city' }
 */
export const unitKindLabels: Readonly<Record<UnitKind, LocalizedLabel>> = {
  country: { zh: '国家', en: 'country' },
  city: { zh: '城市', en: 'city' },
  government: { zh: '政府', en: 'government' },
  department: { zh: '部门', en: 'department' },
  province: { zh: '省（自治区、直辖市）', en: 'province' },
  prefecture: { zh: '地级市', en: 'prefecture-level city' },
  district: { zh: '区', en: 'district' },
  county: { zh: '县（市、区）', en: 'county' },
  town: { zh: '镇', en: 'town' },
  township: { zh: '乡镇', en: 'township' },
  street: { zh: '街道', en: 'subdistrict (street)' },
  village: { zh: '村（社区）', en: 'village (community)' },
  enterprise: { zh: '企业', en: 'enterprise' },
  group: { zh: '单位组', en: 'group of units' },
};
