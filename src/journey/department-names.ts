import { type Translator, translator } from '../i18n/translator.ts';
import type { Department } from './model.ts';

/** Department names in `t`'s language; English when no translator is given. */
export function departmentNames(departments: readonly Department[], t: Translator = translator('en')): string[] {
  return departments.map((department) => t.t(`common.departments.${department}`));
}

/** "Marketing, Sales" / "市场部、销售部": departments as one list in `t`'s language. */
export function departmentList(departments: readonly Department[], t: Translator): string {
  return t.join(departmentNames(departments, t));
}
