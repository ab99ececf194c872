// node --import tsx scripts/generate-icons.ts: renders app/icon.svg into the icons in public/ with the
// Chromium the end-to-end tests use (CHROME_PATH, default /usr/bin/chromium):
//   icon-192.png, icon-512.png   web manifest icons (transparent)
//   apple-touch-icon.png         180 px on the app's cream, with a margin (iOS fills transparency with black)
//   favicon.ico                  16, 32 and 48 px PNG images in one ICO file
// Run it again after changing app/icon.svg and commit the results.
import fs from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";

const root = process.cwd();
const svg = fs.readFileSync(path.join(root, "app", "icon.svg"), "utf8");
const publicDir = path.join(root, "public");
const CREAM = "#fdf8ec";

async function main() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu"],
  });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    const render = async (size: number, options: { background?: string; padding?: number } = {}) => {
      const padding = options.padding ?? 0;
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(
        `<!doctype html><html><body style="margin:0;background:${options.background ?? "transparent"}">` +
          `<div style="width:${size}px;height:${size}px;padding:${padding}px;box-sizing:border-box">` +
          svg.replace("<svg ", `<svg width="${size - 2 * padding}" height="${size - 2 * padding}" `) +
          "</div></body></html>",
      );
      return page.screenshot({
        omitBackground: !options.background,
        clip: { x: 0, y: 0, width: size, height: size },
      });
    };

    fs.mkdirSync(publicDir, { recursive: true });
    const write = (name: string, data: Buffer) => {
      fs.writeFileSync(path.join(publicDir, name), data);
      console.log(`public/${name} (${data.length} bytes)`);
    };
    write("icon-192.png", await render(192));
    write("icon-512.png", await render(512));
    write("apple-touch-icon.png", await render(180, { background: CREAM, padding: 18 }));
    write("favicon.ico", toIco([await render(16), await render(32), await render(48)], [16, 32, 48]));
  } finally {
    await browser.close();
  }
}

/** An ICO file holding PNG images (supported by every current browser). */
function toIco(pngs: Buffer[], sizes: number[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(pngs.length, 4);
  const entries: Buffer[] = [];
  let offset = 6 + 16 * pngs.length;
  pngs.forEach((png, i) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(sizes[i]! >= 256 ? 0 : sizes[i]!, 0); // width
    entry.writeUInt8(sizes[i]! >= 256 ? 0 : sizes[i]!, 1); // height
    entry.writeUInt8(0, 2); // no palette
    entry.writeUInt8(0, 3); // reserved
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    entries.push(entry);
  });
  return Buffer.concat([header, ...entries, ...pngs]);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
