// Writes observations.xlsx, the Meixi observations as the Excel workbook a city's statistics
// office would send: one sheet named 观测, the CSV's header in row 1, numbers and years as
// numeric cells, true/false as boolean cells, text as inline strings, blank cells left out. It
// is the fixture of `eco-reform bundle` with a workbook and of the guide "From your spreadsheet
// to your portal". It writes ledgers.xlsx the same way: the four ledger CSVs of ledgers/, one
// sheet each (问题台账, 督办单, 调度, 信息报送), as a supervision office would keep them.
// Run: node examples/meixi/make-xlsx.mjs (after generate.mjs changes the CSV, or the ledgers change).
// fflate (MIT) zips the parts; it is already installed as read-excel-file's own dependency.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { csvParseRows } from 'd3-dsv';
import { zipSync, strToU8 } from 'fflate';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));

const xmlEscape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const column = (c) => (c < 26 ? '' : column(Math.floor(c / 26) - 1)) + String.fromCharCode(65 + (c % 26));
const cell = (text, ref) => {
  if (text === '') return '';
  if (/^-?\d+(\.\d+)?$/.test(text)) return `<c r="${ref}"><v>${text}</v></c>`;
  if (text === 'true' || text === 'false') return `<c r="${ref}" t="b"><v>${text === 'true' ? 1 : 0}</v></c>`;
  return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${xmlEscape(text)}</t></is></c>`;
};
const sheetXml = (rows) =>
  rows.map((r, i) => `<row r="${i + 1}">${r.map((t, c) => cell(t, `${column(c)}${i + 1}`)).join('')}</row>`).join('');

const xml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
// A fixed modification time, so the same CSV always gives the same bytes.
const mtime = new Date('2025-01-01T00:00:00Z');

/** The workbook's bytes: one worksheet per entry of `sheets` ({ name, rows }), in order. */
function workbook(sheets) {
  const n = sheets.map((_, k) => k + 1);
  const parts = {
    '[Content_Types].xml': `${xml}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${n.map((k) => `<Override PartName="/xl/worksheets/sheet${k}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
    '_rels/.rels': `${xml}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `${xml}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheets.map((s, k) => `<sheet name="${xmlEscape(s.name)}" sheetId="${k + 1}" r:id="rId${k + 1}"/>`).join('')}</sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `${xml}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${n.map((k) => `<Relationship Id="rId${k}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${k}.xml"/>`).join('')}<Relationship Id="rId${sheets.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
    'xl/styles.xml': `${xml}<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>`,
    ...Object.fromEntries(
      sheets.map((s, k) => [
        `xl/worksheets/sheet${k + 1}.xml`,
        `${xml}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetXml(s.rows)}</sheetData></worksheet>`,
      ]),
    ),
  };
  return zipSync(Object.fromEntries(Object.entries(parts).map(([name, text]) => [name, [strToU8(text), { mtime }]])));
}

const rows = csvParseRows(readFileSync(here('observations.csv'), 'utf8'));
const zip = workbook([{ name: '观测', rows }]);
writeFileSync(here('observations.xlsx'), zip);
console.log(`observations.xlsx: ${rows.length - 1} rows, ${zip.length} bytes`);

const ledgerSheets = [
  ['问题台账', 'problems'],
  ['督办单', 'orders'],
  ['调度', 'dispatches'],
  ['信息报送', 'duties'],
].map(([name, file]) => ({ name, rows: csvParseRows(readFileSync(here(`ledgers/${file}.csv`), 'utf8')) }));
const ledgerZip = workbook(ledgerSheets);
writeFileSync(here('ledgers.xlsx'), ledgerZip);
console.log(
  `ledgers.xlsx: ${ledgerSheets.map((s) => `${s.name} ${s.rows.length - 1} rows`).join(', ')}, ${ledgerZip.length} bytes`,
);
