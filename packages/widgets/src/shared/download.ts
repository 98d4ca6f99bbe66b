import { downloadName, type TableTwin } from './table-twin.js';

/**
 * Offers `text` as a file download: a Blob behind an object URL on a temporary `<a download>`.
 * Nothing is written into the page (no markup, no inline script or style), so it works under a
 * strict CSP with Trusted Types; the URL is revoked once the browser has taken the file.
 */
export function downloadText(doc: Document, name: string, text: string, type: string): void {
  const view = doc.defaultView;
  if (!view) return;
  const url = view.URL.createObjectURL(new view.Blob([text], { type }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.click();
  view.setTimeout(() => view.URL.revokeObjectURL(url), 10_000);
}

/**
 * Downloads a table twin as `<caption>.csv` (see `tableTwinCsv`). The CSV writer (with d3-dsv) is
 * fetched on the first download, not with the widget: most readers never press the button.
 *
 * @returns Settles once the file is offered; rejects when the writer's chunk cannot be fetched.
 */
export async function downloadTableCsv(doc: Document, twin: TableTwin): Promise<void> {
  const { tableTwinCsv } = await import('./table-twin-csv.js');
  downloadText(doc, downloadName(twin.caption, 'csv'), tableTwinCsv(twin), 'text/csv;charset=utf-8');
}

/**
 * Downloads charts as `<caption>.svg` (see `svgFileText`). The SVG writer is fetched on the first
 * download, not with the widget.
 *
 * @returns Settles once the file is offered; rejects when the writer's chunk cannot be fetched.
 */
export async function downloadSvg(svgs: readonly SVGSVGElement[], caption: string): Promise<void> {
  const first = svgs[0];
  if (!first) return;
  const { svgFileText } = await import('./svg-file.js');
  downloadText(first.ownerDocument, downloadName(caption, 'svg'), svgFileText(svgs), 'image/svg+xml;charset=utf-8');
}
