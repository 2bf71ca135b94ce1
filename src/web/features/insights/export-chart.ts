/**
 * Chart export: the chart's own SVG, serialized with its computed colours
 * inlined (so it looks the same outside the page), or drawn onto a canvas for PNG.
 */
const STYLE_PROPS = ['fill', 'stroke', 'stroke-width', 'stroke-opacity', 'fill-opacity', 'opacity', 'font-family', 'font-size', 'font-weight', 'text-anchor', 'dominant-baseline'];

function inlineStyles(source: Element, target: Element): void {
  const computed = window.getComputedStyle(source);
  const style = STYLE_PROPS.map((p) => `${p}:${computed.getPropertyValue(p)}`).join(';');
  target.setAttribute('style', style);
  const s = source.children;
  const t = target.children;
  for (let i = 0; i < s.length; i++) {
    const a = s[i];
    const b = t[i];
    if (a && b) inlineStyles(a, b);
  }
}

export function serializeSvg(svg: SVGSVGElement, background: string): { text: string; width: number; height: number } {
  const { width, height } = svg.getBoundingClientRect();
  const clone = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, clone);
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(Math.round(width)));
  clone.setAttribute('height', String(Math.round(height)));
  clone.setAttribute('viewBox', `0 0 ${Math.round(width)} ${Math.round(height)}`);
  const bg = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', background);
  clone.insertBefore(bg, clone.firstChild);
  return { text: new XMLSerializer().serializeToString(clone), width, height };
}

function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function chartSvg(container: HTMLElement | null): SVGSVGElement | null {
  // The largest SVG inside the figure is the chart (icons are small SVGs too).
  const svgs = container ? [...container.querySelectorAll('svg')] : [];
  return svgs.sort((a, b) => b.getBoundingClientRect().width - a.getBoundingClientRect().width)[0] ?? null;
}

function background(container: HTMLElement): string {
  const bg = window.getComputedStyle(document.body).backgroundColor;
  return bg && bg !== 'rgba(0, 0, 0, 0)' ? bg : window.getComputedStyle(container).backgroundColor || '#ffffff';
}

export function exportSvg(container: HTMLElement | null, name: string): void {
  const svg = chartSvg(container);
  if (!svg || !container) return;
  const { text } = serializeSvg(svg, background(container));
  download(new Blob([text], { type: 'image/svg+xml;charset=utf-8' }), `${name}.svg`);
}

export async function exportPng(container: HTMLElement | null, name: string, scale = 2): Promise<void> {
  const svg = chartSvg(container);
  if (!svg || !container) return;
  const { text, width, height } = serializeSvg(svg, background(container));
  const img = new Image();
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const g = canvas.getContext('2d');
  if (!g) return;
  g.scale(scale, scale);
  g.drawImage(img, 0, 0, width, height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (blob) download(blob, `${name}.png`);
}
