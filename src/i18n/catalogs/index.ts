/** Every language's catalog, one namespace per surface; each namespace lives in its own folder. */

import type { Messages } from '../catalog-types.ts';
import type { Language } from '../languages.ts';
import { el as cardEl } from './card/el.ts';
import { en as cardEn } from './card/en.ts';
import { zhHans as cardZhHans } from './card/zh-Hans.ts';
import { zhHant as cardZhHant } from './card/zh-Hant.ts';
import { el as commonEl } from './common/el.ts';
import { en as commonEn } from './common/en.ts';
import { zhHans as commonZhHans } from './common/zh-Hans.ts';
import { zhHant as commonZhHant } from './common/zh-Hant.ts';
import { el as digestEl } from './digest/el.ts';
import { en as digestEn } from './digest/en.ts';
import { zhHans as digestZhHans } from './digest/zh-Hans.ts';
import { zhHant as digestZhHant } from './digest/zh-Hant.ts';
import { el as exportEl } from './export/el.ts';
import { en as exportEn } from './export/en.ts';
import { zhHans as exportZhHans } from './export/zh-Hans.ts';
import { zhHant as exportZhHant } from './export/zh-Hant.ts';
import { el as helpEl } from './help/el.ts';
import { en as helpEn } from './help/en.ts';
import { zhHans as helpZhHans } from './help/zh-Hans.ts';
import { zhHant as helpZhHant } from './help/zh-Hant.ts';
import { el as interviewEl } from './interview/el.ts';
import { en as interviewEn } from './interview/en.ts';
import { zhHans as interviewZhHans } from './interview/zh-Hans.ts';
import { zhHant as interviewZhHant } from './interview/zh-Hant.ts';
import { el as newMapEl } from './newMap/el.ts';
import { en as newMapEn } from './newMap/en.ts';
import { zhHans as newMapZhHans } from './newMap/zh-Hans.ts';
import { zhHant as newMapZhHant } from './newMap/zh-Hant.ts';
import { el as summaryEl } from './summary/el.ts';
import { en as summaryEn } from './summary/en.ts';
import { zhHans as summaryZhHans } from './summary/zh-Hans.ts';
import { zhHant as summaryZhHant } from './summary/zh-Hant.ts';
import { el as threadEl } from './thread/el.ts';
import { en as threadEn } from './thread/en.ts';
import { zhHans as threadZhHans } from './thread/zh-Hans.ts';
import { zhHant as threadZhHant } from './thread/zh-Hant.ts';

const english = {
  common: commonEn,
  help: helpEn,
  newMap: newMapEn,
  card: cardEn,
  interview: interviewEn,
  thread: threadEn,
  summary: summaryEn,
  digest: digestEn,
  export: exportEn,
};
export type EnglishCatalog = typeof english;

export const CATALOGS: Record<Language, Messages<EnglishCatalog>> = {
  en: english,
  el: {
    common: commonEl,
    help: helpEl,
    newMap: newMapEl,
    card: cardEl,
    interview: interviewEl,
    thread: threadEl,
    summary: summaryEl,
    digest: digestEl,
    export: exportEl,
  },
  'zh-Hans': {
    common: commonZhHans,
    help: helpZhHans,
    newMap: newMapZhHans,
    card: cardZhHans,
    interview: interviewZhHans,
    thread: threadZhHans,
    summary: summaryZhHans,
    digest: digestZhHans,
    export: exportZhHans,
  },
  'zh-Hant': {
    common: commonZhHant,
    help: helpZhHant,
    newMap: newMapZhHant,
    card: cardZhHant,
    interview: interviewZhHant,
    thread: threadZhHant,
    summary: summaryZhHant,
    digest: digestZhHant,
    export: exportZhHant,
  },
};
