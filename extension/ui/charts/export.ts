// A chart as a file: its SVG as drawn (self-contained: every colour, size and font is an
// attribute, no stylesheet), or a PNG of it drawn on a canvas at twice its size. No library:
// XMLSerializer, an <img> of the SVG as a data: address, canvas.toBlob.

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Room above the chart for its heading in a saved file (on the page the heading is HTML). */
const HEADING = 28;

/**
 * The SVG document of a chart element, its size in pixels from its viewBox; with `heading`,
 * the chart's heading is written above it, so the file says what it shows.
 */
export function svgDocument(svg: SVGSVGElement, heading?: string): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  let { width, height } = sizeOf(svg);
  if (heading) {
    const body = document.createElementNS(SVG_NS, 'g');
    body.setAttribute('transform', `translate(0 ${HEADING})`);
    // The <title> stays first (the document's name); the drawing moves down.
    for (const child of [...copy.childNodes]) if (!(child instanceof SVGTitleElement)) body.append(child);
    const ground = document.createElementNS(SVG_NS, 'rect');
    Object.entries({ x: '0', y: '0', width: String(width), height: String(height + HEADING), fill: '#fff' }).forEach(([k, v]) => ground.setAttribute(k, v));
    const text = document.createElementNS(SVG_NS, 'text');
    Object.entries({ x: '8', y: '19', 'font-size': '15', 'font-weight': '600', fill: '#1a1a1a' }).forEach(([k, v]) => text.setAttribute(k, v));
    text.textContent = heading;
    copy.append(ground, text, body);
    height += HEADING;
    copy.setAttribute('viewBox', `0 0 ${width} ${height}`);
  }
  copy.setAttribute('xmlns', SVG_NS);
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  copy.removeAttribute('class');
  copy.removeAttribute('style');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`;
}

function sizeOf(svg: SVGSVGElement): { width: number; height: number } {
  const box = (svg.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
  if (box.length === 4 && box[2] > 0 && box[3] > 0) return { width: box[2], height: box[3] };
  const r = svg.getBoundingClientRect();
  return { width: Math.round(r.width) || 600, height: Math.round(r.height) || 300 };
}

/** A PNG of the chart (and its heading), `scale` times its viewBox size. */
export async function pngOf(svg: SVGSVGElement, heading?: string, scale = 2): Promise<Blob> {
  const { width } = sizeOf(svg);
  const height = sizeOf(svg).height + (heading ? HEADING : 0);
  const image = new Image();
  image.width = width;
  image.height = height;
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgDocument(svg, heading))}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2d canvas');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('canvas.toBlob gave nothing'))), 'image/png'));
}
