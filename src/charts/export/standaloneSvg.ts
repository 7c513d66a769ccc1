// A chart's SVG as a file of its own. On the page the chart's colours, fonts and dash patterns
// come from CSS (theme variables, class rules); a standalone file has no stylesheet, so every
// element gets the values the browser computed for it written into its style attribute, and
// the file gets a background and the metric's name, so it reads the same anywhere.

/** The properties the chart's CSS or its var() presentation attributes decide. */
const PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linejoin',
  'stroke-linecap',
  'paint-order',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'font-variant-numeric',
  'text-anchor',
  'dominant-baseline',
  'visibility',
] as const;

/** Room for the title above the chart, in pixels. */
const TITLE_PX = 22;
const SVG_NS = 'http://www.w3.org/2000/svg';

export interface StandaloneOptions {
  /** Written at the top left, and as the file's <title>. */
  readonly title: string;
  /** The page's panel colour behind the chart (a file has no page behind it). */
  readonly background: string;
  /** The page's text colour, for the title. */
  readonly color: string;
  readonly fontFamily: string;
}

export interface Standalone {
  readonly text: string;
  readonly width: number;
  readonly height: number;
}

/** What the page draws only while the pointer is on the chart: no part of the picture. */
const TRANSIENT = '.chart-nav, .chart-nav__hint, .metric-chart__cursor, .metric-chart__active-point, .window-drag';

function copyComputedStyles(source: Element, target: Element): void {
  const computed = getComputedStyle(source);
  const style = PROPERTIES.map((p) => `${p}:${computed.getPropertyValue(p)}`).join(';');
  target.setAttribute('style', style);
  // A var() attribute means nothing outside the page; the style just written holds its value.
  for (const name of target.getAttributeNames()) if (name !== 'style' && target.getAttribute(name)?.includes('var(')) target.removeAttribute(name);
  const from = source.children;
  const to = target.children;
  for (let k = 0; k < from.length && k < to.length; k++) copyComputedStyles(from[k] as Element, to[k] as Element);
}

/** The chart `svg` (live, on the page) as the text of a standalone SVG file, with its size. */
export function standaloneSvg(svg: SVGSVGElement, options: StandaloneOptions): Standalone {
  const box = svg.getBoundingClientRect();
  const width = Math.ceil(box.width);
  const height = Math.ceil(box.height) + TITLE_PX;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  copyComputedStyles(svg, clone);
  for (const el of clone.querySelectorAll(TRANSIENT)) el.remove();
  const body = document.createElementNS(SVG_NS, 'g');
  body.setAttribute('transform', `translate(0 ${TITLE_PX})`);
  body.append(...Array.from(clone.childNodes));

  const out = document.createElementNS(SVG_NS, 'svg');
  out.setAttribute('xmlns', SVG_NS);
  out.setAttribute('width', String(width));
  out.setAttribute('height', String(height));
  out.setAttribute('viewBox', `0 0 ${width} ${height}`);
  out.setAttribute('font-family', options.fontFamily);
  const title = document.createElementNS(SVG_NS, 'title');
  title.textContent = options.title;
  const background = document.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', options.background);
  const heading = document.createElementNS(SVG_NS, 'text');
  heading.setAttribute('x', '12');
  heading.setAttribute('y', '16');
  heading.setAttribute('style', `fill:${options.color};font-family:${options.fontFamily};font-size:13px;font-weight:600`);
  heading.textContent = options.title;
  out.append(title, background, heading, body);
  return { text: `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(out)}\n`, width, height };
}

/**
 * The SVG drawn to a canvas `scale` times its size (the screen's devicePixelRatio, so the
 * picture is as sharp as the chart on screen), as a PNG. The image is loaded from a blob: URL,
 * which the page's Content-Security-Policy allows for images.
 */
export async function svgToPng(svg: Standalone, scale: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg.text], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    const k = Math.max(1, Math.min(4, scale || 1));
    canvas.width = Math.round(svg.width * k);
    canvas.height = Math.round(svg.height * k);
    const context = canvas.getContext('2d');
    if (context === null) throw new Error('this browser cannot draw the chart to an image');
    context.scale(k, k);
    context.drawImage(image, 0, 0, svg.width, svg.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be made'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
