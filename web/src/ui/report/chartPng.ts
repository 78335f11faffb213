/** The presentation properties a chart's SVG takes from CSS (theme variables) that a lone SVG image lacks. */
const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'color',
];

/**
 * The chart's SVG as a self-contained image: every element gets its computed colours and fonts
 * inline, since the theme's CSS variables do not reach an SVG drawn on its own.
 */
export function standaloneSvg(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  originals.forEach((element, index) => {
    const target = copies[index];
    if (!(target instanceof SVGElement)) return;
    const computed = getComputedStyle(element);
    for (const property of STYLE_PROPERTIES) {
      target.style.setProperty(property, computed.getPropertyValue(property));
    }
  });
  const { width, height } = svg.getBoundingClientRect();
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  return new XMLSerializer().serializeToString(copy);
}

/** The largest SVG in a chart's box: the plot itself, not a legend's icons. */
export function chartSvgIn(container: HTMLElement): SVGSVGElement | null {
  const area = (svg: SVGSVGElement) => {
    const box = svg.getBoundingClientRect();
    return box.width * box.height;
  };
  return [...container.querySelectorAll('svg')].sort((a, b) => area(b) - area(a))[0] ?? null;
}

/** Draws the chart at twice its size on the page's background and downloads it as a PNG. */
export async function downloadChartPng(container: HTMLElement, fileName: string): Promise<void> {
  const svg = chartSvgIn(container);
  if (!svg) throw new Error('no chart');
  const { width, height } = svg.getBoundingClientRect();
  const image = new Image();
  // A data: URL, since the content security policy allows images only from the app and data:.
  const url = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(standaloneSvg(svg))}`;
  await new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = () => reject(new Error('chart image failed'));
    image.src = url;
  });
  const scale = 2;
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(width * scale);
  canvas.height = Math.ceil(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no canvas');
  context.fillStyle = getComputedStyle(document.body).backgroundColor || '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.scale(scale, scale);
  context.drawImage(image, 0, 0, width, height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('no PNG');
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

/** `<Report>-<period>.png`, e.g. `Verkaufstrichter-2026-12-01_2026-12-31.png`, safe on every system. */
export function chartFileName(title: string, from: string | null, to: string | null): string {
  const period = from || to ? `${from ?? ''}_${to ?? ''}` : 'gesamt';
  const safe = title.replace(/[^\p{L}\p{N}-]+/gu, '-').replace(/^-+|-+$/g, '');
  return `${safe || 'Bericht'}-${period}.png`;
}
