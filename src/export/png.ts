import type { ExportFormat } from './export-format.ts';

/** The map as a picture, the SVG of svg.ts rasterised; the caller rasterises, see RenderContext. */
export const pngFormat: ExportFormat = {
  name: 'png',
  aliases: [],
  label: 'PNG',
  extension: 'png',
  mimeType: 'image/png',
  helpKey: 'export.formats.png',
  render: (map, view, context) => context.picture(map, view),
};
