/**
 * A region's name in the page's language. Own data often brings regions with no English name
 * (a boundary file of counties): English then shows the Chinese name rather than nothing.
 */
import type { Lang } from './lang';
import type { Region } from './types';

export function displayName(region: Region, lang: Lang): string {
  return lang === 'zh' ? region.name : region.nameEn || region.name;
}

/** The name in the other language, shown beside the first; '' when there is no second one. */
export function otherName(region: Region, lang: Lang): string {
  if (lang === 'zh') return region.nameEn;
  return region.nameEn ? region.name : '';
}
