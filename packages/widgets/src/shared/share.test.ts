import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { csvParseRows } from 'd3-dsv';
import type { EcoScorecard } from '../components/scorecard/scorecard.component.js';
import type { EcoProgressChart } from '../components/progress-chart/progress-chart.component.js';
import { downloadName } from './table-twin.js';
import { tableTwinCsv } from './table-twin-csv.js';
import { readScopedHash, writeScopedHash } from './permalink.js';
import '../define.js';
import { untilRendered } from './rendered.testing.js';

let bundle: unknown;
beforeAll(async () => {
  bundle = await (await fetch('/examples/meixi/bundle.json')).json();
});
afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
  history.replaceState(null, '', location.pathname + location.search);
});

/** Catches the next download: the anchor's file name and the text behind its blob URL. */
function catchDownload(): Promise<{ name: string; type: string; text: string }> {
  return new Promise((resolve) => {
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      const { download: name, href } = this;
      void fetch(href).then(async (r) =>
        resolve({ name, type: r.headers.get('content-type') ?? '', text: await r.text() }),
      );
    });
  });
}

async function mount<T extends HTMLElement & { updateComplete: Promise<boolean> }>(
  tag: string,
  setup: (el: T) => void,
  selector: string,
): Promise<T> {
  const main = document.createElement('main');
  main.lang = 'en';
  const el = document.createElement(tag) as T;
  setup(el);
  main.append(el);
  document.body.append(main);
  await untilRendered(el, selector);
  return el;
}

describe('table twins as CSV', () => {
  it('quote by RFC 4180, start with a byte-order mark and end lines with CRLF', () => {
    const csv = tableTwinCsv({
      caption: 'x',
      head: ['单位', 'Note'],
      rows: [['港口区', 'a "quoted", text\nover two lines']],
    });
    expect(csv).toBe('\uFEFF单位,Note\r\n港口区,"a ""quoted"", text\r\nover two lines"');
  });

  it('defuse text that a spreadsheet would run as a formula, but keep signed numbers', () => {
    const csv = tableTwinCsv({
      caption: 'x',
      head: ['a', 'b', 'c', 'd'],
      rows: [['=1+1', '@SUM(A1)', '-3.25', '+12%']],
    });
    expect(csvParseRows(csv.slice(1))[1]).toEqual(["'=1+1", "'@SUM(A1)", '-3.25', '+12%']);
  });

  it('name files after the caption without characters file systems reject', () => {
    expect(downloadName('PM2.5: values / 2025', 'csv')).toBe('PM2.5- values - 2025.csv');
    expect(downloadName('  ', 'svg')).toBe('eco-reform.svg');
  });
});

describe('permalink hashes', () => {
  it('read only their own scope and keep every other key when written', () => {
    expect(readScopedHash('#a.unit=x&b.unit=y&weights=s:1', 'a')).toEqual({ unit: 'x' });
    expect(writeScopedHash('#weights=s:1&a.view=measures', 'a', { unit: '港口', view: null })).toBe(
      '#weights=s%3A1&a.unit=%E6%B8%AF%E5%8F%A3',
    );
    expect(writeScopedHash('#a.view=x', 'a', { view: '' })).toBe('');
  });
});

describe('sharing and export in the widgets', () => {
  it('a scorecard downloads exactly the rows and columns it shows', async () => {
    const el = await mount<EcoScorecard>(
      'eco-scorecard',
      (e) => {
        e.data = bundle;
        e.unit = 'gangkou';
        e.view = 'indicators';
      },
      'table',
    );
    const download = catchDownload();
    el.shadowRoot!.querySelector<HTMLButtonElement>('.share-csv')!.click();
    const { name, type, text } = await download;
    expect(name).toBe('Gangkou District · 2025 · All indicators.csv');
    expect(type).toContain('text/csv');
    const rows = csvParseRows(text.replace(/^\uFEFF/, ''));
    const shown = [...el.shadowRoot!.querySelectorAll('table[part="table"] tbody tr')];
    expect(rows.length).toBe(shown.length + 1);
    expect(rows[0]!.slice(0, 3)).toEqual(['Depth', 'Indicator', 'Actual']);
    // Each downloaded row's title and score are the ones on screen.
    shown.forEach((tr, i) => {
      expect(rows[i + 1]![1]).toBe(tr.querySelector('th')!.textContent!.trim());
      const cells = [...tr.querySelectorAll('td')].map((td) => td.textContent!.replace(/\s+/g, ' ').trim());
      // Both sides with plain spaces: the wording joins a number to its unit with a no-break space.
      expect(rows[i + 1]!.map((c) => c.replace(/\s+/g, ' '))).toContain(cells[0]);
    });
  });

  it('a progress chart downloads its chart as a stand-alone SVG and its table as CSV', async () => {
    const el = await mount<EcoProgressChart>(
      'eco-progress-chart',
      (e) => {
        e.data = bundle;
        e.indicator = 'pm25';
        e.unit = 'gangkou';
      },
      '.plot svg',
    );
    const svgDownload = catchDownload();
    el.shadowRoot!.querySelector<HTMLButtonElement>('.share-svg')!.click();
    const svg = await svgDownload;
    expect(svg.name).toBe('PM2.5 annual mean · Gangkou District.svg');
    const doc = new DOMParser().parseFromString(svg.text, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.documentElement.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(doc.querySelectorAll('path').length).toBeGreaterThan(0);
    // Styling travels as presentation attributes: no classes that only the page's stylesheet knows.
    expect(doc.querySelectorAll('[class]').length).toBe(0);
    expect(doc.querySelector('path[stroke]')).not.toBeNull();

    vi.restoreAllMocks();
    const csvDownload = catchDownload();
    el.shadowRoot!.querySelector<HTMLButtonElement>('.share-csv')!.click();
    const rows = csvParseRows((await csvDownload).text.replace(/^\uFEFF/, ''));
    expect(rows[0]).toEqual(['Period', 'Value (µg/m³)', 'Plan (µg/m³)', 'Note']);
    expect(rows.length).toBeGreaterThan(2);
  });

  it('with permalink, a scorecard opens the view named in the hash and writes its changes back without new history entries', async () => {
    history.replaceState(null, '', '#other=1&card.unit=xihu&card.view=measures');
    const before = history.length;
    const el = await mount<EcoScorecard>(
      'eco-scorecard',
      (e) => {
        e.id = 'card';
        e.permalink = true;
        e.data = bundle;
      },
      'table',
    );
    expect(el.unit).toBe('xihu');
    expect(el.view).toBe('measures');
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('[part="controls"] select')!;
    select.value = 'indicators';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(readScopedHash(location.hash, 'card')).toEqual({ unit: 'xihu', view: 'indicators', sort: 'framework' });
    expect(location.hash).toContain('other=1');
    expect(history.length).toBe(before);
  });

  it('without permalink, a widget leaves the hash alone', async () => {
    history.replaceState(null, '', '#eco-scorecard.unit=xihu');
    const el = await mount<EcoScorecard>(
      'eco-scorecard',
      (e) => {
        e.data = bundle;
        e.unit = 'gangkou';
      },
      'table',
    );
    expect(el.unit).toBe('gangkou');
    expect(location.hash).toBe('#eco-scorecard.unit=xihu');
  });
});
