import { existsSync } from 'node:fs';

// metrics.png from metrics.svg through resvg (@resvg/resvg-js: the resvg renderer in Rust,
// shipped as a prebuilt Node addon per platform). Loaded only when --plot is asked for.
// resvg draws text only with a font it has loaded: DejaVu Sans (Debian's fonts-dejavu-core)
// where it is installed, else whatever fonts the system has. A machine with no font at all
// gets a PNG without text, and a warning saying which package to install.

const FONT_FILES = ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'];

export async function svgToPng(svg: string, warn: (line: string) => void): Promise<Uint8Array> {
  const { Resvg } = await import('@resvg/resvg-js');
  const fontFiles = FONT_FILES.filter((f) => existsSync(f));
  const resvg = new Resvg(svg, {
    font: fontFiles.length > 0 ? { fontFiles, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' } : { loadSystemFonts: true },
    background: '#ffffff',
  });
  if (fontFiles.length === 0) warn('chaosgen: DejaVu Sans was not found; metrics.png uses the system fonts, if any (Debian: apt-get install fonts-dejavu-core)');
  return resvg.render().asPng();
}
