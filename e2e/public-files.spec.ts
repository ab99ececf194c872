// public/ is served to anyone (no session), with the right content types,
// and every page's head points at the icons and the web manifest.
import { expect, test } from "./support/fixtures";

const files: [string, RegExp][] = [
  ["/favicon.ico", /^image\/(x-icon|vnd\.microsoft\.icon)/],
  ["/icon.svg", /^image\/svg\+xml/],
  ["/icon-192.png", /^image\/png/],
  ["/icon-512.png", /^image\/png/],
  ["/apple-touch-icon.png", /^image\/png/],
  ["/manifest.webmanifest", /^application\/manifest\+json/],
  ["/robots.txt", /^text\/plain/],
];

test("icons, the web manifest and robots.txt are served without a session", async ({ request }) => {
  for (const [path, type] of files) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"], path).toMatch(type);
    expect((await response.body()).length, path).toBeGreaterThan(0);
  }
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toMatch(/^User-agent: \*$/m);
  expect(robots).toMatch(/^Disallow: \/$/m);
  const manifest = (await (await request.get("/manifest.webmanifest")).json()) as {
    name: string;
    icons: { src: string; sizes: string; type: string }[];
  };
  expect(manifest.name).toBe("Kintsugi");
  expect(manifest.icons.map((i) => i.sizes)).toEqual(["192x192", "512x512"]);
});

test("pages link the manifest and icons, and the icons load at their sizes", async ({ page }) => {
  await page.goto("/sign-in");
  const head = page.locator("head");
  await expect(head.locator('link[rel="manifest"]')).toHaveAttribute("href", "/manifest.webmanifest");
  await expect(head.locator('link[rel="apple-touch-icon"]')).toHaveAttribute("href", "/apple-touch-icon.png");
  await expect(head.locator('link[rel="icon"][href="/favicon.ico"]')).toHaveCount(1);
  await expect(head.locator('link[rel="icon"][type="image/svg+xml"]')).toHaveAttribute("href", "/icon.svg");
  await expect(head.locator('meta[name="robots"]')).toHaveAttribute("content", "noindex, nofollow");

  const sizes = await page.evaluate(async () => {
    const manifest = (await (await fetch("/manifest.webmanifest")).json()) as { icons: { src: string }[] };
    const sources = [
      ...manifest.icons.map((i) => i.src),
      "/apple-touch-icon.png",
      "/favicon.ico",
      "/icon.svg",
    ];
    return Promise.all(
      sources.map(
        (src) =>
          new Promise<[string, number, number]>((resolve) => {
            const image = new Image();
            image.onload = () => resolve([src, image.naturalWidth, image.naturalHeight]);
            image.onerror = () => resolve([src, 0, 0]);
            image.src = src;
          }),
      ),
    );
  });
  expect(sizes).toEqual([
    ["/icon-192.png", 192, 192],
    ["/icon-512.png", 512, 512],
    ["/apple-touch-icon.png", 180, 180],
    // The ICO's largest image.
    ["/favicon.ico", 48, 48],
    ["/icon.svg", expect.any(Number), expect.any(Number)],
  ]);
  expect(sizes[4]![1]).toBeGreaterThan(0);
});
