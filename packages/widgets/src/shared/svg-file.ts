// Its own file because the widgets import it only when a reader asks for the chart as a file
// (see downloadSvg): a page that shows a chart never fetches the SVG writer.

// The computed properties that decide how a chart looks; copied onto the file as presentation
// attributes so it looks the same outside the page (no stylesheet, no custom properties).
const PAINT = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
] as const;

/**
 * A stand-alone SVG file of one or more charts as they are drawn now: a deep copy of each with the
 * computed paint and font of every element written as presentation attributes and its classes
 * dropped, so the file looks the same outside the page (no stylesheet, no custom properties).
 * Several charts (small multiples) are placed as nested `<svg>`s where they sit on the page.
 *
 * @param svgs - The charts' `<svg>` elements, connected to the page.
 * @returns The file's text.
 */
export function svgFileText(svgs: readonly SVGSVGElement[]): string {
  const first = svgs[0];
  if (!first) return '';
  const doc = first.ownerDocument;
  const boxes = svgs.map((s) => s.getBoundingClientRect());
  const left = Math.min(...boxes.map((b) => b.left));
  const top = Math.min(...boxes.map((b) => b.top));
  const root = doc.createElementNS(SVG_NS, 'svg');
  root.setAttribute('xmlns', SVG_NS);
  root.setAttribute('width', String(Math.ceil(Math.max(...boxes.map((b) => b.right)) - left)));
  root.setAttribute('height', String(Math.ceil(Math.max(...boxes.map((b) => b.bottom)) - top)));
  svgs.forEach((svg, i) => {
    const copy = paintedCopy(svg);
    copy.setAttribute('x', String(Math.round(boxes[i]!.left - left)));
    copy.setAttribute('y', String(Math.round(boxes[i]!.top - top)));
    copy.setAttribute('width', String(Math.round(boxes[i]!.width)));
    copy.setAttribute('height', String(Math.round(boxes[i]!.height)));
    copy.removeAttribute('aria-hidden');
    root.append(copy);
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svgs.length === 1 ? withNamespace(root.firstElementChild!) : root)}\n`;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

function withNamespace(el: Element): Element {
  el.setAttribute('xmlns', SVG_NS);
  el.removeAttribute('x');
  el.removeAttribute('y');
  return el;
}

function paintedCopy(svg: SVGSVGElement): SVGSVGElement {
  const view = svg.ownerDocument.defaultView;
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const from = [svg, ...svg.querySelectorAll('*')];
  const to = [copy, ...copy.querySelectorAll('*')];
  from.forEach((el, i) => {
    const style = view?.getComputedStyle(el);
    const target = to[i];
    if (!style || !target) return;
    for (const name of PAINT) {
      const value = style.getPropertyValue(name);
      if (value) target.setAttribute(name, value);
    }
    if (style.display === 'none') target.setAttribute('display', 'none');
    target.removeAttribute('class');
    target.removeAttribute('part');
  });
  return copy;
}
