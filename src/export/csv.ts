import { DEPARTMENT_LABELS, type Department, type JourneyMap, type JourneyView, KINDS } from '../journey/model.ts';
import { departmentNames, formatMean } from './format.ts';

const BYTE_ORDER_MARK = '\uFEFF';
const ROW_END = '\r\n';
const HEADER = ['Stage', 'Kind', 'Text', 'Count', 'Departments', 'Contributors', 'Mean feeling'];
/** Spreadsheets run a cell that starts with one of these as a formula (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One row per merged item, plus one 'feeling score' row per scored stage with each department's
 * mean, so a stage that was only scored still shows. Opens cleanly in Excel, Numbers and Sheets.
 */
export function toCsv(_map: JourneyMap, view: JourneyView): string {
  const rows: string[][] = [HEADER];
  for (const stageView of view.stages) {
    const { stage, feeling } = stageView;
    const meanFeeling = feeling.mean === null ? '' : formatMean(feeling.mean);
    for (const kind of KINDS) {
      for (const item of stageView.items[kind]) {
        rows.push([
          stage.name,
          kind,
          item.text,
          String(item.count),
          departmentNames(item.departments).join(', '),
          item.contributorIds.join(', '),
          meanFeeling,
        ]);
      }
    }
    if (feeling.count > 0) {
      const scored = Object.entries(feeling.byDepartment) as Array<[Department, { mean: number }]>;
      rows.push([
        stage.name,
        'feeling score',
        scored.map(([department, { mean }]) => `${DEPARTMENT_LABELS[department]} ${formatMean(mean)}`).join('; '),
        String(feeling.count),
        departmentNames(scored.map(([department]) => department)).join(', '),
        '',
        meanFeeling,
      ]);
    }
  }
  return BYTE_ORDER_MARK + rows.map((row) => row.map(csvCell).join(',') + ROW_END).join('');
}

export function csvCell(value: string): string {
  const neutralised = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${neutralised.replaceAll('"', '""')}"`;
}
