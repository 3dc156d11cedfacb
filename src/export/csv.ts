import { mapTranslator, type Translator } from '../i18n/index.ts';
import { departmentList } from '../journey/department-names.ts';
import { type JourneyMap, type JourneyView, KINDS, type StageView } from '../journey/model.ts';
import { type ExportFormat, utf8Renderer } from './export-format.ts';
import { departmentMeans, formatMean, scoredDepartments } from './format.ts';

const BYTE_ORDER_MARK = '\uFEFF';
const ROW_END = '\r\n';
const COLUMNS = ['stage', 'kind', 'text', 'count', 'departments', 'contributors', 'meanFeeling'] as const;
/** Spreadsheets run a cell that starts with one of these as a formula (CSV injection). */
/** A cell a spreadsheet would run as a formula, leading spaces (which some spreadsheets skip) included. */
const FORMULA_START = /^\s*[=+\-@\t\r]/u;

export const csvFormat: ExportFormat = {
  name: 'csv',
  aliases: [],
  label: 'CSV',
  extension: 'csv',
  mimeType: 'text/csv',
  helpKey: 'export.formats.csv',
  render: utf8Renderer(toCsv),
};

/**
 * One row per merged item, plus one 'feeling score' row per scored stage with each department's
 * mean, so a stage that was only scored still shows. Opens cleanly in Excel, Numbers and Sheets.
 * Headers, kinds, department names and numbers are in the map's language; the text is as written.
 */
export function toCsv(map: JourneyMap, view: JourneyView): string {
  const t = mapTranslator(map);
  const rows: string[][] = [COLUMNS.map((column) => t.t(`export.csv.header.${column}`))];
  for (const stageView of view.stages) rows.push(...stageRows(stageView, t));
  return BYTE_ORDER_MARK + rows.map((row) => row.map(csvCell).join(',') + ROW_END).join('');
}

function stageRows(stageView: StageView, t: Translator): string[][] {
  const { stage, feeling } = stageView;
  const meanFeeling = feeling.mean === null ? '' : formatMean(feeling.mean, t);
  const rows = KINDS.flatMap((kind) =>
    stageView.items[kind].map((item) => [
      stage.name,
      t.t(`export.csv.kinds.${kind}`),
      item.text,
      String(item.count),
      departmentList(item.departments, t),
      item.contributorIds.join(', '),
      meanFeeling,
    ]),
  );
  if (feeling.count > 0) {
    const scored = scoredDepartments(feeling.byDepartment);
    rows.push([
      stage.name,
      t.t('export.csv.feelingScore'),
      departmentMeans(scored, t).join(t.t('export.csv.scoreSeparator')),
      String(feeling.count),
      departmentList(
        scored.map(([department]) => department),
        t,
      ),
      '',
      meanFeeling,
    ]);
  }
  return rows;
}

export function csvCell(value: string): string {
  const neutralised = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${neutralised.replaceAll('"', '""')}"`;
}
